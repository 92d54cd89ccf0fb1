/**
 * The state one model run carries: the document, the diagnostics found while
 * reading it, and the registry of exported names. Passed explicitly; there is
 * no module-level state.
 */
import type { Diagnostic } from "../check/diagnostic.js";
import type { Pointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import type { NameRegistry } from "./names.js";

export interface ModelContext {
  readonly document: LoadedDocument;
  readonly root: Record<string, unknown>;
  readonly diagnostics: Diagnostic[];
  /** One namespace: `index.ts` re-exports every module. */
  readonly exports: NameRegistry;
}

export function report(
  ctx: ModelContext,
  severity: Diagnostic["severity"],
  pointer: Pointer,
  message: string,
  fix?: string,
): void {
  ctx.diagnostics.push({ severity, position: ctx.document.locate(pointer), message, fix });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
