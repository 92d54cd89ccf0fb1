// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Turns a received response into the caller's data or the right error:
 * documented 2xx bodies are parsed and their top-level JSON type checked;
 * non-2xx statuses become the status error class the spec maps them to.
 */
import type { Received } from "./attempt.js";
import { type StatusErrorClass } from "./errors.js";
import type { OperationSpec, ResponseSpec } from "./operation.js";
/** The status error classes of one client: one per documented status or range, and a base. */
export interface StatusErrors {
  readonly base: StatusErrorClass;
  /** Keyed by `"400"` or by range `"4XX"`. */
  readonly byStatus: Readonly<Record<string, StatusErrorClass>>;
}
/** The spec entry for `status`: exact code, then its range, then `default`. */
export declare function responseSpecFor(op: OperationSpec, status: number): ResponseSpec | undefined;
/** How to read the body before its content is needed: only binary successes as a Blob. */
export declare function readAsFor(op: OperationSpec): (response: Response) => "text" | "blob";
/** Returns the parsed body of a 2xx response; throws the status error class for others. */
export declare function readResponse(
  op: OperationSpec,
  received: Received,
  errors: StatusErrors,
  label: string,
): unknown;
