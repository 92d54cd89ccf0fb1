/**
 * build-request: an operation record plus params become the exact URL,
 * method, headers and body; credentials are applied; client and per-call
 * headers layer in order; anything that cannot be built fails with
 * `RequestBuildError` before a request exists.
 */
import { describe, expect, test } from "vitest";
import { apiKey } from "../../generator/runtime/security.js";
import { buildRequest, type BuildContext } from "../../generator/runtime/build-request.js";
import { RequestBuildError } from "../../generator/runtime/errors.js";
import { binaryBody, formBody, jsonBody } from "../../generator/runtime/encode-body.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { cookieForm } from "../../generator/runtime/param-styles.js";

const ctx: BuildContext = {
  clientName: "PetClient",
  baseUrl: "https://api.example.com/v1",
  schemes: {
    Key: { type: apiKey, in: "header", name: "Authorization", prefix: "Api-Key ", option: "apiKey" },
    QueryKey: { type: apiKey, in: "query", name: "key", option: "queryKey" },
  },
  credentials: { apiKey: "k1" },
  headers: [],
};

const listPets: OperationSpec = {
  id: "listPets",
  method: "GET",
  path: "/owners/{owner_id}/pets",
  params: [
    { key: "owner_id", name: "owner_id", in: "path" },
    { key: "page_size", name: "page_size", in: "query" },
    { key: "asc", name: "asc", in: "query" },
    { key: "tags", name: "tag", in: "query" },
    { key: "trace", name: "X-Trace-Id", in: "header" },
    { key: "session", name: "sid", in: "cookie", style: cookieForm },
  ],
  security: [["Key"]],
  responses: { "200": { kind: "json", shape: "array" } },
};

const createPet: OperationSpec = {
  id: "createPet",
  method: "POST",
  path: "/pets",
  params: [],
  body: { mediaType: "application/json", encoding: jsonBody, required: true },
  security: [["Key"]],
  responses: { "201": { kind: "json", shape: "object" } },
};

function headersOf(request: { headers: Headers }): Record<string, string> {
  return Object.fromEntries(request.headers);
}

describe("buildRequest: URL", () => {
  const cases: Array<[string, { given: { baseUrl?: string; params: Record<string, unknown> }; want: string }]> = [
    [
      "path only, no ? without a query",
      { given: { params: { owner_id: "o1" } }, want: "https://api.example.com/v1/owners/o1/pets" },
    ],
    [
      "query in spec order",
      {
        given: { params: { owner_id: "o1", asc: true, page_size: 10 } },
        want: "https://api.example.com/v1/owners/o1/pets?page_size=10&asc=true",
      },
    ],
    [
      "zero and false are sent",
      {
        given: { params: { owner_id: "o1", page_size: 0, asc: false } },
        want: "https://api.example.com/v1/owners/o1/pets?page_size=0&asc=false",
      },
    ],
    [
      "undefined is not",
      {
        given: { params: { owner_id: "o1", page_size: undefined, asc: undefined } },
        want: "https://api.example.com/v1/owners/o1/pets",
      },
    ],
    [
      "params not in the spec are ignored",
      { given: { params: { owner_id: "o1", extra: 1 } }, want: "https://api.example.com/v1/owners/o1/pets" },
    ],
    [
      "a wire name that differs from the key",
      {
        given: { params: { owner_id: "o1", tags: ["a", "b"] } },
        want: "https://api.example.com/v1/owners/o1/pets?tag=a&tag=b",
      },
    ],
    [
      "path value is percent-encoded",
      { given: { params: { owner_id: "a/b c" } }, want: "https://api.example.com/v1/owners/a%2Fb%20c/pets" },
    ],
    [
      "a trailing slash on the base URL is not doubled",
      {
        given: { baseUrl: "http://127.0.0.1:8080/api/", params: { owner_id: "o" } },
        want: "http://127.0.0.1:8080/api/owners/o/pets",
      },
    ],
    [
      "a base URL without a path",
      {
        given: { baseUrl: "http://127.0.0.1:8080", params: { owner_id: "o" } },
        want: "http://127.0.0.1:8080/owners/o/pets",
      },
    ],
    [
      "a $ in a path value is taken literally",
      { given: { params: { owner_id: "$&" } }, want: "https://api.example.com/v1/owners/%24%26/pets" },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    const request = buildRequest({ ...ctx, baseUrl: given.baseUrl ?? ctx.baseUrl }, listPets, given.params);
    expect(request.url).toBe(want);
    expect(request.method).toBe("GET");
    expect(request.body).toBeUndefined();
  });

  test("a query credential joins the query after the parameters", () => {
    const op: OperationSpec = { ...listPets, security: [["QueryKey"]] };
    const request = buildRequest({ ...ctx, credentials: { queryKey: "q 1" } }, op, { owner_id: "o", asc: true });
    expect(request.url).toBe("https://api.example.com/v1/owners/o/pets?asc=true&key=q+1");
  });
});

describe("buildRequest: headers", () => {
  test("auth, Accept, header and cookie parameters", () => {
    const request = buildRequest(ctx, listPets, { owner_id: "o", trace: "t-1", session: "s 1" });
    expect(headersOf(request)).toEqual({
      accept: "application/json",
      authorization: "Api-Key k1",
      "x-trace-id": "t-1",
      cookie: "sid=s%201",
    });
  });

  test("client headers, then per-call headers; later ones win; undefined removes", () => {
    const request = buildRequest(
      {
        ...ctx,
        headers: [
          { "X-Client": "c", "X-Both": "client", "X-Gone": "x" },
          undefined,
          { "x-both": "call", "X-Gone": undefined, Accept: "text/plain" },
        ],
      },
      listPets,
      { owner_id: "o" },
    );
    expect(headersOf(request)).toEqual({
      accept: "text/plain",
      authorization: "Api-Key k1",
      "x-client": "c",
      "x-both": "call",
    });
  });

  test("a header that fetch would refuse is a RequestBuildError that does not quote the value", () => {
    const build = (): unknown =>
      buildRequest({ ...ctx, headers: [{ "X-Secret": "sk-very-secret\r\nX-Injected: 1" }] }, listPets, {
        owner_id: "o",
      });
    expect(build).toThrow(RequestBuildError);
    expect(build).toThrow(/header "X-Secret" cannot be sent/);
    expect(build).not.toThrow(/sk-very-secret/);
  });

  test("a header parameter that fetch would refuse is a RequestBuildError", () => {
    expect(() => buildRequest(ctx, listPets, { owner_id: "o", trace: "a\nb" })).toThrow(RequestBuildError);
  });
});

describe("buildRequest: body", () => {
  test("JSON body with its Content-Type", () => {
    const request = buildRequest(ctx, createPet, { body: { name: "Rex", age: 0 } });
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://api.example.com/v1/pets");
    expect(request.body).toBe('{"name":"Rex","age":0}');
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.replayable).toBe(true);
  });

  test("a per-call Content-Type overrides the spec's", () => {
    const request = buildRequest({ ...ctx, headers: [{ "Content-Type": "application/vnd.x+json" }] }, createPet, {
      body: {},
    });
    expect(request.headers.get("content-type")).toBe("application/vnd.x+json");
  });

  test("a missing required body is refused", () => {
    expect(() => buildRequest(ctx, createPet, {})).toThrow(
      new RequestBuildError("createPet needs a body (application/json). No request was sent."),
    );
  });

  test("a missing optional body sends none", () => {
    const op: OperationSpec = {
      ...createPet,
      body: { mediaType: "application/json", encoding: jsonBody, required: false },
    };
    const request = buildRequest(ctx, op, {});
    expect(request.body).toBeUndefined();
    expect(request.headers.has("content-type")).toBe(false);
  });

  describe("a flat body: the params that name no parameter", () => {
    const flat: OperationSpec = {
      ...createPet,
      path: "/owners/{owner_id}/pets",
      params: [
        { key: "ownerId", name: "owner_id", in: "path" },
        { key: "dry_run", name: "dry_run", in: "query" },
      ],
      body: { mediaType: "application/json", encoding: jsonBody, required: true, flat: true },
    };

    test("body properties are sent as the body; parameters and undefined stay out of it", () => {
      const request = buildRequest(ctx, flat, { ownerId: "o1", dry_run: false, name: "Rex", age: 0, tag: undefined });
      expect(request.url).toBe("https://api.example.com/v1/owners/o1/pets?dry_run=false");
      expect(request.body).toBe('{"name":"Rex","age":0}');
      expect(headersOf(request)["content-type"]).toBe("application/json");
    });

    test("a required body with nothing set is sent as {}", () => {
      expect(buildRequest(ctx, flat, { ownerId: "o1" }).body).toBe("{}");
    });

    test("an optional body with nothing set is not sent", () => {
      const op: OperationSpec = { ...flat, body: { ...flat.body!, required: false } };
      const request = buildRequest(ctx, op, { ownerId: "o1", dry_run: true });
      expect(request.body).toBeUndefined();
      expect(request.headers.has("content-type")).toBe(false);
    });

    test("a form body is flat too", () => {
      const op: OperationSpec = {
        ...flat,
        body: { mediaType: "application/x-www-form-urlencoded", encoding: formBody, required: true, flat: true },
      };
      expect(buildRequest(ctx, op, { ownerId: "o1", name: "Rex Jr", age: 1 }).body?.toString()).toBe("name=Rex+Jr&age=1");
    });
  });

  test("a stream body is marked not replayable", () => {
    const op: OperationSpec = {
      ...createPet,
      body: { mediaType: "application/octet-stream", encoding: binaryBody, required: true },
    };
    expect(buildRequest(ctx, op, { body: new ReadableStream() }).replayable).toBe(false);
  });
});

describe("buildRequest: refusals", () => {
  test("a missing credential names the option and sends nothing", () => {
    expect(() => buildRequest({ ...ctx, credentials: {} }, listPets, { owner_id: "o" })).toThrow(
      /listPets needs credentials: pass \{ apiKey \} to new PetClient/,
    );
  });

  test("a missing path parameter", () => {
    expect(() => buildRequest(ctx, listPets, {})).toThrow(RequestBuildError);
  });

  test.each([".", "..", ""])("path parameter %j", (value) => {
    expect(() => buildRequest(ctx, listPets, { owner_id: value })).toThrow(RequestBuildError);
  });
});
