/**
 * EventStream over an in-memory body: JSON data parsed, the terminator ends
 * the loop, an `error` event throws `StreamEventError`, bad JSON throws
 * `ResponseParseError`, the idle limit, `abort()`, the caller's signal and
 * leaving the loop early each close the connection and detach the signal.
 */
import { describe, expect, test, vi } from "vitest";
import { AbortError, ResponseParseError, StreamEventError, TimeoutError } from "../../generator/runtime/errors.js";
import { EventStream, type StreamEvent } from "../../generator/runtime/event-stream.js";
import { streamRequested } from "../../generator/runtime/stream-request.js";
import type { OperationSpec, StreamSpec } from "../../generator/runtime/operation.js";

const encoder = new TextEncoder();

interface Body {
  readonly response: Response;
  send(text: string): void;
  finish(): void;
  /** True once the stream's reader was cancelled. */
  readonly cancelled: () => boolean;
}

function body(): Body {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: new Response(stream, { status: 200, headers: { "content-type": "text/event-stream" } }),
    send: (text) => controller.enqueue(encoder.encode(text)),
    finish: () => controller.close(),
    cancelled: () => cancelled,
  };
}

function open<T>(
  b: Body,
  spec: StreamSpec,
  extra: { signal?: AbortSignal; idleTimeoutMs?: number } = {},
): { stream: EventStream<T>; controller: AbortController; released: () => number } {
  const controller = new AbortController();
  let released = 0;
  const stream = new EventStream<T>({
    response: b.response,
    connection: { controller, release: () => void released++ },
    spec,
    signal: extra.signal,
    idleTimeoutMs: extra.idleTimeoutMs ?? 10_000,
    label: "POST /chat",
  });
  return { stream, controller, released: () => released };
}

async function collect<T>(stream: AsyncIterable<StreamEvent<T>>): Promise<StreamEvent<T>[]> {
  const out: StreamEvent<T>[] = [];
  for await (const event of stream) out.push(event);
  return out;
}

describe("EventStream", () => {
  test("parses JSON data and stops at the terminator, closing the connection", async () => {
    const b = body();
    const { stream, controller, released } = open<{ n: number }>(b, { data: "json", terminator: "[DONE]" });
    b.send('data: {"n":1}\n\nevent: step\nid: 9\ndata: {"n":2}\n\ndata: [DONE]\n\ndata: {"n":3}\n\n');
    const events = await collect(stream);
    expect(events).toEqual([
      { event: "message", data: { n: 1 }, id: undefined, retry: undefined },
      { event: "step", data: { n: 2 }, id: "9", retry: undefined },
    ]);
    expect(controller.signal.aborted).toBe(true);
    expect(released()).toBe(1);
  });

  test("text data stays text, and the stream ends with the body", async () => {
    const b = body();
    const { stream } = open<string>(b, { data: "text" });
    b.send("data: a\ndata: b\n\n");
    b.finish();
    expect((await collect(stream)).map((e) => e.data)).toEqual(["a\nb"]);
  });

  test("without a terminator declared, [DONE] is an ordinary event", async () => {
    const b = body();
    const { stream } = open<string>(b, { data: "text" });
    b.send("data: [DONE]\n\n");
    b.finish();
    expect((await collect(stream)).map((e) => e.data)).toEqual(["[DONE]"]);
  });

  test("an error event throws StreamEventError with its parsed data", async () => {
    const b = body();
    const { stream, released } = open<unknown>(b, { data: "json" });
    b.send('data: {"ok":1}\n\nevent: error\nid: 4\ndata: {"error":{"message":"overloaded"}}\n\n');
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ ok: 1 }]);
    expect(error).toBeInstanceOf(StreamEventError);
    expect((error as StreamEventError).data).toEqual({ error: { message: "overloaded" } });
    expect((error as StreamEventError).id).toBe("4");
    expect((error as StreamEventError).status).toBe(200);
    expect((error as Error).message).toBe('POST /chat sent an error event: {"message":"overloaded"}');
    expect(released()).toBe(1);
  });

  test("data that is not JSON in a JSON stream is a ResponseParseError", async () => {
    const b = body();
    const { stream } = open<unknown>(b, { data: "json" });
    b.send("data: {oops\n\n");
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).text).toBe("{oops");
  });

  test("leaving the loop early cancels the body and aborts the fetch", async () => {
    const b = body();
    const { stream, controller, released } = open<string>(b, { data: "text" });
    b.send("data: 1\n\ndata: 2\n\n");
    for await (const event of stream) {
      expect(event.data).toBe("1");
      break;
    }
    expect(controller.signal.aborted).toBe(true);
    expect(b.cancelled()).toBe(true);
    expect(released()).toBe(1);
  });

  test("abort() mid-read ends the loop quietly", async () => {
    const b = body();
    const { stream, controller } = open<string>(b, { data: "text" });
    b.send("data: 1\n\n");
    const seen: string[] = [];
    const loop = (async () => {
      for await (const event of stream) {
        seen.push(event.data);
        setTimeout(() => stream.abort(), 5);
      }
    })();
    await expect(loop).resolves.toBeUndefined();
    expect(seen).toEqual(["1"]);
    expect(controller.signal.aborted).toBe(true);
  });

  test("the caller's signal ends the loop with an AbortError", async () => {
    const b = body();
    const caller = new AbortController();
    const { stream } = open<string>(b, { data: "text" }, { signal: caller.signal });
    b.send("data: 1\n\n");
    const loop = (async () => {
      for await (const event of stream) {
        expect(event.data).toBe("1");
        setTimeout(() => caller.abort(new Error("user left")), 5);
      }
    })();
    const error = await loop.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error("user left"));
  });

  test("no bytes for the idle limit: TimeoutError, connection closed, no timer left", async () => {
    vi.useFakeTimers();
    try {
      const b = body();
      const { stream, controller } = open<string>(b, { data: "text" }, { idleTimeoutMs: 200 });
      b.send(": ping\n");
      const outcome = collect(stream).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(150);
      b.send("data: late");
      await vi.advanceTimersByTimeAsync(150);
      expect(controller.signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(60);
      const error = await outcome;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toBe("POST /chat sent nothing for 200 ms");
      expect(controller.signal.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test("can be read only once", async () => {
    const b = body();
    const { stream } = open<string>(b, { data: "text" });
    b.finish();
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow("a stream can be read only once");
  });
});

describe("streamRequested", () => {
  const op = (stream?: StreamSpec): OperationSpec => ({
    id: "x",
    method: "POST",
    path: "/x",
    params: [],
    security: [],
    responses: {},
    ...(stream === undefined ? {} : { stream }),
  });
  test.each([
    ["no stream", op(), {}, false],
    ["stream-only", op({ data: "json" }), {}, true],
    ["selector true", op({ data: "json", selector: "stream" }), { stream: true }, true],
    ["selector false", op({ data: "json", selector: "stream" }), { stream: false }, false],
    ["selector absent", op({ data: "json", selector: "stream" }), {}, false],
    ["selector truthy but not true", op({ data: "json", selector: "stream" }), { stream: "yes" }, false],
    [
      "body selector true",
      op({ data: "json", selector: "stream", selectorIn: "body" }),
      { body: { stream: true } },
      true,
    ],
    [
      "body selector beside the body",
      op({ data: "json", selector: "stream", selectorIn: "body" }),
      { stream: true },
      false,
    ],
    ["body selector, no body", op({ data: "json", selector: "stream", selectorIn: "body" }), {}, false],
  ])("%s", (_, spec, params, want) => {
    expect(streamRequested(spec, params)).toBe(want);
  });
});
