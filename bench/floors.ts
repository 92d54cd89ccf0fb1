/**
 * The floor under each row: what the unavoidable part of the work costs on this machine, measured the same way
 * as the tools. Node's start-up (`node -e 0`), reading and parsing the input (read + JSON.parse or the `yaml`
 * package's parse of every file the spec is made of), and writing the output (as many bytes in as many files as
 * ours wrote), each on Node 24 and on the machine's Node 20. A generation's floor is one process doing all three
 * (bench/floor-child.mjs), timed from outside like a tool; its parse and write parts are timed inside it, and are
 * the floor of a watch edit (the watcher is already running) and, without the write, of unchanged regeneration.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { measureProcess, type ProcessSample } from "./measure-process.js";
import { runRounds } from "./rounds.js";
import { median } from "./stats.js";

export type FloorInput = "startup" | "zep" | "github";

export interface FloorCase {
  readonly input: FloorInput;
  /** Every file the spec is made of (the root and the files it $refs). */
  readonly files: readonly string[];
  /** What ours wrote for it: bytes and files (zero when ours' output was not at hand). */
  readonly outBytes: number;
  readonly outFiles: number;
}

export interface FloorFigures {
  /** Wall of the whole floor process: start-up + read and parse + write. */
  readonly wallMs: number;
  readonly peakRssKb: number;
  /** Read and parse, including loading the YAML parser (loadMs). */
  readonly parseMs: number;
  readonly loadMs: number;
  readonly writeMs: number;
}

export interface FloorResult {
  /** Node label → `node -e 0` wall (median). */
  readonly startupMs: Readonly<Record<string, number>>;
  /** Node label → input → figures (medians). */
  readonly cases: Readonly<Record<string, Partial<Record<FloorInput, FloorFigures>>>>;
  readonly inputs: readonly FloorCase[];
}

export interface FloorOptions {
  readonly repoRoot: string;
  /** Node label ("24", "20") → binary. */
  readonly nodes: Readonly<Record<string, string>>;
  readonly cases: readonly FloorCase[];
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

/** Bytes and files under `dir`, recursively (0, 0 when it is missing). */
export function treeSize(dir: string | undefined): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        files += 1;
      }
    }
  };
  try {
    if (dir !== undefined) walk(dir);
  } catch {
    return { bytes: 0, files: 0 };
  }
  return { bytes, files };
}

/** The spec's own files: the root, plus for Zep every YAML under the folder of the same name beside it. */
export function specFiles(spec: string): readonly string[] {
  const sibling = spec.replace(/\.ya?ml$/, "");
  try {
    if (sibling !== spec && statSync(sibling).isDirectory()) {
      return [
        spec,
        ...readdirSync(sibling)
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(sibling, name)),
      ];
    }
  } catch {
    // no folder beside it: a single-file spec
  }
  return [spec];
}

export async function measureFloors(options: FloorOptions): Promise<FloorResult> {
  options.log("Floors: node -e 0, read + parse, write");
  mkdirSync(options.workDir, { recursive: true });
  const child = join(options.repoRoot, "bench", "floor-child.mjs");
  const tasks = Object.entries(options.nodes).flatMap(([label, node]) => [
    {
      key: `${label}:start-up`,
      run: () => measureProcess({ argv: [node, "-e", "0"], cwd: options.workDir }),
    },
    ...options.cases.map((floorCase) => ({
      key: `${label}:${floorCase.input}`,
      run: async (round: number): Promise<ProcessSample> => {
        const outDir = join(options.workDir, `${label}-${floorCase.input}-${round}`);
        rmSync(outDir, { recursive: true, force: true });
        const argv = [node, child, outDir, String(floorCase.outBytes), String(floorCase.outFiles), ...floorCase.files];
        const sample = await measureProcess({ argv, cwd: dirname(child) });
        rmSync(outDir, { recursive: true, force: true });
        return sample;
      },
    })),
  ]);
  const describe = (sample: ProcessSample): string =>
    `${sample.ok ? "" : `FAILED (exit ${sample.exitCode}) `}${sample.wallMs.toFixed(0)} ms wall ${sample.output.trim().split("\n").at(-1) ?? ""}`;
  const samples = await runRounds(tasks, { runs: options.runs, describe, log: options.log });
  const startupMs: Record<string, number> = {};
  const cases: Record<string, Partial<Record<FloorInput, FloorFigures>>> = {};
  for (const label of Object.keys(options.nodes)) {
    const ok = (key: string): readonly ProcessSample[] => (samples.get(key) ?? []).filter((sample) => sample.ok);
    startupMs[label] = median(ok(`${label}:start-up`).map((sample) => sample.wallMs));
    const byInput: Partial<Record<FloorInput, FloorFigures>> = {};
    for (const floorCase of options.cases) {
      const runs = ok(`${label}:${floorCase.input}`);
      const inside = runs.map((sample) => {
        try {
          return JSON.parse(sample.output.trim().split("\n").at(-1) ?? "") as { parseMs: number; loadMs: number; writeMs: number };
        } catch {
          return { parseMs: Number.NaN, loadMs: Number.NaN, writeMs: Number.NaN };
        }
      });
      byInput[floorCase.input] = {
        wallMs: median(runs.map((sample) => sample.wallMs)),
        peakRssKb: median(runs.map((sample) => sample.peakRssKb)),
        parseMs: median(inside.map((entry) => entry.parseMs)),
        loadMs: median(inside.map((entry) => entry.loadMs)),
        writeMs: median(inside.map((entry) => entry.writeMs)),
      };
    }
    cases[label] = byInput;
  }
  return { startupMs, cases, inputs: options.cases };
}
