/**
 * Diagnostics: a problem found in a spec, with where it is, what is wrong and
 * how to fix it. Collected, never thrown one at a time, so a user sees every
 * problem of a document in one run.
 */

export interface SourcePosition {
  /** The file as the user would type it (relative to the working directory). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly position: SourcePosition;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it, in one sentence. */
  readonly fix?: string | undefined;
}

/** `spec/zep.yaml:42:7: error: <message> Fix: <fix>` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.position.file}:${d.position.line}:${d.position.column}`;
  return `${where}: ${d.severity}: ${d.message}${d.fix === undefined ? "" : `\n  fix: ${d.fix}`}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
