/**
 * Responses, from the `features` fixture client against real HTTP answers:
 * JSON and a `+json` type parsed; `text/plain` as a string; binary
 * (`application/octet-stream`, `image/png`) as a Blob with the exact bytes,
 * asked for with an Accept that allows them; 204, 205 and a content-less 200
 * as `undefined`; 200 and 201 with different bodies; `default` as the success
 * when no 2xx is documented; `404`, `4XX` and `5XX` as `NotFoundError`,
 * `Status4xxError` and `Status5xxError` with their bodies; any other status as
 * the base `FeaturesError`.
 */
import { describe, expect, it, test } from "vitest";
import { useFeaturesClient, type FeaturesModule, type LooseStatusError } from "../fixtures/wire-features/client.js";
import { failure } from "../support/failure.js";

const features = useFeaturesClient("responses", {
  // Anything not scripted fails loudly.
  defaultReply: { status: 599, body: "no reply was scripted" },
});
const { server, client } = features;

/** Bytes that are not valid UTF-8, so reading them as text anywhere on the way would change them. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]);

describe("bodies by media type", () => {
  test("application/json: parsed", async () => {
    server.reply({ body: { ok: true } });
    expect(await client().responses!.getJson!()).toEqual({ ok: true });
    expect(server.requests[0]?.headers["accept"]).toBe("application/json");
  });

  test("a +json type: parsed as JSON", async () => {
    const doc = { data: { id: "1", type: "widgets" } };
    server.reply({ headers: { "content-type": "application/vnd.api+json" }, body: JSON.stringify(doc) });
    const { data, response } = await client().responses!.getVendorJson!().withResponse();
    expect(data).toEqual(doc);
    expect(response.headers.get("content-type")).toBe("application/vnd.api+json");
  });

  test("text/plain: the string, unparsed, even when it looks like JSON", async () => {
    server.reply({ headers: { "content-type": "text/plain; charset=utf-8" }, body: '{"not":"parsed"} ünï ✓\n' });
    expect(await client().responses!.getText!()).toBe('{"not":"parsed"} ünï ✓\n');
  });

  const binaries: Array<[string, string, string]> = [
    ["getOctets", "application/octet-stream", "/v2/responses/octets"],
    ["getPng", "image/png", "/v2/responses/png"],
  ];
  test.each(binaries)("%s (%s): a Blob with the exact bytes", async (name, type, path) => {
    server.reply({ headers: { "content-type": type }, body: PNG });
    const data = await client().responses![name]!();
    expect(data).toBeInstanceOf(Blob);
    expect((data as Blob).type).toBe(type);
    expect(new Uint8Array(await (data as Blob).arrayBuffer())).toEqual(PNG);
    expect(server.requests.map((r) => r.url)).toEqual([path]);
  });

  test("a non-JSON download does not ask for JSON only (a negotiating server would answer 406)", async () => {
    server.reply({ headers: { "content-type": "image/png" }, body: PNG }, { body: "plain" });
    await client().responses!.getPng!();
    await client().responses!.getText!();
    expect(server.requests.map((r) => r.headers["accept"])).toEqual(["*/*", "*/*"]);
  });
});

describe("no content", () => {
  const cases: Array<[string, { name: string; status: number; body?: string }]> = [
    ["204", { name: "deleteNoContent", status: 204 }],
    ["205", { name: "resetContent", status: 205 }],
    ["a 200 documented without content", { name: "getEmptyOk", status: 200 }],
    ["a 200 documented without content, whatever the server sends", { name: "getEmptyOk", status: 200, body: "{}" }],
  ];
  test.each(cases)("%s: undefined", async (_, { name, status, body }) => {
    server.reply({ status, ...(body === undefined ? {} : { body }) });
    const { data, response } = await client().responses![name]!().withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(status);
  });
});

describe("several successes", () => {
  test("200 and 201 each give their own body", async () => {
    const existing = { name: "gizmo", size: 2 };
    const created = { id: "w_1", created: true };
    server.reply({ status: 200, body: existing }, { status: 201, body: created });
    const first = await client().responses!.createOrGet!().withResponse();
    const second = await client().responses!.createOrGet!().withResponse();
    expect([first.response.status, first.data]).toEqual([200, existing]);
    expect([second.response.status, second.data]).toEqual([201, created]);
  });

  test("`default` is the success when no 2xx is documented", async () => {
    server.reply({ status: 200, body: { name: "from default" } }, { status: 202, body: { name: "accepted" } });
    expect(await client().responses!.getDefaultOnly!()).toEqual({ name: "from default" });
    expect(await client().responses!.getDefaultOnly!()).toEqual({ name: "accepted" });
  });
});

describe("status errors", () => {
  test("an explicit 404: NotFoundError with its body", async () => {
    const body = { message: "no widget w_9", resource: "widget" };
    server.reply({ status: 404, headers: { "x-request-id": "r-404" }, body });
    const error = await failure(client().responses!.getWithErrors!());
    expect(error).toBeInstanceOf(features.module.NotFoundError);
    expect(error).toBeInstanceOf(features.module.FeaturesError);
    expect(error).toBeInstanceOf(features.module.StatusError);
    expect(error).toBeInstanceOf(features.module.ClientError);
    const e = error as LooseStatusError;
    expect([e.name, e.status, e.body, e.headers.get("x-request-id")]).toEqual(["NotFoundError", 404, body, "r-404"]);
    expect(e.message).toBe("GET /responses/errors answered 404 Not Found: no widget w_9");
  });

  const ranges: Array<[string, { status: number; want: () => FeaturesModule[keyof FeaturesModule]; name: string }]> = [
    ["400 in 4XX", { status: 400, want: () => features.module.Status4xxError, name: "Status4xxError" }],
    ["422 in 4XX", { status: 422, want: () => features.module.Status4xxError, name: "Status4xxError" }],
    ["500 in 5XX", { status: 500, want: () => features.module.Status5xxError, name: "Status5xxError" }],
    ["503 in 5XX", { status: 503, want: () => features.module.Status5xxError, name: "Status5xxError" }],
  ];
  test.each(ranges)("%s: the range's class, body parsed from problem+json", async (_, { status, want, name }) => {
    const problem = { type: "about:blank", title: "Nope", status, detail: `status ${status}` };
    server.reply({ status, headers: { "content-type": "application/problem+json" }, body: JSON.stringify(problem) });
    const error = await failure(client().responses!.getWithErrors!());
    expect(error).toBeInstanceOf(want());
    expect(error).toBeInstanceOf(features.module.FeaturesError);
    expect(error).not.toBeInstanceOf(features.module.NotFoundError);
    expect([(error as LooseStatusError).name, (error as LooseStatusError).body]).toEqual([name, problem]);
  });

  test("an error body that is not JSON arrives as its text", async () => {
    server.reply({ status: 502, headers: { "content-type": "text/html" }, body: "<h1>Bad gateway</h1>" });
    const error = await failure(client().responses!.getWithErrors!());
    expect(error).toBeInstanceOf(features.module.Status5xxError);
    expect((error as LooseStatusError).body).toBe("<h1>Bad gateway</h1>");
  });

  test("a status no operation documents (300, no Location): exactly the base FeaturesError", async () => {
    server.reply({ status: 300, body: { message: "pick one" } });
    const error = await failure(client().responses!.getWithErrors!());
    expect(error).toBeInstanceOf(features.module.FeaturesError);
    expect((error as Error).constructor).toBe(features.module.FeaturesError);
    expect([(error as LooseStatusError).status, (error as LooseStatusError).body]).toEqual([
      300,
      { message: "pick one" },
    ]);
  });

  // GENERATOR BUG: status error classes are one client-wide table. model/to-status-errors.ts collects the
  // `404`/`4XX`/`5XX` of every operation into `statusErrors`, and the OperationSpec that emit-resource.ts
  // writes carries no error statuses, so runtime/read-response.ts maps a 4xx from ANY operation to
  // Status4xxError, whose `body` is typed `Problem`, though getJson documents no 4xx at all.
  it("a 418 from an operation that documents no 4xx: the base FeaturesError, not Status4xxError", async () => {
    server.reply({ status: 418, body: { teapot: true } });
    const error = await failure(client().responses!.getJson!());
    expect(error).toBeInstanceOf(features.module.FeaturesError);
    expect((error as Error).constructor).toBe(features.module.FeaturesError);
  });
});
