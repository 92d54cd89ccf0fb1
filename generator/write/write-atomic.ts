/**
 * Writing client directories atomically: the files go to a temporary
 * directory beside each target (with the user's own files copied over),
 * which then replaces the target by rename. A failure at any point leaves
 * every target exactly as it was.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

interface Staged {
  readonly outDir: string;
  /** The new files, until swapped in. */
  readonly temp: string;
  /** The previous directory, once moved aside; deleted only when every client is in place. */
  readonly old: string;
}

/**
 * Writes `files` under the new folder `dir` in one go, without yielding: a client is tens to
 * thousands of small files (GitHub's: 1,100), and an awaited mkdir and write per file cost two
 * trips through libuv's thread pool each, with the thread idle in between.
 */
function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  const made = new Set<string>();
  for (const [path, text] of files) {
    const target = join(dir, path);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, text);
  }
}

/** Moves the target aside and the new directory in; puts the target back if the second rename fails. Returns whether there was a target. */
async function swapIn({ outDir, temp, old }: Staged): Promise<boolean> {
  let hadTarget = true;
  try {
    await rename(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    hadTarget = false;
  }
  try {
    await rename(temp, outDir);
  } catch (error) {
    if (hadTarget) await rename(old, outDir);
    throw error;
  }
  return hadTarget;
}

/** Undoes `swapIn`: the new directory goes back to `temp` (deleted later), the old one returns. */
async function swapBack({ outDir, temp, old }: Staged, hadTarget: boolean): Promise<void> {
  await rename(outDir, temp);
  if (hadTarget) await rename(old, outDir);
}

/** Copies `paths` of `from` into `to` byte for byte: files of the user's that the new folder carries over. */
async function carryOver(from: string, to: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(dirname(join(to, path)), { recursive: true });
    await copyFile(join(from, path), join(to, path));
  }
}

/**
 * Replaces each `outDir` with its files, plus the files `keep` names, copied
 * from the folder being replaced (the user's own files); all of them are
 * staged before any is swapped in.
 */
export async function writeClients(
  clients: ReadonlyArray<{ outDir: string; files: ReadonlyMap<string, string>; keep?: readonly string[] | undefined }>,
): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const { outDir, files, keep } of clients) {
      const parent = dirname(outDir);
      await mkdir(parent, { recursive: true });
      const suffix = `${process.pid}-${Date.now()}`;
      const temp = join(parent, `.${basename(outDir)}.new-${suffix}`);
      const old = join(parent, `.${basename(outDir)}.old-${suffix}`);
      staged.push({ outDir, temp, old });
      writeTree(temp, files);
      await carryOver(outDir, temp, keep ?? []);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { recursive: true, force: true })));
    throw error;
  }
  const swapped: Array<{ staged: Staged; hadTarget: boolean }> = [];
  try {
    for (const s of staged) swapped.push({ staged: s, hadTarget: await swapIn(s) });
  } catch (error) {
    // One client failed to swap: put back the ones already swapped, so no target is left half-updated.
    for (const { staged: s, hadTarget } of swapped.reverse()) await swapBack(s, hadTarget);
    throw error;
  } finally {
    await Promise.all(staged.map((s) => rm(s.temp, { recursive: true, force: true })));
  }
  await Promise.all(staged.map((s) => rm(s.old, { recursive: true, force: true })));
}
