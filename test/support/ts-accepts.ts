/** Whether TypeScript's scanner reads a text as one identifier: the yardstick of the naming gate's tests. */
import ts from "typescript";

/** True when `text` is one identifier to TypeScript (its public per-character API, ES2022 rules). */
export function tsAccepts(text: string): boolean {
  const points = [...text].map((c) => c.codePointAt(0)!);
  return (
    points.length > 0 &&
    ts.isIdentifierStart(points[0]!, ts.ScriptTarget.ES2022) &&
    points.slice(1).every((cp) => ts.isIdentifierPart(cp, ts.ScriptTarget.ES2022))
  );
}
