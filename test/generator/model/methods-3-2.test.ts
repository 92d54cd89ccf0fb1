/**
 * OpenAPI 3.2's operations in the model: a path item's `query` and its
 * `additionalOperations` become operations after the classic methods, sent
 * as written (QUERY upper-cased), named like any other when they have no
 * operationId, typed through `paths[path][key]`; QUERY is safe, so a
 * document-wide idempotency header skips it. A 3.1 document's stray `query`
 * is not read. A querystring parameter is one params entry with its encoding.
 */
import { describe, expect, it } from "vitest";
import type { OperationModel } from "../../../generator/model/ir.js";
import { modelOf } from "../helpers/model-of.js";

const ok = { "200": { description: "OK" } };

function document(version: string, pathItem: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { openapi: version, info: { title: "T", version: "1" }, paths: { "/files/{id}": pathItem }, ...extra };
}

async function operations(given: Record<string, unknown>): Promise<OperationModel[]> {
  const { model, diagnostics } = await modelOf(given);
  expect(diagnostics).toEqual([]);
  return model.groups.flatMap((g) => g.operations);
}

const ID = { name: "id", in: "path", required: true, schema: { type: "string" } };

describe("QUERY and additionalOperations", () => {
  it("become operations after the classic methods, named, sent and typed by where they are written", async () => {
    const ops = await operations(
      document("3.2.0", {
        parameters: [ID],
        additionalOperations: { COPY: { responses: ok }, purge: { operationId: "purgeFile", responses: ok } },
        query: { responses: ok },
        get: { responses: ok },
      }),
    );
    expect(ops.map((op) => [op.methodName, op.method, op.specKey, op.params.map((p) => p.spec.key)])).toEqual([
      ["getFilesById", "GET", ["get"], ["id"]],
      ["queryFilesById", "QUERY", ["query"], ["id"]],
      ["copyFilesById", "COPY", ["additionalOperations", "COPY"], ["id"]],
      // Sent as written: a method is case-sensitive on the wire.
      ["purgeFile", "purge", ["additionalOperations", "purge"], ["id"]],
    ]);
  });

  it("are typed through paths[path][key], as types.d.ts puts them", async () => {
    const [op] = await operations(
      document("3.2.0", {
        parameters: [ID],
        query: {
          requestBody: { content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } },
          responses: {
            "200": {
              description: "OK",
              content: { "application/json": { schema: { type: "array", items: { type: "string" } } } },
            },
          },
        },
      }),
    );
    expect(op!.body?.type.text).toBe(
      'NonNullable<paths["/files/{id}"]["query"]["requestBody"]>["content"]["application/json"]',
    );
    expect(op!.responseType.text).toBe(
      'paths["/files/{id}"]["query"]["responses"]["200"]["content"]["application/json"]',
    );
  });

  it("a document-wide idempotency header skips QUERY (safe) and goes on an additional method", async () => {
    const ops = await operations(
      document(
        "3.2.0",
        { parameters: [ID], query: { responses: ok }, additionalOperations: { COPY: { responses: ok } } },
        { "x-idempotency-header": "Idempotency-Key" },
      ),
    );
    expect(ops.map((op) => [op.method, op.idempotencyHeader])).toEqual([
      ["QUERY", undefined],
      ["COPY", "Idempotency-Key"],
    ]);
  });

  it("are not read in a 3.1 document", async () => {
    const ops = await operations(
      document("3.1.0", {
        parameters: [ID],
        get: { responses: ok },
        query: { responses: ok },
        additionalOperations: { COPY: { responses: ok } },
      }),
    );
    expect(ops.map((op) => op.method)).toEqual(["GET"]);
  });
});

describe("a querystring parameter", () => {
  it("is one params entry, with the encoding its media type names and the alias of a named schema", async () => {
    const form = {
      name: "filter",
      in: "querystring",
      content: { "application/x-www-form-urlencoded": { schema: { type: "object" } } },
    };
    const json = {
      name: "where",
      in: "querystring",
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Where" } } },
    };
    const ops = await operations(
      document(
        "3.2.0",
        { parameters: [ID], get: { parameters: [form], responses: ok }, query: { parameters: [json], responses: ok } },
        { components: { schemas: { Where: { type: "object", properties: { kind: { type: "string" } } } } } },
      ),
    );
    expect(ops.map((op) => op.params.map((p) => [p.spec, p.required, p.type.text]))).toEqual([
      [
        [{ key: "id", name: "id", in: "path" }, true, "string"],
        [
          { key: "filter", name: "filter", in: "querystring", encoding: "form" },
          false,
          'NonNullable<paths["/files/{id}"]["get"]["parameters"]["querystring"]>["filter"]',
        ],
      ],
      [
        [{ key: "id", name: "id", in: "path" }, true, "string"],
        [{ key: "where", name: "where", in: "querystring", encoding: "json" }, true, "Where"],
      ],
    ]);
  });
});
