/**
 * Request bodies on the wire, from the `features` fixture client, byte for
 * byte: JSON and a `+json` type; a URL-encoded form with nested values;
 * multipart with files, repeated parts and a JSON part, parsed with the
 * boundary fetch chose; `application/octet-stream` from a Blob, an
 * ArrayBuffer, a Uint8Array and a ReadableStream (which is never retried);
 * `text/plain`; a missing required body refused; an omitted optional one
 * sending no body and no Content-Type.
 */
import { describe, expect, test } from "vitest";
import {
  HEADER_KEY,
  requestsAfterSettling,
  sentHeaders,
  useFeaturesClient,
  type LooseStatusError,
} from "../fixtures/wire-features/client.js";
import { failure } from "../support/failure.js";
import type { RecordedRequest } from "../support/http-server.js";

const features = useFeaturesClient("bodies", { defaultReply: { body: { ok: true } } });
const { server, client } = features;

function only(): RecordedRequest {
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

describe("JSON", () => {
  test("application/json: the body serialised, with its Content-Type and length", async () => {
    const widget = { name: "Gizmo ✓", size: 0, tags: [], color: null };
    await client().bodies!.sendJson!(widget);
    const request = only();
    const text = '{"name":"Gizmo ✓","size":0,"tags":[],"color":null}';
    expect([request.method, request.url]).toEqual(["POST", "/v2/json"]);
    expect(request.body.toString("utf8")).toBe(text);
    expect(sentHeaders(request)).toEqual({
      accept: "application/json",
      "content-length": String(Buffer.byteLength(text)),
      "content-type": "application/json",
      "x-api-key": HEADER_KEY,
    });
  });

  test("a +json type is sent as JSON under its own Content-Type", async () => {
    await client().bodies!.mergePatch!("w 1", { color: null });
    const request = only();
    expect([request.method, request.url]).toEqual(["PATCH", "/v2/widgets/w%201"]);
    expect(request.headers["content-type"]).toBe("application/merge-patch+json");
    expect(request.body.toString("utf8")).toBe('{"color":null}');
  });
});

describe("application/x-www-form-urlencoded", () => {
  test("nested objects as a[b], arrays of scalars repeated, arrays of objects indexed", async () => {
    await client().bodies!.sendForm!({
      name: "Ann Lee & co",
      count: 0,
      active: false,
      address: { city: "Zürich", zip: "8000" },
      tags: ["x", "y z"],
      items: [
        { sku: "a/1", qty: 2 },
        { sku: "b", qty: 1 },
      ],
      skipped: undefined,
    });
    const request = only();
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request.body.toString("latin1")).toBe(
      "name=Ann+Lee+%26+co&count=0&active=false&address%5Bcity%5D=Z%C3%BCrich&address%5Bzip%5D=8000" +
        "&tags=x&tags=y+z&items%5B0%5D%5Bsku%5D=a%2F1&items%5B0%5D%5Bqty%5D=2&items%5B1%5D%5Bsku%5D=b&items%5B1%5D%5Bqty%5D=1",
    );
  });
});

interface Part {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Splits a multipart body on `boundary` (RFC 2046 §5.1.1), checking the framing on the way. */
function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  expect(body.subarray(0, delimiter.length + 2).toString("latin1")).toBe(`${delimiter}\r\n`);
  expect(body.subarray(body.length - delimiter.length - 4).toString("latin1")).toBe(`${delimiter}--\r\n`);
  const parts: Part[] = [];
  let at = delimiter.length + 2;
  for (;;) {
    const headerEnd = body.indexOf("\r\n\r\n", at, "latin1");
    const next = body.indexOf(`\r\n${delimiter}`, headerEnd, "latin1");
    expect(headerEnd).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(0);
    const headers: Record<string, string> = {};
    for (const line of body.subarray(at, headerEnd).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    parts.push({ headers, body: body.subarray(headerEnd + 4, next) });
    at = next + 2 + delimiter.length;
    if (body.subarray(at, at + 2).toString("latin1") === "--") return parts;
    at += 2;
  }
}

describe("multipart/form-data", () => {
  test("files, repeated parts, a JSON part and text; Content-Type carries fetch's boundary", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await client().bodies!.upload!({
      file: new File(["hello, world\n"], "hello.txt", { type: "text/plain" }),
      attachments: [new Blob([png], { type: "image/png" }), new File([new Uint8Array([1, 2])], "b.bin")],
      labels: ["x", "y z"],
      metadata: { author: "Ann", version: 2 },
      description: "Ünïcode ✓",
      raw: new Uint8Array([0, 1, 2, 255]),
    });
    const request = only();
    expect([request.method, request.url]).toEqual(["POST", "/v2/upload"]);
    const contentType = request.headers["content-type"] ?? "";
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(contentType)?.[1];
    expect(boundary, contentType).toBeDefined();
    expect(request.headers["content-length"]).toBe(String(request.body.length));
    const parts = parseMultipart(request.body, boundary!);
    const disposition = (name: string, filename?: string): string =>
      `form-data; name="${name}"${filename === undefined ? "" : `; filename="${filename}"`}`;
    expect(parts.map((p) => p.headers)).toEqual([
      { "content-disposition": disposition("file", "hello.txt"), "content-type": "text/plain" },
      { "content-disposition": disposition("attachments", "blob"), "content-type": "image/png" },
      { "content-disposition": disposition("attachments", "b.bin"), "content-type": "application/octet-stream" },
      { "content-disposition": disposition("labels") },
      { "content-disposition": disposition("labels") },
      // The spec's `encoding.metadata.contentType`. FormData can only type a part that is a Blob, and a Blob part always has a filename.
      { "content-disposition": disposition("metadata", "blob"), "content-type": "application/json" },
      { "content-disposition": disposition("description") },
      { "content-disposition": disposition("raw", "blob"), "content-type": "application/octet-stream" },
    ]);
    expect(parts.map((p) => p.body)).toEqual([
      Buffer.from("hello, world\n"),
      Buffer.from(png),
      Buffer.from([1, 2]),
      Buffer.from("x"),
      Buffer.from("y z"),
      Buffer.from('{"author":"Ann","version":2}'),
      Buffer.from("Ünïcode ✓", "utf8"),
      Buffer.from([0, 1, 2, 255]),
    ]);
  });

  test("undefined properties send no part", async () => {
    await client().bodies!.upload!({ file: new Blob(["z"]), labels: undefined, description: undefined });
    const request = only();
    const boundary = /boundary=(.+)$/.exec(request.headers["content-type"] ?? "")?.[1] ?? "";
    const parts = parseMultipart(request.body, boundary);
    expect(parts.map((p) => [p.headers["content-disposition"], p.body.toString()])).toEqual([
      ['form-data; name="file"; filename="blob"', "z"],
    ]);
  });
});

describe("application/octet-stream", () => {
  const bytes = [0, 1, 2, 128, 254, 255];
  const backing = new Uint8Array([9, 9, ...bytes, 9]).buffer;
  const bodies: Array<[string, () => unknown]> = [
    ["Blob (its own type is not sent: the spec's is)", () => new Blob([new Uint8Array(bytes)], { type: "image/png" })],
    ["ArrayBuffer", () => new Uint8Array(bytes).buffer],
    ["Uint8Array, only the bytes it views", () => new Uint8Array(backing, 2, bytes.length)],
  ];
  test.each(bodies)("%s: the exact bytes, with a length", async (_, make) => {
    server.reply({ status: 204 });
    const data = await client().bodies!.putBlob!("raw.bin", { body: make() });
    expect(data).toBeUndefined();
    const request = only();
    expect([request.method, request.url]).toEqual(["PUT", "/v2/blobs/raw.bin"]);
    expect([...request.body]).toEqual(bytes);
    expect(sentHeaders(request)).toEqual({
      accept: "application/json",
      "content-length": String(bytes.length),
      "content-type": "application/octet-stream",
      "x-api-key": HEADER_KEY,
    });
  });

  function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
    return new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    });
  }

  test("ReadableStream: every chunk, in order, sent chunked", async () => {
    server.setDefault({ status: 204 });
    await client().bodies!.putBlob!("s", { body: streamOf([[1, 2], [3], [4, 5, 6]]) });
    const request = only();
    expect([...request.body]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(request.headers["transfer-encoding"]).toBe("chunked");
    expect(request.headers["content-length"]).toBeUndefined();
    expect(request.headers["content-type"]).toBe("application/octet-stream");
  });

  test("a stream is sent once: a retryable 503 is not retried, though PUT is idempotent", async () => {
    server.reply({ status: 503, headers: { "retry-after-ms": "0" }, body: { title: "busy", status: 503 } });
    const error = await failure(
      client({ maxRetries: 2 }).bodies!.putBlob!("s", { body: streamOf([[1]]) }, { maxRetries: 2 }),
    );
    expect(error).toBeInstanceOf(features.module.Status5xxError);
    expect((error as LooseStatusError).status).toBe(503);
    expect(await requestsAfterSettling(server)).toBe(1);
  });

  test("the same 503 with a Uint8Array body is retried, with the same bytes", async () => {
    server.reply({ status: 503, headers: { "retry-after-ms": "0" } }, { status: 204 });
    await client({ maxRetries: 2 }).bodies!.putBlob!("s", { body: new Uint8Array([7, 8]) });
    expect(server.requests.map((r) => [...r.body])).toEqual([
      [7, 8],
      [7, 8],
    ]);
  });
});

describe("text/plain", () => {
  test("the string as UTF-8, under the spec's Content-Type", async () => {
    await client().bodies!.sendText!({ body: "line 1\nÜber ✓\n" });
    const request = only();
    expect(request.body).toEqual(Buffer.from("line 1\nÜber ✓\n", "utf8"));
    expect(request.headers["content-type"]).toBe("text/plain");
    expect(request.headers["content-length"]).toBe(String(Buffer.byteLength("line 1\nÜber ✓\n")));
  });
});

describe("required and optional bodies", () => {
  test("a required body missing: RequestBuildError, nothing sent", async () => {
    // A body passed under `body`: a flat one (sendJson's) is never missing, since with nothing set it is sent as `{}`.
    const error = await failure(client().bodies!.sendText!({}));
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect((error as Error).message).toBe("sendText needs a body (text/plain). No request was sent.");
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("an optional body omitted: no body and no Content-Type", async () => {
    await client().bodies!.sendOptionalBody!();
    const request = only();
    expect([request.method, request.url]).toEqual(["POST", "/v2/optional-body"]);
    expect(request.body.length).toBe(0);
    expect(sentHeaders(request)).toEqual({
      accept: "application/json",
      "content-length": "0",
      "x-api-key": HEADER_KEY,
    });
  });

  test("an optional body given is sent", async () => {
    await client().bodies!.sendOptionalBody!({ body: { name: "n" } });
    expect(only().body.toString()).toBe('{"name":"n"}');
  });
});
