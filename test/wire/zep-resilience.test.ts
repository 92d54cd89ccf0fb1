/**
 * The Zep client when things go wrong on the wire: retries (5xx, 429 with
 * `Retry-After` or `retry-after-ms`, refused connections, timeouts) measured
 * on a real server; what is never retried (400, a caller's abort);
 * `maxRetries` from the client and per call; timeouts; aborts during an
 * attempt and during a retry wait; and no timer left behind afterwards.
 */
import { beforeEach, describe, expect, test } from "vitest";
import {
  AbortError,
  ConnectionError,
  InternalServerError,
  TimeoutError,
  ZepClient,
  type ZepClientOptions,
} from "../../generated/zep/index.js";
import { failure } from "../support/failure.js";
import { activeTimeoutCount, closedPort, useServer } from "../support/http-server.js";
import { API_KEY, baseUrlOf, page, session, withoutZepApiKeyInEnv } from "./zep-fixtures.js";

const server = useServer({ body: page([session(1)], 1) });
let timersBefore: number;
beforeEach(() => {
  timersBefore = activeTimeoutCount();
});
withoutZepApiKeyInEnv();

function client(options: ZepClientOptions = {}): ZepClient {
  return new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), ...options });
}

/** Milliseconds between consecutive requests' arrival at the server. */
function gaps(): number[] {
  return server.requests.slice(1).map((r, i) => r.receivedAt - (server.requests[i]?.receivedAt ?? 0));
}

/** After a call has settled, no timer of the client's may still be pending. */
function expectNoLingeringTimers(): void {
  expect(activeTimeoutCount()).toBeLessThanOrEqual(timersBefore);
}

const ms = (start: number): number => performance.now() - start;

describe("retries", () => {
  test("500, 500, 200 succeeds, with 3 requests and backoff between them", async () => {
    server.reply({ status: 500, body: { message: "a" } }, { status: 500, body: { message: "b" } });
    const data = await client().memory.listSessions();
    expect(data.sessions).toHaveLength(1);
    expect(server.requests).toHaveLength(3);
    const [first, second] = gaps();
    // 0.5 s then 1 s, each less up to 25 % jitter.
    expect(first).toBeGreaterThanOrEqual(375);
    expect(second).toBeGreaterThanOrEqual(750);
    expectNoLingeringTimers();
  });

  test("every retry repeats the same request", async () => {
    server.reply(
      { status: 503, headers: { "retry-after-ms": "0" } },
      { status: 502, headers: { "retry-after-ms": "0" } },
    );
    await client().memory.listSessions({ page_size: 0, asc: false }, { maxRetries: 2 }).withResponse();
    const urls = new Set(server.requests.map((r) => r.url));
    const keys = new Set(server.requests.map((r) => r.headers["authorization"]));
    expect(server.requests).toHaveLength(3);
    expect([...urls]).toEqual(["/api/v2/sessions-ordered?page_size=0&asc=false"]);
    expect([...keys]).toEqual([`Api-Key ${API_KEY}`]);
  });

  test("429 with Retry-After: 1 waits at least 1 s before the retry", async () => {
    server.reply({ status: 429, headers: { "retry-after": "1" }, body: { message: "slow down" } });
    await client().memory.listSessions();
    expect(server.requests).toHaveLength(2);
    // Well above the 0.5 s backoff it would use without the header.
    expect(gaps()[0]).toBeGreaterThanOrEqual(1000);
    expectNoLingeringTimers();
  });

  test("retry-after-ms is honoured", async () => {
    server.reply({ status: 429, headers: { "retry-after-ms": "120" } });
    const start = performance.now();
    await client().memory.listSessions();
    expect(server.requests).toHaveLength(2);
    const [gap = 0] = gaps();
    expect(gap).toBeGreaterThanOrEqual(120);
    // Not the 375-500 ms backoff: the header was used.
    expect(gap).toBeLessThan(370);
    expect(ms(start)).toBeLessThan(1000);
  });

  test("maxRetries from the client options", async () => {
    server.setDefault({ status: 500, headers: { "retry-after-ms": "0" }, body: { message: "down" } });
    const error = await failure(client({ maxRetries: 1 }).memory.listSessions());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(2);
  });

  test("maxRetries 0: one request, then InternalServerError", async () => {
    server.setDefault({ status: 500, body: { message: "down" } });
    const start = performance.now();
    const error = await failure(client({ maxRetries: 0 }).memory.listSessions());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).body.message).toBe("down");
    expect(server.requests).toHaveLength(1);
    expect(ms(start)).toBeLessThan(300);
  });

  test("per-call maxRetries overrides the client's", async () => {
    server.setDefault({ status: 500, headers: { "retry-after-ms": "0" }, body: { message: "down" } });
    const zep = client({ maxRetries: 0 });
    await expect(zep.memory.listSessions({}, { maxRetries: 3 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(4);
  });

  test("the default is two retries", async () => {
    server.setDefault({ status: 503, headers: { "retry-after-ms": "0" } });
    await expect(client().memory.listSessions()).rejects.toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(3);
  });

  test("a dropped connection is retried", async () => {
    server.reply("destroy");
    const data = await client().memory.listSessions();
    expect(data.sessions).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  test("a refused connection is a ConnectionError after the retries", async () => {
    const port = await closedPort();
    let attempts = 0;
    const countingFetch: typeof fetch = (input, init) => {
      attempts += 1;
      return fetch(input, init);
    };
    const zep = new ZepClient({
      apiKey: API_KEY,
      baseUrl: `http://127.0.0.1:${port}/api/v2`,
      fetch: countingFetch,
      maxRetries: 2,
    });
    const error = await failure(zep.memory.listSessions());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as ConnectionError).message).toMatch(/^GET \/sessions-ordered failed: /);
    expect((error as ConnectionError).cause).toBeDefined();
    expect(attempts).toBe(3);
    expectNoLingeringTimers();
  });
});

describe("timeouts", () => {
  test("a server that never answers: TimeoutError with timeoutMs, soon after the limit", async () => {
    server.setDefault("hang");
    const start = performance.now();
    const error = await failure(client({ timeoutMs: 100, maxRetries: 0 }).memory.listSessions());
    const elapsed = ms(start);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect((error as TimeoutError).message).toBe("GET /sessions-ordered timed out after 100 ms");
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
    expectNoLingeringTimers();
  });

  test("per-call timeoutMs overrides the client's", async () => {
    server.setDefault("hang");
    const error = await failure(
      client({ timeoutMs: 60_000, maxRetries: 0 }).memory.listSessions({}, { timeoutMs: 80 }),
    );
    expect((error as TimeoutError).timeoutMs).toBe(80);
    expectNoLingeringTimers();
  });

  test("a timed-out attempt is retried", async () => {
    server.reply("hang");
    const data = await client({ timeoutMs: 100, maxRetries: 1 }).memory.listSessions();
    expect(data.sessions).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expectNoLingeringTimers();
  });

  test("a success leaves no timer behind, though the default timeout is 60 s", async () => {
    await client().memory.listSessions();
    expectNoLingeringTimers();
  });

  test("an error status leaves no timer behind", async () => {
    server.reply({ status: 400, body: { message: "bad" } });
    await expect(client().memory.listSessions()).rejects.toBeInstanceOf(Error);
    expectNoLingeringTimers();
  });
});

describe("aborts", () => {
  test("aborting mid-request rejects at once with AbortError and is not retried", async () => {
    server.setDefault("hang");
    const controller = new AbortController();
    const call = failure(client({ maxRetries: 2 }).memory.listSessions({}, { signal: controller.signal }));
    await server.waitForRequests(1);
    const start = performance.now();
    controller.abort();
    const error = await call;
    expect(ms(start)).toBeLessThan(100);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expectNoLingeringTimers();
    // A retry would come after a 375-500 ms backoff; wait past it.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.requests).toHaveLength(1);
  });

  test("aborting during the wait before a retry rejects promptly", async () => {
    server.reply({ status: 429, headers: { "retry-after": "30" } });
    const controller = new AbortController();
    const call = failure(client().memory.listSessions({}, { signal: controller.signal }));
    await server.waitForRequests(1);
    // Let the 429 arrive, so the client is waiting its 30 s.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const start = performance.now();
    controller.abort(new Error("user left"));
    const error = await call;
    expect(ms(start)).toBeLessThan(100);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).message).toBe("GET /sessions-ordered was aborted while waiting to retry");
    expect(server.requests).toHaveLength(1);
    expectNoLingeringTimers();
  });

  test("a signal aborted before the call sends nothing", async () => {
    const error = await failure(client().memory.listSessions({}, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(0);
  });

  test("a signal that never aborts changes nothing", async () => {
    const controller = new AbortController();
    const data = await client().memory.listSessions({}, { signal: controller.signal });
    expect(data.sessions).toHaveLength(1);
  });
});
