/**
 * Every HTTP method OpenAPI allows, on the wire, from the untagged `default`
 * group of the `features` fixture client (names derived from method + path):
 * GET, PUT, POST, DELETE, OPTIONS, HEAD and PATCH go out exactly as named;
 * TRACE, which the Fetch standard forbids, is refused with a
 * `RequestBuildError` that says so, before fetch is ever called.
 */
import { describe, expect, test } from "vitest";
import { HEADER_KEY, requestsAfterSettling, sentHeaders, useFeaturesClient } from "../fixtures/wire-features/client.js";
import { failure } from "../support/failure.js";
import type { Reply } from "../support/http-server.js";

const features = useFeaturesClient("methods");
const { server, client } = features;

describe("every method fetch can send", () => {
  const ack: Reply = { body: { ok: true } };
  const cases: Array<[string, { method: string; reply: Reply; data: unknown; headers?: Record<string, string> }]> = [
    ["getResource", { method: "GET", reply: ack, data: { ok: true } }],
    ["putResource", { method: "PUT", reply: ack, data: { ok: true }, headers: { "content-length": "0" } }],
    ["postResource", { method: "POST", reply: ack, data: { ok: true }, headers: { "content-length": "0" } }],
    ["deleteResource", { method: "DELETE", reply: { status: 204 }, data: undefined }],
    ["optionsResource", { method: "OPTIONS", reply: { status: 204, headers: { allow: "GET, PUT" } }, data: undefined }],
    // Node's server drops a HEAD reply's body; the content-less 200 reads as undefined.
    ["headResource", { method: "HEAD", reply: ack, data: undefined }],
    ["patchResource", { method: "PATCH", reply: ack, data: { ok: true }, headers: { "content-length": "0" } }],
  ];
  test.each(cases)("%s sends %s", async (name, { method, reply, data, headers }) => {
    server.reply(reply);
    const { data: got, response } = await client().default![name]!().withResponse();
    expect(got).toEqual(data);
    expect(server.requests.map((r) => [r.method, r.url, r.body.length])).toEqual([[method, "/v2/resource", 0]]);
    expect(sentHeaders(server.requests[0])).toEqual({
      accept: "application/json",
      "x-api-key": HEADER_KEY,
      ...headers,
    });
    if (method === "OPTIONS") expect(response.headers.get("allow")).toBe("GET, PUT");
  });
});

describe("TRACE", () => {
  test("fetch itself refuses it (the Fetch standard lists it as a forbidden method)", async () => {
    await expect(fetch(`${server.origin}/v2/resource`, { method: "TRACE" })).rejects.toThrow(TypeError);
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("the client refuses it with a RequestBuildError saying why, before calling fetch", async () => {
    const calls: string[] = [];
    const spy: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    const error = await failure(client({ fetch: spy, maxRetries: 2 }).default!.traceResource!());
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect(error).not.toBeInstanceOf(features.module.ConnectionError);
    expect((error as Error).message).toBe(
      "traceResource (TRACE /resource) cannot be sent: the Fetch standard forbids the TRACE method, " +
        "so fetch refuses it in every runtime. Call this endpoint with another HTTP client. No request was sent.",
    );
    expect(calls).toEqual([]);
    expect(await requestsAfterSettling(server)).toBe(0);
  });
});
