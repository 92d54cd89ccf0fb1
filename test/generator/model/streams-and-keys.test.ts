/**
 * Streams and idempotency keys in the model: what `text/event-stream`
 * successes, `x-stream-parameter`, `x-stream-terminator`, OpenAPI 3.2's
 * `itemSchema` and `x-idempotency-header` become in the IR, and the located
 * diagnostics for extensions that name nothing usable. Tables of
 * `[name, { given, want }]`.
 */
import { describe, expect, it } from "vitest";
import type { OperationModel } from "../../../generator/model/ir.js";
import { documentWith, modelOf } from "../helpers/model-of.js";

type Row<G, W> = readonly [string, { readonly given: G; readonly want: W }];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const components = {
  schemas: {
    Chunk: { type: "object", properties: { delta: { type: "string" } } },
    Reply: { type: "object", properties: { text: { type: "string" } } },
    Ask: { type: "object", properties: { prompt: { type: "string" }, stream: { type: "boolean" } } },
    Wrapped: { allOf: [ref("Ask"), { type: "object", properties: { extra: { type: "string" } } }] },
  },
};

/** One POST /chat operation with the given extras, body schema and 200 content. */
function chat(extra: Record<string, unknown>, content: Record<string, unknown>, body: unknown = ref("Ask")) {
  return documentWith({
    paths: {
      "/chat": {
        post: {
          operationId: "chat",
          ...extra,
          requestBody: { required: true, content: { "application/json": { schema: body } } },
          responses: { "200": { description: "OK", content } },
        },
      },
    },
    components,
  });
}

async function op(doc: Record<string, unknown>): Promise<{ op: OperationModel; diagnostics: readonly string[] }> {
  const { model, diagnostics } = await modelOf(doc);
  const found = model.groups.flatMap((g) => g.operations).find((o) => o.id === "chat")!;
  return { op: found, diagnostics };
}

const sse = (media: Record<string, unknown>) => ({ "text/event-stream": media });
const both = (media: Record<string, unknown>) => ({ "application/json": { schema: ref("Reply") }, ...sse(media) });

describe("the stream of an operation", () => {
  const rows: Row<Record<string, unknown>, OperationModel["stream"]>[] = [
    [
      "JSON or stream, chosen by a flat body property, with a terminator on the media type",
      {
        given: chat(
          { "x-stream-parameter": "stream" },
          both({ schema: ref("Chunk"), "x-stream-terminator": "[DONE]" }),
        ),
        want: {
          spec: { data: "json", terminator: "[DONE]", selector: "stream" },
          className: "EventStream", eventType: { text: "Chunk", uses: ["Chunk"] },
        },
      },
    ],
    [
      "the selector inside a body that is not flat (an allOf)",
      {
        given: chat(
          { "x-stream-parameter": "stream", "x-stream-terminator": "END" },
          both({ schema: ref("Chunk") }),
          ref("Wrapped"),
        ),
        want: {
          spec: { data: "json", terminator: "END", selector: "stream", selectorIn: "body" },
          className: "EventStream", eventType: { text: "Chunk", uses: ["Chunk"] },
        },
      },
    ],
    [
      "stream only: every call streams; a string schema is text data",
      {
        given: chat({}, sse({ schema: { type: "string" } })),
        want: { spec: { data: "text" }, className: "EventStream", eventType: { text: "string", uses: [] } },
      },
    ],
    [
      "stream only without a schema: text",
      {
        given: chat({}, sse({})),
        want: { spec: { data: "text" }, className: "EventStream", eventType: { text: "string", uses: [] } },
      },
    ],
    [
      "3.2 itemSchema whose data is JSON of a named schema",
      {
        given: chat(
          {},
          sse({
            itemSchema: {
              type: "object",
              properties: {
                data: { type: "string", contentMediaType: "application/json", contentSchema: ref("Chunk") },
              },
            },
          }),
        ),
        want: { spec: { data: "json" }, className: "EventStream", eventType: { text: "Chunk", uses: ["Chunk"] } },
      },
    ],
    [
      "3.2 itemSchema whose data is plain text",
      {
        given: chat({}, sse({ itemSchema: { type: "object", properties: { data: { type: "string" } } } })),
        want: { spec: { data: "text" }, className: "EventStream", eventType: { text: "string", uses: [] } },
      },
    ],
    [
      "an inline JSON schema is typed through openapi-typescript's paths",
      {
        given: chat({}, sse({ schema: { type: "object", properties: { n: { type: "integer" } } } })),
        want: {
          spec: { data: "json" },
          className: "EventStream",
          eventType: { text: 'paths["/chat"]["post"]["responses"]["200"]["content"]["text/event-stream"]', uses: [] },
        },
      },
    ],
    [
      "3.2 JSON Lines whose itemSchema names a schema: an ItemStream of it",
      {
        given: chat({}, { "application/jsonl": { itemSchema: ref("Chunk") } }),
        want: {
          spec: { data: "json", items: "application/jsonl" },
          className: "ItemStream",
          eventType: { text: "Chunk", uses: ["Chunk"] },
        },
      },
    ],
    [
      "3.2 NDJSON with an inline itemSchema: items of unknown type (openapi-typescript does not read itemSchema)",
      {
        given: chat({}, { "application/x-ndjson": { itemSchema: { type: "object" } } }),
        want: {
          spec: { data: "json", items: "application/x-ndjson" },
          className: "ItemStream",
          eventType: { text: "unknown", uses: [] },
        },
      },
    ],
    [
      "3.2 JSON text sequence beside JSON, chosen by a body property",
      {
        given: chat(
          { "x-stream-parameter": "stream" },
          { "application/json": { schema: ref("Reply") }, "application/json-seq": { itemSchema: ref("Chunk") } },
        ),
        want: {
          spec: { data: "json", items: "application/json-seq", selector: "stream" },
          className: "ItemStream",
          eventType: { text: "Chunk", uses: ["Chunk"] },
        },
      },
    ],
    [
      "JSON Lines without an itemSchema is not read as a stream (it stays a binary body)",
      { given: chat({}, { "application/jsonl": { schema: ref("Chunk") } }), want: undefined },
    ],
    ["no event stream at all", { given: chat({}, { "application/json": { schema: ref("Reply") } }), want: undefined }],
  ];
  it.each(rows)("%s", async (_, { given, want }) => {
    const { op: found, diagnostics } = await op(given);
    expect(diagnostics.filter((d) => d.includes("stream"))).toEqual([]);
    expect(found.stream).toEqual(want);
  });

  it("JSON and a stream with nothing to choose: a plain call, and a warning at the content that says what to add", async () => {
    const { op: found, diagnostics } = await op(chat({}, both({ schema: ref("Chunk") })));
    expect(found.stream).toBeUndefined();
    expect(found.responseType.text).toBe("Reply");
    expect(diagnostics).toEqual([
      expect.stringMatching(
        /^acme\.json:\d+:\d+: warning: 200 offers text\/event-stream beside application\/json, but nothing says which request asks for the stream/,
      ),
    ]);
  });

  it("JSON and NDJSON with nothing to choose: a plain call, and the warning names the item media type", async () => {
    const content = {
      "application/json": { schema: ref("Reply") },
      "application/x-ndjson": { itemSchema: ref("Chunk") },
    };
    const { op: found, diagnostics } = await op(chat({}, content));
    expect(found.stream).toBeUndefined();
    expect(found.responseType.text).toBe("Reply");
    expect(diagnostics).toEqual([
      expect.stringMatching(/warning: 200 offers application\/x-ndjson beside application\/json, but nothing says/),
    ]);
  });
});

describe("bad streaming extensions are located errors", () => {
  const rows: Row<Record<string, unknown>, RegExp>[] = [
    [
      "a terminator that is not a string",
      {
        given: chat({}, sse({ schema: ref("Chunk"), "x-stream-terminator": 7 })),
        want: /error: x-stream-terminator must be a non-empty string, not 7/,
      },
    ],
    [
      "a stream parameter the operation does not have",
      {
        given: chat({ "x-stream-parameter": "streaming" }, both({ schema: ref("Chunk") })),
        want: /error: x-stream-parameter must name a query parameter or request body property of this operation, not "streaming"/,
      },
    ],
    [
      "stream extensions on an operation without an event stream",
      {
        given: chat({ "x-stream-parameter": "stream" }, { "application/json": { schema: ref("Reply") } }),
        want: /error: this operation has no 2xx response offering text\/event-stream to stream/,
      },
    ],
    [
      "an idempotency header that is not a header name",
      {
        given: { ...chat({}, sse({})), "x-idempotency-header": "Idempotency Key" },
        want: /error: x-idempotency-header must be a header name, not "Idempotency Key"/,
      },
    ],
  ];
  it.each(rows)("%s", async (_, { given, want }) => {
    const { diagnostics } = await op(given);
    expect(diagnostics).toEqual([expect.stringMatching(/^acme\.json:\d+:\d+: /)]);
    expect(diagnostics[0]).toMatch(want);
  });
});

describe("idempotency headers", () => {
  it("the document's header goes on methods that are not safe; a declared parameter wins", async () => {
    const doc = documentWith({
      "x-idempotency-header": "Idempotency-Key",
      paths: {
        "/a": {
          get: { operationId: "getA", responses: { "200": { description: "OK" } } },
          post: { operationId: "postA", responses: { "200": { description: "OK" } } },
          delete: { operationId: "deleteA", responses: { "204": { description: "gone" } } },
        },
        "/b": {
          post: {
            operationId: "postB",
            parameters: [{ name: "X-Idempotency-Key", in: "header", schema: { type: "string" } }],
            responses: { "200": { description: "OK" } },
          },
        },
      },
    });
    const { model, diagnostics } = await modelOf(doc);
    expect(diagnostics).toEqual([]);
    const headers = Object.fromEntries(
      model.groups.flatMap((g) => g.operations).map((o) => [o.id, o.idempotencyHeader]),
    );
    expect(headers).toEqual({
      getA: undefined,
      postA: "Idempotency-Key",
      deleteA: "Idempotency-Key",
      postB: "X-Idempotency-Key",
    });
  });

  it("without the extension only a declared header parameter counts", async () => {
    const doc = documentWith({
      paths: {
        "/a": {
          post: {
            operationId: "postA",
            parameters: [{ name: "idempotency-key", in: "header", schema: { type: "string" } }],
            responses: { "200": { description: "OK" } },
          },
          put: { operationId: "putA", responses: { "200": { description: "OK" } } },
        },
      },
    });
    const { model } = await modelOf(doc);
    expect(
      Object.fromEntries(model.groups.flatMap((g) => g.operations).map((o) => [o.id, o.idempotencyHeader])),
    ).toEqual({
      postA: "idempotency-key",
      putA: undefined,
    });
  });
});

describe("the log environment variable", () => {
  it.each([
    ["zep", "ZEP_LOG"],
    ["open-ai", "OPEN_AI_LOG"],
    ["acme", "ACME_LOG"],
  ])("%s → %s", async (baseName, want) => {
    expect((await modelOf(documentWith(), baseName)).model.logEnv).toBe(want);
  });
});
