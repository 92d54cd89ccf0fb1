/**
 * Spec text into Markdown: table cells, code spans and fenced blocks that
 * no spec string can break out of (a `|` ending a cell early, a newline
 * ending a row, a run of backticks closing a code span or fence).
 */

/** Text for one table cell: `|` escaped, line breaks as `<br>`, on one line. */
export function tableCell(text: string): string {
  return text
    .trim()
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\|/g, "\\|")
    .replace(/[ \t]*\n\s*\n\s*/g, "<br><br>")
    .replace(/[ \t]*\n[ \t]*/g, " ");
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** `text` as an inline code span, fenced with more backticks than it holds (CommonMark §6.1). */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r\n?|[\n\u2028\u2029]/g, " ");
  const fence = "`".repeat(longestBacktickRun(oneLine) + 1);
  // A space each side when the text starts or ends with a backtick, which CommonMark strips again.
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** `code` as a fenced block, fenced with more backticks than any run inside it (CommonMark §4.5). */
export function codeBlock(code: string, language: string): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

/** Spec prose on one line (a heading or a list item). */
export function inlineText(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}
