// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./send-with-retries.d.ts"
/**
 * The retry loop: repeats an attempt on connection failures, timeouts and
 * retryable statuses, waiting as the server asks (`retry-after-ms`,
 * `Retry-After`) or with capped exponential backoff. A caller's abort ends it
 * at once, during an attempt or a wait.
 */
import { attempt } from "./attempt.js";
import { AbortError, ConnectionError } from "./errors.js";
import { backoffDelayMs, isRetryableStatus, serverRequestedDelayMs } from "./retry-policy.js";
import { sleep } from "./sleep.js";
async function wait(ms, options) {
  try {
    await sleep(ms, options.signal);
  } catch (reason) {
    throw new AbortError(`${options.label} was aborted while waiting to retry`, { cause: reason });
  }
}
/** Sends `request`, retrying as allowed; returns the last response received. */
export async function sendWithRetries(request, options) {
  const { log } = options;
  for (let retry = 0; ; retry++) {
    const mayRetry = options.retryable && retry < options.maxRetries;
    let received;
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
