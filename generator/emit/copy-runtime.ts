/**
 * The runtime files a client ships with: the hand-written TypeScript under
 * `generator/runtime/`, copied as they are under `runtime/`.
 */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const RUNTIME_DIR = fileURLToPath(new URL("../runtime/", import.meta.url));

/** `runtime/<name>.ts` → source text, sorted by name for deterministic output. */
export async function readRuntimeFiles(): Promise<Map<string, string>> {
  const names = (await readdir(RUNTIME_DIR)).filter((n) => n.endsWith(".ts")).sort();
  const files = new Map<string, string>();
  for (const name of names) files.set(`runtime/${name}`, await readFile(`${RUNTIME_DIR}${name}`, "utf8"));
  return files;
}
