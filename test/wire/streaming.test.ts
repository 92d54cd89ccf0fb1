/**
 * Server-sent events on the wire, through the generated streaming fixture
 * client against a real server: the stream chosen by `stream: true`, events
 * split across TCP writes at every byte offset, the `[DONE]` terminator the
 * spec declares, an error event, retries only before the stream begins, the
 * per-attempt timeout ending at the head, the idle limit, and the connection
 * closed (as the server sees it) on abort, on the caller's signal and on
 * leaving the loop early.
 */
import { describe, expect, test } from "vitest";
import { HEADER_KEY, useStreamingModule, type LooseStream } from "../fixtures/streaming/client.js";
import { collect } from "../support/collect.js";
import { pause, streamHead, useSseServer } from "./sse-server.js";

const generated = useStreamingModule("streaming");
const server = useSseServer();

function client(options: object = {}) {
  return new generated.module.StreamingClient({
    headerKey: HEADER_KEY,
    baseUrl: server.origin,
    maxRetries: 0,
    ...options,
  });
}

async function openChat(options: object = {}, callOptions: object = {}): Promise<LooseStream> {
  return (await client(options).chat!.createChat!({ prompt: "hi", stream: true }, callOptions)) as LooseStream;
}

const PAYLOAD = Buffer.from(
  ": a comment first\r\n" +
    "id: 1\r\n" +
    'data: {"delta":"héllo 😀",\r\n' +
    'data: "index":0}\r\n' +
    "\r\n" +
    "event: chunk\n" +
    ": a comment between fields\n" +
    'data: {"delta":"€","index":1}\n' +
    "\n" +
    "data: [DONE]\n\n" +
    'data: {"delta":"after the terminator","index":2}\n\n',
);

const EXPECTED = [
  { event: "message", data: { delta: "héllo 😀", index: 0 }, id: "1", retry: undefined },
  { event: "chunk", data: { delta: "€", index: 1 }, id: "1", retry: undefined },
];

describe("choosing the stream", () => {
  test("stream: true asks for text/event-stream and yields typed events up to [DONE]", async () => {
    server.handle((res) => {
      streamHead(res);
      res.end(PAYLOAD);
    });
    const stream = await openChat();
    expect(stream.response.headers.get("content-type")).toBe("text/event-stream");
    expect(await collect(stream)).toEqual(EXPECTED);
    const [request] = server.requests;
    expect(request?.headers["accept"]).toBe("text/event-stream");
    expect(JSON.parse(request!.body)).toEqual({ prompt: "hi", stream: true });
  });

  test("without stream the same operation answers JSON", async () => {
    server.handle((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"text":"whole"}');
    });
    expect(await client().chat!.createChat!({ prompt: "hi" })).toEqual({ text: "whole" });
    expect(server.requests[0]?.headers["accept"]).toBe("application/json");
  });

  test("a stream-only operation streams on every call; its 3.2 itemSchema data is JSON", async () => {
    server.handle((res) => {
      streamHead(res);
      res.end(
        'event: tick\ndata: {"symbol":"ACME","price":1.5}\n\nretry: 3000\nid: t2\ndata: {"symbol":"ACME","price":2}\n\n',
      );
    });
    const stream = (await client().ticks!.watchTicks!({ symbol: "ACME" })) as LooseStream;
    expect(await collect(stream)).toEqual([
      { event: "tick", data: { symbol: "ACME", price: 1.5 }, id: undefined, retry: undefined },
      { event: "message", data: { symbol: "ACME", price: 2 }, id: "t2", retry: 3000 },
    ]);
    expect(server.requests[0]?.url).toBe("/ticks?symbol=ACME");
  });

  test("text data is kept as text, multi-line data joined", async () => {
    server.handle((res) => {
      streamHead(res);
      res.end("data: line one\ndata: line two\n\ndata: [DONE]\n\n");
    });
    const stream = (await client({ queryKey: "qk" }).ticks!.tailLogs!()) as LooseStream;
    // No terminator is declared for this operation: [DONE] is data like any other.
    expect((await collect(stream)).map((e) => e.data)).toEqual(["line one\nline two", "[DONE]"]);
  });
});

describe("chunk boundaries", () => {
  test("the payload split into two writes at every byte offset gives the same events", async () => {
    server.handle(async (res, request) => {
      const at = Number(request.headers["x-split-at"]);
      streamHead(res);
      res.write(PAYLOAD.subarray(0, at));
      // A pause, so the two writes leave as two TCP segments rather than one.
      await pause(2);
      res.end(PAYLOAD.subarray(at));
    });
    const c = client();
    for (let at = 1; at < PAYLOAD.length; at++) {
      const stream = (await c.chat!.createChat!(
        { prompt: "hi", stream: true },
        { headers: { "x-split-at": String(at) } },
      )) as LooseStream;
      expect(await collect(stream), `split at byte ${at}`).toEqual(EXPECTED);
    }
    expect(server.requests).toHaveLength(PAYLOAD.length - 1);
  });
});

describe("errors and retries", () => {
  test("an error event mid-stream throws StreamEventError after the events before it", async () => {
    server.handle((res) => {
      streamHead(res);
      res.end('data: {"delta":"a"}\n\nevent: error\ndata: {"error":{"message":"overloaded"}}\n\n');
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of await openChat()) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ delta: "a" }]);
    expect(error).toBeInstanceOf(generated.module.StreamEventError);
    expect((error as { data: unknown }).data).toEqual({ error: { message: "overloaded" } });
  });

  test("a retryable status before the stream begins is retried (the POST carries an idempotency key)", async () => {
    server.handle((res, _request, index) => {
      if (index === 0) {
        res.writeHead(503, { "retry-after-ms": "0" });
        res.end("busy");
        return;
      }
      streamHead(res);
      res.end('data: {"delta":"ok"}\n\n');
    });
    const stream = await openChat({ maxRetries: 2 });
    expect((await collect(stream)).map((e) => e.data)).toEqual([{ delta: "ok" }]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers["idempotency-key"]).toBe(server.requests[0]?.headers["idempotency-key"]);
  });

  test("once events have arrived, a broken connection is a ConnectionError and is not retried", async () => {
    server.handle(async (res) => {
      streamHead(res);
      res.write('data: {"delta":"a"}\n\n');
      await pause(20);
      res.destroy();
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of await openChat({ maxRetries: 2 })) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ delta: "a" }]);
    expect(error).toBeInstanceOf(generated.module.ConnectionError);
    await pause(30);
    expect(server.requests).toHaveLength(1);
  });

  test("a non-2xx answer to a stream request is the usual status error", async () => {
    server.handle((res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end('{"message":"bad prompt"}');
    });
    const error = await openChat().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(generated.module.StatusError);
    expect((error as Error).message).toBe("POST /chat answered 400 Bad Request: bad prompt");
  });
});

describe("timeouts", () => {
  test("the per-attempt timeout covers only the time to the head", async () => {
    server.handle(async (res) => {
      streamHead(res);
      for (let i = 0; i < 5; i++) {
        await pause(40);
        res.write(`data: {"delta":"${i}"}\n\n`);
      }
      res.end();
    });
    const stream = await openChat({ timeoutMs: 100, streamIdleTimeoutMs: 1_000 });
    expect((await collect(stream)).map((e) => e.data)).toEqual([0, 1, 2, 3, 4].map((i) => ({ delta: String(i) })));
  });

  test("a server that stalls mid-stream hits the idle limit: TimeoutError, and the server sees the socket closed", async () => {
    server.handle((res) => {
      streamHead(res);
      res.write('data: {"delta":"a"}\n\n');
    });
    const started = performance.now();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of await openChat({ streamIdleTimeoutMs: 150 })) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ delta: "a" }]);
    expect(error).toBeInstanceOf(generated.module.TimeoutError);
    expect((error as Error).message).toBe("POST /chat sent nothing for 150 ms");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(await server.requests[0]!.closed).toEqual({ early: true });
  });
});

describe("closing the connection", () => {
  /** A server that sends an event every 10 ms until the client goes away. */
  function endless(): void {
    server.handle(async (res) => {
      streamHead(res);
      for (let i = 0; !res.destroyed && i < 500; i++) {
        res.write(`data: {"delta":"${i}"}\n\n`);
        await pause(10);
      }
      res.end();
    });
  }

  test("stream.abort() mid-stream ends the loop and the server sees the socket closed", async () => {
    endless();
    const stream = await openChat();
    const seen: unknown[] = [];
    for await (const event of stream) {
      seen.push(event.data);
      if (seen.length === 3) stream.abort();
    }
    expect(seen).toHaveLength(3);
    expect(await server.requests[0]!.closed).toEqual({ early: true });
  });

  test("the caller's signal aborts mid-stream with an AbortError, and the server sees the socket closed", async () => {
    endless();
    const controller = new AbortController();
    const stream = await openChat({}, { signal: controller.signal });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of stream) {
        seen.push(event.data);
        if (seen.length === 2) setTimeout(() => controller.abort(new Error("user left")), 15);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(generated.module.AbortError);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(await server.requests[0]!.closed).toEqual({ early: true });
  });

  test("leaving a for await loop early releases the connection", async () => {
    endless();
    for await (const event of await openChat()) {
      expect(event.data).toEqual({ delta: "0" });
      break;
    }
    const closed = await Promise.race([server.requests[0]!.closed, pause(500).then(() => "still open")]);
    expect(closed).toEqual({ early: true });
  });
});
