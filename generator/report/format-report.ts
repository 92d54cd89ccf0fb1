/**
 * A change report as text for the terminal and as Markdown for a pull
 * request. Breaking lines come first; the last line is the semver bump.
 */
import type { ChangeReport, ReportLine } from "./change-report.js";

const BUMP_MEANING = {
  major: "a caller's code may stop compiling or working",
  minor: "additions only; existing calls keep working",
  patch: "the client's files changed, its surface did not",
  none: "nothing changed",
} as const;

function ordered(lines: readonly ReportLine[]): ReportLine[] {
  return [...lines.filter((l) => l.severity === "breaking"), ...lines.filter((l) => l.severity === "compatible")];
}

function counts(lines: readonly ReportLine[]): string {
  const breaking = lines.filter((l) => l.severity === "breaking").length;
  return `${breaking} breaking, ${lines.length - breaking} compatible`;
}

export function formatReportText(report: ChangeReport): string {
  if (report.kind === "first") {
    return `${report.outDir}: first generation from ${report.spec}; the next one will report what changes for callers\n`;
  }
  const out = [`${report.outDir}: what changes for callers (from ${report.spec})`];
  for (const line of ordered(report.lines)) {
    const subject = line.method === undefined ? "" : `${line.method}: `;
    const where = line.location === undefined ? "" : `  (${line.location})`;
    out.push(`  ${line.severity.padEnd(10)}  ${subject}${line.message}${where}`);
  }
  if (report.lines.length === 0) out.push("  no caller-visible change");
  out.push(`  semver: ${report.bump} (${counts(report.lines)}: ${BUMP_MEANING[report.bump]})`);
  return `${out.join("\n")}\n`;
}

/** Text for a Markdown table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function formatReportMarkdown(report: ChangeReport): string {
  const out = [`### ${report.outDir}`, ""];
  if (report.kind === "first") {
    out.push(`First generation from \`${report.spec}\`: no earlier client to compare with.`);
    return `${out.join("\n")}\n`;
  }
  if (report.lines.length > 0) {
    out.push("| | Method | Change | Spec |", "|---|---|---|---|");
    for (const line of ordered(report.lines)) {
      const severity = line.severity === "breaking" ? "**breaking**" : "compatible";
      const method = line.method === undefined ? "(client)" : `\`${line.method}\``;
      out.push(
        `| ${severity} | ${method} | ${cell(line.message)} | ${line.location === undefined ? "" : `\`${line.location}\``} |`,
      );
    }
    out.push("");
  } else {
    out.push("No caller-visible change.", "");
  }
  out.push(`**Semver: ${report.bump}** (${counts(report.lines)}: ${BUMP_MEANING[report.bump]})`);
  return `${out.join("\n")}\n`;
}

/** The Markdown file `--report` writes: one section per client. */
export function formatReportDocument(reports: readonly ChangeReport[]): string {
  return `## What this regeneration changes for callers\n\n${reports.map(formatReportMarkdown).join("\n")}`;
}
