/** The performance targets, each checked against one bench run. */
import { okOnly, summarize, type ProcessSample } from "./measure-process.js";
import type { ToolId } from "./peers.js";
import type { BenchResults } from "./results.js";
import { median, pairedRatio } from "./stats.js";

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  /** Undefined when the figure could not be measured. */
  readonly pass: boolean | undefined;
}

type Pick = (sample: ProcessSample) => number;
const wall: Pick = (sample) => sample.wallMs;
const rss: Pick = (sample) => sample.peakRssKb;

function ratio(samples: ReadonlyMap<ToolId, readonly ProcessSample[]>, a: ToolId, b: ToolId, pick: Pick): number {
  return pairedRatio(okOnly(samples.get(a) ?? []), okOnly(samples.get(b) ?? []), pick);
}

function check(target: string, value: number, limit: number, format: (value: number) => string): TargetResult {
  if (!Number.isFinite(value)) return { target, measured: "not measured", pass: undefined };
  return { target, measured: format(value), pass: value <= limit };
}

const times = (value: number): string => `${value.toFixed(2)}×`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function evaluateTargets(results: BenchResults): readonly TargetResult[] {
  const github = results.github.samples;
  const githubWall = ratio(github, "ours", "openapi-typescript", wall);
  const zepPeers = results.zep.tools.filter((tool) => tool.id !== "ours");
  const zepRatios = zepPeers.map((tool) => ({ id: tool.id, value: ratio(results.zep.samples, "ours", tool.id, wall) }));
  const slowestZep = Math.max(...zepRatios.map((entry) => entry.value));
  const typecheck = (tool: ToolId): readonly ProcessSample[] =>
    results.typecheck.find((entry) => entry.tool === tool)?.output ?? [];
  const tscRatio = pairedRatio(okOnly(typecheck("ours")), okOnly(typecheck("openapi-typescript")), wall);
  const userFile = summarize(results.typecheck.find((entry) => entry.tool === "ours")?.user ?? []).wallMs;
  const regeneration = median(results.regeneration.filter((sample) => sample.ok).map(wall));
  return [
    {
      ...check("GitHub generation wall ≤ 1.25× openapi-typescript CLI", githubWall, 1.25, times),
      measured: Number.isFinite(githubWall)
        ? `${times(githubWall)} (aim ≤ 1.00×: ${githubWall <= 1 ? "met" : "not met"})`
        : "not measured",
    },
    check("GitHub generation peak memory ≤ 1.0× openapi-typescript CLI", ratio(github, "ours", "openapi-typescript", rss), 1, times),
    {
      ...check("Zep generation faster than every peer (ours ÷ peer wall < 1)", slowestZep, 0.9999, times),
      measured: zepRatios.map((entry) => `${times(entry.value)} ${entry.id}`).join(", "),
    },
    check("tsc on our GitHub output ≤ 1.3× openapi-typescript's output", tscRatio, 1.3, times),
    check("tsc on the three-call user file well under 1 s (≤ 1 s)", userFile, 1000, seconds),
    check("unchanged regeneration ≤ 0.3 s wall", regeneration, 300, seconds),
    check("scaling all ÷ half ≤ 2.3", results.scaling.allOverHalf, 2.3, times),
    check("scaling half ÷ quarter ≤ 2.3", results.scaling.halfOverQuarter, 2.3, times),
    check("runtime overhead vs bare fetch ≤ 1.10×", results.runtime?.ratio ?? Number.NaN, 1.1, (value) => `${value.toFixed(3)}×`),
  ];
}
