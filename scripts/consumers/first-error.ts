/**
 * The one line a table cell shows for a failure: the first line of a tool's
 * output that reads like an error (a TypeScript diagnostic, a Node error code,
 * a thrown error), else the first line of stderr, else of stdout.
 */

const ERROR_LINE =
  /error|ERR_[A-Z_]+|TS\d{4}|Cannot find|not found|Unexpected token|is not (a function|defined|exported)|FAIL|✗|panic|Uncaught/i;

/** Colour codes some tools print even with NO_COLOR (ts-jest's diagnostics). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Lines that look like errors but are not the cause (stack frames, npm notices, summaries). */
const NOISE = /^\s*(at |npm (notice|warn)|Found \d+ errors?|Errors\s+Files|\^+$)/;

export function firstErrorLine(...outputs: readonly string[]): string | undefined {
  const lines = outputs
    .flatMap((text) => text.replace(ANSI, "").split("\n").map((line) => line.trim()))
    .filter((line) => line !== "");
  // Jest and vitest head each failure with `●`/`FAIL <file>` and give the cause on the next lines.
  const heading = lines.findIndex((line) => line.startsWith("● "));
  const cause = heading < 0 ? undefined : lines.slice(heading + 1).find((line) => !line.startsWith("● "));
  if (cause !== undefined) return cause;
  const errorLike = lines.find((line) => ERROR_LINE.test(line) && !NOISE.test(line));
  return errorLike ?? lines.find((line) => !NOISE.test(line));
}
