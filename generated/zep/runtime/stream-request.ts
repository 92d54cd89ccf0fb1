// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Whether a call streams, decided from its operation record and params alone.
 * Its own module, so that building a request and sending it need not import
 * `EventStream`, which only clients with streaming operations bundle.
 */
import type { OperationSpec } from "./operation.ts";
import { own, ownField } from "./own.ts";

/** True for every call of a stream-only operation, else when the params set the selector to `true`. */
export function streamRequested(op: OperationSpec, params: Readonly<Record<string, unknown>>): boolean {
  const stream = op.stream;
  if (stream === undefined) return false;
  if (stream.selector === undefined) return true;
  const holder = stream.selectorIn === "body" ? own(params, "body") : params;
  return ownField(holder, stream.selector) === true;
}
