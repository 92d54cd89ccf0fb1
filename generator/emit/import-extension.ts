/**
 * The extension of the relative imports inside a generated client. Emitters
 * and the runtime sources write `./x.js`; a client is committed with `./x.ts`
 * by default, so that it runs as it is in Deno, Bun and Node's type stripping,
 * none of which maps `.js` to a `.ts` file. `x-import-extension: js` (on
 * `info`) keeps `.js` for projects whose `tsc` emits JavaScript without
 * `rewriteRelativeImportExtensions`.
 */

export type ImportExtension = "ts" | "js";

export const IMPORT_EXTENSIONS: readonly ImportExtension[] = ["ts", "js"];

/** Relative module specifiers of `import … from`, `export … from` and `import(…)` that end in `.js`. */
const RELATIVE_JS = /((?:\bfrom|\bimport\()\s*)(["'])(\.{1,2}\/[^"'\n]*?)\.js\2/g;

/** `source` with every relative `.js` specifier ending in `.<extension>` instead. */
export function withImportExtension(source: string, extension: ImportExtension): string {
  if (extension === "js") return source;
  return source.replace(
    RELATIVE_JS,
    (_match, keyword: string, quote: string, path: string) => `${keyword}${quote}${path}.${extension}${quote}`,
  );
}
