/**
 * Regeneration when nothing changed: ours generates a document into a directory that already holds exactly that
 * output; only such second runs are timed (after one warm-up of the same kind). Ours on Node 24 and on Node 20,
 * each into its own directory, interleaved by round.
 */
import { existsSync } from "node:fs";
import { describeSample } from "./generation.js";
import { measureProcess, type ProcessSample } from "./measure-process.js";
import type { Tool, ToolId } from "./peers.js";
import { runRounds } from "./rounds.js";

export interface RegenerationOptions {
  /** Each tool with the directory holding its output of `spec` (generated first when missing). */
  readonly tools: readonly { readonly tool: Tool; readonly outDir: string }[];
  readonly spec: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

/** Samples by tool id. */
export type RegenerationResult = ReadonlyMap<ToolId, readonly ProcessSample[]>;

export async function measureRegeneration(options: RegenerationOptions): Promise<RegenerationResult> {
  options.log(`Regeneration of unchanged output (${options.tools.map((entry) => entry.tool.id).join(", ")})`);
  const tasks = [];
  for (const { tool, outDir } of options.tools) {
    const command = tool.generate(options.spec, outDir);
    if (!existsSync(outDir)) {
      const first = await measureProcess(command);
      options.log(`  first generation ${tool.id}: ${describeSample(first)}`);
    }
    tasks.push({ key: tool.id, run: () => measureProcess(command) });
  }
  const samples = await runRounds(tasks, { runs: options.runs, describe: describeSample, log: options.log });
  return samples as RegenerationResult;
}
