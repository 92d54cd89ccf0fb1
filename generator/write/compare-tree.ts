/**
 * `--check`: which files of a client directory differ from a fresh run
 * (changed, missing or extra), without writing anything.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"));
  } catch {
    return [];
  }
}

/** Paths (relative to `outDir`) that would change, sorted. */
export async function staleFiles(outDir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const stale = new Set<string>();
  for (const [path, text] of files) {
    const current = await readFile(join(outDir, path), "utf8").catch(() => undefined);
    if (current !== text) stale.add(path);
  }
  for (const path of await listFiles(outDir)) if (!files.has(path)) stale.add(path);
  return [...stale].sort();
}
