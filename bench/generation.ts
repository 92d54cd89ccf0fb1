/**
 * Full generation of one document by every tool, interleaved by round, each
 * run into a fresh directory (so no tool sees its own earlier output). The
 * warm-up's output of each tool is kept for the type-checking measurements.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { measureProcess, type ProcessSample } from "./measure-process.js";
import type { Tool, ToolId } from "./peers.js";
import { runRounds } from "./rounds.js";

export interface GenerationResult {
  readonly title: string;
  readonly spec: string;
  /** What the input is, for the report (Markdown). */
  readonly inputNote: string;
  readonly tools: readonly Tool[];
  readonly samples: ReadonlyMap<ToolId, readonly ProcessSample[]>;
  /** Each tool's kept output directory, when one of its runs succeeded. */
  readonly outputs: ReadonlyMap<ToolId, string>;
}

export interface GenerationOptions {
  readonly title: string;
  /** Absolute path of the document. */
  readonly spec: string;
  readonly inputNote: string;
  readonly tools: readonly Tool[];
  /** Empty directory that receives the outputs. */
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

/** Seconds with one decimal, for progress lines. */
export function describeSample(sample: ProcessSample): string {
  const figures = `${(sample.wallMs / 1000).toFixed(2)} s wall, ${(sample.cpuMs / 1000).toFixed(2)} s CPU, ${Math.round(sample.peakRssKb / 1024)} MB`;
  return sample.ok ? figures : `FAILED (exit ${sample.exitCode}) ${figures}`;
}

export async function compareGeneration(options: GenerationOptions): Promise<GenerationResult> {
  mkdirSync(options.workDir, { recursive: true });
  options.log(`${options.title}`);
  const outputs = new Map<ToolId, string>();
  const tasks = options.tools.map((tool) => ({
    key: tool.id,
    run: async (round: number): Promise<ProcessSample> => {
      const runDir = join(options.workDir, `${tool.id}.run-${round}`);
      rmSync(runDir, { recursive: true, force: true });
      const sample = await measureProcess(tool.generate(options.spec, runDir));
      const keepDir = join(options.workDir, tool.id);
      if (sample.ok && !existsSync(keepDir) && existsSync(runDir)) {
        renameSync(runDir, keepDir);
        outputs.set(tool.id, keepDir);
      } else {
        rmSync(runDir, { recursive: true, force: true });
      }
      return sample;
    },
  }));
  const samples = await runRounds(tasks, { runs: options.runs, describe: describeSample, log: options.log });
  return {
    title: options.title,
    spec: options.spec,
    inputNote: options.inputNote,
    tools: options.tools,
    samples: samples as ReadonlyMap<ToolId, readonly ProcessSample[]>,
    outputs,
  };
}

/**
 * Each tool's output of `spec`, generated once without timing: what the
 * type-checks need when the generation section itself was not selected.
 */
export async function generateOutputs(
  tools: readonly Tool[],
  spec: string,
  workDir: string,
  log: (line: string) => void,
): Promise<ReadonlyMap<ToolId, string>> {
  mkdirSync(workDir, { recursive: true });
  const outputs = new Map<ToolId, string>();
  for (const tool of tools) {
    const outDir = join(workDir, tool.id);
    const sample = await measureProcess(tool.generate(spec, outDir));
    log(`  generated ${tool.id} (untimed): ${describeSample(sample)}`);
    if (sample.ok) outputs.set(tool.id, outDir);
  }
  return outputs;
}

/** Ours' `--timings` line from the run with the median wall time, if it printed one. */
export function oursPhaseTimings(samples: readonly ProcessSample[]): string | undefined {
  const ok = samples.filter((sample) => sample.ok).sort((a, b) => a.wallMs - b.wallMs);
  const middle = ok[Math.floor((ok.length - 1) / 2)];
  return middle === undefined ? undefined : /^timings: (.*)$/m.exec(middle.output)?.[1]?.trim();
}
