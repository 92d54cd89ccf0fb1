// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * The retry loop: repeats an attempt on connection failures, timeouts and
 * retryable statuses, waiting as the server asks (`retry-after-ms`,
 * `Retry-After`) or with capped exponential backoff. A caller's abort ends it
 * at once, during an attempt or a wait.
 */
import { attempt, type AttemptOptions, type Received } from "./attempt.ts";
import type { BuiltRequest } from "./build-request.ts";
import { AbortError, ConnectionError } from "./errors.ts";
import { backoffDelayMs, isRetryableStatus, serverRequestedDelayMs } from "./retry-policy.ts";
import { sleep } from "./sleep.ts";

export interface RetryOptions extends AttemptOptions {
  readonly maxRetries: number;
  /** Whether this request may be sent again at all (idempotent or marked safe, body replayable). */
  readonly retryable: boolean;
}

async function wait(ms: number, options: RetryOptions): Promise<void> {
  try {
    await sleep(ms, options.signal);
  } catch (reason) {
    throw new AbortError(`${options.label} was aborted while waiting to retry`, { cause: reason });
  }
}

/** Sends `request`, retrying as allowed; returns the last response received. */
export async function sendWithRetries(request: BuiltRequest, options: RetryOptions): Promise<Received> {
  const { log } = options;
  for (let retry = 0; ; retry++) {
    const mayRetry = options.retryable && retry < options.maxRetries;
    let received: Received;
    try {
      received = await attempt(request, options);
    } catch (error) {
      if (!mayRetry || !(error instanceof ConnectionError)) {
        if (error instanceof ConnectionError) log?.error(() => `${options.label} gave up: ${error.message}`);
        throw error;
      }
      const delay = backoffDelayMs(retry);
      log?.info(
        () =>
          `${options.label} retry ${retry + 1} of ${options.maxRetries} in ${Math.round(delay)} ms: ${error.message}`,
      );
      await wait(delay, options);
      continue;
    }
    if (!mayRetry || !isRetryableStatus(received.response.status)) return received;
    const delay = serverRequestedDelayMs(received.response.headers) ?? backoffDelayMs(retry);
    log?.info(
      () =>
        `${options.label} retry ${retry + 1} of ${options.maxRetries} in ${Math.round(delay)} ms: status ${received.response.status}`,
    );
    await wait(delay, options);
  }
}
