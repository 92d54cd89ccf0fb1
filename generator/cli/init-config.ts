/**
 * `wiregen init`: writes a starter config in the working folder, its input
 * guessed from the OpenAPI documents it finds there, and refuses to replace
 * a config that is already there. `wiregen.config.ts`, unless the folder's
 * tsconfig.json sets a `rootDir` that leaves the folder out: `tsc` would then
 * refuse a `.ts` file beside it (TS6059), so the config is
 * `wiregen.config.mjs`, typed the same through `// @ts-check`.
 */
import { existsSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { findConfig } from "../config/find-config.js";
import { readJsonc } from "../project/read-tsconfig.js";

/** Where an OpenAPI document usually is, in the order they are tried. */
const USUAL_INPUTS = ["openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.json"];

/** The document the config starts from: a usual name, else the first spec/*.yaml, else a placeholder. */
function guessInput(): { readonly input: string; readonly found: boolean } {
  const usual = USUAL_INPUTS.find((name) => existsSync(name));
  if (usual !== undefined) return { input: usual, found: true };
  const spec = existsSync("spec")
    ? readdirSync("spec").filter((n) => /\.(ya?ml|json)$/.test(n) && !n.includes(".overlay.")).sort()[0]
    : undefined;
  return spec === undefined ? { input: "openapi.yaml", found: false } : { input: `spec/${spec}`, found: true };
}

/** True when the folder's tsconfig.json compiles only files under a `rootDir` that is not the folder itself. */
function rootDirLeavesOut(dir: string): boolean {
  const file = join(dir, "tsconfig.json");
  if (!existsSync(file)) return false;
  const rootDir = readJsonc(file).compilerOptions?.["rootDir"];
  if (typeof rootDir !== "string") return false;
  return relative(resolve(dir, rootDir), dir) !== "";
}

function starter(input: string, script: boolean): string {
  return [
    ...(script ? ["// @ts-check"] : []),
    'import { defineConfig } from "wiregen";',
    "",
    "export default defineConfig({",
    "  clients: [",
    "    {",
    "      // The OpenAPI document (3.0, 3.1, 3.2 or Swagger 2.0; YAML or JSON): a file relative to this one, or an https:// URL.",
    `      input: ${JSON.stringify(input)},`,
    "      // The folder the client is written to; commit it.",
    '      output: "src/api",',
    "      // Optional: clientName, overlay, kind (\"source\" | \"package\"), importExtension, allowRefs, package: { name, version }.",
    "    },",
    "  ],",
    "});",
    "",
  ].join("\n");
}

/** Runs `init`; returns the exit code. */
export async function initConfig(): Promise<number> {
  const existing = findConfig(process.cwd());
  if (existing !== undefined) {
    console.error(`error: ${existing} is already here; edit it, or delete it to start again`);
    return 2;
  }
  const { input, found } = guessInput();
  const script = rootDirLeavesOut(process.cwd());
  const name = script ? "wiregen.config.mjs" : "wiregen.config.ts";
  await writeFile(join(process.cwd(), name), starter(input, script));
  const why = script ? "; .mjs, because tsconfig.json's rootDir leaves a .ts file here out of your build" : "";
  console.log(`wrote ${name} (input: ${input}${found ? "" : ", not found yet: put your document there or edit the path"}${why})`);
  console.log("next: npx wiregen");
  return 0;
}
