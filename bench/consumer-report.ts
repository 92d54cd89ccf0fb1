/**
 * The consumer type-check section of the report: per compiler, ours ÷ each
 * peer (ours' source kind against hey-api and orval, ours' package kind
 * against openapi-typescript) for every document, then every setup's figures
 * with the errors its warm-up reported.
 */
import {
  CONSUMER_COMPARISONS,
  CONSUMER_COMPILER_OPTIONS,
  type ConsumerChecks,
  type ConsumerDocumentResult,
  type ConsumerSetupId,
  type ConsumerTypecheckResult,
} from "./consumer-typecheck.js";
import { mb, s, table, x } from "./markdown.js";
import { okOnly, summarize, type ProcessSample } from "./measure-process.js";
import { pairedRatio } from "./stats.js";

const LABELS: Readonly<Record<ConsumerSetupId, string>> = {
  "ours-source": "ours (source kind)",
  "hey-api": "hey-api",
  orval: "orval",
  "ours-package": "ours (package kind)",
  "openapi-typescript": "openapi-typescript",
};

function samplesOf(checks: ConsumerChecks, id: ConsumerSetupId): readonly ProcessSample[] {
  return checks.samples.get(id) ?? [];
}

function wallAndRss(samples: readonly ProcessSample[]): string {
  const figures = summarize(samples);
  const failed =
    figures.failure === undefined ? "" : ` (${figures.totalRuns - figures.okRuns} failed: ${figures.failure})`;
  return `${s(figures.wallMs)} / ${mb(figures.peakRssKb)}${failed}`;
}

function comparisonRows(result: ConsumerDocumentResult, checks: ConsumerChecks): string[][] {
  return CONSUMER_COMPARISONS.flatMap((comparison) => {
    const ours = samplesOf(checks, comparison.ours);
    const peer = samplesOf(checks, comparison.peer);
    if (ours.length === 0 || peer.length === 0) return [];
    const ratio = (pick: (sample: ProcessSample) => number): string => x(pairedRatio(okOnly(ours), okOnly(peer), pick));
    return [
      [
        result.document.title,
        `${comparison.kind}: ${LABELS[comparison.ours]} vs ${LABELS[comparison.peer]}`,
        wallAndRss(ours),
        wallAndRss(peer),
        [ratio((sample) => sample.wallMs), ratio((sample) => sample.cpuMs), ratio((sample) => sample.peakRssKb)].join(
          " / ",
        ),
      ],
    ];
  });
}

function setupRows(result: ConsumerDocumentResult, checks: ConsumerChecks): string[][] {
  return result.setups.map((setup) => {
    const figures = summarize(samplesOf(checks, setup.id));
    return [
      result.document.title,
      setup.description,
      s(figures.wallMs),
      s(figures.cpuMs),
      mb(figures.peakRssKb),
      String(checks.errors.get(setup.id) ?? "–"),
    ];
  });
}

export function consumerTypecheckSection(heading: string, result: ConsumerTypecheckResult): string {
  const compilers = result.documents[0]?.checks.map((checks) => checks.compiler) ?? [];
  const perCompiler = compilers.map((compiler) => {
    const checksOf = (entry: ConsumerDocumentResult): ConsumerChecks | undefined =>
      entry.checks.find((checks) => checks.compiler.id === compiler.id);
    const rows = (render: (entry: ConsumerDocumentResult, checks: ConsumerChecks) => string[][]): string[][] =>
      result.documents.flatMap((entry) => {
        const checks = checksOf(entry);
        return checks === undefined ? [] : render(entry, checks);
      });
    return [
      `### ${compiler.label}`,
      "",
      table(
        ["document", "setup", "ours: wall / peak RSS", "peer: wall / peak RSS", "ours ÷ peer (wall / CPU / RSS)"],
        rows(comparisonRows),
      ),
      "",
      table(["document", "project", "wall", "CPU (user+sys)", "peak RSS", "errors"], rows(setupRows)),
    ].join("\n");
  });
  const extensions = result.documents.flatMap((entry) =>
    entry.importExtensionNote === undefined
      ? []
      : [`- ${entry.document.title}: ours said "${entry.importExtensionNote}".`],
  );
  return [
    `## ${heading}`,
    "",
    "What a user's `tsc --noEmit` costs with each client in their project, as they run it: one fresh project per setup " +
      '(an ES module app, `package.json` with `"type": "module"`), `tsc -p <project> --noEmit` from its folder, run ' +
      "with this node. Its tsconfig.json includes `src/` and sets " +
      `\`${JSON.stringify(CONSUMER_COMPILER_OPTIONS)}\`. ` +
      "`src/user.ts` makes three calls (Zep: thread.listAll with a query, thread.create with a body, thread.get with a " +
      "path parameter and a query; GitHub: the calls of the type-checking sections) and reads a typed field of each. " +
      "Source kind: ours, hey-api and orval generate into `src/<document>/` from the project's folder after the " +
      "tsconfig.json is written, so the program holds the whole client, checked like the user's code. Package kind: " +
      "ours `--kind package`, `npm pack`, `npm install <tarball>`, imported by name, against openapi-typescript's " +
      "`src/<document>/schema.d.ts` with the fetch wrapper its users write; `skipLibCheck` skips both declaration " +
      "sets. Every project of a document is checked in the same rounds (one warm-up, then `BENCH_RUNS`); errors are " +
      "the warm-up's, and a run with type errors is timed anyway.",
    ...(extensions.length === 0 ? [] : ["", ...extensions]),
    ...(result.problems.length === 0 ? [] : ["", ...result.problems.map((problem) => `- Not measured: ${problem}`)]),
    "",
    perCompiler.join("\n\n"),
  ].join("\n");
}
