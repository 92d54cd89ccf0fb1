/**
 * Regeneration when nothing changed: ours generates a document into a
 * directory that already holds exactly that output; only such second runs are
 * timed (after one warm-up of the same kind).
 */
import { existsSync } from "node:fs";
import { describeSample } from "./generation.js";
import { measureProcess, type ProcessSample } from "./measure-process.js";
import type { Tool } from "./peers.js";
import { runRounds } from "./rounds.js";

export interface RegenerationOptions {
  readonly tool: Tool;
  readonly spec: string;
  /** Directory holding the tool's output of `spec`; generated first when missing. */
  readonly outDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

export async function measureRegeneration(options: RegenerationOptions): Promise<readonly ProcessSample[]> {
  options.log(`Regeneration of unchanged output (${options.tool.id})`);
  const command = options.tool.generate(options.spec, options.outDir);
  if (!existsSync(options.outDir)) {
    const first = await measureProcess(command);
    options.log(`  first generation: ${describeSample(first)}`);
  }
  const samples = await runRounds([{ key: options.tool.id, run: () => measureProcess(command) }], {
    runs: options.runs,
    describe: describeSample,
    log: options.log,
  });
  return samples.get(options.tool.id) ?? [];
}
