/**
 * attempt: one request under a deadline that covers the body too. Failures
 * become `TimeoutError`, `AbortError` or `ConnectionError`; the timer and the
 * abort listener are released on every path (checked with fake timers).
 */
import { describe, expect, test, vi } from "vitest";
import { attempt, type AttemptOptions } from "../../generator/runtime/attempt.js";
import type { BuiltRequest } from "../../generator/runtime/build-request.js";
import { AbortError, ConnectionError, TimeoutError } from "../../generator/runtime/errors.js";
import { fakeFetch } from "../support/fake-fetch.js";
import { withFakeTimers } from "../support/fake-timers.js";

const request: BuiltRequest = {
  url: "http://127.0.0.1:9/things?key=sk-secret",
  method: "POST",
  headers: new Headers({ "x-a": "1" }),
  body: "{}",
  replayable: true,
};

function options(fetchImpl: typeof fetch, extra: Partial<AttemptOptions> = {}): AttemptOptions {
  return {
    fetch: fetchImpl,
    timeoutMs: 1000,
    signal: undefined,
    readAs: () => "text",
    label: "POST /things",
    ...extra,
  };
}

withFakeTimers();

describe("attempt", () => {
  test("sends the request as built and reads the body as text", async () => {
    const fake = fakeFetch({ status: 201, body: '{"ok":true}', headers: { "x-b": "2" } });
    const received = await attempt(request, options(fake.fetch));
    expect(received.body).toBe('{"ok":true}');
    expect(received.response.status).toBe(201);
    expect(received.response.headers.get("x-b")).toBe("2");
    expect(fake.calls).toHaveLength(1);
    const call = fake.calls[0];
    expect(call?.url).toBe(request.url);
    expect(call?.init.method).toBe("POST");
    expect(call?.init.headers).toBe(request.headers);
    expect(call?.init.body).toBe("{}");
    expect(call?.init.signal).toBeInstanceOf(AbortSignal);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("no body is sent as null", async () => {
    const fake = fakeFetch({ status: 200 });
    await attempt({ ...request, method: "GET", body: undefined }, options(fake.fetch));
    expect(fake.calls[0]?.init.body).toBeNull();
  });

  test("reads a Blob when asked", async () => {
    const fake = fakeFetch({ status: 200, body: "bytes" });
    const received = await attempt(request, options(fake.fetch, { readAs: () => "blob" }));
    expect(received.body).toBeInstanceOf(Blob);
    expect(await (received.body as Blob).text()).toBe("bytes");
  });

  test("a request that takes too long is a TimeoutError, after exactly timeoutMs", async () => {
    const fake = fakeFetch("hang");
    const outcome = attempt(request, options(fake.fetch, { timeoutMs: 100 })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(99);
    expect(fake.calls[0]?.init.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect((error as TimeoutError).message).toBe("POST /things timed out after 100 ms");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("the deadline covers reading the body", async () => {
    const slowBody = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("{"));
          init?.signal?.addEventListener("abort", () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stream, { status: 200 });
    };
    const outcome = attempt(request, options(slowBody, { timeoutMs: 50 })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(await outcome).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a signal already aborted: AbortError and nothing is sent", async () => {
    const fake = fakeFetch({ status: 200 });
    const controller = new AbortController();
    controller.abort(new Error("gave up"));
    const error = await attempt(request, options(fake.fetch, { signal: controller.signal })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).message).toBe("POST /things was aborted before it was sent");
    expect((error as AbortError).cause).toBe(controller.signal.reason);
    expect(fake.calls).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("aborting mid-request: AbortError at once, with the reason as cause", async () => {
    const fake = fakeFetch("hang");
    const controller = new AbortController();
    const outcome = attempt(request, options(fake.fetch, { signal: controller.signal })).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    const reason = new Error("user navigated away");
    controller.abort(reason);
    const error = await outcome;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as AbortError).cause).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("removes its listener from the caller's signal when done", async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, "addEventListener");
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    await attempt(request, options(fakeFetch({ status: 200 }).fetch, { signal: controller.signal }));
    expect(add).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith("abort", add.mock.calls[0]?.[1]);
  });

  test("a network failure is a ConnectionError that keeps the cause and not the URL", async () => {
    const cause = new TypeError("fetch failed");
    const error = await attempt(request, options(fakeFetch({ throws: cause }).fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as ConnectionError).message).toBe("POST /things failed: fetch failed");
    expect((error as ConnectionError).message).not.toContain("sk-secret");
    expect((error as ConnectionError).cause).toBe(cause);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("calls fetch as a plain function, as a browser's fetch requires", async () => {
    const fake = fakeFetch({ status: 200, body: "ok" });
    // A browser's fetch throws this when called as a method of anything but the window.
    const browserLikeFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return fake.fetch(input, init);
    } as typeof fetch;
    const received = await attempt(request, options(browserLikeFetch));
    expect(received.body).toBe("ok");
  });

  test("a non-Error rejection still becomes a ConnectionError", async () => {
    const error = await attempt(request, options(fakeFetch({ throws: "socket hang up" }).fetch)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toBe("POST /things failed: socket hang up");
  });
});
