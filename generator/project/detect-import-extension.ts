/**
 * Which import extension a client fits, from the project around its output
 * folder: the nearest `deno.json(c)` or `tsconfig.json` above it decides, as
 * the project's own tools would. Each choice comes with the reason the
 * command prints, so a surprising one can be overridden knowingly.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { ImportExtensionChoice } from "./import-extension.js";
import { readTsconfig, type ProjectOptions } from "./read-tsconfig.js";

/** Module kinds whose default resolution is the CommonJS one (node10), as TypeScript 5.x defines the defaults. */
const COMMONJS_MODULES = new Set(["commonjs", "amd", "umd", "system", "none"]);

/** The choice for a project with these effective options. */
export function extensionForOptions(options: ProjectOptions, file: string): ImportExtensionChoice {
  if (options.allowImportingTsExtensions === true) {
    return { extension: "ts", reason: `${file} sets allowImportingTsExtensions` };
  }
  if (options.rewriteRelativeImportExtensions === true) {
    return { extension: "ts", reason: `${file} sets rewriteRelativeImportExtensions` };
  }
  const resolution = options.moduleResolution;
  if (resolution === "node10" || resolution === "node" || resolution === "classic") {
    return { extension: "none", reason: `${file} resolves modules the CommonJS way (moduleResolution: ${resolution})` };
  }
  if (resolution === undefined && (options.module === undefined || COMMONJS_MODULES.has(options.module))) {
    return {
      extension: "none",
      reason: `${file} resolves modules the CommonJS way (module: ${options.module ?? "commonjs, the default"})`,
    };
  }
  const how = resolution === undefined ? `module: ${options.module}` : `moduleResolution: ${resolution}`;
  return { extension: "js", reason: `${file} compiles to JavaScript that imports .js (${how})` };
}

/** `file` as the run shows it: relative to where the command runs, unless that climbs out of it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel === "" || rel.startsWith("..") ? file : rel;
}

/** The import extension for a client written to `outDir`, and why. */
export function detectImportExtension(outDir: string): ImportExtensionChoice {
  const start = resolve(outDir);
  for (let dir = start; ; dir = dirname(dir)) {
    for (const name of ["deno.json", "deno.jsonc"]) {
      const file = join(dir, name);
      if (existsSync(file)) return { extension: "ts", reason: `${shown(file)}: Deno imports .ts files` };
    }
    if (existsSync(join(dir, "tsconfig.json"))) {
      const { file, options } = readTsconfig(join(dir, "tsconfig.json"), start);
      return extensionForOptions(options, shown(file));
    }
    if (dirname(dir) === dir) break;
  }
  return {
    extension: "ts",
    reason: "no tsconfig.json or deno.json above it: .ts runs as it is in Node's type stripping, Deno, Bun and bundlers",
  };
}
