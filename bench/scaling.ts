/**
 * How ours' generation time grows with the document: the same document cut to
 * 1/4, 1/2 and all of its paths, generated in interleaved rounds into fresh
 * directories; the ratios all/half and half/quarter are paired by round.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeCuts, type CutDocument } from "./cut-document.js";
import { describeSample } from "./generation.js";
import { measureProcess, okOnly, type ProcessSample } from "./measure-process.js";
import type { Tool } from "./peers.js";
import { runRounds } from "./rounds.js";
import { pairedRatio } from "./stats.js";

export interface ScalingResult {
  readonly cuts: readonly CutDocument[];
  readonly samples: ReadonlyMap<string, readonly ProcessSample[]>;
  /** Median over rounds of wall(all) / wall(half). */
  readonly allOverHalf: number;
  /** Median over rounds of wall(half) / wall(quarter). */
  readonly halfOverQuarter: number;
}

export interface ScalingOptions {
  readonly tool: Tool;
  readonly source: string;
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

export async function measureScaling(options: ScalingOptions): Promise<ScalingResult> {
  mkdirSync(options.workDir, { recursive: true });
  options.log(`Scaling of ${options.tool.id} with document size`);
  const cuts = writeCuts(
    options.source,
    [
      { label: "quarter", fraction: 0.25 },
      { label: "half", fraction: 0.5 },
      { label: "all", fraction: 1 },
    ],
    options.workDir,
  );
  const tasks = cuts.map((cut) => ({
    key: cut.label,
    run: async (round: number): Promise<ProcessSample> => {
      const outDir = join(options.workDir, `out-${cut.label}-${round}`);
      const sample = await measureProcess(options.tool.generate(cut.file, outDir));
      rmSync(outDir, { recursive: true, force: true });
      return sample;
    },
  }));
  const samples = await runRounds(tasks, { runs: options.runs, describe: describeSample, log: options.log });
  const of = (label: string): readonly (ProcessSample | undefined)[] => okOnly(samples.get(label) ?? []);
  const wall = (sample: ProcessSample): number => sample.wallMs;
  return {
    cuts,
    samples,
    allOverHalf: pairedRatio(of("all"), of("half"), wall),
    halfOverQuarter: pairedRatio(of("half"), of("quarter"), wall),
  };
}
