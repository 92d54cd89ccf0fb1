/**
 * Renders one bench run as Markdown: a heading naming the sections, the
 * targets with PASS/FAIL, then a numbered section per measurement that ran
 * (BENCH_ONLY may leave some out), then problems; printed to stdout and
 * written to bench/RESULTS.md.
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { consumerTypecheckSection } from "./consumer-report.js";
import type { CompilerTypecheck, TypecheckResult } from "./typecheck.js";
import { oursPhaseTimings, type GenerationResult } from "./generation.js";
import { mb, s, table, x } from "./markdown.js";
import { okOnly, summarize, type Figures, type ProcessSample } from "./measure-process.js";
import type { ToolId } from "./peers.js";
import type { ProfileSummary } from "./profile.js";
import type { BenchResults } from "./results.js";
import type { RuntimeResult } from "./runtime.js";
import type { FloorResult } from "./floors.js";
import type { RegenerationResult } from "./regeneration.js";
import type { ScalingResult } from "./scaling.js";
import { SECTIONS } from "./sections.js";
import type { WatchResult } from "./watch.js";
import { median, pairedRatio } from "./stats.js";
import { evaluateTargets } from "./targets.js";

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
  const headers = [
    "tool",
    ...(extra === undefined ? [] : ["flags"]),
    "wall",
    "CPU (user+sys)",
    "peak RSS",
    "ours ÷ tool (wall / CPU / RSS)",
  ];
  return table(headers, rows);
}

function generationSection(heading: string, result: GenerationResult): string {
  const labels = new Map(result.tools.map((tool) => [tool.id, `${tool.label} — ${tool.produces}`]));
  const phases = oursPhaseTimings(result.samples.get("ours") ?? []);
  return [
    `## ${heading}`,
    "",
    `Input: ${result.inputNote}. Each run writes into a fresh directory.`,
    "",
    processTable(labels, result.samples),
    ...(phases === undefined ? [] : ["", `Ours' phases (\`--timings\`, median run): ${phases}.`]),
  ].join("\n");
}

function typecheckFlags(result: TypecheckResult): string {
  const first = result.compilers[0];
  const deviations = (first?.tools ?? [])
    .filter((entry) => entry.flags.deviation !== "")
    .map(
      (entry) =>
        `- ${entry.tool}: its output does not compile with the full set, so it is checked ${entry.flags.deviation}.`,
    );
  return [
    "Flags: `strict`, `module`/`moduleResolution` NodeNext, `lib` es2022 + dom + dom.iterable, `skipLibCheck`, `types: []`, " +
      "plus `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` where the output allows; each tool is checked with the " +
      `first step of the ladder its output compiles under with ${first?.compiler.label ?? "the first compiler"}, ` +
      "and with the same flags under every compiler (same flags for the output and its user file). " +
      "openapi-typescript's output is `schema.d.ts`, so `skipLibCheck` skips checking it, as in its users' projects; " +
      "the user file still resolves its types through it.",
    ...(deviations.length === 0 ? [] : ["", ...deviations]),
  ].join("\n");
}

function compilerSection(heading: string, checks: CompilerTypecheck): string {
  const flags = new Map(checks.tools.map((entry) => [entry.tool, entry.flags.label]));
  const labels = new Map(checks.tools.map((entry) => [entry.tool, entry.tool as string]));
  const errors = checks.tools
    .filter((entry) => entry.outputErrors > 0 || entry.userErrors > 0)
    .map(
      (entry) =>
        `- ${entry.tool}: ${checks.compiler.label} reports ${entry.outputErrors} type errors in its output and ` +
        `${entry.userErrors} in the user file program with these flags; timed anyway.`,
    );
  return [
    `## ${heading}`,
    "",
    "`node node_modules/" +
      (checks.compiler.id === "5.9" ? "typescript" : "typescript-7") +
      "/bin/tsc -p <project>` (noEmit), run with this node; wall includes the compiler's start-up.",
    ...(errors.length === 0 ? [] : ["", ...errors]),
    "",
    "### Whole output",
    "",
    processTable(
      labels,
      new Map(checks.tools.map((entry) => [entry.tool, entry.output])),
      (tool) => flags.get(tool) ?? "",
    ),
    "",
    "### A user file making three calls (reposGet, issuesListForRepo, pullsCreate)",
    "",
    "The program is the user file plus everything it imports from the output.",
    "",
    processTable(
      labels,
      new Map(checks.tools.map((entry) => [entry.tool, entry.user])),
      (tool) => flags.get(tool) ?? "",
    ),
  ].join("\n");
}

function editorSection(heading: string, result: TypecheckResult): string {
  const userErrors = new Map(result.compilers[0]?.tools.map((entry) => [entry.tool, entry.userErrors]));
  const rows = result.editor.map((entry) => {
    const ok = entry.samples.filter((sample) => Number.isFinite(sample.checkMs));
    return [
      entry.tool,
      s(median(ok.map((sample) => sample.checkMs))),
      mb(median(ok.map((sample) => sample.process.peakRssKb))),
      String(ok[0]?.files ?? "–"),
      String(userErrors.get(entry.tool) ?? "–"),
    ];
  });
  return [
    `## ${heading}`,
    "",
    "Program creation plus diagnostics of the user file only (what a language service computes for the open file), " +
      "timed inside the process after TypeScript is loaded; RSS is the whole process. TypeScript 5.9 only: " +
      "7.0 ships no JavaScript API to build a program with.",
    "",
    table(["tool", "check time", "peak RSS", "files in program", "user-file errors (tsc 5.9)"], rows),
  ].join("\n");
}

function regenerationSection(heading: string, result: RegenerationResult): string {
  const rows = [...result].map(([tool, samples]) => {
    const regeneration = summarize(samples);
    return [
      `${tool === "ours" ? "Node 24" : "Node 20 (the machine's)"}: second run into the same directory${runsNote(regeneration)}`,
      s(regeneration.wallMs),
      s(regeneration.cpuMs),
      mb(regeneration.peakRssKb),
    ];
  });
  return [
    `## ${heading}`,
    "",
    "Ours generates GitHub's document into a directory that already holds that output (its warm-up output from the GitHub " +
      "generation section, or a first generation when that section did not run); after one warm-up of the same kind, " +
      "each timed run generates into it again with nothing changed. Node 24 and Node 20 each into their own directory, " +
      "interleaved by round.",
    "",
    table(["", "wall", "CPU", "peak RSS"], rows),
  ].join("\n");
}

function floorsSection(heading: string, floors: FloorResult): string {
  const ms = (value: number | undefined): string =>
    value !== undefined && Number.isFinite(value) ? `${value.toFixed(0)} ms` : "–";
  const inputs: Readonly<Record<string, string>> = {
    startup: "one-operation spec",
    zep: "whole Zep spec",
    github: "GitHub",
  };
  const rows = Object.keys(floors.startupMs).flatMap((node) => [
    [`Node ${node}`, "`node -e 0`", "–", ms(floors.startupMs[node]), "–", "–", "–", "–"],
    ...floors.inputs.map((input) => {
      const figures = floors.cases[node]?.[input.input];
      return [
        `Node ${node}`,
        `${inputs[input.input] ?? input.input}: ${input.files.length} file${input.files.length === 1 ? "" : "s"} in`,
        input.outFiles === 0 ? "nothing (ours' output not at hand)" : `${input.outFiles} files, ${(input.outBytes / 1e6).toFixed(2)} MB`,
        ms(figures?.wallMs),
        ms(figures?.parseMs),
        ms(figures?.loadMs),
        ms(figures?.writeMs),
        figures === undefined ? "–" : mb(figures.peakRssKb),
      ];
    }),
  ]);
  return [
    `## ${heading}`,
    "",
    "What the unavoidable part of each row costs on this machine, measured like the tools (spawn to exit, GNU time, " +
      "interleaved rounds, medians): Node's start-up (`node -e 0`), and one process (`bench/floor-child.mjs`) that reads " +
      "and parses every file of the input (JSON.parse, or the `yaml` package's parse, as ours reads them) and writes as " +
      "many bytes in as many files as ours wrote for it. Its read-and-parse and write parts are timed inside it. A " +
      "generation row's floor is the whole process; unchanged regeneration's is start-up plus read and parse; a watch " +
      "edit's is read and parse plus write (the watcher is already running), an upper floor: it re-reads the whole " +
      "spec and rewrites the whole output, where an edit changes one file and a few outputs.",
    "",
    table(
      ["Node", "input", "written", "wall (whole process)", "read + parse", "of which loading `yaml`", "write", "peak RSS"],
      rows,
    ),
  ].join("\n");
}

function watchSection(heading: string, watches: readonly WatchResult[]): string {
  const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : "–");
  const rows = watches.map((watch) => {
    const latency = watch.edits.map((edit) => edit.latencyMs);
    const stop = watch.stop;
    const stopped =
      stop === undefined
        ? "–"
        : `${stop.exitCode ?? stop.signal} after ${ms(stop.exitMs)}${stop.leftovers.length === 0 ? "" : `, ${stop.leftovers.length} temp files left`}`;
    return [
      `${watch.label}: \`${watch.edited}\` (${watch.operation})${watch.failure === undefined ? "" : ` (failed: ${watch.failure})`}`,
      s(watch.readyMs),
      ms(median(latency)),
      latency.length === 0 ? "–" : `${ms(Math.min(...latency))} – ${ms(Math.max(...latency))}`,
      ms(median(watch.edits.map((edit) => edit.reportedMs))),
      `${watch.edits.filter((edit) => edit.changed).length}/${watch.edits.length}`,
      stopped,
    ];
  });
  const strays = watches.flatMap((watch) => [
    ...watch.strays.map((line) => `- ${watch.label}: extra regeneration line \`${line}\``),
    ...watch.complaints.map((line) => `- ${watch.label}: the watcher wrote to stderr during ${line}`),
  ]);
  return [
    `## ${heading}`,
    "",
    "`generate <spec> --out <dir> --watch`, started once per spec (in temp copies: all of `spec/` for Zep, the JSON " +
      "for GitHub). Each edit saves one file the spec reads, changing its first operation (a new description and an " +
      "added query parameter, alternating), as editors save atomically: the new text is written to a sibling file and " +
      "renamed over it; latency runs from the rename's return to the regeneration line on " +
      "stdout, which the watcher prints after the last output file is renamed into place. One warm-up edit, then " +
      "`BENCH_RUNS` edits; then SIGINT, and the watcher must exit leaving no temporary files.",
    "",
    table(
      [
        "spec: edited file",
        "ready after",
        "save → line (median)",
        "range",
        "watcher's own ms (median)",
        "edits changing the client",
        "SIGINT",
      ],
      rows,
    ),
    ...(strays.length === 0 ? [] : ["", ...strays]),
  ].join("\n");
}

function scalingSection(heading: string, scaling: ScalingResult): string {
  const rows = scaling.cuts.map((cut) => {
    const figures = summarize(scaling.samples.get(cut.label) ?? []);
    return [
      `${cut.label}${runsNote(figures)}`,
      String(cut.paths),
      String(cut.operations),
      s(figures.wallMs),
      s(figures.cpuMs),
      mb(figures.peakRssKb),
    ];
  });
  return [
    `## ${heading}`,
    "",
    table(["cut", "paths", "operations", "wall", "CPU", "peak RSS"], rows),
    "",
    `all ÷ half: ${x(scaling.allOverHalf)}; half ÷ quarter: ${x(scaling.halfOverQuarter)} (paired by round; information, not a target).`,
  ].join("\n");
}

function runtimeSection(heading: string, runtimes: readonly RuntimeResult[]): string {
  const first = runtimes[0];
  if (first === undefined) return `## ${heading}\n\nNot measured.`;
  const perRequest = (runtime: RuntimeResult, ms: readonly number[]): string =>
    `${((median(ms) / runtime.requests) * 1000).toFixed(0)} µs`;
  const rows = runtimes.flatMap((runtime) => [
    [
      `Node ${runtime.node ?? "?"}: generated Zep client (\`client.memory.listSessions\`)`,
      s(median(runtime.clientMs)),
      perRequest(runtime, runtime.clientMs),
      `${runtime.ratio.toFixed(3)}×`,
    ],
    [`Node ${runtime.node ?? "?"}: bare \`fetch\` + \`response.json()\``, s(median(runtime.fetchMs)), perRequest(runtime, runtime.fetchMs), "–"],
  ]);
  return [
    `## ${heading}`,
    "",
    `${first.requests} sequential requests to a local node:http server, in a process of its own on each Node ` +
      `(\`bench/runtime-child.ts\`), client and bare fetch alternating which goes first, in ${first.clientMs.length} ` +
      `rounds after a warm-up (at least 9 whatever \`BENCH_RUNS\` says: single rounds spread by ±10%). ` +
      `Request: \`${first.request}\`; the server answers a 10-session JSON page.`,
    "",
    table(["", "median total", "per request", "client ÷ fetch (median of per-round ratios)"], rows),
  ].join("\n");
}

function profileSection(heading: string, profiles: readonly ProfileSummary[]): string {
  if (profiles.length === 0) return `## ${heading}\n\nNo generation row was missed, so nothing was profiled.`;
  const percent = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(0)} %`;
  const parts = profiles.map((profile) =>
    [
      `### ${profile.input}: \`${basename(profile.spec)}\``,
      "",
      `One run under \`--cpu-prof --heap-prof\`: ${s(profile.process.wallMs)} wall, ${mb(profile.process.peakRssKb)} peak RSS, ` +
        `${profile.threads} threads profiled, ${s(profile.totalMs)} self time over them (idle excluded).`,
      "",
      table(
        ["self time by package", "time", "share"],
        profile.packages.map((share) => [share.name, s(share.amount), percent(share.amount, profile.totalMs)]),
      ),
      "",
      table(
        ["top functions by self time", "time", "share"],
        profile.functions.map((share) => [
          `\`${share.name}\``,
          s(share.amount),
          percent(share.amount, profile.totalMs),
        ]),
      ),
      "",
      table(
        ["sampled heap at exit by package", "size", "share"],
        profile.heapPackages.map((share) => [share.name, mb(share.amount), percent(share.amount, profile.heapKb)]),
      ),
    ].join("\n"),
  );
  return [
    `## ${heading}`,
    "",
    "`BENCH_PROFILE=1`: ours run once on the input of each missed generation row (`BENCH_PROFILE=all`: of every " +
      "generation row) with node's `--cpu-prof` and " +
      "`--heap-prof` (worker threads included). Packages: `node_modules/<pkg>`, `generator/<stage>` (the launcher's " +
      "JavaScript build), `node internals` (`node:` modules, module loading among them), and V8's pseudo-frames. " +
      "The heap figures are V8's sampling heap profile: allocations still live when each thread exited.",
    "",
    parts.join("\n\n"),
  ].join("\n");
}

/** The report's sections in order, each with its heading and body; absent results leave their section out. */
function sections(results: BenchResults): readonly { title: string; render: (heading: string) => string }[] {
  const list: { title: string; render: (heading: string) => string }[] = [];
  const { github, startup, zep, typecheck, consumerTypecheck, regeneration, watch, scaling, runtime, profiles } =
    results;
  if (github !== undefined) {
    list.push({ title: "Full generation: GitHub REST API", render: (h) => generationSection(h, github) });
  }
  if (startup !== undefined) {
    list.push({ title: "Start-up: a one-operation spec", render: (h) => generationSection(h, startup) });
  }
  if (zep !== undefined) {
    list.push({ title: "Full generation: the whole Zep spec", render: (h) => generationSection(h, zep) });
  }
  for (const checks of typecheck?.compilers ?? []) {
    list.push({
      title: `Type-checking the GitHub outputs with ${checks.compiler.label}`,
      render: (h) => compilerSection(h, checks),
    });
  }
  if (typecheck !== undefined) {
    list.push({
      title: "Editor-style check of the user file (TypeScript 5.9)",
      render: (h) => editorSection(h, typecheck),
    });
  }
  if (consumerTypecheck !== undefined) {
    list.push({
      title: "Consumer type-check: a user project's tsc --noEmit with each kind of client",
      render: (h) => consumerTypecheckSection(h, consumerTypecheck),
    });
  }
  if (regeneration !== undefined) {
    list.push({
      title: "Regenerating our GitHub client when nothing changed",
      render: (h) => regenerationSection(h, regeneration),
    });
  }
  if (watch !== undefined)
    list.push({ title: "Watch mode: save to regenerated client", render: (h) => watchSection(h, watch) });
  if (scaling !== undefined)
    list.push({ title: "Scaling of our generation", render: (h) => scalingSection(h, scaling) });
  if (runtime !== undefined) list.push({ title: "Runtime overhead", render: (h) => runtimeSection(h, runtime) });
  const { floors } = results;
  if (floors !== undefined) {
    list.push({ title: "Floors: the unavoidable part on this machine", render: (h) => floorsSection(h, floors) });
  }
  const { notes } = results;
  if (notes !== undefined) {
    list.push({
      title: "Where the time and memory go, before and after",
      render: (h) => `## ${h}\n\n${notes.trim()}`,
    });
  }
  if (profiles !== undefined)
    list.push({ title: "Profiles of our generator", render: (h) => profileSection(h, profiles) });
  return list;
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const targets = evaluateTargets(results);
  const verdict = (pass: boolean | undefined): string => (pass === undefined ? "n/a" : pass ? "PASS" : "FAIL");
  const parts = sections(results);
  const typecheckFlagsNote = results.typecheck === undefined ? [] : ["", typecheckFlags(results.typecheck)];
  const selected =
    results.sections.length === SECTIONS.length
      ? "all sections"
      : `only ${results.sections.join(", ")} (\`BENCH_ONLY\`)`;
  return [
    "# wiregen benchmark results",
    "",
    `Sections: targets, ${parts.map((part, i) => `${i + 1}. ${part.title}`).join("; ")}.`,
    "",
    `Generated by \`npm run bench\` on ${machine.date} (took ${(results.durationMs / 60_000).toFixed(1)} min; ${selected}).`,
    "",
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM; the bench itself on Node ${machine.node}; ` +
      "the tools on Node 24 (`node_modules/.cache/runtimes/node-24`, fetched by `scripts/fetch-node.sh`), ours also on " +
      `Node ${machine.node}; the peers from \`bench/peers\` (its own lock, \`npm ci --prefix bench/peers\`)`,
    `- Checkout: ${machine.commit}`,
    `- Method: one warm-up, then ${results.runs} runs (\`BENCH_RUNS\`) per measurement, tools interleaved within each round; ` +
      "figures are medians, ratios are medians of per-round ratios. Wall is spawn-to-exit; CPU is user+sys of the process tree " +
      "(GNU time); peak RSS is the larger of GNU time's max RSS and the sampled sum over the process tree (100 ms).",
    ...typecheckFlagsNote,
    "",
    "## Targets",
    "",
    "Measured and verdict on Node 24 (every tool on Node 24); ours on the machine's Node 20 beside it (peers still on " +
      "Node 24); the floor is what the row's unavoidable part costs on this machine (section Floors).",
    "",
    table(
      ["target", "measured (Node 24)", "verdict", "ours on Node 20", "floor"],
      targets.map((target) => [
        target.target,
        target.measured,
        verdict(target.pass),
        target.node20 ?? "–",
        target.floor ?? "–",
      ]),
    ),
    ...parts.flatMap((part, i) => ["", part.render(`${i + 1}. ${part.title}`)]),
    ...(results.problems.length === 0
      ? []
      : ["", "## Problems during this run", "", ...results.problems.map((problem) => `- ${problem}`)]),
    "",
  ].join("\n");
}

export function writeReport(path: string, markdown: string): void {
  writeFileSync(path, markdown);
}
