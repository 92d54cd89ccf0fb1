// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * When to retry and how long to wait. Pure functions, so the policy is tested
 * without a server or a clock.
 */
/** Statuses worth another attempt: timeouts, conflicts, rate limits, server errors. */
export declare function isRetryableStatus(status: number): boolean;
/** Methods that may be repeated without changing the outcome (RFC 9110 §9.2.2). */
export declare function isIdempotentMethod(method: string): boolean;
/** The longest server-requested wait we honour; beyond it our own backoff applies. */
export declare const MAX_RETRY_AFTER_MS = 60000;
/**
 * The wait the server asked for, in milliseconds, from `retry-after-ms`
 * (a number of milliseconds) or `Retry-After` (seconds or an HTTP date).
 * Undefined when absent, unparseable, negative or longer than a minute.
 */
export declare function serverRequestedDelayMs(headers: Headers, now?: number): number | undefined;
/**
 * Exponential backoff before retry number `retry` (0 for the first retry):
 * 0.5 s · 2ⁿ capped at 8 s, less up to 25 % jitter so that many clients that
 * failed together do not come back together.
 */
export declare function backoffDelayMs(retry: number, random?: () => number): number;
