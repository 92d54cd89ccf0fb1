/**
 * The change report of one client: the committed `api.json` against the one
 * a fresh run gives, each change located in the spec. Pure; the caller reads
 * the previous file and says whether the client's files differ.
 */
import type { SourcePosition } from "../check/diagnostic.js";
import type { Pointer } from "../load/json-pointer.js";
import { parseApiJson } from "./api-json.js";
import { bumpOf, type Bump, type Severity } from "./change.js";
import { diffSurface } from "./diff-surface.js";
import type { ApiSurface } from "./surface.js";

export interface ReportLine {
  readonly severity: Severity;
  readonly method: string | undefined;
  readonly message: string;
  /** `file:line` in the spec. */
  readonly location: string | undefined;
}

export type ChangeReport =
  | { readonly kind: "first"; readonly outDir: string; readonly spec: string }
  | {
      readonly kind: "changes";
      readonly outDir: string;
      readonly spec: string;
      readonly lines: readonly ReportLine[];
      readonly bump: Bump;
    };

export interface ReportInput {
  readonly outDir: string;
  /** The `api.json` on disk, or undefined when there is none. */
  readonly previous: string | undefined;
  readonly surface: ApiSurface;
  readonly locate: (pointer: Pointer) => SourcePosition;
  /** Whether any file of the client differs from the one on disk. */
  readonly filesDiffer: boolean;
}

export function buildChangeReport(input: ReportInput): ChangeReport {
  const { outDir, surface } = input;
  const before = input.previous === undefined ? undefined : parseApiJson(input.previous);
  if (before === undefined) return { kind: "first", outDir, spec: surface.spec };
  const changes = diffSurface(before, surface);
  const lines = changes.map((change) => {
    const at = change.at ?? ["paths"];
    const { file, line } = input.locate(at);
    return { severity: change.severity, method: change.method, message: change.message, location: `${file}:${line}` };
  });
  return { kind: "changes", outDir, spec: surface.spec, lines, bump: bumpOf(changes, input.filesDiffer) };
}
