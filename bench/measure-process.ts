/**
 * One measured run of a command: wall time (from spawn to exit), CPU time
 * (user + sys of the whole process tree, from GNU time's rusage of waited-for
 * children) and peak resident memory of the tree (the larger of GNU time's
 * max RSS of one process and the sampled sum over all live descendants).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "./stats.js";
import { watchTreeRss } from "./tree-rss.js";

export const GNU_TIME = "/usr/bin/time";

export interface Command {
  /** Program and arguments; argv[0] is run as is (no shell). */
  readonly argv: readonly string[];
  readonly cwd: string;
  /** Added to the bench's environment (a peer's config reads its input and output from it). */
  readonly env?: Readonly<Record<string, string>>;
  /** Killed (and reported as failed) after this long. Default 10 minutes. */
  readonly timeoutMs?: number;
}

export interface ProcessSample {
  readonly ok: boolean;
  readonly exitCode: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssKb: number;
  /** The last few kB of stdout + stderr, for failure messages and tool-reported timings. */
  readonly output: string;
}

const OUTPUT_LIMIT = 8_000;

function keepTail(text: string): string {
  return text.length > OUTPUT_LIMIT ? text.slice(-OUTPUT_LIMIT) : text;
}

/** Runs `command` once under GNU time and returns what it cost. Never throws for a failing command. */
export async function measureProcess(command: Command): Promise<ProcessSample> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed to measure CPU time and peak memory`);
  const [program, ...args] = command.argv;
  if (program === undefined) throw new Error("empty command");
  const scratch = mkdtempSync(join(tmpdir(), "wiregen-bench-time-"));
  const timeFile = join(scratch, "time.txt");
  try {
    const started = performance.now();
    const child = spawn(GNU_TIME, ["-o", timeFile, "-f", "%e %U %S %M %x", program, ...args], {
      cwd: command.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...command.env },
    });
    const watcher = child.pid === undefined ? undefined : watchTreeRss(child.pid, 100);
    let output = "";
    const collect = (chunk: Buffer): void => {
      output = keepTail(output + chunk.toString("utf8"));
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), command.timeoutMs ?? 600_000);
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code) => resolve(code ?? 1));
    });
    const wallMs = performance.now() - started;
    clearTimeout(timer);
    const sampledPeak = watcher?.stop() ?? 0;
    const lines = existsSync(timeFile) ? readFileSync(timeFile, "utf8").trim().split("\n") : [];
    const fields = (lines.at(-1) ?? "").split(" ").map(Number);
    const [, user = Number.NaN, sys = Number.NaN, maxRss = 0] = fields;
    return {
      ok: exitCode === 0,
      exitCode,
      wallMs,
      cpuMs: (user + sys) * 1000,
      peakRssKb: Math.max(maxRss, sampledPeak),
      output,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The last non-empty line of a failed run's output, for the report. */
export function failureSummary(sample: ProcessSample): string {
  const last = sample.output.trim().split("\n").filter((line) => line.trim() !== "").at(-1) ?? "";
  return `exit ${sample.exitCode}${last === "" ? "" : `: ${last.trim().slice(0, 160)}`}`;
}

/** Medians of the successful runs of one command, and how many failed. */
export interface Figures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssKb: number;
  readonly okRuns: number;
  readonly totalRuns: number;
  /** The first failure, when any run failed. */
  readonly failure: string | undefined;
}

/** Summarises runs of one command; figures are NaN when no run succeeded. */
export function summarize(samples: readonly ProcessSample[]): Figures {
  const ok = samples.filter((sample) => sample.ok);
  const failed = samples.find((sample) => !sample.ok);
  return {
    wallMs: median(ok.map((sample) => sample.wallMs)),
    cpuMs: median(ok.map((sample) => sample.cpuMs)),
    peakRssKb: median(ok.map((sample) => sample.peakRssKb)),
    okRuns: ok.length,
    totalRuns: samples.length,
    failure: failed === undefined ? undefined : failureSummary(failed),
  };
}

/** The samples with failed runs blanked out, index-aligned by round for paired ratios. */
export function okOnly(samples: readonly ProcessSample[]): readonly (ProcessSample | undefined)[] {
  return samples.map((sample) => (sample.ok ? sample : undefined));
}
