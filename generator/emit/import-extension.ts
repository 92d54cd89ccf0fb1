/**
 * The extension of the relative imports inside a generated client. Emitters
 * and the runtime sources write `./x.js`; imports of its TypeScript modules are
 * committed with `./x.ts`
 * by default, so that it runs as it is in Deno, Bun and Node's type stripping,
 * none of which maps `.js` to a `.ts` file. `x-import-extension: js` (on
 * `info`) keeps `.js` for projects whose `tsc` emits JavaScript without
 * `rewriteRelativeImportExtensions`.
 */

import { posix } from "node:path";

export type ImportExtension = "ts" | "js";

export const IMPORT_EXTENSIONS: readonly ImportExtension[] = ["ts", "js"];

/** Relative module specifiers of `import … from`, `export … from` and `import(…)` that end in `.js`. */
const RELATIVE_JS = /((?:\bfrom|\bimport\()\s*)(["'])(\.{1,2}\/[^"'\n]*?)\.js\2/g;

/**
 * `source` (the client file at `from`) with each relative `.js` specifier of a
 * TypeScript module among `tsFiles` ending in `.<extension>` instead. A `.js`
 * file of the client (a resource's script) keeps its `.js`.
 */
export function withImportExtension(
  source: string,
  extension: ImportExtension,
  from: string,
  tsFiles: ReadonlySet<string>,
): string {
  if (extension === "js") return source;
  return source.replace(RELATIVE_JS, (match, keyword: string, quote: string, path: string) =>
    tsFiles.has(`${posix.join(posix.dirname(from), path)}.ts`)
      ? `${keyword}${quote}${path}.${extension}${quote}`
      : match,
  );
}
