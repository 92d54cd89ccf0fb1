/**
 * `toClientModel` on small fragments: the client and error names, credential
 * options, pagination read from `x-pagination`, and status error classes.
 * Each table row is `[name, { given, want }]`: a document fragment in, the
 * part of the IR it decides out.
 */
import { describe, expect, it } from "vitest";
import type { ClientModel, OperationModel } from "../../../generator/model/ir.js";
import { documentWith, modelOf } from "../helpers/model-of.js";
import { positionOf } from "../helpers/source-position.js";

type Doc = Record<string, unknown>;
type Row<G, W> = readonly [string, { readonly given: G; readonly want: W }];

const ok = { description: "OK" };
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function onlyOperation(model: ClientModel): OperationModel {
  const ops = model.groups.flatMap((g) => g.operations);
  expect(ops).toHaveLength(1);
  return ops[0]!;
}

describe("client and error names", () => {
  const table: Row<{ baseName: string; document: Doc }, { client: string; options: string; error: string; diagnostics?: RegExp[] }>[] = [
    ["from the spec's file name", { given: { baseName: "zep", document: documentWith() }, want: { client: "ZepClient", options: "ZepClientOptions", error: "ZepError" } }],
    ["a kebab-case file name", { given: { baseName: "my-api", document: documentWith() }, want: { client: "MyApiClient", options: "MyApiClientOptions", error: "MyApiError" } }],
    ["a file name starting with a digit", { given: { baseName: "1password", document: documentWith() }, want: { client: "_1passwordClient", options: "_1passwordClientOptions", error: "_1passwordError" } }],
    [
      "info.x-client-name wins over the file name",
      {
        given: { baseName: "zep", document: documentWith({ info: { title: "T", version: "1", "x-client-name": "Acme" } }) },
        want: { client: "AcmeClient", options: "AcmeClientOptions", error: "AcmeError" },
      },
    ],
    [
      "a runtime export is never reused: a client named Status gives StatusError2",
      {
        given: { baseName: "status", document: documentWith() },
        want: { client: "StatusClient", options: "StatusClientOptions", error: "StatusError2" },
      },
    ],
  ];
  it.each(table)("%s", async (_name, { given, want }) => {
    const { model, diagnostics } = await modelOf(given.document, given.baseName);
    expect({ client: model.clientName, options: model.optionsTypeName, error: model.errorBaseName }).toEqual({
      client: want.client,
      options: want.options,
      error: want.error,
    });
    expect(diagnostics).toHaveLength(want.diagnostics?.length ?? 0);
    want.diagnostics?.forEach((pattern, i) => expect(diagnostics[i]).toMatch(pattern));
  });

  it("an x-client-name that is not PascalCase is an error at its key, and the file name is used", async () => {
    const { model, diagnostics, text } = await modelOf(documentWith({ info: { title: "T", version: "1", "x-client-name": "acme corp" } }), "zep");
    expect(model.clientName).toBe("ZepClient");
    const { line, column } = positionOf(text, '"x-client-name"');
    expect(diagnostics).toEqual([
      `zep.json:${line}:${column}: error: x-client-name must be a PascalCase identifier, not "acme corp"\n  fix: e.g. \`x-client-name: Zep\` gives ZepClient and ZepError`,
    ]);
  });

  it("the client and its error keep their names; a schema with the same name is suffixed", async () => {
    const { model } = await modelOf(
      documentWith({ components: { schemas: { ZepClient: { type: "object" }, ZepError: { type: "object" }, Session: { type: "object" } } } }),
      "zep",
    );
    expect(model.clientName).toBe("ZepClient");
    expect(model.errorBaseName).toBe("ZepError");
    expect(model.schemas.map((s) => [s.specName, s.typeName])).toEqual([
      ["ZepClient", "ZepClientSchema"],
      ["ZepError", "ZepErrorSchema"],
      ["Session", "Session"],
    ]);
  });

  it("schema names that are globals or runtime exports get the Schema suffix", async () => {
    const names = ["Blob", "Response", "Error", "Promise", "TimeoutError", "ApiCall", "paths", "components", "session-list"];
    const { model } = await modelOf(documentWith({ components: { schemas: Object.fromEntries(names.map((n) => [n, { type: "object" }])) } }));
    expect(model.schemas.map((s) => s.typeName)).toEqual([
      "BlobSchema",
      "ResponseSchema",
      "ErrorSchema",
      "PromiseSchema",
      "TimeoutErrorSchema",
      "ApiCallSchema",
      "Paths",
      "Components",
      "SessionList",
    ]);
  });

  // BUG (generator/model/to-client-model.ts, FIXED_EXPORTS): the generated modules import
  // `Transport` and `RequestOptions` (resources), `OperationSpec`/`PaginationSpec` (resources),
  // `ClientDefinition`/`ClientOptions` (client.ts) and `StatusErrors`/`StatusErrorClass`
  // (errors.ts) from the runtime, but only some of those names are reserved. A schema
  // named `Transport` keeps that name, so resources/<tag>.ts imports `Transport` twice
  // (from ../runtime/transport.js and ../models.js) and the client does not compile.
  it("a schema named like a runtime import (Transport, OperationSpec, StatusErrors, ClientDefinition) is renamed", async () => {
    const names = ["Transport", "OperationSpec", "PaginationSpec", "StatusErrors", "StatusErrorClass", "ClientDefinition"];
    const { model } = await modelOf(documentWith({ components: { schemas: Object.fromEntries(names.map((n) => [n, { type: "object" }])) } }));
    for (const schema of model.schemas) expect(schema.typeName).not.toBe(schema.specName);
  });
});

describe("credential options", () => {
  const apiKey = { type: "apiKey", in: "header", name: "Authorization" };
  const bearer = { type: "http", scheme: "bearer" };
  const table: Row<Record<string, unknown>, { options: string[]; schemes: Record<string, unknown>; diagnostics?: RegExp[] }>[] = [
    [
      "one apiKey scheme is `apiKey`, with its prefix and env var",
      {
        given: { ApiKeyAuth: { ...apiKey, "x-value-prefix": "Api-Key ", "x-env-var": "ZEP_API_KEY" } },
        want: {
          options: ["apiKey"],
          schemes: { ApiKeyAuth: { type: "apiKey", in: "header", name: "Authorization", option: "apiKey", prefix: "Api-Key ", env: "ZEP_API_KEY" } },
        },
      },
    ],
    [
      "an apiKey in the query",
      { given: { Key: { type: "apiKey", in: "query", name: "api_key" } }, want: { options: ["apiKey"], schemes: { Key: { type: "apiKey", in: "query", name: "api_key", option: "apiKey" } } } },
    ],
    ["one http bearer scheme is `token`", { given: { Bearer: bearer }, want: { options: ["token"], schemes: { Bearer: { type: "bearer", option: "token" } } } }],
    [
      "oauth2 and openIdConnect are bearer tokens too (named after their schemes when there are two)",
      {
        given: { OAuth: { type: "oauth2", flows: {} }, oidc_login: { type: "openIdConnect", openIdConnectUrl: "https://x" } },
        want: { options: ["oAuth", "oidcLogin"], schemes: { OAuth: { type: "bearer", option: "oAuth" }, oidc_login: { type: "bearer", option: "oidcLogin" } } },
      },
    ],
    [
      "http basic is `username` + `password`",
      { given: { Basic: { type: "http", scheme: "basic" } }, want: { options: ["username", "password"], schemes: { Basic: { type: "basic", usernameOption: "username", passwordOption: "password" } } } },
    ],
    [
      "two apiKey schemes are named after their schemes",
      {
        given: { ApiKeyAuth: apiKey, "partner-key": { type: "apiKey", in: "header", name: "X-Partner" } },
        want: {
          options: ["apiKeyAuth", "partnerKey"],
          schemes: {
            ApiKeyAuth: { type: "apiKey", in: "header", name: "Authorization", option: "apiKeyAuth" },
            "partner-key": { type: "apiKey", in: "header", name: "X-Partner", option: "partnerKey" },
          },
        },
      },
    ],
    [
      "one of each kind keeps the short names",
      {
        given: { Key: apiKey, Bearer: bearer, Basic: { type: "http", scheme: "basic" } },
        want: {
          options: ["apiKey", "token", "username", "password"],
          schemes: {
            Key: { type: "apiKey", in: "header", name: "Authorization", option: "apiKey" },
            Bearer: { type: "bearer", option: "token" },
            Basic: { type: "basic", usernameOption: "username", passwordOption: "password" },
          },
        },
      },
    ],
    [
      "a scheme name that is a client option is numbered",
      {
        given: { base_url: apiKey, timeoutMs: { type: "apiKey", in: "header", name: "X-T" } },
        want: {
          options: ["baseUrl2", "timeoutMs2"],
          schemes: {
            base_url: { type: "apiKey", in: "header", name: "Authorization", option: "baseUrl2" },
            timeoutMs: { type: "apiKey", in: "header", name: "X-T", option: "timeoutMs2" },
          },
        },
      },
    ],
    [
      "a bearer scheme reads x-env-var",
      { given: { Bearer: { ...bearer, "x-env-var": "TOKEN" } }, want: { options: ["token"], schemes: { Bearer: { type: "bearer", option: "token", env: "TOKEN" } } } },
    ],
    [
      "a scheme the client cannot send is a warning and asks for nothing",
      {
        given: { Mtls: { type: "mutualTLS" } },
        want: { options: [], schemes: {}, diagnostics: [/^acme\.json:\d+:\d+: warning: security scheme "Mtls" has type "mutualTLS", which the client cannot send/] },
      },
    ],
    [
      "an apiKey without `in` is an error",
      { given: { Key: { type: "apiKey", name: "k" } }, want: { options: [], schemes: {}, diagnostics: [/^acme\.json:\d+:\d+: error: apiKey scheme "Key" must say `in: header`, `query` or `cookie`/] } },
    ],
  ];
  it.each(table)("%s", async (_name, { given, want }) => {
    const { model, diagnostics } = await modelOf(documentWith({ components: { securitySchemes: given } }));
    expect(model.credentialOptions.map((o) => o.name)).toEqual(want.options);
    expect(model.schemes).toEqual(want.schemes);
    expect(diagnostics).toHaveLength(want.diagnostics?.length ?? 0);
    want.diagnostics?.forEach((pattern, i) => expect(diagnostics[i]).toMatch(pattern));
  });

  it("documents each option: the spec's description, how it is sent and its env var", async () => {
    const { model } = await modelOf(
      documentWith({ components: { securitySchemes: { K: { ...apiKey, "x-value-prefix": "Api-Key ", "x-env-var": "K_KEY" } } } }),
    );
    expect(model.credentialOptions[0]!.docs.description).toBe(
      'API key for the "K" scheme. Sent in the `Authorization` header as `Api-Key <key>`.\n\nDefaults to the `K_KEY` environment variable.',
    );
  });
});

interface PaginationWant {
  readonly spec?: Record<string, unknown>;
  readonly itemType?: string;
  readonly diagnostics?: RegExp[];
}

/** Models `given` and checks its one operation's pagination (or its absence) and the diagnostics. */
async function expectPagination(given: Doc, want: PaginationWant): Promise<void> {
  const { model, diagnostics } = await modelOf(given);
  const op = onlyOperation(model);
  expect(diagnostics.length, diagnostics.join("\n")).toBe(want.diagnostics?.length ?? 0);
  want.diagnostics?.forEach((pattern, i) => expect(diagnostics[i]).toMatch(pattern));
  if (want.spec === undefined) expect(op.pagination).toBeUndefined();
  else expect(op.pagination?.spec).toEqual(want.spec);
  if (want.itemType !== undefined) expect(op.pagination?.itemType.text).toBe(want.itemType);
}

describe("pagination from x-pagination", () => {
  const listResponse = {
    type: "object",
    properties: { data: { type: "array", items: { type: "string" } }, total: { type: "integer" } },
  };
  const query = (name: string, type = "integer") => ({ name, in: "query", schema: { type } });
  function paged(pagination: unknown, parameters: unknown[] = [query("page"), query("per_page")]): Doc {
    return documentWith({
      paths: {
        "/things": {
          get: {
            operationId: "listThings",
            "x-pagination": pagination,
            parameters,
            responses: { "200": { description: "OK", ...json(listResponse) } },
          },
        },
      },
    });
  }
  const table: Row<Doc, PaginationWant>[] = [
    [
      "every key",
      {
        given: paged({ style: "page-number", page: "page", size: "per_page", items: "data", total: "total", first: 0 }),
        want: {
          spec: { style: "page-number", page: "page", size: "per_page", items: "data", total: "total", first: 0 },
          itemType: 'NonNullable<paths["/things"]["get"]["responses"]["200"]["content"]["application/json"]["data"]>[number]',
        },
      },
    ],
    [
      "first defaults to 1; size and total are optional",
      { given: paged({ style: "page-number", page: "page", items: "data" }), want: { spec: { style: "page-number", page: "page", items: "data", first: 1 } } },
    ],
    [
      "the page parameter is named by its key when the wire name is taken by a path parameter",
      {
        given: paged({ style: "page-number", page: "page", items: "data" }, [{ name: "page", in: "path", required: true, schema: { type: "string" } }, query("page")]),
        want: { spec: { style: "page-number", page: "query_page", items: "data", first: 1 } },
      },
    ],
    [
      "no x-pagination, no pagination",
      { given: documentWith(), want: {} },
    ],
    [
      "items is required when the response is not an array",
      { given: paged({ style: "page-number", page: "page" }), want: { diagnostics: [/error: x-pagination needs "items": the success response is not an array\n {2}fix: add `items:` naming the response property holding the page's items/] } },
    ],
    [
      "items must be a property of the success response",
      { given: paged({ style: "page-number", page: "page", items: "results" }), want: { diagnostics: [/error: x-pagination\.items names "results", which is not a property of the success response\n {2}fix: use one of: data, total/] } },
    ],
    [
      "size must be a query parameter",
      { given: paged({ style: "page-number", page: "page", size: "limit", items: "data" }), want: { diagnostics: [/error: x-pagination\.size names "limit", which is not a query parameter or body property of this operation\n {2}fix: use one of: page, per_page/] } },
    ],
    [
      "first must be an integer",
      { given: paged({ style: "page-number", page: "page", items: "data", first: "1" }), want: { diagnostics: [/error: x-pagination\.first must be an integer, not "1"/] } },
    ],
    [
      "x-pagination must be a mapping",
      { given: paged("page-number"), want: { diagnostics: [/error: x-pagination must be a mapping\n {2}fix: write e\.g\. /] } },
    ],
    [
      "a missing style is reported at x-pagination itself",
      { given: paged({ page: "page", items: "data" }), want: { diagnostics: [/error: unknown x-pagination style undefined\n {2}fix: use one of: page-number, cursor/] } },
    ],
  ];
  it.each(table)("%s", async (_name, { given, want }) => expectPagination(given, want));
});

describe("cursor pagination from x-pagination", () => {
  const thing = { type: "object", properties: { id: { type: "string" } } };
  const query = (name: string) => ({ name, in: "query", schema: { type: "integer" } });
  /** A GET listing things in an envelope with a `next` cursor, and a POST answering a bare array. */
  function paged(pagination: unknown, where: "query" | "body"): Doc {
    const operation =
      where === "query"
        ? {
            get: {
              operationId: "listThings",
              "x-pagination": pagination,
              parameters: [query("cursor"), query("limit")],
              responses: {
                "200": {
                  description: "OK",
                  ...json({ type: "object", properties: { things: { type: "array", items: thing }, next: { type: "integer" } } }),
                },
              },
            },
          }
        : {
            post: {
              operationId: "listThings",
              "x-pagination": pagination,
              requestBody: {
                required: true,
                ...json({ type: "object", properties: { cursor: { type: "string" }, limit: { type: "integer" } } }),
              },
              responses: { "200": { description: "OK", ...json({ type: "array", items: thing }) } },
            },
          };
    return documentWith({ paths: { "/things": operation } });
  }
  const table: Row<Doc, PaginationWant>[] = [
    [
      "a query cursor, the next one in the body, items in an envelope",
      {
        given: paged({ style: "cursor", cursor: "cursor", limit: "limit", next: "next", items: "things" }, "query"),
        want: {
          spec: { style: "cursor", cursor: "cursor", limit: "limit", next: "next", items: "things" },
          itemType: 'NonNullable<paths["/things"]["get"]["responses"]["200"]["content"]["application/json"]["things"]>[number]',
        },
      },
    ],
    [
      "a cursor in a flat JSON body, the next one in a header, a bare array",
      {
        given: paged({ style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "X-Next" }, "body"),
        want: {
          spec: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "X-Next" },
          itemType: 'paths["/things"]["post"]["responses"]["200"]["content"]["application/json"][number]',
        },
      },
    ],
    [
      "the cursor must be a query parameter or body property",
      { given: paged({ style: "cursor", cursor: "after", next: "next", items: "things" }, "query"), want: { diagnostics: [/error: x-pagination\.cursor names "after", which is not a query parameter or body property of this operation\n {2}fix: use one of: cursor, limit/] } },
    ],
    [
      "next and nextHeader together are refused",
      { given: paged({ style: "cursor", cursor: "cursor", next: "next", nextHeader: "X-Next", items: "things" }, "query"), want: { diagnostics: [/needs exactly one of `next` \(a response property\) and `nextHeader` \(a response header\)/] } },
    ],
    [
      "neither next nor nextHeader is refused",
      { given: paged({ style: "cursor", cursor: "cursor", items: "things" }, "query"), want: { diagnostics: [/needs exactly one of `next`/] } },
    ],
    [
      "page-number keys are unknown in the cursor style",
      { given: paged({ style: "cursor", cursor: "cursor", next: "next", items: "things", page: "cursor" }, "query"), want: { diagnostics: [/unknown x-pagination key "page"\n {2}fix: use only: style, cursor, limit, next, nextHeader, items/] } },
    ],
  ];
  it.each(table)("%s", async (_name, { given, want }) => expectPagination(given, want));
});

describe("status errors", () => {
  function withResponses(...operations: Array<Record<string, unknown>>): Doc {
    return documentWith({
      paths: Object.fromEntries(
        operations.map((responses, i) => [`/op${i}`, { get: { operationId: `op${i}`, responses: { "200": ok, ...responses } } }]),
      ),
      components: { schemas: { Problem: { type: "object" }, Other: { type: "object" } } },
    });
  }
  const table: Row<Doc, Array<[status: string, className: string, bodyType: string]>>[] = [
    [
      "named after the reason phrase, sorted by status",
      {
        given: withResponses({ "500": ok, "404": ok, "400": ok, "429": ok, "422": ok, "409": ok, "503": ok, "401": ok, "403": ok }),
        want: [
          ["400", "BadRequestError", "undefined"],
          ["401", "UnauthorizedError", "undefined"],
          ["403", "ForbiddenError", "undefined"],
          ["404", "NotFoundError", "undefined"],
          ["409", "ConflictError", "undefined"],
          ["422", "UnprocessableEntityError", "undefined"],
          ["429", "TooManyRequestsError", "undefined"],
          ["500", "InternalServerError", "undefined"],
          ["503", "ServiceUnavailableError", "undefined"],
        ],
      },
    ],
    [
      "ranges (either case) and statuses without a reason phrase",
      {
        given: withResponses({ "4XX": ok, "5xx": ok, "499": ok }),
        want: [
          ["499", "Status499Error", "undefined"],
          ["4XX", "Status4xxError", "undefined"],
          ["5XX", "Status5xxError", "undefined"],
        ],
      },
    ],
    [
      "the body is the schema alias, text, or the union over operations",
      {
        given: withResponses(
          { "400": { description: "Bad", ...json(ref("Problem")) }, "406": { description: "No", content: { "text/plain": { schema: { type: "string" } } } } },
          { "400": { description: "Bad", ...json(ref("Other")) } },
        ),
        want: [
          ["400", "BadRequestError", "Problem | Other"],
          ["406", "NotAcceptableError", "string"],
        ],
      },
    ],
    [
      "an inline schema is typed through paths",
      {
        given: withResponses({ "400": { description: "Bad", ...json({ type: "object" }) } }),
        want: [["400", "BadRequestError", 'paths["/op0"]["get"]["responses"]["400"]["content"]["application/json"]']],
      },
    ],
    ["2xx and 3xx are not errors", { given: withResponses({ "201": ok, "304": ok }), want: [] }],
  ];
  it.each(table)("%s", async (_name, { given, want }) => {
    const { model, diagnostics } = await modelOf(given);
    expect(diagnostics).toEqual([]);
    expect(model.statusErrors.map((e) => [e.status, e.className, e.bodyType.text])).toEqual(want);
  });

  it("documents the status with the spec's description", async () => {
    const { model } = await modelOf(withResponses({ "404": { description: "No such thing" } }));
    expect(model.statusErrors[0]!.docs.description).toBe("The server answered 404 (No such thing).");
  });

  it("a schema already named like a status error keeps its name; the error class becomes <Reason>HttpError", async () => {
    const { model } = await modelOf(
      documentWith({
        paths: { "/x": { get: { operationId: "x", responses: { "400": { description: "Bad" } } } } },
        components: { schemas: { BadRequestError: { type: "object" } } },
      }),
    );
    expect(model.schemas.map((s) => s.typeName)).toEqual(["BadRequestError"]);
    expect(model.statusErrors.map((e) => e.className)).toEqual(["BadRequestHttpError"]);
  });
});

describe("operations without tags or ids", () => {
  it("go to a `default` group, with ids derived from method and path", async () => {
    const { model } = await modelOf(
      documentWith({
        paths: {
          "/health": { get: { responses: { "200": ok } } },
          "/items/{item_id}": { delete: { tags: [""], responses: { "204": { description: "Gone" } } } },
        },
      }),
    );
    expect(model.groups.map((g) => [g.tag, g.propertyName, g.className, g.fileName])).toEqual([["default", "default", "DefaultResource", "default"]]);
    expect(model.groups[0]!.operations.map((op) => [op.id, op.methodName, op.paramsTypeName])).toEqual([
      ["getHealth", "getHealth", "GetHealthParams"],
      ["deleteItemsByItemId", "deleteItemsByItemId", "DeleteItemsByItemIdParams"],
    ]);
  });

  it("a tag named `then` or `constructor` does not make the client thenable or break its class", async () => {
    const { model, diagnostics } = await modelOf(
      documentWith({
        paths: {
          "/a": { get: { operationId: "a", tags: ["then"], responses: { "200": ok } } },
          "/b": { get: { operationId: "then", tags: ["constructor"], responses: { "200": ok } } },
        },
      }),
    );
    expect(model.groups.map((g) => g.propertyName)).toEqual(["then_", "constructor_"]);
    expect(model.groups[1]!.operations[0]!.methodName).toBe("then_");
    // Each rename says from what to what.
    expect(diagnostics.map((d) => d.replace(/^.*?: warning: /, "").replace(/\n.*$/s, ""))).toEqual([
      'the resource of tag "then", `then` is a name every JavaScript object already has, so the client calls it `then_`',
      'the resource of tag "constructor", `constructor` is a name every JavaScript object already has, so the client calls it `constructor_`',
      "the method `then` is a name every JavaScript object already has, so the client calls it `then_`",
    ]);
  });

  it("JavaScript's own names as resources, x-sdk-method segments and methods are renamed, never a class's own members", async () => {
    const { model, diagnostics } = await modelOf(
      documentWith({
        paths: {
          "/a": { get: { operationId: "toString", tags: ["__proto__"], responses: { "200": ok } } },
          "/b": { get: { "x-sdk-method": "a.constructor.valueOf", responses: { "200": ok } } },
          "/c": { get: { "x-sdk-method": "hasOwnProperty.list", responses: { "200": ok } } },
        },
      }),
    );
    const names = model.groups.map((g) => [g.path.join("."), g.operations.map((o) => o.methodName).join(",")]);
    expect(names).toEqual([
      ["proto", "toString_"],
      ["a", ""],
      ["a.constructor_", "valueOf_"],
      ["hasOwnProperty_", "list"],
    ]);
    // `__proto__` camel-cases to `proto`, an ordinary name; the other four are renamed, each with a warning.
    expect(diagnostics.filter((d) => d.includes(": warning: "))).toHaveLength(4);
  });

  it("a path parameter named like the operation's own record does not shadow it", async () => {
    const { model } = await modelOf(
      documentWith({
        paths: {
          "/items/{getItemOperation}": {
            get: {
              operationId: "getItem",
              parameters: [{ name: "getItemOperation", in: "path", required: true, schema: { type: "string" } }],
              responses: { "200": ok },
            },
          },
        },
      }),
    );
    const op = model.groups[0]!.operations[0]!;
    expect(op.constName).toBe("getItemOperation");
    expect(op.params[0]!.spec.key).toBe("getItemOperation2");
  });
});
