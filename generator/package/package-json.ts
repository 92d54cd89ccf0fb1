/**
 * The package's `package.json`: one ES module build and one CommonJS build of
 * the client under `dist/`, each with its declarations, reachable from every
 * resolver still in use.
 *
 * - `exports` for Node and `module: node16`/`nodenext`/`bundler`: the root and
 *   each per-resource subpath, `import` → `dist/esm`, `require` → `dist/cjs`,
 *   `types` first in each (TypeScript takes the first condition that matches).
 * - `main`/`module`/`types` for resolvers that predate `exports` (TypeScript's
 *   `node10`, old bundlers), and `typesVersions` so `node10` finds the
 *   subpaths' types too (it never reads `exports`).
 * - `dist/cjs/package.json` says `"type": "commonjs"`, so the same `.js`
 *   names are CommonJS there and their `.d.ts` are read as CommonJS
 *   declarations, while the root's `"type": "module"` makes `dist/esm` ES
 *   modules. A folder inside a published package is never dropped by a build,
 *   unlike one copied into a project's sources.
 */
import type { PackageMeta } from "./package-meta.js";

export const ESM_DIR = "dist/esm";
export const CJS_DIR = "dist/cjs";

/** `path/to/file.ts` → `path/to/file` */
export const moduleBase = (file: string): string => file.replace(/\.ts$/, "");

function conditions(base: string): Record<string, Record<string, string>> {
  return {
    import: { types: `./${ESM_DIR}/${base}.d.ts`, default: `./${ESM_DIR}/${base}.js` },
    require: { types: `./${CJS_DIR}/${base}.d.ts`, default: `./${CJS_DIR}/${base}.js` },
  };
}

/** The package's manifest as text (two-space JSON, keys in a fixed order, newline at the end). */
export function toPackageJson(meta: PackageMeta): string {
  const entries = [...meta.entries].sort((a, b) => (a.subpath < b.subpath ? -1 : a.subpath > b.subpath ? 1 : 0));
  const manifest = {
    name: meta.name,
    version: meta.version,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    main: `./${CJS_DIR}/index.js`,
    module: `./${ESM_DIR}/index.js`,
    types: `./${CJS_DIR}/index.d.ts`,
    exports: {
      ".": conditions("index"),
      ...Object.fromEntries(entries.map((entry) => [`./${entry.subpath}`, conditions(moduleBase(entry.file))])),
      "./package.json": "./package.json",
    },
    ...(entries.length === 0
      ? {}
      : {
          typesVersions: {
            "*": Object.fromEntries(
              entries.map((entry) => [entry.subpath, [`${CJS_DIR}/${moduleBase(entry.file)}.d.ts`]]),
            ),
          },
        }),
    files: ["dist"],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `dist/cjs/package.json`: marks the CommonJS build as CommonJS inside a `"type": "module"` package. */
export function toCommonJsMarker(): string {
  return `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`;
}
