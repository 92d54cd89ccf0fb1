/**
 * The relative imports of a generated client, in the extension its project
 * takes (project/import-extension.ts). Emitters and the runtime sources write
 * `./x.js`; each such specifier of a module of the client becomes `./x.ts`
 * (or `./x.d.ts` for a declaration file), stays `./x.js`, or loses its
 * extension. Only `import`/`export … from` statements are rewritten, so text
 * from the spec that looks like an import (an enum value, a description) is
 * never touched.
 */
import { posix } from "node:path";
import type { ImportExtension } from "../project/import-extension.js";

/**
 * `import`/`export` statements that end in a relative `.js` specifier; the
 * statement may span lines. Between the keyword and `from` only what an
 * import clause is made of may appear (names, `type`, `as`, `*`, braces,
 * commas, white space): no `/`, quote or `=`, so a match can never run from
 * a declaration into a comment or a string that holds `from './x.js'`.
 */
const RELATIVE_JS = /^((?:import|export)\b[\p{ID_Continue}$\s{},*]*?\bfrom\s*)(["'])(\.{1,2}\/[^"'\n]*?)\.js\2/gmu;

/**
 * `source` (the client file at `from`) with each relative `.js` specifier of a
 * module among `modules` (the client's file paths) in `extension`. A
 * specifier that names no file of the client is left as it is.
 */
export function withImportExtension(
  source: string,
  extension: ImportExtension,
  from: string,
  modules: ReadonlySet<string>,
): string {
  if (extension === "js") return source;
  return source.replace(RELATIVE_JS, (match, head: string, quote: string, path: string) => {
    const target = posix.join(posix.dirname(from), path);
    const file = [".ts", ".d.ts"].find((ext) => modules.has(`${target}${ext}`));
    if (file === undefined) return match;
    return `${head}${quote}${path}${extension === "ts" ? file : ""}${quote}`;
  });
}
