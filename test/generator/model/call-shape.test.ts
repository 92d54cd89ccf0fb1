/**
 * The call shape decided in the model: where `x-sdk-method` puts an operation
 * (nested resources, method names, exported names), positional path arguments
 * in path order, and when an object body's properties join the params object
 * (`flat`) or stay under `body`. Tables of `[name, { given, want }]`.
 */
import { describe, expect, it } from "vitest";
import type { ClientModel, OperationModel } from "../../../generator/model/ir.js";
import { documentWith, modelOf } from "../helpers/model-of.js";

type Doc = Record<string, unknown>;
type Row<G, W> = readonly [string, { readonly given: G; readonly want: W }];

const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const ok = { "200": { description: "OK" } };
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  ...(required.length > 0 ? { required } : {}),
  properties,
});
const str = { type: "string" };

function operations(model: ClientModel): OperationModel[] {
  return model.groups.flatMap((g) => g.operations);
}

describe("resources from x-sdk-method", () => {
  const doc = documentWith({
    tags: [{ name: "graph.edge", description: "Edges." }],
    paths: {
      "/graph/{id}": { get: { operationId: "graphGet", "x-sdk-method": "graph.get", responses: ok } },
      "/graph/edge/{uuid}": { get: { operationId: "graphEdgeGet", "x-sdk-method": "graph.edge.get", responses: ok } },
      "/reports": { get: { operationId: "listReports", tags: ["reports"], responses: ok } },
    },
  });

  it("nests resources, parents first, and keeps tag groups for the rest", async () => {
    const { model, diagnostics } = await modelOf(doc);
    expect(diagnostics).toEqual([]);
    expect(
      model.groups.map((g) => ({
        path: g.path.join("."),
        className: g.className,
        fileName: g.fileName,
        methods: g.operations.map((o) => o.methodName),
        children: g.children.map((c) => c.propertyName),
      })),
    ).toEqual([
      { path: "graph", className: "GraphResource", fileName: "graph", methods: ["get"], children: ["edge"] },
      { path: "graph.edge", className: "GraphEdgeResource", fileName: "graph-edge", methods: ["get"], children: [] },
      { path: "reports", className: "ReportsResource", fileName: "reports", methods: ["listReports"], children: [] },
    ]);
  });

  it("names exports after the call path, and takes docs from a tag named after it", async () => {
    const { model } = await modelOf(doc);
    const edge = model.groups.find((g) => g.path.join(".") === "graph.edge")!;
    expect(edge.docs.description).toBe("Edges.");
    expect(edge.operations[0]!.constName).toBe("graphEdgeGetOperation");
    const reports = model.groups.find((g) => g.path.join(".") === "reports")!;
    expect(reports.tag).toBe("reports");
  });

  const errors: Row<unknown, RegExp>[] = [
    ["a single segment (no resource)", { given: "get", want: /x-sdk-method must be a dotted call path of identifiers with at least one resource, not "get"/ }],
    ["a segment that is not an identifier", { given: "graph.get-all", want: /not "graph\.get-all"/ }],
    ["not a string", { given: 3, want: /not 3/ }],
  ];
  it.each(errors)("%s is an error", async (_name, { given, want }) => {
    const { diagnostics } = await modelOf(
      documentWith({ paths: { "/x": { get: { operationId: "x", "x-sdk-method": given, responses: ok } } } }),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(want);
  });

  it("two operations with one call path is an error at the second", async () => {
    const { diagnostics } = await modelOf(
      documentWith({
        paths: {
          "/a": { get: { operationId: "a", "x-sdk-method": "thing.get", responses: ok } },
          "/b": { get: { operationId: "b", "x-sdk-method": "thing.get", responses: ok } },
        },
      }),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/x-sdk-method thing\.get is taken/);
  });

  it("a method may not take the name of a nested resource", async () => {
    const { diagnostics } = await modelOf(
      documentWith({
        paths: {
          "/a": { get: { operationId: "a", "x-sdk-method": "graph.edge", responses: ok } },
          "/b": { get: { operationId: "b", "x-sdk-method": "graph.edge.get", responses: ok } },
        },
      }),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/x-sdk-method graph\.edge is taken/);
  });
});

describe("path arguments", () => {
  it("come in the order the path names them, keyed by a camelCase argument name (kept when it already is one)", async () => {
    const { model } = await modelOf(
      documentWith({
        paths: {
          "/groups/{group_uuid}/members/{userUUID}": {
            delete: {
              operationId: "removeMember",
              parameters: [
                { name: "userUUID", in: "path", required: true, schema: str },
                { name: "projectId", in: "query", required: true, schema: str },
                { name: "group_uuid", in: "path", required: true, schema: str },
              ],
              responses: ok,
            },
          },
        },
      }),
    );
    const op = operations(model)[0]!;
    expect(op.params.map((p) => [p.spec.in, p.spec.name, p.spec.key, p.type.text])).toEqual([
      ["path", "group_uuid", "groupUuid", "string"],
      ["path", "userUUID", "userUUID", "string"],
      ["query", "projectId", "projectId", 'NonNullable<paths["/groups/{group_uuid}/members/{userUUID}"]["delete"]["parameters"]["query"]>["projectId"]'],
    ]);
  });

  it("a reserved word or `params` gets another argument name", async () => {
    const { model } = await modelOf(
      documentWith({
        paths: {
          "/{class}/{params}": {
            get: {
              operationId: "get",
              parameters: [
                { name: "class", in: "path", required: true, schema: { type: "integer" } },
                { name: "params", in: "path", required: true, schema: { type: "string", enum: ["a", "b"] } },
              ],
              responses: ok,
            },
          },
        },
      }),
    );
    const op = operations(model)[0]!;
    expect(op.params.map((p) => [p.spec.key, p.type.text])).toEqual([
      ["class2", "number"],
      ["params2", '"a" | "b"'],
    ]);
  });
});

describe("flat bodies", () => {
  const withBody = (body: Record<string, unknown>, parameters: unknown[] = []): Doc =>
    documentWith({
      paths: { "/things/{thing_id}": { post: { operationId: "create", parameters: [{ name: "thing_id", in: "path", required: true, schema: str }, ...parameters], requestBody: body, responses: ok } } },
    });
  const table: Row<Doc, { flat: boolean; properties?: string[] }>[] = [
    ["an object body joins the params", { given: withBody({ required: true, ...json(object({ name: str, size: str })) }), want: { flat: true, properties: ["name", "size"] } }],
    ["additionalProperties: true still joins", { given: withBody({ required: true, ...json({ ...object({ name: str }), additionalProperties: true }) }), want: { flat: true, properties: ["name"] } }],
    ["a property named like a query parameter keeps the body apart", { given: withBody({ required: true, ...json(object({ name: str })) }, [{ name: "name", in: "query", schema: str }]), want: { flat: false } }],
    ["a property named like a path parameter keeps the body apart", { given: withBody({ required: true, ...json(object({ thing_id: str })) }), want: { flat: false } }],
    ["a property named like a path argument keeps the body apart", { given: withBody({ required: true, ...json(object({ thingId: str })) }), want: { flat: false } }],
    ["an array body stays under body", { given: withBody({ required: true, ...json({ type: "array", items: str }) }), want: { flat: false } }],
    ["a oneOf body stays under body", { given: withBody({ required: true, ...json({ oneOf: [object({ a: str }), object({ b: str })] }) }), want: { flat: false } }],
    ["typed additionalProperties stay under body", { given: withBody({ required: true, ...json({ ...object({ a: str }), additionalProperties: { type: "integer" } }) }), want: { flat: false } }],
    ["an optional body with a required property stays under body", { given: withBody(json(object({ name: str }, ["name"]))), want: { flat: false } }],
    ["an optional body whose property has a default stays under body (typed as required)", { given: withBody(json(object({ ttl: { type: "integer", default: 60 } }))), want: { flat: false } }],
    ["an optional body of optional properties joins", { given: withBody(json(object({ name: str }))), want: { flat: true, properties: ["name"] } }],
    ["an empty object body joins, adding no property", { given: withBody({ required: true, ...json(object({})) }), want: { flat: true, properties: [] } }],
    ["a free-form object body stays under body", { given: withBody({ required: true, ...json({ type: "object", additionalProperties: true }) }), want: { flat: false } }],
    ["a text body stays under body", { given: withBody({ required: true, content: { "text/plain": { schema: str } } }), want: { flat: false } }],
    ["a form body joins the params", { given: withBody({ required: true, content: { "application/x-www-form-urlencoded": { schema: object({ a: str }) } } }), want: { flat: true, properties: ["a"] } }],
  ];
  it.each(table)("%s", async (_name, { given, want }) => {
    const { model, diagnostics } = await modelOf(given);
    expect(diagnostics).toEqual([]);
    const op = operations(model)[0]!;
    expect(op.body?.spec.flat === true).toBe(want.flat);
    if (want.properties !== undefined) expect(op.body?.properties).toEqual(want.properties);
    // A body apart is the `body` key, which no parameter may take.
    if (!want.flat) expect(op.params.map((p) => p.spec.key)).not.toContain("body");
  });
});

describe("whether a flat body must be passed", () => {
  const withBody = (schema: unknown): Doc =>
    documentWith({ paths: { "/x": { post: { operationId: "x", requestBody: { required: true, ...json(schema) }, responses: ok } } } });
  const table: Row<Doc, boolean>[] = [
    ["no required property: the params may be left out", { given: withBody(object({ a: str })), want: false }],
    ["a required property", { given: withBody(object({ a: str }, ["a"])), want: true }],
    ["a property with a default, which openapi-typescript types as required", { given: withBody(object({ a: { type: "boolean", default: false } })), want: true }],
    ["a default beside a $ref", { given: documentWith({ paths: { "/x": { post: { operationId: "x", requestBody: { required: true, ...json(object({ loop: { $ref: "#/components/schemas/Count", default: 1 } })) }, responses: ok } } }, components: { schemas: { Count: { type: "integer" } } } }), want: true }],
  ];
  const discriminated = documentWith({
    paths: { "/x": { post: { operationId: "x", requestBody: { required: true, ...json({ $ref: "#/components/schemas/Dog" }) }, responses: ok } } },
    components: {
      schemas: {
        Pet: { oneOf: [{ $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "kind" } },
        Dog: object({ name: str }),
      },
    },
  });
  it("a discriminator member, to which openapi-typescript adds a required property", async () => {
    const { model } = await modelOf(discriminated);
    expect(operations(model)[0]!.body?.requiredProperties).toBe(true);
  });
  it.each(table)("%s", async (_name, { given, want }) => {
    const { model } = await modelOf(given);
    expect(operations(model)[0]!.body?.requiredProperties).toBe(want);
  });
});
