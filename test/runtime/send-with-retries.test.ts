/**
 * send-with-retries: the retry loop against a scripted fake fetch under fake
 * timers, so attempts are counted and the waits between them measured
 * exactly: backoff, `Retry-After`, `retry-after-ms`, what is never retried,
 * `maxRetries`, and aborts during an attempt or a wait.
 */
import { describe, expect, test, vi } from "vitest";
import type { BuiltRequest } from "../../generator/runtime/build-request.js";
import { AbortError, ConnectionError, TimeoutError } from "../../generator/runtime/errors.js";
import { sendWithRetries, type RetryOptions } from "../../generator/runtime/send-with-retries.js";
import { fakeFetch, type FakeFetch, type Step } from "../support/fake-fetch.js";
import { withFakeTimers } from "../support/fake-timers.js";

const request: BuiltRequest = {
  url: "http://127.0.0.1:9/things",
  method: "GET",
  headers: new Headers(),
  body: undefined,
  replayable: true,
};

function options(fake: FakeFetch, extra: Partial<RetryOptions> = {}): RetryOptions {
  return {
    fetch: fake.fetch,
    timeoutMs: 10_000,
    signal: undefined,
    readAs: () => "text",
    label: "GET /things",
    maxRetries: 2,
    retryable: true,
    ...extra,
  };
}

/** Runs the loop to completion under fake timers; returns its outcome and the waits between attempts. */
async function run(steps: Step[], extra: Partial<RetryOptions> = {}) {
  const fake = fakeFetch(...steps);
  const start = Date.now();
  const promise = sendWithRetries(request, options(fake, extra)).then(
    (received) => ({ status: received.response.status, body: received.body, error: undefined }),
    (error: unknown) => ({ status: undefined, body: undefined, error }),
  );
  await vi.runAllTimersAsync();
  const outcome = await promise;
  const times = [start, ...fake.calls.map((c) => c.at)];
  return { ...outcome, attempts: fake.calls.length, waits: times.slice(2).map((t, i) => t - (times[i + 1] ?? 0)) };
}

withFakeTimers({ noJitter: true });

describe("sendWithRetries", () => {
  const cases: Array<
    [
      string,
      {
        given: { steps: Step[]; options?: Partial<RetryOptions> };
        want: { status: number; attempts: number; waits: number[] };
      },
    ]
  > = [
    [
      "success needs one attempt",
      { given: { steps: [{ status: 200 }] }, want: { status: 200, attempts: 1, waits: [] } },
    ],
    [
      "500, 500, 200 succeeds on the third attempt with backoff 0.5 s then 1 s",
      {
        given: { steps: [{ status: 500 }, { status: 500 }, { status: 200 }] },
        want: { status: 200, attempts: 3, waits: [500, 1000] },
      },
    ],
    [
      "gives the last response once retries run out",
      { given: { steps: [{ status: 503 }] }, want: { status: 503, attempts: 3, waits: [500, 1000] } },
    ],
    [
      "408, 409 and 429 are retried",
      {
        given: {
          steps: [{ status: 408 }, { status: 409 }, { status: 429 }, { status: 200 }],
          options: { maxRetries: 3 },
        },
        want: { status: 200, attempts: 4, waits: [500, 1000, 2000] },
      },
    ],
    [
      "400 is not retried",
      { given: { steps: [{ status: 400 }, { status: 200 }] }, want: { status: 400, attempts: 1, waits: [] } },
    ],
    [
      "404 is not retried",
      { given: { steps: [{ status: 404 }, { status: 200 }] }, want: { status: 404, attempts: 1, waits: [] } },
    ],
    [
      "maxRetries 0: one attempt",
      {
        given: { steps: [{ status: 500 }, { status: 200 }], options: { maxRetries: 0 } },
        want: { status: 500, attempts: 1, waits: [] },
      },
    ],
    [
      "maxRetries 1: two attempts",
      {
        given: { steps: [{ status: 500 }, { status: 500 }, { status: 200 }], options: { maxRetries: 1 } },
        want: { status: 500, attempts: 2, waits: [500] },
      },
    ],
    [
      "not retryable (a POST, or a stream body): one attempt",
      {
        given: { steps: [{ status: 500 }, { status: 200 }], options: { retryable: false } },
        want: { status: 500, attempts: 1, waits: [] },
      },
    ],
    [
      "Retry-After seconds is honoured",
      {
        given: { steps: [{ status: 429, headers: { "retry-after": "3" } }, { status: 200 }] },
        want: { status: 200, attempts: 2, waits: [3000] },
      },
    ],
    [
      "retry-after-ms is honoured",
      {
        given: { steps: [{ status: 429, headers: { "retry-after-ms": "150" } }, { status: 200 }] },
        want: { status: 200, attempts: 2, waits: [150] },
      },
    ],
    [
      "Retry-After 0 retries at once",
      {
        given: { steps: [{ status: 503, headers: { "retry-after": "0" } }, { status: 200 }] },
        want: { status: 200, attempts: 2, waits: [0] },
      },
    ],
    [
      "Retry-After over a minute falls back to backoff",
      {
        given: { steps: [{ status: 429, headers: { "retry-after": "3600" } }, { status: 200 }] },
        want: { status: 200, attempts: 2, waits: [500] },
      },
    ],
    [
      "a negative Retry-After falls back to backoff",
      {
        given: { steps: [{ status: 429, headers: { "retry-after": "-2" } }, { status: 200 }] },
        want: { status: 200, attempts: 2, waits: [500] },
      },
    ],
    [
      "Retry-After on a 400 does not make it retryable",
      {
        given: { steps: [{ status: 400, headers: { "retry-after": "1" } }, { status: 200 }] },
        want: { status: 400, attempts: 1, waits: [] },
      },
    ],
  ];
  test.each(cases)("%s", async (_, { given, want }) => {
    const outcome = await run(given.steps, given.options);
    expect(outcome.error).toBeUndefined();
    expect({ status: outcome.status, attempts: outcome.attempts, waits: outcome.waits }).toEqual(want);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("returns the body of the response it returns", async () => {
    const outcome = await run([
      { status: 500, body: "first" },
      { status: 200, body: "second" },
    ]);
    expect(outcome.body).toBe("second");
  });

  test("a connection failure is retried, then thrown as ConnectionError", async () => {
    const outcome = await run([{ throws: new TypeError("fetch failed") }]);
    expect(outcome.error).toBeInstanceOf(ConnectionError);
    expect(outcome.attempts).toBe(3);
    expect(outcome.waits).toEqual([500, 1000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a connection failure then success", async () => {
    const outcome = await run([{ throws: new TypeError("fetch failed") }, { status: 200 }]);
    expect(outcome.status).toBe(200);
    expect(outcome.attempts).toBe(2);
  });

  test("a connection failure is not retried when the request is not retryable", async () => {
    const outcome = await run([{ throws: new TypeError("fetch failed") }, { status: 200 }], { retryable: false });
    expect(outcome.error).toBeInstanceOf(ConnectionError);
    expect(outcome.attempts).toBe(1);
  });

  test("a timed-out attempt is retried", async () => {
    const outcome = await run(["hang", { status: 200 }], { timeoutMs: 100 });
    expect(outcome.status).toBe(200);
    expect(outcome.attempts).toBe(2);
    // 100 ms timeout, then 500 ms backoff.
    expect(outcome.waits).toEqual([600]);
  });

  test("timeouts on every attempt end in TimeoutError", async () => {
    const outcome = await run(["hang"], { timeoutMs: 100, maxRetries: 1 });
    expect(outcome.error).toBeInstanceOf(TimeoutError);
    expect(outcome.attempts).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an abort during an attempt rejects at once and is not retried", async () => {
    const fake = fakeFetch("hang", { status: 200 });
    const controller = new AbortController();
    const promise = sendWithRetries(request, options(fake, { signal: controller.signal })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    controller.abort();
    const error = await promise;
    expect(error).toBeInstanceOf(AbortError);
    expect(fake.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("an abort during the wait before a retry rejects at once", async () => {
    const fake = fakeFetch({ status: 429, headers: { "retry-after": "30" } }, { status: 200 });
    const controller = new AbortController();
    let settled = false;
    const promise = sendWithRetries(request, options(fake, { signal: controller.signal })).catch((e: unknown) => {
      settled = true;
      return e;
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.calls).toHaveLength(1);
    expect(settled).toBe(false);
    controller.abort(new Error("stop"));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
    const error = await promise;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).message).toBe("GET /things was aborted while waiting to retry");
    expect(fake.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
