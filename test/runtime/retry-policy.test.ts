/**
 * retry-policy: which statuses and methods are retried, how a server's
 * `retry-after-ms` / `Retry-After` is read, and the backoff curve with jitter.
 */
import { describe, expect, test } from "vitest";
import {
  backoffDelayMs,
  isIdempotentMethod,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  serverRequestedDelayMs,
} from "../../generator/runtime/retry-policy.js";

describe("isRetryableStatus", () => {
  const cases: Array<[string, { given: number; want: boolean }]> = [
    ["408 request timeout", { given: 408, want: true }],
    ["409 conflict", { given: 409, want: true }],
    ["429 too many requests", { given: 429, want: true }],
    ["500 internal error", { given: 500, want: true }],
    ["502 bad gateway", { given: 502, want: true }],
    ["503 unavailable", { given: 503, want: true }],
    ["599", { given: 599, want: true }],
    ["200 ok", { given: 200, want: false }],
    ["204 no content", { given: 204, want: false }],
    ["301 redirect", { given: 301, want: false }],
    ["400 bad request", { given: 400, want: false }],
    ["401 unauthorized", { given: 401, want: false }],
    ["403 forbidden", { given: 403, want: false }],
    ["404 not found", { given: 404, want: false }],
    ["418 teapot", { given: 418, want: false }],
    ["422 unprocessable", { given: 422, want: false }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(isRetryableStatus(given)).toBe(want);
  });
});

describe("isIdempotentMethod", () => {
  const cases: Array<[string, { given: string; want: boolean }]> = [
    ["GET", { given: "GET", want: true }],
    ["lower-case get", { given: "get", want: true }],
    ["HEAD", { given: "HEAD", want: true }],
    ["OPTIONS", { given: "OPTIONS", want: true }],
    ["TRACE", { given: "TRACE", want: true }],
    ["PUT", { given: "PUT", want: true }],
    ["DELETE", { given: "DELETE", want: true }],
    ["POST", { given: "POST", want: false }],
    ["PATCH", { given: "PATCH", want: false }],
    ["lower-case post", { given: "post", want: false }],
    // OpenAPI 3.2: QUERY is safe; additional methods count when the IANA registry marks them idempotent.
    ["QUERY", { given: "QUERY", want: true }],
    ["COPY", { given: "COPY", want: true }],
    ["MOVE", { given: "MOVE", want: true }],
    ["VERSION-CONTROL", { given: "VERSION-CONTROL", want: true }],
    ["LOCK (not idempotent)", { given: "LOCK", want: false }],
    ["PURGE (not registered)", { given: "PURGE", want: false }],
    ["a vendor's method", { given: "FROBNICATE", want: false }],
    ["a method that only starts like one", { given: "COPYALL", want: false }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(isIdempotentMethod(given)).toBe(want);
  });
});

describe("serverRequestedDelayMs", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  const cases: Array<[string, { given: Record<string, string>; want: number | undefined }]> = [
    ["no header", { given: {}, want: undefined }],
    ["Retry-After seconds", { given: { "retry-after": "1" }, want: 1000 }],
    ["Retry-After zero", { given: { "retry-after": "0" }, want: 0 }],
    ["Retry-After fractional seconds", { given: { "retry-after": "1.5" }, want: 1500 }],
    ["Retry-After with spaces", { given: { "retry-after": " 2 " }, want: 2000 }],
    ["Retry-After HTTP date 5 s ahead", { given: { "retry-after": "Wed, 01 Jan 2025 00:00:05 GMT" }, want: 5000 }],
    [
      "Retry-After HTTP date in the past is ignored",
      { given: { "retry-after": "Tue, 31 Dec 2024 23:59:00 GMT" }, want: undefined },
    ],
    [
      "Retry-After HTTP date over a minute ahead is ignored",
      { given: { "retry-after": "Wed, 01 Jan 2025 00:05:00 GMT" }, want: undefined },
    ],
    ["Retry-After exactly 60 s", { given: { "retry-after": "60" }, want: MAX_RETRY_AFTER_MS }],
    ["Retry-After over 60 s is ignored", { given: { "retry-after": "61" }, want: undefined }],
    ["Retry-After negative is ignored", { given: { "retry-after": "-1" }, want: undefined }],
    ["Retry-After garbage is ignored", { given: { "retry-after": "soon" }, want: undefined }],
    ["Retry-After empty is ignored", { given: { "retry-after": "" }, want: undefined }],
    ["retry-after-ms", { given: { "retry-after-ms": "250" }, want: 250 }],
    ["retry-after-ms zero", { given: { "retry-after-ms": "0" }, want: 0 }],
    ["retry-after-ms wins over Retry-After", { given: { "retry-after-ms": "250", "retry-after": "3" }, want: 250 }],
    [
      "retry-after-ms negative falls back to Retry-After",
      { given: { "retry-after-ms": "-5", "retry-after": "3" }, want: 3000 },
    ],
    [
      "retry-after-ms garbage falls back to Retry-After",
      { given: { "retry-after-ms": "x", "retry-after": "2" }, want: 2000 },
    ],
    ["retry-after-ms over a minute is ignored", { given: { "retry-after-ms": "60001" }, want: undefined }],
    ["retry-after-ms Infinity is ignored", { given: { "retry-after-ms": "Infinity" }, want: undefined }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(serverRequestedDelayMs(new Headers(given), now)).toBe(want);
  });

  test("uses the current time by default for an HTTP date", () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const delay = serverRequestedDelayMs(new Headers({ "retry-after": inTenSeconds }));
    // toUTCString drops the milliseconds, so the delay is 9-10 s.
    expect(delay).toBeGreaterThan(8_000);
    expect(delay).toBeLessThanOrEqual(10_000);
  });
});

describe("backoffDelayMs", () => {
  const cases: Array<[string, { given: { retry: number; random: number }; want: number }]> = [
    ["first retry, no jitter", { given: { retry: 0, random: 0 }, want: 500 }],
    ["second retry, no jitter", { given: { retry: 1, random: 0 }, want: 1000 }],
    ["third retry, no jitter", { given: { retry: 2, random: 0 }, want: 2000 }],
    ["fifth retry, no jitter", { given: { retry: 4, random: 0 }, want: 8000 }],
    ["capped at 8 s", { given: { retry: 5, random: 0 }, want: 8000 }],
    ["still capped far out", { given: { retry: 30, random: 0 }, want: 8000 }],
    ["first retry, full jitter takes off 25 %", { given: { retry: 0, random: 1 }, want: 375 }],
    ["capped, half jitter", { given: { retry: 10, random: 0.5 }, want: 7000 }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(backoffDelayMs(given.retry, () => given.random)).toBe(want);
  });

  test("with the real Math.random stays within 75-100 % of 0.5 s · 2ⁿ, capped at 8 s", () => {
    for (let retry = 0; retry < 8; retry++) {
      const base = Math.min(500 * 2 ** retry, 8000);
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelayMs(retry);
        expect(delay).toBeGreaterThanOrEqual(base * 0.75);
        expect(delay).toBeLessThanOrEqual(base);
      }
    }
  });
});
