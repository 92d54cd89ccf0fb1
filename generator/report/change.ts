/** One line of a change report, and the semver bump a list of them implies. */
import type { Pointer } from "../load/json-pointer.js";

export type Severity = "breaking" | "compatible";

export interface Change {
  readonly severity: Severity;
  /** The method (`thread.listAll`), or undefined for the client as a whole. */
  readonly method: string | undefined;
  /** What changed, for a reader: "required query parameter `limit` added". */
  readonly message: string;
  /** Where the new document says so, read through `$ref`s; the nearest enclosing element when the thing is gone. */
  readonly at: Pointer | undefined;
}

export type Bump = "major" | "minor" | "patch" | "none";

/**
 * major for any breaking change, minor for any other caller-visible one
 * (additions and relaxations), patch when only the files differ (docs,
 * formatting, runtime), none when the client is byte-identical.
 */
export function bumpOf(changes: readonly Change[], filesDiffer: boolean): Bump {
  if (changes.some((c) => c.severity === "breaking")) return "major";
  if (changes.length > 0) return "minor";
  return filesDiffer ? "patch" : "none";
}
