/** The shape of one bench run's results, shared by the targets and the report. */
import type { ConsumerTypecheckResult } from "./consumer-typecheck.js";
import type { GenerationResult } from "./generation.js";
import type { Machine } from "./machine.js";
import type { FloorResult } from "./floors.js";
import type { ProfileSummary } from "./profile.js";
import type { RegenerationResult } from "./regeneration.js";
import type { RuntimeResult } from "./runtime.js";
import type { ScalingResult } from "./scaling.js";
import type { Section } from "./sections.js";
import type { TypecheckResult } from "./typecheck.js";
import type { WatchResult } from "./watch.js";

/** A section left out by BENCH_ONLY, or one that failed (the reason is in `problems`), is undefined. */
export interface BenchResults {
  readonly machine: Machine;
  readonly runs: number;
  readonly durationMs: number;
  /** The sections this run measured, in report order. */
  readonly sections: readonly Section[];
  readonly github: GenerationResult | undefined;
  /** The one-operation spec (bench/one-operation.yaml). */
  readonly startup: GenerationResult | undefined;
  /** The whole Zep spec (spec/zep.yaml and the files it $refs). */
  readonly zep: GenerationResult | undefined;
  readonly typecheck: TypecheckResult | undefined;
  /** `tsc --noEmit` in user projects holding each kind of ours and the peers (Zep and GitHub). */
  readonly consumerTypecheck: ConsumerTypecheckResult | undefined;
  /** Ours on Node 24 (`ours`) and on Node 20 (`ours-node20`). */
  readonly regeneration: RegenerationResult | undefined;
  /** Labels `zep` and `github` on Node 24, `zep (Node 20)` and `github (Node 20)` on the machine's Node. */
  readonly watch: readonly WatchResult[] | undefined;
  readonly scaling: ScalingResult | undefined;
  /** On Node 24 first, then on Node 20 (each tagged with `node`). */
  readonly runtime: readonly RuntimeResult[] | undefined;
  /** The unavoidable part of each row on this machine (floors.ts). */
  readonly floors: FloorResult | undefined;
  /** Present when BENCH_PROFILE asked for profiles. */
  readonly profiles: readonly ProfileSummary[] | undefined;
  /** Things that went wrong, for the report's notes. */
  readonly problems: readonly string[];
  /** The hand-written notes on where the time goes (bench/profile-notes.md), when present. */
  readonly notes?: string | undefined;
}
