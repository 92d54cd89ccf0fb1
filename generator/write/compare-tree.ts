/**
 * `--check`: which files of a client directory differ from a fresh run
 * (changed, missing or extra), without writing anything.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** The path is not there as the kind of entry asked for (absent, or a file where a directory is, or the reverse). */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR";
}

/**
 * Every file under `dir`, as `/`-separated relative paths. Walked by hand:
 * `readdir({ recursive, withFileTypes })` only gives entries a `parentPath`
 * from Node 20.12, and without it extra files would silently not be listed.
 */
async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    // A missing directory has no extra files; any other failure must not pass for "up to date".
    if (isMissing(error)) return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, path)));
    else files.push(path);
  }
  return files;
}

/** Paths (relative to `outDir`) that would change, sorted. */
export async function staleFiles(outDir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const stale = new Set<string>();
  for (const [path, text] of files) {
    const current = await readFile(join(outDir, path), "utf8").catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (current !== text) stale.add(path);
  }
  for (const path of await listFiles(outDir)) if (!files.has(path)) stale.add(path);
  return [...stale].sort();
}
