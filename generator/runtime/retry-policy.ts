/**
 * When to retry and how long to wait. Pure functions, so the policy is tested
 * without a server or a clock.
 */

/** Statuses worth another attempt: timeouts, conflicts, rate limits, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Methods that may be repeated without changing the outcome (RFC 9110 §9.2.2):
 * HTTP's own, QUERY (safe, so idempotent), and those the IANA HTTP Method
 * Registry marks idempotent (WebDAV's COPY and MOVE, LINK, SEARCH…).
 * A method it does not know (PURGE, a vendor's own) is not retried: nothing
 * says a second one is harmless.
 */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  ...["get", "head", "options", "trace", "put", "delete", "query"],
  ...["acl", "baseline-control", "bind", "checkin", "checkout", "copy", "label", "link", "merge", "mkactivity"],
  ...["mkcalendar", "mkcol", "mkredirectref", "mkworkspace", "move", "orderpatch", "propfind", "proppatch"],
  ...["rebind", "report", "search", "unbind", "uncheckout", "unlink", "unlock", "update", "updateredirectref"],
  "version-control",
]);

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toLowerCase());
}

/** The longest server-requested wait we honour; beyond it our own backoff applies. */
export const MAX_RETRY_AFTER_MS = 60_000;

const INITIAL_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/**
 * The wait the server asked for, in milliseconds, from `retry-after-ms`
 * (a number of milliseconds) or `Retry-After` (seconds or an HTTP date).
 * Undefined when absent, unparseable, negative or longer than a minute.
 */
export function serverRequestedDelayMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  const after = headers.get("retry-after")?.trim();
  const seconds = Number(after);
  const candidates = [
    ms ? Number(ms) : NaN,
    !after ? NaN : Number.isNaN(seconds) ? Date.parse(after) - now : seconds * 1000,
  ];
  // NaN (absent or unparseable) fails both bounds, and Infinity the upper one.
  return candidates.find((delay) => delay >= 0 && delay <= MAX_RETRY_AFTER_MS);
}

/**
 * Exponential backoff before retry number `retry` (0 for the first retry):
 * 0.5 s · 2ⁿ capped at 8 s, less up to 25 % jitter so that many clients that
 * failed together do not come back together.
 */
export function backoffDelayMs(retry: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS);
  return base * (1 - random() * 0.25);
}
