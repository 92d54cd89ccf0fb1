/**
 * ItemStream over an in-memory body: JSON Lines and JSON text sequences
 * become typed items as each one completes; a malformed item ends the loop
 * with a ResponseParseError naming the item by number, after the items
 * before it; the idle limit, `abort()`, the caller's signal and leaving the
 * loop early close the connection as they do for EventStream (LiveStream).
 */
import { describe, expect, test, vi } from "vitest";
import { AbortError, ResponseParseError, TimeoutError } from "../../generator/runtime/errors.js";
import { ItemStream } from "../../generator/runtime/item-stream.js";
import type { StreamSpec } from "../../generator/runtime/operation.js";

const encoder = new TextEncoder();
const RS = "\u001e";

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
    response: new Response(stream, { status: 200, headers: { "content-type": "application/jsonl" } }),
    send: (text) => controller.enqueue(encoder.encode(text)),
    finish: () => controller.close(),
    cancelled: () => cancelled,
  };
}

const LINES: StreamSpec = { data: "json", items: "application/x-ndjson" };
const SEQ: StreamSpec = { data: "json", items: "application/json-seq" };

function open<T>(
  b: Body,
  spec: StreamSpec,
  extra: { signal?: AbortSignal; idleTimeoutMs?: number } = {},
): { stream: ItemStream<T>; controller: AbortController; released: () => number } {
  const controller = new AbortController();
  let released = 0;
  const stream = new ItemStream<T>({
    response: b.response,
    connection: { controller, release: () => void released++ },
    spec,
    signal: extra.signal,
    idleTimeoutMs: extra.idleTimeoutMs ?? 10_000,
    label: "GET /rows",
  });
  return { stream, controller, released: () => released };
}

/** The items read until the stream ends, and the error that ended it, if any. */
async function drain<T>(stream: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of stream) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

describe("ItemStream", () => {
  test("JSON Lines: each line an item, CRLF and blank lines allowed, a last line without LF included", async () => {
    const b = body();
    const { stream, controller, released } = open<{ n: number }>(b, LINES);
    b.send('{"n":1}\r\n\n{"n"');
    b.send(':2}\n{"n":3}');
    b.finish();
    expect(await drain(stream)).toEqual({ items: [{ n: 1 }, { n: 2 }, { n: 3 }], error: undefined });
    expect(controller.signal.aborted).toBe(true);
    expect(released()).toBe(1);
    expect(String(stream)).toBe("[object ItemStream]");
  });

  test("an item is yielded as soon as its line is complete, before the body ends", async () => {
    const b = body();
    const { stream } = open<number>(b, LINES);
    const iterator = stream[Symbol.asyncIterator]();
    b.send("1\n2");
    expect(await iterator.next()).toEqual({ done: false, value: 1 });
    b.send("\n");
    expect(await iterator.next()).toEqual({ done: false, value: 2 });
    b.finish();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  test("a JSON text sequence: each item after an RS, yielded at its LF", async () => {
    const b = body();
    const { stream } = open<{ at: string }>(b, SEQ);
    const iterator = stream[Symbol.asyncIterator]();
    b.send(`${RS}{"at":"a"}\n${RS}{\n"at": "b"`);
    expect(await iterator.next()).toEqual({ done: false, value: { at: "a" } });
    b.send("\n}\n");
    expect(await iterator.next()).toEqual({ done: false, value: { at: "b" } });
    b.finish();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  test("a line that is not JSON: ResponseParseError naming the item, after the items before it", async () => {
    const b = body();
    const { stream, released } = open<unknown>(b, LINES);
    b.send('{"ok":1}\n\n{"ok":2}\n{"ok":\n{"ok":4}\n');
    const { items, error } = await drain(stream);
    expect(items).toEqual([{ ok: 1 }, { ok: 2 }]);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).message).toMatch(
      /^GET \/rows sent a malformed item 3: not JSON \(.+\): \{"ok":$/,
    );
    expect((error as ResponseParseError).text).toBe('{"ok":');
    expect((error as ResponseParseError).status).toBe(200);
    expect(released()).toBe(1);
  });

  test("a JSON text sequence cut off at the end: ResponseParseError naming the item", async () => {
    const b = body();
    const { stream } = open<unknown>(b, SEQ);
    b.send(`${RS}1\n${RS}[2,`);
    b.finish();
    const { items, error } = await drain(stream);
    expect(items).toEqual([1]);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toBe(
      "GET /rows sent a malformed item 2: a value that does not end with a line feed (cut off?): [2,",
    );
  });

  test("a JSON text sequence without its RS: ResponseParseError naming the item", async () => {
    const b = body();
    const { stream } = open<unknown>(b, SEQ);
    b.send('{"a":1}\n');
    b.finish();
    const { error } = await drain(stream);
    expect((error as Error).message).toBe(
      'GET /rows sent a malformed item 1: text outside a record (not after a record separator, 0x1E): {"a":1}',
    );
  });

  test("leaving the loop early cancels the body and aborts the fetch", async () => {
    const b = body();
    const { stream, controller, released } = open<number>(b, LINES);
    b.send("1\n2\n");
    for await (const item of stream) {
      expect(item).toBe(1);
      break;
    }
    expect(controller.signal.aborted).toBe(true);
    expect(b.cancelled()).toBe(true);
    expect(released()).toBe(1);
  });

  test("abort() mid-read ends the loop quietly", async () => {
    const b = body();
    const { stream, controller } = open<number>(b, SEQ);
    b.send(`${RS}1\n`);
    const seen: number[] = [];
    const loop = (async () => {
      for await (const item of stream) {
        seen.push(item);
        setTimeout(() => stream.abort(), 5);
      }
    })();
    await expect(loop).resolves.toBeUndefined();
    expect(seen).toEqual([1]);
    expect(controller.signal.aborted).toBe(true);
  });

  test("the caller's signal ends the loop with an AbortError", async () => {
    const b = body();
    const caller = new AbortController();
    const { stream } = open<number>(b, LINES, { signal: caller.signal });
    b.send("1\n");
    const loop = (async () => {
      for await (const item of stream) {
        expect(item).toBe(1);
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
      const { stream, controller } = open<number>(b, LINES, { idleTimeoutMs: 200 });
      b.send("1\n");
      const outcome = drain(stream);
      await vi.advanceTimersByTimeAsync(150);
      b.send("2");
      await vi.advanceTimersByTimeAsync(150);
      expect(controller.signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(60);
      const { items, error } = await outcome;
      expect(items).toEqual([1]);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toBe("GET /rows sent nothing for 200 ms");
      expect(controller.signal.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test("can be read only once", async () => {
    const b = body();
    const { stream } = open<number>(b, LINES);
    b.finish();
    await drain(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow("a stream can be read only once");
  });
});
