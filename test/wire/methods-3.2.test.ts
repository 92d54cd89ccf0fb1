/**
 * OpenAPI 3.2's methods on the wire, from the `methods-3.2` fixture client,
 * against a server on `node:net` that reads the raw request (Node's own
 * parser may refuse QUERY or PURGE): QUERY carries its JSON body, COPY and
 * PURGE go out as written, a paginated QUERY sends each page's cursor in its
 * body, a querystring parameter becomes the whole query
 * string (form fields, escaped; or JSON), and retries follow the method: a
 * 503 on QUERY or COPY (idempotent) is retried, on PURGE (unknown) it is not.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generate } from "../../generator/generate.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import type { LooseClient } from "../fixtures/wire-features/client.js";
import { ROOT } from "../generator/helpers/paths.js";
import { failure } from "../support/failure.js";
import { useRawServer } from "../support/raw-http-server.js";

interface MethodsModule {
  readonly MethodsClient: new (options?: object) => LooseClient;
  readonly MethodsError: abstract new (...args: never[]) => Error;
}

const DIR = join(ROOT, "test/.tmp/methods-3.2-wire");
const server = useRawServer();
let module: MethodsModule | undefined;

beforeAll(async () => {
  const result = await generate(join(ROOT, "test/fixtures/methods-3.2/methods.yaml"));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  await writeClients([{ outDir: DIR, files: result.files }]);
  module = (await import(pathToFileURL(join(DIR, "index.ts")).href)) as MethodsModule;
});

afterAll(async () => {
  await rm(DIR, { recursive: true, force: true });
});

function documents(): Readonly<Record<string, (...args: unknown[]) => PromiseLike<unknown>>> {
  const client = new module!.MethodsClient({ baseUrl: `${server.url}/v1`, maxRetries: 2 });
  return client["documents"]!;
}

/** Asks for an immediate retry, so the test does not wait for the backoff. */
const UNAVAILABLE = { status: 503, headers: { "retry-after-ms": "0" }, body: { message: "busy" } };

describe("the method is sent as written", () => {
  test("QUERY with its JSON body", async () => {
    server.reply({ body: { documents: [{ id: "d1", title: "Lease" }] } });
    const data = await documents()["searchDocuments"]!({ text: "lease renewal", limit: 5 });
    expect(data).toEqual({ documents: [{ id: "d1", title: "Lease" }] });
    const [request] = server.requests;
    expect(request?.line).toBe("QUERY /v1/documents/search HTTP/1.1");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ text: "lease renewal", limit: 5 });
  });

  test("COPY, with its path argument escaped and its header", async () => {
    server.reply({ status: 201, body: { id: "d2", title: "Lease" } });
    const data = await documents()["copyDocument"]!("lease 2026/1", { Destination: "/archive/d2" });
    expect(data).toEqual({ id: "d2", title: "Lease" });
    const [request] = server.requests;
    expect(request?.line).toBe("COPY /v1/documents/lease%202026%2F1 HTTP/1.1");
    expect(request?.headers["destination"]).toBe("/archive/d2");
    expect(request?.body).toBe("");
  });

  test("PURGE, answered 204", async () => {
    server.reply({ status: 204 });
    expect(await documents()["purgeDocument"]!("d1")).toBeUndefined();
    expect(server.requests.map((r) => r.line)).toEqual(["PURGE /v1/documents/d1 HTTP/1.1"]);
  });
});

describe("pagination on QUERY", () => {
  test("each page is a QUERY whose body carries the next cursor", async () => {
    server.reply(
      { body: { documents: [{ id: "d1", title: "A" }], next_cursor: "c2" } },
      { body: { documents: [{ id: "d2", title: "B" }] } },
    );
    const call = documents()["searchDocuments"]!({ text: "lease" }) as unknown as AsyncIterable<{ id: string }>;
    const ids: string[] = [];
    for await (const document of call) ids.push(document.id);
    expect(ids).toEqual(["d1", "d2"]);
    expect(server.requests.map((r) => [r.line, JSON.parse(r.body) as unknown])).toEqual([
      ["QUERY /v1/documents/search HTTP/1.1", { text: "lease" }],
      ["QUERY /v1/documents/search HTTP/1.1", { text: "lease", cursor: "c2" }],
    ]);
  });
});

describe("a querystring parameter is the whole query string", () => {
  test("form fields: reserved characters and spaces escaped, `tag` comma-joined as its encoding says", async () => {
    server.reply({ body: [] });
    await documents()["listDocuments"]!({
      filter: { author: "Zoë & Co", tag: ["a b", "c=d"], after: "2026-01-01" },
    });
    expect(server.requests.map((r) => r.target)).toEqual([
      "/v1/documents?author=Zo%C3%AB+%26+Co&tag=a%20b,c%3Dd&after=2026-01-01",
    ]);
  });

  test("left out, no query string is sent", async () => {
    server.reply({ body: [] });
    await documents()["listDocuments"]!();
    expect(server.requests.map((r) => r.target)).toEqual(["/v1/documents"]);
  });

  test("JSON: the value's JSON, percent-encoded as one text", async () => {
    server.reply({ body: ["created d1"] });
    await documents()["listEvents"]!({ where: { kind: "created", since: "a&b #1" } });
    expect(server.requests.map((r) => r.target)).toEqual([
      `/v1/events?${encodeURIComponent('{"kind":"created","since":"a&b #1"}')}`,
    ]);
    expect(decodeURIComponent(server.requests[0]!.target.split("?")[1]!)).toBe('{"kind":"created","since":"a&b #1"}');
  });
});

describe("retries follow the method", () => {
  test("a 503 on QUERY is retried, with the same body", async () => {
    server.reply(UNAVAILABLE, { body: { documents: [] } });
    expect(await documents()["searchDocuments"]!({ text: "x" })).toEqual({ documents: [] });
    expect(server.requests.map((r) => [r.method, r.body])).toEqual([
      ["QUERY", '{"text":"x"}'],
      ["QUERY", '{"text":"x"}'],
    ]);
  });

  test("a 503 on COPY is retried: the IANA registry marks it idempotent", async () => {
    server.reply(UNAVAILABLE, { status: 201, body: { id: "d2", title: "Lease" } });
    await documents()["copyDocument"]!("d1", { Destination: "/archive/d2" });
    expect(server.requests.map((r) => r.method)).toEqual(["COPY", "COPY"]);
  });

  test("a 503 on PURGE is not: nothing says a second one is harmless", async () => {
    server.reply(UNAVAILABLE, { status: 204 });
    const error = await failure(documents()["purgeDocument"]!("d1"));
    expect(error).toBeInstanceOf(module!.MethodsError);
    expect((error as { status?: number }).status).toBe(503);
    expect(server.requests.map((r) => r.method)).toEqual(["PURGE"]);
  });
});
