/**
 * Updating a client directory file by file, for watch mode: each changed file
 * is written beside its target and renamed over it, files no longer generated
 * are deleted, and unchanged files are not touched, so an editor or `tsc
 * --watch` open on the client sees only what the edit changed. (A one-off
 * run swaps the whole directory instead: see write-atomic.ts.)
 */
import { readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temporary files being written, so an interrupted session can delete them before it exits. */
export type InFlight = Set<string>;

/** Every file under `dir` as relative path → contents; empty when `dir` does not exist. */
export async function readClientDir(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    // Read without yielding: one awaited read per file idled the thread between trips to libuv's pool.
    files.set(path.slice(dir.length + 1).replaceAll("\\", "/"), readFileSync(path, "utf8"));
  }
  return files;
}

export interface UpdateSummary {
  readonly written: readonly string[];
  readonly deleted: readonly string[];
}

/**
 * Makes `outDir` hold exactly `files`, given `previous` (what it holds now).
 * Each write is a rename, so a reader never sees half a file.
 */
export async function updateFiles(
  outDir: string,
  previous: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, string>,
  inFlight: InFlight,
): Promise<UpdateSummary> {
  const written: string[] = [];
  for (const [path, text] of files) {
    if (previous.get(path) === text) continue;
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    const temp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
    inFlight.add(temp);
    try {
      await writeFile(temp, text);
      await rename(temp, target);
    } finally {
      inFlight.delete(temp);
    }
    written.push(path);
  }
  const deleted = [...previous.keys()].filter((path) => !files.has(path));
  for (const path of deleted) await rm(join(outDir, path), { force: true });
  return { written, deleted };
}
