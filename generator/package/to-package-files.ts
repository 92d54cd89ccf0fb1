/**
 * The package kind: a source-kind client turned into the files of a
 * publishable npm package folder (`npm pack` in it gives the tarball).
 *
 * ```
 * package.json          exports, main/module/types, typesVersions (package-json.ts)
 * README.md             install, imports, then api.md (package-readme.ts)
 * dist/esm/**.js|.d.ts  ES modules, ES2022, with declarations (compile-client.ts)
 * dist/cjs/**.js|.d.ts  the same as CommonJS, marked by dist/cjs/package.json
 * ```
 *
 * The client's `types.d.ts` and `models.d.ts` ship as they are; declarations
 * TypeScript emits and all JavaScript are formatted by prettier. Same input,
 * byte-identical output, files in path order.
 */
import { escapeInvisibleFiles } from "../emit/escape-invisible.js";
import { EDITS_KEPT } from "../emit/header.js";

/** The package's headers instead of the source kind's promise. */
const PACKAGE_REBUILT = "Rebuilt whole on every run: edit the spec, not this package.";
import { formatSource } from "../emit/format-files.js";
import { compileClient } from "./compile-client.js";
import { checkPackageMeta, type PackageMeta } from "./package-meta.js";
import { CJS_DIR, ESM_DIR, toCommonJsMarker, toPackageJson } from "./package-json.js";
import { toPackageReadme } from "./package-readme.js";

export type { PackageEntry, PackageMeta } from "./package-meta.js";

/** The client's reference, which the README is made from. */
const REFERENCE = "api.md";

/**
 * The files of the package, by path inside its folder.
 *
 * `files` is a source-kind client as `generate()` returns it in `result.files`
 * when run with `.js` import specifiers (`forcedExtension: { extension: "js", … }`).
 * Throws when `meta` cannot be published (a bad name, version or entry) and
 * when the client does not type-check or its compiled modules import
 * something the package does not hold, listing every problem.
 */
export async function toPackageFiles(
  files: ReadonlyMap<string, string>,
  meta: PackageMeta,
): Promise<Map<string, string>> {
  const problems = checkPackageMeta(meta, files);
  const reference = files.get(REFERENCE);
  if (reference === undefined) problems.push(`the client holds no ${REFERENCE} to make the README from`);
  if (problems.length > 0) throw new Error(`cannot make the package ${meta.name}:\n- ${problems.join("\n- ")}`);

  const sources = new Map([...files].filter(([path]) => path.endsWith(".ts")));
  const compiled = compileClient(
    sources,
    meta.entries.map((entry) => entry.file),
  );
  // What TypeScript printed (four-space indents) is formatted; the client's own declaration files are already.
  const format = (path: string, text: string): Promise<string> =>
    sources.has(path) ? Promise.resolve(text) : formatSource(text);
  const formatAll = (outputs: ReadonlyMap<string, string>, dir: string): Promise<Array<[string, string]>> =>
    Promise.all(
      [...outputs].map(async ([path, text]) => [`${dir}/${path}`, await format(path, text)] as [string, string]),
    );

  const [esm, cjs, esmTypes, cjsTypes] = await Promise.all([
    formatAll(compiled.esm, ESM_DIR),
    formatAll(compiled.cjs, CJS_DIR),
    formatAll(compiled.declarations, ESM_DIR),
    formatAll(compiled.declarations, CJS_DIR),
  ]);
  const entryExports = new Map(
    meta.entries.map((entry) => [entry.subpath, compiled.valueExports.get(entry.file) ?? []] as const),
  );
  const out: Array<[string, string]> = [
    ["package.json", toPackageJson(meta)],
    ["README.md", toPackageReadme({ meta, reference: reference ?? "", entryExports })],
    [`${CJS_DIR}/package.json`, toCommonJsMarker()],
    ...esm,
    ...cjs,
    ...esmTypes,
    ...cjsTypes,
  ];
  // The same last pass as generate()'s: the title in package.json and README.md, the compiled files, none holds
  // an invisible or bidirectional control character raw (escape-invisible.ts).
  // A package is rebuilt whole, never merged: its files' headers must not promise that edits are kept.
  const rebuilt = out.map(([path, text]): [string, string] => [path, text.replace(EDITS_KEPT, PACKAGE_REBUILT)]);
  return escapeInvisibleFiles(new Map(rebuilt.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
