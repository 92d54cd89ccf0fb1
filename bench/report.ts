/**
 * Renders one bench run as Markdown: the targets with PASS/FAIL, then a table
 * per measurement, then notes; printed to stdout and written to bench/RESULTS.md.
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { oursPhaseTimings, type GenerationResult } from "./generation.js";
import { okOnly, summarize, type Figures, type ProcessSample } from "./measure-process.js";
import type { ToolId } from "./peers.js";
import type { BenchResults } from "./results.js";
import { median, pairedRatio } from "./stats.js";
import { evaluateTargets } from "./targets.js";

const s = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "–");
const mb = (kb: number): string => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : "–");
const x = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

function runsNote(figures: Figures): string {
  if (figures.failure === undefined) return "";
  return ` (${figures.totalRuns - figures.okRuns}/${figures.totalRuns} runs failed: ${figures.failure})`;
}

/** Wall, CPU and peak RSS of each tool, and ours ÷ tool paired by round. */
function processTable(
  labels: ReadonlyMap<ToolId, string>,
  samples: ReadonlyMap<ToolId, readonly ProcessSample[]>,
  extra?: (tool: ToolId) => string,
): string {
  const ours = okOnly(samples.get("ours") ?? []);
  const rows = [...samples].map(([tool, runs]) => {
    const figures = summarize(runs);
    const mine = okOnly(runs);
    const versus =
      tool === "ours"
        ? "–"
        : [
            x(pairedRatio(ours, mine, (sample) => sample.wallMs)),
            x(pairedRatio(ours, mine, (sample) => sample.cpuMs)),
            x(pairedRatio(ours, mine, (sample) => sample.peakRssKb)),
          ].join(" / ");
    return [
      `${labels.get(tool) ?? tool}${runsNote(figures)}`,
      ...(extra === undefined ? [] : [extra(tool)]),
      s(figures.wallMs),
      s(figures.cpuMs),
      mb(figures.peakRssKb),
      versus,
    ];
  });
  const headers = ["tool", ...(extra === undefined ? [] : ["flags"]), "wall", "CPU (user+sys)", "peak RSS", "ours ÷ tool (wall / CPU / RSS)"];
  return table(headers, rows);
}

function generationSection(heading: string, result: GenerationResult): string {
  const labels = new Map(result.tools.map((tool) => [tool.id, `${tool.label} — ${tool.produces}`]));
  const phases = oursPhaseTimings(result.samples.get("ours") ?? []);
  return [
    `## ${heading}`,
    "",
    `Input: \`${basename(result.spec)}\`. Each run writes into a fresh directory.`,
    "",
    processTable(labels, result.samples),
    ...(phases === undefined ? [] : ["", `Ours' phases (\`--timings\`, median run): ${phases}.`]),
  ].join("\n");
}

function typecheckSection(results: BenchResults): string {
  const flags = new Map(results.typecheck.map((entry) => [entry.tool, entry.flags.label]));
  const labels = new Map(results.typecheck.map((entry) => [entry.tool, entry.tool as string]));
  const outputs = new Map(results.typecheck.map((entry) => [entry.tool, entry.output]));
  const users = new Map(results.typecheck.map((entry) => [entry.tool, entry.user]));
  const editorRows = results.typecheck.map((entry) => {
    const ok = entry.editor.filter((sample) => Number.isFinite(sample.checkMs));
    return [
      entry.tool,
      s(median(ok.map((sample) => sample.checkMs))),
      mb(median(ok.map((sample) => sample.process.peakRssKb))),
      String(ok[0]?.files ?? "–"),
      String(entry.userErrors),
    ];
  });
  const deviations = results.typecheck
    .filter((entry) => entry.flags.deviation !== "")
    .map((entry) => `- ${entry.tool}: its output does not compile with the full set, so it is checked ${entry.flags.deviation}.`);
  const errors = results.typecheck
    .filter((entry) => entry.outputErrors > 0)
    .map((entry) => `- ${entry.tool}: ${entry.outputErrors} type errors remain in its output even with the last relaxation; timed anyway.`);
  return [
    "## 3. Type-checking the GitHub outputs",
    "",
    "Flags: `strict`, `module`/`moduleResolution` NodeNext, `lib` es2022 + dom + dom.iterable, `skipLibCheck`, `types: []`, " +
      "plus `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` where the output allows; each tool is checked with the " +
      "first step of the ladder its output compiles under (same flags for the output and its user file).",
    ...(deviations.length === 0 ? [] : ["", ...deviations]),
    ...(errors.length === 0 ? [] : errors),
    "",
    "### `tsc --noEmit` over the whole output",
    "",
    processTable(labels, outputs, (tool) => flags.get(tool) ?? ""),
    "",
    "### `tsc --noEmit` on a user file making three calls (reposGet, issuesListForRepo, pullsCreate)",
    "",
    "The program is the user file plus everything it imports from the output.",
    "",
    processTable(labels, users, (tool) => flags.get(tool) ?? ""),
    "",
    "### Editor-style check of the same user file",
    "",
    "Program creation plus diagnostics of the user file only (what a language service computes for the open file), " +
      "timed inside the process after TypeScript is loaded; RSS is the whole process.",
    "",
    table(["tool", "check time", "peak RSS", "files in program", "user-file errors (tsc)"], editorRows),
  ].join("\n");
}

function scalingSection(results: BenchResults): string {
  const rows = results.scaling.cuts.map((cut) => {
    const figures = summarize(results.scaling.samples.get(cut.label) ?? []);
    return [`${cut.label}${runsNote(figures)}`, String(cut.paths), String(cut.operations), s(figures.wallMs), s(figures.cpuMs), mb(figures.peakRssKb)];
  });
  return [
    "## 5. Scaling of our generation (GitHub cut to its first N paths, all components kept)",
    "",
    table(["cut", "paths", "operations", "wall", "CPU", "peak RSS"], rows),
    "",
    `all ÷ half: ${x(results.scaling.allOverHalf)}; half ÷ quarter: ${x(results.scaling.halfOverQuarter)} (paired by round).`,
  ].join("\n");
}

function runtimeSection(results: BenchResults): string {
  const runtime = results.runtime;
  if (runtime === undefined) return "## 6. Runtime\n\nNot measured (see notes).";
  return [
    `## 6. Runtime: ${runtime.requests} sequential requests to a local node:http server`,
    "",
    `Request: \`${runtime.request}\`; the server answers a 10-session JSON page.`,
    "",
    table(
      ["", "median total", "per request"],
      [
        ["generated Zep client (`client.memory.listSessions`)", s(median(runtime.clientMs)), `${(median(runtime.clientMs) / runtime.requests * 1000).toFixed(0)} µs`],
        ["bare `fetch` + `response.json()`", s(median(runtime.fetchMs)), `${(median(runtime.fetchMs) / runtime.requests * 1000).toFixed(0)} µs`],
      ],
    ),
    "",
    `Client ÷ fetch: ${runtime.ratio.toFixed(3)}× (median of per-round ratios).`,
  ].join("\n");
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const targets = evaluateTargets(results);
  const regeneration = summarize(results.regeneration);
  const verdict = (pass: boolean | undefined): string => (pass === undefined ? "n/a" : pass ? "PASS" : "FAIL");
  return [
    "# wiregen benchmark results",
    "",
    `Generated by \`npm run bench\` on ${machine.date} (took ${(results.durationMs / 60_000).toFixed(1)} min).`,
    "",
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM; Node ${machine.node}`,
    `- Checkout: ${machine.commit}`,
    `- Method: one warm-up, then ${results.runs} runs (\`BENCH_RUNS\`) per measurement, tools interleaved within each round; ` +
      "figures are medians, ratios are medians of per-round ratios. Wall is spawn-to-exit; CPU is user+sys of the process tree " +
      "(GNU time); peak RSS is the larger of GNU time's max RSS and the sampled sum over the process tree (100 ms).",
    "",
    "## Targets",
    "",
    table(["target", "measured", "verdict"], targets.map((target) => [target.target, target.measured, verdict(target.pass)])),
    "",
    generationSection("1. Full generation: GitHub REST API (1,223 operations, 13 MB)", results.github),
    "",
    generationSection("2. Full generation: spec/zep.yaml (start-up cost)", results.zep),
    "",
    typecheckSection(results),
    "",
    "## 4. Regenerating our GitHub client when nothing changed",
    "",
    "Ours' output from the generation warm-up (section 1) is generated once more into the same directory as the warm-up " +
      "(a full run: it was written under another path), then each timed run generates into it again with nothing changed.",
    "",
    table(
      ["", "wall", "CPU", "peak RSS"],
      [[`second run into the same directory${runsNote(regeneration)}`, s(regeneration.wallMs), s(regeneration.cpuMs), mb(regeneration.peakRssKb)]],
    ),
    "",
    scalingSection(results),
    "",
    runtimeSection(results),
    ...(results.problems.length === 0 ? [] : ["", "## Problems during this run", "", ...results.problems.map((problem) => `- ${problem}`)]),
    "",
  ].join("\n");
}

export function writeReport(path: string, markdown: string): void {
  writeFileSync(path, markdown);
}
