/**
 * A copy of generator/ taken when the run starts, which every generator
 * process of the run loads: the processes are restarted along the way, and
 * without a copy an edit to generator/ during a long run would make its first
 * and last documents the work of two different generators. The copy sits
 * under node_modules/.cache so that it resolves the project's packages.
 */
import { rmSync } from "node:fs";
import { cp, mkdir, mkdtemp } from "node:fs/promises";
import { join } from "node:path";
import { runProcess } from "./run-process.js";

export interface GeneratorSnapshot {
  /** The copied generator/ directory. */
  readonly dir: string;
  /** Which generator it is: its commit, and whether generator/ had changes not committed. */
  readonly revision: string;
  /** Deletes the copy; synchronous, so a signal handler can call it. */
  remove(): void;
}

async function describeRevision(projectRoot: string): Promise<string> {
  const git = (args: string[]) => runProcess(["git", ...args], { cwd: projectRoot, timeoutMs: 10_000 });
  const head = await git(["rev-parse", "--short", "HEAD"]);
  if (head.code !== 0) return "the generator as it was on disk (not a git checkout)";
  const status = await git(["status", "--porcelain", "--", "generator"]);
  const dirty = status.stdout.trim() === "" ? "" : " with uncommitted changes in generator/";
  return `the generator at ${head.stdout.trim()}${dirty}`;
}

export async function snapshotGenerator(projectRoot: string): Promise<GeneratorSnapshot> {
  const parent = join(projectRoot, "node_modules/.cache/wiregen/corpus");
  await mkdir(parent, { recursive: true });
  const root = await mkdtemp(join(parent, "run-"));
  const dir = join(root, "generator");
  const revision = await describeRevision(projectRoot);
  await cp(join(projectRoot, "generator"), dir, { recursive: true });
  return { dir, revision, remove: () => rmSync(root, { recursive: true, force: true }) };
}
