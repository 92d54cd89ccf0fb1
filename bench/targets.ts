/**
 * The performance targets (issue 11, and issue 21: on Node 24 against the current peers), each checked against one
 * bench run. The verdict is Node 24's; Node 20's figure (ours on the machine's Node against the same peers on Node
 * 24) stands beside it, and so does the floor: what the unavoidable part of the row costs on this machine.
 */
import { okOnly, type ProcessSample } from "./measure-process.js";
import type { FloorFigures, FloorInput } from "./floors.js";
import { isPeer, type ToolId } from "./peers.js";
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
  /** Ours on the machine's Node 20, for the same row (information, not judged). */
  readonly node20?: string | undefined;
  /** The unavoidable part of the row on this machine, with ours beside it. */
  readonly floor?: string | undefined;
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

/** Ours (on Node 24, or `ours-node20`) ÷ each peer's wall, median of per-round ratios. */
function peerRatios(result: GenerationResult | undefined, ours: ToolId): { id: ToolId; value: number }[] {
  const peers = result?.tools.filter((tool) => isPeer(tool.id)) ?? [];
  return peers.map((tool) => ({ id: tool.id, value: ratio(result!.samples, ours, tool.id, wall) }));
}

function describeRatios(ratios: readonly { id: ToolId; value: number }[]): string | undefined {
  if (ratios.length === 0 || ratios.some((entry) => !Number.isFinite(entry.value))) return undefined;
  return ratios.map((entry) => `${times(entry.value)} ${entry.id}`).join(", ");
}

/** Rounds in which ours was faster than every peer, of the rounds where every tool succeeded. */
function roundsWon(result: GenerationResult | undefined, ours: ToolId): { won: number; rounds: number } {
  if (result === undefined) return { won: 0, rounds: 0 };
  const mine = result.samples.get(ours) ?? [];
  const peers = result.tools.filter((tool) => isPeer(tool.id)).map((tool) => result.samples.get(tool.id) ?? []);
  let won = 0;
  let rounds = 0;
  for (let i = 0; i < mine.length; i++) {
    const own = mine[i];
    const theirs = peers.map((samples) => samples[i]);
    if (own?.ok !== true || theirs.some((sample) => sample?.ok !== true)) continue;
    rounds += 1;
    if (theirs.every((sample) => own.wallMs < sample!.wallMs)) won += 1;
  }
  return { won, rounds };
}

/** Ours ÷ each peer's wall; passes when ours is faster than every one of them (median), or in every round. */
function fasterThanPeers(
  target: string,
  result: GenerationResult | undefined,
  profile: ProfileInput,
  everyRound: boolean,
  floor: string | undefined,
): TargetResult {
  const figure = (ours: ToolId): string | undefined => {
    const described = describeRatios(peerRatios(result, ours));
    if (described === undefined) return undefined;
    const { won, rounds } = roundsWon(result, ours);
    return `${described}; faster than every peer in ${won}/${rounds} rounds`;
  };
  const measured = figure("ours");
  const node20 = figure("ours-node20") ?? "not measured";
  if (measured === undefined) return { target, measured: "not measured", pass: undefined, node20, floor, profile };
  const ratios = peerRatios(result, "ours");
  const { won, rounds } = roundsWon(result, "ours");
  const pass = everyRound ? rounds > 0 && won === rounds : ratios.every((entry) => entry.value < 1);
  return { target, measured, pass, node20, floor, profile };
}

/** Ours ÷ openapi-typescript's `tsc` wall under one compiler, for the whole output or the user file. */
function tscRatio(results: BenchResults, compiler: CompilerId, of: "output" | "user"): number {
  const checks = results.typecheck?.compilers.find((entry) => entry.compiler.id === compiler)?.tools;
  const samples = (tool: ToolId): readonly ProcessSample[] => checks?.find((entry) => entry.tool === tool)?.[of] ?? [];
  return pairedRatio(okOnly(samples("ours")), okOnly(samples("openapi-typescript")), wall);
}

function watchFigure(watch: WatchResult | undefined): { value: number; text: string } {
  const value = watch === undefined ? NOT_MEASURED : median(watch.edits.map((edit) => edit.latencyMs));
  if (!Number.isFinite(value)) return { value, text: "not measured" };
  const unchanged = watch?.edits.filter((edit) => !edit.changed).length ?? 0;
  return { value, text: `${millis(value)}${unchanged === 0 ? "" : ` (${unchanged} edits left the client unchanged)`}` };
}

function watchTarget(
  target: string,
  watch: WatchResult | undefined,
  watch20: WatchResult | undefined,
  limitMs: number,
  floor: string | undefined,
): TargetResult {
  const { value, text } = watchFigure(watch);
  const result = atMost(target, value, limitMs, millis);
  const unchanged = watch?.edits.filter((edit) => !edit.changed).length ?? 0;
  const node20 = watchFigure(watch20).text;
  if (result.pass === undefined) return { ...result, node20, floor };
  return { ...result, measured: text, pass: result.pass && unchanged === 0, node20, floor };
}

/** A floor figure: the floor's milliseconds, and ours' as a multiple of it when known. */
function floorText(floorMs: number, what: string, oursMs?: number): string | undefined {
  if (!Number.isFinite(floorMs)) return undefined;
  const ours = oursMs !== undefined && Number.isFinite(oursMs) ? `; ours ${times(oursMs / floorMs)} it` : "";
  return `${millis(floorMs)} (${what})${ours}`;
}

export function evaluateTargets(results: BenchResults): readonly TargetResult[] {
  const github = results.github?.samples;
  const versus = (
    samples: ReadonlyMap<ToolId, readonly ProcessSample[]> | undefined,
    ours: ToolId,
    pick: Pick,
  ): number => (samples === undefined ? NOT_MEASURED : ratio(samples, ours, "openapi-typescript", pick));
  const medianOf = (samples: readonly ProcessSample[] | undefined, pick: Pick): number =>
    median(okOnly(samples ?? []).flatMap((sample) => (sample === undefined ? [] : [pick(sample)])));
  const regeneration = (id: ToolId): number => medianOf(results.regeneration?.get(id), wall);
  const watch = (label: string): WatchResult | undefined => results.watch?.find((entry) => entry.label === label);
  const runtime = (node: string): number =>
    results.runtime?.find((entry) => entry.node === node)?.ratio ?? NOT_MEASURED;
  const floors = results.floors;
  const floorOf = (input: FloorInput): FloorFigures | undefined => floors?.cases["24"]?.[input];
  const startup24 = floors?.startupMs["24"] ?? NOT_MEASURED;
  const generationFloor = (input: FloorInput, result: GenerationResult | undefined): string | undefined => {
    const figures = floorOf(input);
    if (figures === undefined) return undefined;
    const oursWall = medianOf(result?.samples.get("ours"), wall);
    return floorText(
      figures.wallMs,
      `node -e 0 ${millis(startup24)} + read and parse ${millis(figures.parseMs)} + write ${millis(figures.writeMs)}, one process`,
      oursWall,
    );
  };
  const memoryFloor = (input: FloorInput, result: GenerationResult | undefined): string | undefined => {
    const figures = floorOf(input);
    if (figures === undefined || !Number.isFinite(figures.peakRssKb)) return undefined;
    const oursRss = medianOf(result?.samples.get("ours"), rss);
    const otRss = medianOf(result?.samples.get("openapi-typescript"), rss);
    const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;
    return (
      `${mb(figures.peakRssKb)} (the floor process's peak RSS)` +
      (Number.isFinite(otRss) ? `, ${times(figures.peakRssKb / otRss)} openapi-typescript's` : "") +
      (Number.isFinite(oursRss) ? `; ours ${times(oursRss / figures.peakRssKb)} it` : "")
    );
  };
  const githubFloor = floorOf("github");
  const zepFloor = floorOf("zep");
  const versusText = (value: number): string => (Number.isFinite(value) ? times(value) : "not measured");
  return [
    fasterThanPeers(
      "Start-up (one-operation spec) faster than every peer in every round (ours ÷ peer wall < 1 each round)",
      results.startup,
      "startup",
      true,
      generationFloor("startup", results.startup),
    ),
    fasterThanPeers(
      "Whole Zep spec faster than every peer (ours ÷ peer wall < 1)",
      results.zep,
      "zep",
      false,
      generationFloor("zep", results.zep),
    ),
    {
      ...atMost(
        "Whole Zep spec peak memory ≤ 1.0× openapi-typescript CLI",
        versus(results.zep?.samples, "ours", rss),
        1,
        times,
      ),
      node20: versusText(versus(results.zep?.samples, "ours-node20", rss)),
      floor: memoryFloor("zep", results.zep),
      profile: "zep",
    },
    {
      ...atMost("GitHub wall ≤ 0.75× openapi-typescript CLI", versus(github, "ours", wall), 0.75, times),
      node20: versusText(versus(github, "ours-node20", wall)),
      floor: generationFloor("github", results.github),
      profile: "github",
    },
    {
      ...atMost("GitHub peak memory ≤ 1.0× openapi-typescript CLI", versus(github, "ours", rss), 1, times),
      node20: versusText(versus(github, "ours-node20", rss)),
      floor: memoryFloor("github", results.github),
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
    {
      ...atMost(
        `Runtime overhead ≤ 1.05× bare fetch (${results.runtime?.[0]?.requests ?? 2000} requests), Node 24`,
        runtime("24"),
        1.05,
        (value) => `${value.toFixed(3)}×`,
      ),
      node20: Number.isFinite(runtime("20")) ? `${runtime("20").toFixed(3)}×` : "not measured",
      floor: results.runtime === undefined ? undefined : "1.000× (bare fetch is the floor)",
    },
    {
      ...atMost("Unchanged regeneration ≤ 0.3 s wall", regeneration("ours"), 300, seconds),
      node20: Number.isFinite(regeneration("ours-node20")) ? seconds(regeneration("ours-node20")) : "not measured",
      floor:
        githubFloor === undefined
          ? undefined
          : floorText(
              startup24 + githubFloor.parseMs,
              `node -e 0 ${millis(startup24)} + read and parse ${millis(githubFloor.parseMs)}; nothing to write`,
              regeneration("ours"),
            ),
    },
    watchTarget(
      "Watch: whole Zep spec regenerated ≤ 150 ms after the save (to the last file renamed)",
      watch("zep"),
      watch("zep (Node 20)"),
      150,
      zepFloor === undefined
        ? undefined
        : floorText(
            zepFloor.parseMs + zepFloor.writeMs,
            `read and parse ${millis(zepFloor.parseMs)} + write ${millis(zepFloor.writeMs)}; the watcher is already up`,
            watchFigure(watch("zep")).value,
          ),
    ),
    watchTarget(
      "Watch: GitHub regenerated ≤ 1.5 s after the save",
      watch("github"),
      watch("github (Node 20)"),
      1500,
      githubFloor === undefined
        ? undefined
        : floorText(
            githubFloor.parseMs + githubFloor.writeMs,
            `read and parse ${millis(githubFloor.parseMs)} + write ${millis(githubFloor.writeMs)}; the watcher is already up`,
            watchFigure(watch("github")).value,
          ),
    ),
  ];
}
