/** The performance targets of issue 11, each checked against one bench run. */
import { okOnly, type ProcessSample } from "./measure-process.js";
import type { ToolId } from "./peers.js";
import type { CompilerId } from "./compilers.js";
import type { GenerationResult } from "./generation.js";
import type { ProfileInput } from "./profile.js";
import type { BenchResults } from "./results.js";
import { median, pairedRatio } from "./stats.js";
import type { WatchResult } from "./watch.js";

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  /** Undefined when the figure could not be measured. */
  readonly pass: boolean | undefined;
  /** The generation input whose profile explains this row, when ours' generator is what is timed. */
  readonly profile?: ProfileInput;
}

type Pick = (sample: ProcessSample) => number;
const wall: Pick = (sample) => sample.wallMs;
const rss: Pick = (sample) => sample.peakRssKb;

const NOT_MEASURED = Number.NaN;
const times = (value: number): string => `${value.toFixed(2)}×`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number): string => `${ms.toFixed(0)} ms`;

function ratio(samples: ReadonlyMap<ToolId, readonly ProcessSample[]>, a: ToolId, b: ToolId, pick: Pick): number {
  return pairedRatio(okOnly(samples.get(a) ?? []), okOnly(samples.get(b) ?? []), pick);
}

function atMost(target: string, value: number, limit: number, format: (value: number) => string): TargetResult {
  if (!Number.isFinite(value)) return { target, measured: "not measured", pass: undefined };
  return { target, measured: format(value), pass: value <= limit };
}

/** Ours ÷ each peer's wall; passes when ours is faster than every one of them. */
function fasterThanPeers(target: string, result: GenerationResult | undefined, profile: ProfileInput): TargetResult {
  const peers = result?.tools.filter((tool) => tool.id !== "ours") ?? [];
  const ratios = peers.map((tool) => ({ id: tool.id, value: ratio(result!.samples, "ours", tool.id, wall) }));
  if (ratios.length === 0 || ratios.some((entry) => !Number.isFinite(entry.value))) {
    return { target, measured: "not measured", pass: undefined, profile };
  }
  return {
    target,
    measured: ratios.map((entry) => `${times(entry.value)} ${entry.id}`).join(", "),
    pass: ratios.every((entry) => entry.value < 1),
    profile,
  };
}

/** Ours ÷ openapi-typescript's `tsc` wall under one compiler, for the whole output or the user file. */
function tscRatio(results: BenchResults, compiler: CompilerId, of: "output" | "user"): number {
  const checks = results.typecheck?.compilers.find((entry) => entry.compiler.id === compiler)?.tools;
  const samples = (tool: ToolId): readonly ProcessSample[] => checks?.find((entry) => entry.tool === tool)?.[of] ?? [];
  return pairedRatio(okOnly(samples("ours")), okOnly(samples("openapi-typescript")), wall);
}

function watchTarget(target: string, watch: WatchResult | undefined, limitMs: number): TargetResult {
  const value = watch === undefined ? NOT_MEASURED : median(watch.edits.map((edit) => edit.latencyMs));
  const result = atMost(target, value, limitMs, millis);
  const unchanged = watch?.edits.filter((edit) => !edit.changed).length ?? 0;
  if (unchanged === 0 || result.pass === undefined) return result;
  return { ...result, measured: `${result.measured} (${unchanged} edits left the client unchanged)`, pass: false };
}

export function evaluateTargets(results: BenchResults): readonly TargetResult[] {
  const github = results.github?.samples;
  const vsOpenapiTypescript = (pick: Pick): number =>
    github === undefined ? NOT_MEASURED : ratio(github, "ours", "openapi-typescript", pick);
  const regeneration = median((results.regeneration ?? []).filter((sample) => sample.ok).map(wall));
  const watch = (label: string): WatchResult | undefined => results.watch?.find((entry) => entry.label === label);
  const runtime = results.runtime?.ratio ?? NOT_MEASURED;
  return [
    fasterThanPeers(
      "Start-up (one-operation spec) faster than every peer (ours ÷ peer wall < 1)",
      results.startup,
      "startup",
    ),
    fasterThanPeers("Whole Zep spec faster than every peer (ours ÷ peer wall < 1)", results.zep, "zep"),
    {
      ...atMost("GitHub wall ≤ 0.75× openapi-typescript CLI", vsOpenapiTypescript(wall), 0.75, times),
      profile: "github",
    },
    {
      ...atMost("GitHub peak memory ≤ 1.0× openapi-typescript CLI", vsOpenapiTypescript(rss), 1, times),
      profile: "github",
    },
    atMost(
      "tsc over our whole GitHub output ≤ 1.3× openapi-typescript's types, TS 5.9",
      tscRatio(results, "5.9", "output"),
      1.3,
      times,
    ),
    atMost(
      "tsc over our whole GitHub output ≤ 1.3× openapi-typescript's types, TS 7.0",
      tscRatio(results, "7.0", "output"),
      1.3,
      times,
    ),
    atMost(
      "tsc on the three-call user file ≤ 1.0× openapi-typescript's, TS 5.9",
      tscRatio(results, "5.9", "user"),
      1,
      times,
    ),
    atMost(
      "tsc on the three-call user file ≤ 1.0× openapi-typescript's, TS 7.0",
      tscRatio(results, "7.0", "user"),
      1,
      times,
    ),
    atMost(
      `Runtime overhead ≤ 1.05× bare fetch (${results.runtime?.requests ?? 2000} requests)`,
      runtime,
      1.05,
      (value) => `${value.toFixed(3)}×`,
    ),
    atMost("Unchanged regeneration ≤ 0.3 s wall", regeneration, 300, seconds),
    watchTarget("Watch: whole Zep spec regenerated ≤ 200 ms after the save", watch("zep"), 200),
    watchTarget("Watch: GitHub regenerated ≤ 1.5 s after the save", watch("github"), 1500),
  ];
}
