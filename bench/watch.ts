/**
 * The edit loop: ours' `--watch` started once per spec, then a small edit
 * saved into a file the spec reads (see spec-edits.ts) by writing a sibling and
 * renaming it over the file, timed from the moment the rename returns to the moment the watcher's regeneration line
 * (`<outDir>: N written, M deleted in X ms (<file> changed)`, printed after the
 * last output file is renamed into place) arrives on stdout. The process's own
 * X is kept too. One warm-up edit, then `runs` edits; the watcher is then
 * stopped with SIGINT and must exit, leaving no temporary files.
 */
import { spawn } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import type { Readable } from "node:stream";
import { specEdits } from "./spec-edits.js";

export interface WatchEdit {
  /** From the end of the bench's write to the regeneration line on stdout. */
  readonly latencyMs: number;
  /** The X ms the watcher printed. */
  readonly reportedMs: number;
  /** False when the watcher said "unchanged" (the edit did not reach the output). */
  readonly changed: boolean;
  readonly line: string;
}

export interface WatchStop {
  /** From SIGINT to the process's exit; NaN when it had to be killed. */
  readonly exitMs: number;
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** Temporary files (`.<name>.tmp-<pid>`) left in the output directory. */
  readonly leftovers: readonly string[];
}

export interface WatchResult {
  readonly label: string;
  readonly spec: string;
  /** The edited file, relative to the spec's folder. */
  readonly edited: string;
  readonly operation: string;
  /** From spawn to the `watching …` line (includes the first full generation). */
  readonly readyMs: number;
  readonly edits: readonly WatchEdit[];
  /** Regeneration lines that arrived when none was expected (a run split in two); the change report is not one. */
  readonly strays: readonly string[];
  /** Edits during which the watcher wrote to stderr, with its last line (diagnostics, failed runs). */
  readonly complaints: readonly string[];
  readonly stop: WatchStop | undefined;
  /** Why the measurement stopped early, when it did. */
  readonly failure: string | undefined;
}

export interface WatchCase {
  readonly label: string;
  /** The spec passed to `--watch`. */
  readonly spec: string;
  /** The file the edits are saved into (the spec or a file it reads). */
  readonly edited: string;
}

export interface WatchOptions {
  /** Ours' command line up to the spec (node and its flags, the script). */
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

/** Temp copies of the inputs: the whole spec/ folder for Zep (an edit reaches zep.yaml by $ref), GitHub's file. */
export function watchCases(repoRoot: string, githubSpec: string, workDir: string): readonly WatchCase[] {
  const zepDir = join(workDir, "zep-spec");
  cpSync(join(repoRoot, "spec"), zepDir, { recursive: true });
  const githubDir = join(workDir, "github-spec");
  mkdirSync(githubDir, { recursive: true });
  const github = join(githubDir, basename(githubSpec));
  copyFileSync(githubSpec, github);
  return [
    { label: "zep", spec: join(zepDir, "zep.yaml"), edited: join(zepDir, "zep", "threads.yaml") },
    { label: "github", spec: github, edited: github },
  ];
}

/** Lines of a stream, awaited one at a time. */
function lineQueue(stream: Readable): { next(timeoutMs: number): Promise<string | undefined>; closed(): boolean } {
  const queued: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let ended = false;
  const lines = createInterface({ input: stream });
  lines.on("line", (line) => {
    if (waiting === undefined) queued.push(line);
    else {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    }
  });
  lines.on("close", () => {
    ended = true;
    waiting?.(undefined);
    waiting = undefined;
  });
  return {
    next: (timeoutMs) => {
      const line = queued.shift();
      if (line !== undefined || ended) return Promise.resolve(line);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting = undefined;
          resolve(undefined);
        }, timeoutMs);
        waiting = (value) => {
          clearTimeout(timer);
          resolve(value);
        };
      });
    },
    closed: () => ended,
  };
}

function leftovers(dir: string): readonly string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => /\.tmp-\d+$/.test(name));
  } catch {
    return [];
  }
}

const READY_TIMEOUT_MS = 600_000;
const EDIT_TIMEOUT_MS = 120_000;
/** After each regeneration line, how long to listen for a second one before the next edit. */
const QUIET_MS = 400;

export async function measureWatch(watchCase: WatchCase, options: WatchOptions): Promise<WatchResult> {
  const outDir = join(options.workDir, `out-${watchCase.label}`);
  const edits = specEdits(watchCase.edited);
  const [program, ...args] = options.argv;
  if (program === undefined) throw new Error("empty command");
  options.log(`Watch mode: ${watchCase.label} (${edits.operation} in ${basename(watchCase.edited)})`);
  const started = performance.now();
  const child = spawn(program, [...args, watchCase.spec, "--out", outDir, "--watch"], {
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let stderr = "";
  let stderrLines = 0;
  child.stderr.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    stderrLines += text.split("\n").length - 1;
    stderr = (stderr + text).slice(-4_000);
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const stdout = lineQueue(child.stdout);
  const regeneration = new RegExp(`^${outDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: (.+) in (\\d+) ms \\((.+)\\)$`);
  const measured: WatchEdit[] = [];
  const strays: string[] = [];
  const complaints: string[] = [];
  let readyMs = Number.NaN;
  let failure: string | undefined;
  const lastError = (): string => stderr.trim().split("\n").at(-1) ?? "";

  try {
    for (;;) {
      const line = await stdout.next(READY_TIMEOUT_MS);
      if (line === undefined) throw new Error(`the watcher never said it was watching ${lastError()}`);
      if (line.startsWith("watching ")) break;
    }
    readyMs = performance.now() - started;
    options.log(`  ready after ${(readyMs / 1000).toFixed(2)} s`);
    for (let i = 0; i <= options.runs; i++) {
      // Saved the way editors save atomically (write a sibling, rename over): one instant at which the file is
      // complete, so the watcher can never read it half-written and the timing has a clear start.
      const temp = join(dirname(watchCase.edited), `.${basename(watchCase.edited)}.bench-edit`);
      writeFileSync(temp, edits.text(i));
      const errorsBefore = stderrLines;
      renameSync(temp, watchCase.edited);
      const written = performance.now();
      let match: RegExpExecArray | null = null;
      let line: string | undefined;
      while (match === null) {
        line = await stdout.next(EDIT_TIMEOUT_MS);
        if (line === undefined) throw new Error(`no regeneration after edit ${i} ${lastError()}`);
        match = regeneration.exec(line);
      }
      const edit: WatchEdit = {
        latencyMs: performance.now() - written,
        reportedMs: Number(match[2]),
        changed: match[1] !== "unchanged",
        line: line!,
      };
      if (stderrLines > errorsBefore) complaints.push(`edit ${i}: ${lastError()}`);
      const label = i === 0 ? "warm-up" : `run ${i}/${options.runs}`;
      options.log(
        `  ${label}: ${edit.latencyMs.toFixed(0)} ms to the line (${edit.reportedMs} ms reported): ${match[1]}`,
      );
      if (i > 0) measured.push(edit);
      // Other lines after it are the watcher's report of what changed for callers; only a second regeneration
      // line (a run split in two) is a stray.
      for (let extra = await stdout.next(QUIET_MS); extra !== undefined; extra = await stdout.next(QUIET_MS)) {
        if (regeneration.test(extra)) strays.push(extra);
      }
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    options.log(`  ${failure}`);
  }

  let stop: WatchStop | undefined;
  if (child.exitCode === null && child.signalCode === null) {
    const signalled = performance.now();
    child.kill("SIGINT");
    const timeout = sleep(10_000, undefined, { ref: false });
    const result = await Promise.race([exited, timeout]);
    if (result === undefined) {
      child.kill("SIGKILL");
      await exited;
      stop = {
        exitMs: Number.NaN,
        exitCode: null,
        signal: "SIGKILL (did not exit within 10 s of SIGINT)",
        leftovers: leftovers(outDir),
      };
    } else {
      stop = {
        exitMs: performance.now() - signalled,
        exitCode: result.code,
        signal: result.signal,
        leftovers: leftovers(outDir),
      };
    }
    options.log(
      `  SIGINT: exit ${stop.exitCode ?? stop.signal} after ${stop.exitMs.toFixed(0)} ms, ${stop.leftovers.length} temp files left`,
    );
  } else {
    failure ??= `the watcher exited early (${child.exitCode ?? child.signalCode}) ${lastError()}`;
  }
  return {
    label: watchCase.label,
    spec: watchCase.spec,
    edited: basename(watchCase.edited),
    operation: edits.operation,
    readyMs,
    edits: measured,
    strays,
    complaints,
    stop,
    failure,
  };
}
