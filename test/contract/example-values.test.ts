/**
 * Unit tests for `test/support/example-values.ts`, the values the contract
 * tests send: which example wins, what is synthesised from a schema, and
 * which cases an operation gets. Tables of `[name, { given, want }]`.
 */
import { describe, expect, test } from "vitest";
import {
  fitsSchema,
  operationCases,
  parameterValue,
  resolveRef,
  synthesise,
  toCallParams,
  type Fill,
} from "../support/example-values.js";

const ROOT = {
  openapi: "3.1.0",
  components: {
    schemas: {
      Pet: {
        type: "object",
        required: ["name", "photoUrls"],
        properties: {
          id: { type: "integer", readOnly: true },
          name: { type: "string", example: "doggie" },
          photoUrls: { type: "array", items: { type: "string" } },
          status: { type: "string", enum: ["available", "pending"] },
        },
      },
      Cat: { type: "object", required: ["kind"], properties: { kind: { type: "string" }, lives: { type: "integer" } } },
      Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string" } } },
      Self: { type: "object", properties: { child: { $ref: "#/components/schemas/Self" } } },
    },
    examples: { Ada: { value: "ada" } },
    parameters: { Limit: { name: "limit", in: "query", schema: { type: "integer", minimum: 5 } } },
  },
  paths: {
    "/pets/{petId}": {
      parameters: [
        { name: "petId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        { name: "verbose", in: "query", schema: { type: "boolean" } },
      ],
      put: {
        parameters: [
          { name: "verbose", in: "query", required: true, schema: { type: "boolean", default: false } },
          { $ref: "#/components/parameters/Limit" },
          { name: "Accept", in: "header", schema: { type: "string" } },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Pet" },
              examples: {
                First: { value: { name: "a", photoUrls: [] } },
                Second: { value: { name: "b", photoUrls: ["x"] } },
              },
            },
            "application/xml": { schema: { $ref: "#/components/schemas/Pet" } },
          },
        },
      },
      post: {
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
            },
          },
        },
      },
    },
  },
};

describe("synthesise", () => {
  const cases: Array<[string, { given: unknown; fill?: Fill; want: unknown }]> = [
    [
      "an enum gives its first non-null value",
      { given: { type: ["string", "null"], enum: [null, "b", "c"] }, want: "b" },
    ],
    ["const wins over everything", { given: { const: "card", example: "x" }, want: "card" }],
    ["a fitting schema example is used", { given: { type: "string", example: "Berlin" }, want: "Berlin" }],
    [
      "an example that breaks its own format is skipped",
      {
        given: { type: "string", format: "uuid", examples: ["4f4e4e1-c824-4d63-b37a-d8d698862f1d"] },
        want: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      },
    ],
    ["uuid", { given: { type: "string", format: "uuid" }, want: "3fa85f64-5717-4562-b3fc-2c963f66afa6" }],
    ["date-time", { given: { type: "string", format: "date-time" }, want: "2024-02-01T09:00:00Z" }],
    ["email", { given: { type: "string", format: "email" }, want: "user@example.com" }],
    ["minLength pads", { given: { type: "string", minLength: 10 }, want: "examplexxx" }],
    ["maxLength cuts", { given: { type: "string", maxLength: 3 }, want: "exa" }],
    ["a simple pattern is met", { given: { type: "string", pattern: "^[0-9]+$" }, want: "1" }],
    ["an integer inside minimum and maximum", { given: { type: "integer", minimum: 1, maximum: 10 }, want: 1 }],
    ["an integer at a minimum above 1", { given: { type: "integer", minimum: 5 }, want: 5 }],
    ["3.0 exclusiveMinimum", { given: { type: "integer", minimum: 1, exclusiveMinimum: true }, want: 2 }],
    ["3.1 exclusiveMaximum", { given: { type: "number", exclusiveMaximum: 1 }, want: 0.5 }],
    ["multipleOf", { given: { type: "integer", minimum: 2, multipleOf: 5 }, want: 5 }],
    ["a valid default", { given: { type: "boolean", default: false }, want: false }],
    ["a boolean", { given: { type: "boolean" }, want: true }],
    ["an array gets one item", { given: { type: "array", items: { type: "integer" } }, want: [1] }],
    [
      "an array gets minItems items",
      { given: { type: "array", minItems: 2, items: { const: "x" } }, want: ["x", "x"] },
    ],
    [
      "with every property, an array gets two items, an enum's in turn",
      { given: { type: "array", items: { enum: ["a", "b", "c"] } }, fill: "all", want: ["a", "b"] },
    ],
    ["maxItems caps", { given: { type: "array", maxItems: 1, items: { type: "integer" } }, fill: "all", want: [1] }],
    [
      "uniqueItems keeps equal items once",
      { given: { type: "array", minItems: 2, uniqueItems: true, items: { const: 1 } }, want: [1] },
    ],
    [
      "required properties only, never readOnly",
      {
        given: { $ref: "#/components/schemas/Pet" },
        fill: "required",
        want: { name: "doggie", photoUrls: ["example"] },
      },
    ],
    [
      "every writable property",
      {
        given: { $ref: "#/components/schemas/Pet" },
        fill: "all",
        want: { name: "doggie", photoUrls: ["example", "example"], status: "available" },
      },
    ],
    [
      "allOf is merged",
      {
        given: {
          allOf: [
            { $ref: "#/components/schemas/Dog" },
            { required: ["age"], properties: { age: { type: "integer" } } },
          ],
        },
        want: { kind: "example", age: 1 },
      },
    ],
    [
      "oneOf takes the first non-null branch and sets the discriminator",
      {
        given: {
          oneOf: [{ type: "null" }, { $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "pet_type", mapping: { cat: "#/components/schemas/Cat" } },
        },
        want: { kind: "example", pet_type: "cat" },
      },
    ],
    [
      "an untyped schema with properties is an object",
      { given: { required: ["a"], properties: { a: { type: "integer" } } }, want: { a: 1 } },
    ],
  ];

  test.each(cases)("%s", (_, { given, fill, want }) => {
    expect(synthesise(ROOT, given, { fill: fill ?? "required" })).toEqual(want);
  });

  test("a recursive schema stops, even one that requires itself", () => {
    const value = synthesise(ROOT, { $ref: "#/components/schemas/Self" }, { fill: "all" });
    expect(JSON.stringify(value).length).toBeLessThan(200);
    const loop = { type: "object", required: ["next"], properties: { next: { $ref: "#" } } };
    expect(JSON.stringify(synthesise(loop, loop, { fill: "required" }))).toMatch(/^(\{"next":)+\{\}+$/);
  });

  test("format binary is a Blob only when asked", () => {
    expect(synthesise(ROOT, { type: "string", format: "binary" }, { fill: "all", binaryAsBlob: true })).toBeInstanceOf(
      Blob,
    );
    expect(synthesise(ROOT, { type: "string", format: "binary" }, { fill: "all" })).toBe("example");
  });
});

describe("fitsSchema", () => {
  const cases: Array<[string, { schema: unknown; value: unknown; want: boolean }]> = [
    ["type mismatch", { schema: { type: "integer" }, value: "1", want: false }],
    ["integer accepts 1", { schema: { type: "integer" }, value: 1, want: true }],
    ["integer refuses 1.5", { schema: { type: "integer" }, value: 1.5, want: false }],
    ["enum", { schema: { enum: ["a"] }, value: "b", want: false }],
    [
      "bad uuid",
      { schema: { type: "string", format: "uuid" }, value: "4f4e4e1-c824-4d63-b37a-d8d698862f1d", want: false },
    ],
    ["unknown formats pass", { schema: { type: "string", format: "iso-country-code" }, value: "DE", want: true }],
    ["below minimum", { schema: { type: "integer", minimum: 1 }, value: 0, want: false }],
    ["null needs nullable", { schema: { type: "string" }, value: null, want: false }],
    ["3.1 null type", { schema: { type: ["string", "null"] }, value: null, want: true }],
  ];
  test.each(cases)("%s", (_, { schema, value, want }) => {
    expect(fitsSchema(ROOT, schema, value)).toBe(want);
  });
});

describe("parameterValue", () => {
  const cases: Array<[string, { given: Record<string, unknown>; want: { value: unknown; source: string } }]> = [
    [
      "its example",
      {
        given: { name: "q", in: "query", example: "x", schema: { type: "string" } },
        want: { value: "x", source: "example" },
      },
    ],
    [
      "the first of its examples, through a $ref",
      {
        given: {
          name: "q",
          in: "query",
          examples: { a: { $ref: "#/components/examples/Ada" } },
          schema: { type: "string" },
        },
        want: { value: "ada", source: "example" },
      },
    ],
    [
      "an example that breaks the schema is skipped",
      {
        given: { name: "n", in: "query", example: "ten", schema: { type: "integer" } },
        want: { value: 1, source: "synthesised" },
      },
    ],
    [
      "its schema's example",
      {
        given: { name: "q", in: "query", schema: { type: "string", example: "s" } },
        want: { value: "s", source: "example" },
      },
    ],
    [
      "content instead of schema",
      {
        given: { name: "f", in: "query", content: { "application/json": { schema: { type: "integer" } } } },
        want: { value: 1, source: "synthesised" },
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(parameterValue(ROOT, given, "required")).toEqual(want);
  });
});

describe("operationCases", () => {
  test("required only, all parameters, then each further body example; operation parameters override path ones", () => {
    const cases = operationCases(ROOT, "/pets/{petId}", "PUT", { mediaType: "application/json" });
    expect(cases.map((c) => c.name)).toEqual(["required only", "all parameters", "body examples/Second"]);
    const [required, all] = cases;
    expect(required?.parameters.map((p) => [p.in, p.name, p.value])).toEqual([
      ["path", "petId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"],
      ["query", "verbose", false],
    ]);
    expect(all?.parameters.map((p) => [p.name, p.value])).toEqual([
      ["petId", "3fa85f64-5717-4562-b3fc-2c963f66afa6"],
      ["verbose", false],
      ["limit", 5],
    ]);
    expect(required?.body).toEqual({
      mediaType: "application/json",
      value: { name: "a", photoUrls: [] },
      source: "examples/First",
    });
    expect(cases[2]?.body?.value).toEqual({ name: "b", photoUrls: ["x"] });
  });

  test("an optional body is sent only with all parameters; multipart files are Blobs", () => {
    const cases = operationCases(ROOT, "/pets/{petId}", "post");
    expect(cases[0]?.body).toBeUndefined();
    const body = cases[1]?.body;
    expect(body?.mediaType).toBe("multipart/form-data");
    expect((body?.value as { file?: unknown }).file).toBeInstanceOf(Blob);
  });

  test("a missing operation or media type is an error", () => {
    expect(() => operationCases(ROOT, "/nowhere", "get")).toThrow(/no path/);
    expect(() => operationCases(ROOT, "/pets/{petId}", "get")).toThrow(/no GET/);
    expect(() => operationCases(ROOT, "/pets/{petId}", "put", { mediaType: "text/plain" })).toThrow(
      /no text\/plain body/,
    );
  });
});

describe("toCallParams and resolveRef", () => {
  test("parameters go under the client's keys, the body under body", () => {
    const [testCase] = operationCases(ROOT, "/pets/{petId}", "put");
    const params = toCallParams(testCase!, (name, location) => (location === "query" ? `q_${name}` : name));
    expect(params).toEqual({
      petId: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      q_verbose: false,
      body: { name: "a", photoUrls: [] },
    });
    expect(() => toCallParams(testCase!, () => undefined)).toThrow(/no path parameter petId/);
  });

  test("refs: followed, and refused when external, dangling or cyclic", () => {
    expect(resolveRef(ROOT, { $ref: "#/components/examples/Ada" })).toEqual({ value: "ada" });
    expect(() => resolveRef(ROOT, { $ref: "other.yaml#/x" })).toThrow(/external/);
    expect(() => resolveRef(ROOT, { $ref: "#/components/nothing" })).toThrow(/names nothing/);
    expect(() => resolveRef({ a: { $ref: "#/a" } }, { $ref: "#/a" })).toThrow(/cycle/);
  });
});
