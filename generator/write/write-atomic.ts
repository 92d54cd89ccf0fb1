/**
 * Writing a client directory atomically: the files go to a temporary
 * directory beside the target, which then replaces the target by rename. A
 * failure at any point leaves the target exactly as it was.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

async function writeTree(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of files) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/** Replaces each `outDir` with its files; all of them are staged before any is swapped in. */
export async function writeClients(clients: ReadonlyArray<{ outDir: string; files: ReadonlyMap<string, string> }>): Promise<void> {
  const staged: Array<{ outDir: string; temp: string; old: string }> = [];
  try {
    for (const { outDir, files } of clients) {
      const parent = dirname(outDir);
      await mkdir(parent, { recursive: true });
      const suffix = `${process.pid}-${Date.now()}`;
      const temp = join(parent, `.${basename(outDir)}.new-${suffix}`);
      const old = join(parent, `.${basename(outDir)}.old-${suffix}`);
      staged.push({ outDir, temp, old });
      await writeTree(temp, files);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { recursive: true, force: true })));
    throw error;
  }
  for (const { outDir, temp, old } of staged) {
    try {
      await rename(outDir, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    await rename(temp, outDir);
    await rm(old, { recursive: true, force: true });
  }
}
