/**
 * JavaScript's own names (issue 19, class 1): a document may name a
 * parameter, a body property, a security scheme or a pagination key
 * `constructor`, `__proto__`, `toString`, `valueOf`, `hasOwnProperty` or
 * `prototype`. Every object the runtime reads (the caller's params, flat body,
 * headers, per-call and client options, credentials, and the records keyed by
 * a document's names) is read for its own properties only: what a plain
 * object inherits from `Object.prototype`, or an object from its prototype,
 * is never sent, and a scheme by any of these names authenticates.
 */
import { describe, expect, test } from "vitest";
import { buildRequest, type BuildContext } from "../../generator/runtime/build-request.js";
import { formBody, jsonBody, multipartBody } from "../../generator/runtime/encode-body.js";
import { RequestBuildError, StatusError, type StatusErrorClass } from "../../generator/runtime/errors.js";
import type { CursorRecord, OperationSpec, PageNumberRecord } from "../../generator/runtime/operation.js";
import { cursors, PagedCall, pageNumbers } from "../../generator/runtime/paginate.js";
import { cookieForm } from "../../generator/runtime/param-styles.js";
import {
  apiKey,
  applySecurity,
  basic,
  bearer,
  type CredentialTarget,
  readEnv,
  type SchemeRecord,
} from "../../generator/runtime/security.js";
import { streamRequested } from "../../generator/runtime/stream-request.js";
import { Transport, type ClientDefinition } from "../../generator/runtime/transport.js";
import { fakeFetch } from "../support/fake-fetch.js";

/** The names every object answers to, plus `prototype`, which a function has. */
const OWN_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype"] as const;

/** An own property for each name, `__proto__` included (only a computed key makes one). */
function ownEach(value: (name: string) => unknown): Record<string, unknown> {
  return Object.fromEntries(OWN_NAMES.map((name) => [name, value(name)]));
}

/** One parameter per name, in `where`; `prototype`'s cookie needs its style. */
function paramsIn(where: "query" | "header" | "cookie"): OperationSpec["params"] {
  return OWN_NAMES.map((name) =>
    where === "cookie" ? { key: name, name, in: "cookie", style: cookieForm } : { key: name, name, in: where },
  );
}

function opWith(params: OperationSpec["params"], extra: Partial<OperationSpec> = {}): OperationSpec {
  return {
    id: "listThings",
    method: "GET",
    path: "/things",
    params,
    security: [],
    responses: { "200": { kind: "json" } },
    ...extra,
  };
}

const ctx: BuildContext = {
  clientName: "OwnNamesClient",
  baseUrl: "https://own.example.com",
  schemes: {},
  credentials: {},
  headers: [],
};

function headersOf(request: { headers: Headers }): Record<string, string> {
  return Object.fromEntries(request.headers);
}

describe("params: only what the caller set is sent", () => {
  test("a query parameter per name, none given: no query", () => {
    expect(buildRequest(ctx, opWith(paramsIn("query")), {}).url).toBe("https://own.example.com/things");
  });

  test("a header parameter per name, none given: no such header", () => {
    expect(headersOf(buildRequest(ctx, opWith(paramsIn("header")), {}))).toEqual({ accept: "application/json" });
  });

  test("a cookie parameter per name, none given: no Cookie", () => {
    expect(headersOf(buildRequest(ctx, opWith(paramsIn("cookie")), {}))).toEqual({ accept: "application/json" });
  });

  test("each given as an own property is sent as given, __proto__ included", () => {
    const request = buildRequest(
      ctx,
      opWith(paramsIn("query")),
      ownEach((name) => `${name}-value`),
    );
    expect(request.url).toBe(
      "https://own.example.com/things?constructor=constructor-value&__proto__=__proto__-value&toString=toString-value" +
        "&valueOf=valueOf-value&hasOwnProperty=hasOwnProperty-value&prototype=prototype-value",
    );
    const headers = headersOf(
      buildRequest(
        ctx,
        opWith(paramsIn("header")),
        ownEach((name) => name.length),
      ),
    );
    expect(headers).toEqual({
      accept: "application/json",
      constructor: "11",
      ["__proto__"]: "9",
      tostring: "8",
      valueof: "7",
      hasownproperty: "14",
      prototype: "9",
    });
    const cookies = headersOf(buildRequest(ctx, opWith(paramsIn("cookie")), { toString: "t" }));
    expect(cookies["cookie"]).toBe("toString=t");
  });

  test("inherited properties are not sent: params made with Object.create", () => {
    const op = opWith([
      { key: "q", name: "q", in: "query" },
      { key: "h", name: "X-H", in: "header" },
      { key: "c", name: "c", in: "cookie", style: cookieForm },
    ]);
    const params = Object.create({ q: "x", h: "y", c: "z" }) as Record<string, unknown>;
    const request = buildRequest(ctx, op, params);
    expect(request.url).toBe("https://own.example.com/things");
    expect(headersOf(request)).toEqual({ accept: "application/json" });
  });

  test("a path parameter named after an inherited member is still required", () => {
    const op = opWith([{ key: "constructor", name: "constructor", in: "path" }], { path: "/things/{constructor}" });
    expect(() => buildRequest(ctx, op, {})).toThrow(RequestBuildError);
    expect(buildRequest(ctx, op, { constructor: "c1" }).url).toBe("https://own.example.com/things/c1");
  });

  test("a body named `body` is read only when the caller set it", () => {
    const op = opWith([], {
      method: "POST",
      body: { mediaType: "application/json", encoding: jsonBody, required: false },
    });
    const request = buildRequest(ctx, op, Object.create({ body: { a: 1 } }) as Record<string, unknown>);
    expect(request.body).toBeUndefined();
  });
});

describe("a flat body: only the caller's own properties", () => {
  const create = opWith([{ key: "q", name: "q", in: "query" }], {
    method: "POST",
    body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  });

  test("properties named after inherited members go in the body, __proto__ as a property", () => {
    const request = buildRequest(ctx, create, { q: "1", ...ownEach((name) => name.toUpperCase()) });
    expect(request.url).toBe("https://own.example.com/things?q=1");
    const body = JSON.parse(String(request.body)) as unknown;
    expect(Object.keys(body as object)).toEqual([...OWN_NAMES]);
    expect(body).toEqual(JSON.parse(JSON.stringify(ownEach((name) => name.toUpperCase()))));
  });

  test("inherited properties are left out", () => {
    const params = Object.create({ inherited: "no", q: "no" }) as Record<string, unknown>;
    params["own"] = "yes";
    const request = buildRequest(ctx, create, params);
    expect(request.url).toBe("https://own.example.com/things");
    expect(request.body).toBe('{"own":"yes"}');
  });

  test("a form body by the same rules, with no style looked up on Object.prototype", () => {
    const op = opWith([], {
      method: "POST",
      body: {
        mediaType: "application/x-www-form-urlencoded",
        flat: true,
        encoding: formBody,
        required: true,
        fieldStyles: {},
      },
    });
    // Bracket notation, not a style found on Object.prototype (exploded form would send `a=1`).
    const request = buildRequest(ctx, op, { toString: { a: "1" }, constructor: "c" });
    expect(request.body).toBe("toString%5Ba%5D=1&constructor=c");
  });

  test("a multipart part named toString has no content type from Object.prototype", async () => {
    const op = opWith([], {
      method: "POST",
      body: { mediaType: "multipart/form-data", flat: true, encoding: multipartBody, required: true, partTypes: {} },
    });
    const form = buildRequest(ctx, op, { toString: ["a", "b"], valueOf: "v" }).body as FormData;
    expect([...form.entries()]).toEqual([
      ["toString", "a"],
      ["toString", "b"],
      ["valueOf", "v"],
    ]);
  });
});

describe("headers layers and per-call options: own properties only", () => {
  test("an inherited header in a layer is not sent", () => {
    const layer = Object.create({ "X-Inherited": "no" }) as Record<string, string | undefined>;
    layer["X-Own"] = "yes";
    expect(headersOf(buildRequest({ ...ctx, headers: [layer] }, opWith([]), {}))).toEqual({
      accept: "application/json",
      "x-own": "yes",
    });
  });

  test("client and call options inherited from a prototype are not used", async () => {
    const fake = fakeFetch({ status: 200, body: "[]" });
    const client = Object.create({
      baseUrl: "https://inherited.example.com",
      headers: { "X-Inherited": "no" },
    }) as object;
    const definition: ClientDefinition = {
      clientName: "OwnNamesClient",
      baseUrl: "https://own.example.com",
      schemes: {},
      errors: { base: StatusError as StatusErrorClass, byStatus: {} },
    };
    const transport = new Transport(definition, Object.assign(client, { fetch: fake.fetch }));
    const options = Object.create({ headers: { "X-Call-Inherited": "no" } }) as object;
    await transport.call(opWith([]), {}, options);
    expect(fake.calls[0]?.url).toBe("https://own.example.com/things");
    expect(Object.fromEntries(new Headers(fake.calls[0]?.init.headers))).toEqual({ accept: "application/json" });
  });
});

describe("security schemes named after inherited members", () => {
  const schemes: Record<string, SchemeRecord> = Object.fromEntries([
    ["__proto__", { type: apiKey, in: "header", name: "X-Proto-Key", option: "proto" }],
    ["toString", { type: apiKey, in: "query", name: "to_string_key", option: "toString_" }],
    ["constructor", { type: apiKey, in: "cookie", name: "ctor", option: "constructor_" }],
    ["valueOf", { type: bearer, option: "valueOf_" }],
    ["hasOwnProperty", { type: basic, usernameOption: "username", passwordOption: "password" }],
  ]) as Record<string, SchemeRecord>;

  function apply(requirements: string[][], credentials: Readonly<Record<string, unknown>>) {
    const target: CredentialTarget = { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
    applySecurity("listThings", "OwnNamesClient", requirements, schemes, credentials, target);
    return { headers: Object.fromEntries(target.headers), query: target.query.toString(), cookies: target.cookies };
  }

  test("each authenticates with its own credential", () => {
    expect(apply([["__proto__"]], { proto: "p1" }).headers).toEqual({ "x-proto-key": "p1" });
    expect(apply([["toString"]], { toString_: "t1" }).query).toBe("to_string_key=t1");
    expect(apply([["constructor"]], { constructor_: "c1" }).cookies).toEqual(["ctor=c1"]);
    expect(apply([["valueOf"]], { valueOf_: "v1" }).headers).toEqual({ authorization: "Bearer v1" });
    expect(apply([["hasOwnProperty"]], { username: "u", password: "p" }).headers).toEqual({
      authorization: `Basic ${btoa("u:p")}`,
    });
  });

  test("an alternative after them is taken when their credentials are missing", () => {
    const sent = apply([["__proto__"], ["toString"], ["constructor"], ["valueOf"], ["hasOwnProperty"]], {
      username: "u",
      password: "p",
    });
    expect(sent).toEqual({ headers: { authorization: `Basic ${btoa("u:p")}` }, query: "", cookies: [] });
  });

  test("a scheme the definition lacks is not found on Object.prototype", () => {
    const none: Record<string, SchemeRecord> = {};
    const target: CredentialTarget = { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
    for (const name of OWN_NAMES) {
      // Each alternative names a scheme there is none of: skipped, then optional auth applies.
      expect(() => applySecurity("op", "C", [[name], []], none, {}, target)).not.toThrow();
    }
    expect(Object.fromEntries(target.headers)).toEqual({});
  });

  test("a credential option named after an inherited member is read only when given", () => {
    const byOption: Record<string, SchemeRecord> = Object.fromEntries(
      OWN_NAMES.map((name) => [name, { type: apiKey, in: "query", name: `k_${name}`, option: name }]),
    ) as Record<string, SchemeRecord>;
    const target: CredentialTarget = { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
    const error = (() => {
      try {
        applySecurity(
          "op",
          "C",
          OWN_NAMES.map((n) => [n]),
          byOption,
          {},
          target,
        );
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RequestBuildError);
    expect(target.query.toString()).toBe("");
    applySecurity("op", "C", [["toString"]], byOption, { toString: "own" }, target);
    expect(target.query.toString()).toBe("k_toString=own");
  });

  test("an environment variable named after an inherited member is not `process.env`'s method", () => {
    for (const name of OWN_NAMES) expect(readEnv(name), name).toBeUndefined();
    const scheme: SchemeRecord = { type: bearer, option: "token", env: "toString" };
    const target: CredentialTarget = { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
    expect(() => applySecurity("op", "C", [["s"]], { s: scheme }, {}, target)).toThrow(RequestBuildError);
  });

  test("inherited credentials are not used", () => {
    const credentials = Object.create({ proto: "inherited", username: "u", password: "p" }) as Record<string, unknown>;
    const target: CredentialTarget = { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
    expect(() => applySecurity("op", "C", [["__proto__"], ["hasOwnProperty"]], schemes, credentials, target)).toThrow(
      RequestBuildError,
    );
  });

  test("through the transport, with the client's options as credentials", async () => {
    const fake = fakeFetch({ status: 200, body: "[]" });
    const definition: ClientDefinition = {
      clientName: "OwnNamesClient",
      baseUrl: "https://own.example.com",
      schemes,
      errors: { base: StatusError as StatusErrorClass, byStatus: {} },
    };
    const op = opWith([], { security: [["__proto__"], ["toString"], ["constructor"], ["valueOf"]] });
    for (const [options, want] of [
      [{ proto: "p" }, { url: "https://own.example.com/things", header: ["x-proto-key", "p"] }],
      [{ toString_: "t" }, { url: "https://own.example.com/things?to_string_key=t", header: undefined }],
      [{ constructor_: "c" }, { url: "https://own.example.com/things", header: ["cookie", "ctor=c"] }],
      [{ valueOf_: "v" }, { url: "https://own.example.com/things", header: ["authorization", "Bearer v"] }],
    ] as const) {
      fake.calls.length = 0;
      await new Transport(definition, { fetch: fake.fetch, ...options }).call(op, {}, undefined);
      const headers = Object.fromEntries(new Headers(fake.calls[0]?.init.headers));
      expect(fake.calls[0]?.url).toBe(want.url);
      expect(headers).toEqual({
        accept: "application/json",
        ...(want.header === undefined ? {} : { [want.header[0]]: want.header[1] }),
      });
    }
  });
});

describe("records keyed by a document's names", () => {
  test("a stream selector named after an inherited member asks only when set", () => {
    const op = opWith([], { stream: { data: "json", selector: "valueOf" } });
    expect(streamRequested(op, {})).toBe(false);
    expect(streamRequested(op, { valueOf: true })).toBe(true);
    expect(
      streamRequested({ ...op, stream: { data: "json", selector: "valueOf", selectorIn: "body" } }, { body: {} }),
    ).toBe(false);
  });

  test("page-number keys named after inherited members start from the first page", async () => {
    const pagination: PageNumberRecord = {
      style: pageNumbers,
      page: "valueOf",
      size: "constructor",
      items: "toString",
      first: 1,
    };
    const seen: Array<Record<string, unknown>> = [];
    const call = new PagedCall<unknown, string>(
      async (params) => {
        seen.push({ ...params });
        const data = seen.length === 1 ? { toString: ["a"] } : { toString: [] };
        return { data, response: new Response(null, { status: 200 }) };
      },
      {},
      pagination,
    );
    const items: string[] = [];
    for await (const item of call) items.push(item);
    expect(items).toEqual(["a"]);
    expect(seen).toEqual([{ valueOf: 1 }, { valueOf: 2 }]);
  });

  test("page-number items missing from a page are an error, not a function", async () => {
    const pagination: PageNumberRecord = { style: pageNumbers, page: "page", items: "constructor", first: 1 };
    const walk = pageNumbers(async () => ({ data: {}, response: new Response(null, { status: 200 }) }), {}, pagination);
    await expect(walk.next()).rejects.toThrow(/no array at "constructor"/);
  });

  test("a cursor named after an inherited member: none sent unless given, none read unless answered", async () => {
    const pagination: CursorRecord = { style: cursors, cursor: "toString", next: "valueOf", items: "hasOwnProperty" };
    const seen: Array<Record<string, unknown>> = [];
    const walk = cursors(
      async (params) => {
        seen.push({ ...params });
        return { data: { hasOwnProperty: ["a"] }, response: new Response(null, { status: 200 }) };
      },
      {},
      pagination,
    );
    const pages: unknown[] = [];
    for await (const page of walk) pages.push(page);
    expect(seen).toEqual([{}]);
    expect(pages).toHaveLength(1);
  });
});
