/**
 * The matrix as a table: one line per row (setup, kind, result, seconds, first
 * error line), for the terminal and for RESULTS.md. With the broken client a
 * row's result says whether the break was caught where it must be (the
 * request assertion), not merely whether the row failed.
 */
import type { RowResult } from "./run-setup.ts";

/** What a row of the broken run proves. */
export type BrokenVerdict = "caught" | "MISSED" | "failed before the request";

export function brokenVerdict(row: RowResult): BrokenVerdict {
  if (row.outcome === "pass") return "MISSED";
  return row.stage === "request" ? "caught" : "failed before the request";
}

function resultOf(row: RowResult, broken: boolean): string {
  if (broken) return brokenVerdict(row);
  return row.outcome === "pass" ? "pass" : row.outcome === "fail" ? "FAIL" : "not available";
}

function detailOf(row: RowResult): string {
  if (row.error === undefined) return "";
  return `${row.stage}: ${row.error}`;
}

/** Markdown table (also readable in a terminal). */
export function formatTable(rows: readonly RowResult[], broken: boolean): string {
  const header = ["setup", "kind", broken ? "broken client" : "result", "s", "first error line"];
  const cells = rows.map((row) => [row.setup, row.kind, resultOf(row, broken), row.seconds.toFixed(1), detailOf(row)]);
  const escape = (cell: string): string => cell.replaceAll("|", "\\|").replaceAll("\n", " ");
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => Math.min(escape(c[i]!).length, i === 4 ? 0 : 60))));
  const line = (values: readonly string[]): string =>
    `| ${values.map((v, i) => (i === 4 ? escape(v) : escape(v).padEnd(widths[i]!))).join(" | ")} |`;
  return [line(header), line(widths.map((w, i) => "-".repeat(i === 4 ? 3 : w))), ...cells.map(line)].join("\n");
}

/** One line under the table: how many passed, failed, or could not run. */
export function summarize(rows: readonly RowResult[], broken: boolean): string {
  if (broken) {
    const caught = rows.filter((r) => brokenVerdict(r) === "caught").length;
    const missed = rows.filter((r) => brokenVerdict(r) === "MISSED").length;
    return `${caught} of ${rows.length} rows caught the wrong auth prefix at the request assertion; ${missed} missed it; ${rows.length - caught - missed} failed before the request (no proof either way).`;
  }
  const count = (outcome: RowResult["outcome"]): number => rows.filter((r) => r.outcome === outcome).length;
  return `${count("pass")} passed, ${count("fail")} failed, ${count("not available")} not available, of ${rows.length} rows.`;
}

/** Whether the run succeeded: every row passes, or (broken) every row was caught at the request. */
export function runSucceeded(rows: readonly RowResult[], broken: boolean): boolean {
  return rows.every((row) => (broken ? brokenVerdict(row) === "caught" : row.outcome === "pass"));
}
