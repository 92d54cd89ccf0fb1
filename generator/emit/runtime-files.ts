/**
 * The runtime a client ships with: the hand-written TypeScript under
 * `generator/runtime/`, copied into the client's `runtime/` as it is, so the
 * project's own build compiles it like the rest of its code (a `.js` file
 * would be left behind by `tsc`, which copies no scripts to its `outDir`).
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const RUNTIME_DIR = fileURLToPath(new URL("../runtime/", import.meta.url));

/** The runtime of validation (`validate` in the config): a client generated without it carries none of it. */
export const VALIDATION_RUNTIME: ReadonlySet<string> = new Set(["schema.ts", "schema-formats.ts", "validation.ts"]);

/** `runtime/<name>.ts` → source text, sorted by name; the validation files only for a client that validates. */
export async function runtimeFiles(validation: boolean): Promise<Map<string, string>> {
  const names = (await readdir(RUNTIME_DIR))
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts") && (validation || !VALIDATION_RUNTIME.has(n)))
    .sort();
  const files = new Map<string, string>();
  for (const name of names) files.set(`runtime/${name}`, await readFile(`${RUNTIME_DIR}${name}`, "utf8"));
  return files;
}
