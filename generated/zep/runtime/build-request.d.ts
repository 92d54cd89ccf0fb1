// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Turns an operation record and the caller's params into a URL and fetch
 * init. Pure: no I/O, so every encoding rule is tested without a server.
 * Whatever fetch would refuse (a forbidden method, a relative URL outside a
 * page) is refused here first, with a message that says why and what to do.
 */
import { type SchemeSpec } from "./security.js";
import type { OperationSpec } from "./operation.js";
export interface BuiltRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  /** False when the body is a one-shot stream. */
  readonly replayable: boolean;
}
export interface BuildContext {
  readonly clientName: string;
  readonly baseUrl: string;
  readonly schemes: Readonly<Record<string, SchemeSpec>>;
  readonly credentials: Readonly<Record<string, unknown>>;
  /** Client-wide then per-call headers; later ones win. `undefined` removes a header. */
  readonly headers: ReadonlyArray<Readonly<Record<string, string | undefined>> | undefined>;
}
/** Builds the request for `op`; throws `RequestBuildError` before anything is sent. */
export declare function buildRequest(
  ctx: BuildContext,
  op: OperationSpec,
  params: Readonly<Record<string, unknown>>,
): BuiltRequest;
