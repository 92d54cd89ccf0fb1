// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * The retry loop: repeats an attempt on connection failures, timeouts and
 * retryable statuses, waiting as the server asks (`retry-after-ms`,
 * `Retry-After`) or with capped exponential backoff. A caller's abort ends it
 * at once, during an attempt or a wait.
 */
import { type AttemptOptions, type Received } from "./attempt.js";
import type { BuiltRequest } from "./build-request.js";
export interface RetryOptions extends AttemptOptions {
  readonly maxRetries: number;
  /** Whether this request may be sent again at all (idempotent or marked safe, body replayable). */
  readonly retryable: boolean;
}
/** Sends `request`, retrying as allowed; returns the last response received. */
export declare function sendWithRetries(request: BuiltRequest, options: RetryOptions): Promise<Received>;
