/** The shape of one bench run's results, shared by the targets and the report. */
import type { GenerationResult } from "./generation.js";
import type { Machine } from "./machine.js";
import type { ProcessSample } from "./measure-process.js";
import type { RuntimeResult } from "./runtime.js";
import type { ScalingResult } from "./scaling.js";
import type { ToolTypecheck } from "./typecheck.js";

export interface BenchResults {
  readonly machine: Machine;
  readonly runs: number;
  readonly durationMs: number;
  readonly github: GenerationResult;
  readonly zep: GenerationResult;
  readonly typecheck: readonly ToolTypecheck[];
  readonly regeneration: readonly ProcessSample[];
  readonly scaling: ScalingResult;
  /** Undefined when the runtime measurement could not run (the reason is in `problems`). */
  readonly runtime: RuntimeResult | undefined;
  /** Things that went wrong, for the report's notes. */
  readonly problems: readonly string[];
}
