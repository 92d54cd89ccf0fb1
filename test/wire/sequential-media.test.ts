/**
 * OpenAPI 3.2 sequential media on the wire, through the generated
 * streaming-3.2 fixture client against a real server: JSON Lines, NDJSON and
 * JSON text sequences arrive as typed items (split across TCP writes at
 * every byte offset), the JSON/stream choice by `stream: true`, server-sent
 * events described by `itemSchema` in a 3.2 document, a malformed item, the
 * idle limit, retries only before the first item, and the connection closed
 * (as the server sees it) on abort, on the caller's signal and on leaving
 * the loop early.
 */
import type { ServerResponse } from "node:http";
import { describe, expect, test } from "vitest";
import { useSequencesModule, type LooseStream } from "../fixtures/streaming-3.2/client.js";
import { collect } from "../support/collect.js";
import { pause, useSseServer } from "./sse-server.js";

const generated = useSequencesModule("wire");
const server = useSseServer();
const RS = "\u001e";

function client(options: object = {}) {
  return new generated.module.SequencesClient({ baseUrl: server.origin, maxRetries: 0, ...options });
}

function head(res: ServerResponse, media: string): void {
  res.writeHead(200, { "content-type": media });
  res.flushHeaders();
}

async function followLog(options: object = {}, callOptions: object = {}): Promise<LooseStream> {
  return (await client(options).builds!.followBuildLog!("b-7", callOptions)) as LooseStream;
}

const LOG_LINES = [
  { seq: 1, text: "compiling é€😀" },
  { seq: 2, text: "linking", level: "warn" },
  { seq: 3, text: "done" },
];

describe("items arrive typed", () => {
  test("JSON Lines: each line an item; Accept names the media type; the query is sent", async () => {
    server.handle((res) => {
      head(res, "application/jsonl");
      res.end('{"id":"a1","actor":"ana","action":"create"}\r\n\r\n{"id":"a2","actor":"bo","action":"delete"}');
    });
    const stream = (await client().audit!.exportAuditEntries!({ since: "2026-01-01T00:00:00Z" })) as LooseStream;
    expect(String(stream)).toBe("[object ItemStream]");
    expect(await collect(stream)).toEqual([
      { id: "a1", actor: "ana", action: "create" },
      { id: "a2", actor: "bo", action: "delete" },
    ]);
    const [request] = server.requests;
    expect(request?.url).toBe("/audit/entries?since=2026-01-01T00%3A00%3A00Z");
    expect(request?.headers["accept"]).toBe("application/jsonl");
  });

  test("NDJSON split into two writes at every byte offset gives the same items", async () => {
    const payload = Buffer.from(LOG_LINES.map((l) => JSON.stringify(l)).join("\n") + "\n");
    let cut = 0;
    server.handle(async (res) => {
      head(res, "application/x-ndjson");
      res.write(payload.subarray(0, cut));
      await pause(1);
      res.end(payload.subarray(cut));
    });
    for (cut = 0; cut <= payload.length; cut++) {
      expect(await collect(await followLog()), `split at byte ${cut}`).toEqual(LOG_LINES);
    }
    expect(server.requests[0]?.url).toBe("/builds/b-7/log");
    expect(server.requests[0]?.headers["accept"]).toBe("application/x-ndjson");
  });

  test("a JSON text sequence split at every byte offset: each item after an RS", async () => {
    const readings = [
      { at: "2026-03-01T10:00:00Z", celsius: 21.5 },
      { at: "2026-03-01T10:01:00Z", celsius: -3 },
    ];
    const payload = Buffer.from(readings.map((r) => `${RS}${JSON.stringify(r, null, 1)}\n`).join(""));
    let cut = 0;
    server.handle(async (res) => {
      head(res, "application/json-seq");
      res.write(payload.subarray(0, cut));
      await pause(1);
      res.end(payload.subarray(cut));
    });
    for (cut = 0; cut <= payload.length; cut++) {
      const stream = (await client().sensors!.streamReadings!("s-1", { limit: 2 })) as LooseStream;
      expect(await collect(stream), `split at byte ${cut}`).toEqual(readings);
    }
    expect(server.requests[0]?.url).toBe("/sensors/s-1/readings?limit=2");
    expect(server.requests[0]?.headers["accept"]).toBe("application/json-seq");
  });

  test("server-sent events described by itemSchema in a 3.2 document: data typed from contentSchema", async () => {
    server.handle((res) => {
      head(res, "text/event-stream");
      res.end('event: alert\nid: 5\ndata: {"severity":"high","message":"hot"}\n\n');
    });
    const stream = (await client().sensors!.watchAlerts!("s-1")) as LooseStream;
    expect(String(stream)).toBe("[object EventStream]");
    expect(await collect(stream)).toEqual([
      { event: "alert", data: { severity: "high", message: "hot" }, id: "5", retry: undefined },
    ]);
    expect(server.requests[0]?.headers["accept"]).toBe("text/event-stream");
  });

  test("stream: true gives JSON Lines rows; without it the same operation answers the whole report", async () => {
    server.handle((res, request) => {
      if (JSON.parse(request.body).stream === true) {
        head(res, "application/jsonl");
        res.end('{"cells":["a","1"]}\n{"cells":["b","2"]}\n');
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"rows":[{"cells":["a","1"]}]}');
      }
    });
    const rows = (await client().reports!.runReport!({ query: "q", stream: true })) as LooseStream;
    expect(await collect(rows)).toEqual([{ cells: ["a", "1"] }, { cells: ["b", "2"] }]);
    expect(server.requests[0]?.headers["accept"]).toBe("application/jsonl");
    expect(await client().reports!.runReport!({ query: "q" })).toEqual({ rows: [{ cells: ["a", "1"] }] });
    expect(server.requests[1]?.headers["accept"]).toBe("application/json");
  });

  test("a malformed item ends the loop with a ResponseParseError naming it, after the items before it", async () => {
    server.handle((res) => {
      head(res, "application/x-ndjson");
      res.end('{"seq":1,"text":"ok"}\n{"seq":2,"text":\n{"seq":3,"text":"never read"}\n');
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of await followLog()) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ seq: 1, text: "ok" }]);
    expect(error).toBeInstanceOf(generated.module.ResponseParseError);
    expect((error as Error).message).toMatch(
      /^GET \/builds\/\{buildId\}\/log sent a malformed item 2: not JSON \(.+\): \{"seq":2,"text":$/,
    );
  });
});

describe("retries", () => {
  test("a retryable status before the first item is retried", async () => {
    server.handle((res, _request, index) => {
      if (index === 0) {
        res.writeHead(503, { "retry-after-ms": "0" });
        res.end("busy");
        return;
      }
      head(res, "application/x-ndjson");
      res.end('{"seq":1,"text":"ok"}\n');
    });
    expect(await collect(await followLog({ maxRetries: 2 }))).toEqual([{ seq: 1, text: "ok" }]);
    expect(server.requests).toHaveLength(2);
  });

  test("once an item has arrived, a broken connection is a ConnectionError and is not retried", async () => {
    server.handle(async (res) => {
      head(res, "application/x-ndjson");
      res.write('{"seq":1,"text":"ok"}\n');
      await pause(20);
      res.destroy();
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of await followLog({ maxRetries: 2 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ seq: 1, text: "ok" }]);
    expect(error).toBeInstanceOf(generated.module.ConnectionError);
    await pause(30);
    expect(server.requests).toHaveLength(1);
  });
});

describe("closing the connection", () => {
  /** A server that sends an item every 10 ms until the client goes away. */
  function endless(): void {
    server.handle(async (res) => {
      head(res, "application/x-ndjson");
      for (let i = 0; !res.destroyed && i < 500; i++) {
        res.write(`{"seq":${i},"text":"line ${i}"}\n`);
        await pause(10);
      }
      res.end();
    });
  }

  test("a server that stalls hits the idle limit: TimeoutError, and the server sees the socket closed", async () => {
    server.handle((res) => {
      head(res, "application/x-ndjson");
      res.write('{"seq":1,"text":"ok"}\n');
    });
    const started = performance.now();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of await followLog({ streamIdleTimeoutMs: 150 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ seq: 1, text: "ok" }]);
    expect(error).toBeInstanceOf(generated.module.TimeoutError);
    expect((error as Error).message).toBe("GET /builds/{buildId}/log sent nothing for 150 ms");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(await server.requests[0]!.closed).toEqual({ early: true });
  });

  test("stream.abort() ends the loop and the server sees the socket closed", async () => {
    endless();
    const stream = await followLog();
    const seen: unknown[] = [];
    for await (const item of stream) {
      seen.push(item);
      if (seen.length === 3) stream.abort();
    }
    expect(seen).toHaveLength(3);
    expect(await server.requests[0]!.closed).toEqual({ early: true });
  });

  test("the caller's signal aborts with an AbortError, and the server sees the socket closed", async () => {
    endless();
    const controller = new AbortController();
    const stream = await followLog({}, { signal: controller.signal });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of stream) {
        seen.push(item);
        if (seen.length === 2) setTimeout(() => controller.abort(new Error("user left")), 15);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(generated.module.AbortError);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(await server.requests[0]!.closed).toEqual({ early: true });
  });

  test("leaving a for await loop early closes the connection", async () => {
    endless();
    for await (const item of await followLog()) {
      expect(item).toEqual({ seq: 0, text: "line 0" });
      break;
    }
    const closed = await Promise.race([server.requests[0]!.closed, pause(500).then(() => "still open")]);
    expect(closed).toEqual({ early: true });
  });
});
