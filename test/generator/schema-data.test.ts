/**
 * From a document's schema object to the validator data a generated
 * `schemas.ts` holds: `toSchemaData` (dialects, references, what is dropped
 * and what is reported as skipped) and `printSchemaData` (layout and
 * escaping), each as a table of `[name, { given, want }]`.
 */
import { describe, expect, it } from "vitest";
import { printSchemaData } from "../../generator/emit/print-schema-data.js";
import { toSchemaData, type SchemaNode, type ToSchemaDataOptions } from "../../generator/emit/to-schema-data.js";

const COMPONENTS = "#/components/schemas/";

/** Components that are named (they get a validator const) unless their name starts with `_`, which are inlined. */
const components: Readonly<Record<string, unknown>> = {
  Thread: { type: "object" },
  Cat: { type: "object", properties: { kind: { const: "cat" } } },
  Dog: { allOf: [{ properties: { kind: { enum: ["dog", "puppy"] } } }] },
  _Inline: { type: "string", description: "inlined" },
  _Loop: { type: "array", items: { $ref: `${COMPONENTS}_Loop` } },
};

function options(dialect: "3.0" | "3.1"): ToSchemaDataOptions {
  return {
    dialect,
    refName: (ref) => {
      const name = ref.startsWith(COMPONENTS) ? ref.slice(COMPONENTS.length) : undefined;
      return name !== undefined && !name.startsWith("_") ? name : undefined;
    },
    resolve: (ref) => (ref.startsWith(COMPONENTS) ? components[ref.slice(COMPONENTS.length)] : undefined),
  };
}

interface ConversionRow {
  readonly given: unknown;
  readonly dialect?: "3.0" | "3.1";
  readonly want: SchemaNode;
  readonly skipped?: readonly string[];
}

const conversions: ReadonlyArray<readonly [string, ConversionRow]> = [
  ["annotations are dropped", {
    given: { type: "string", description: "d", title: "t", example: "e", examples: ["e"], default: "x", deprecated: true, "x-foo": 1, xml: {}, externalDocs: {} },
    want: { type: "string" },
  }],
  ["a schema with nothing to check is true", { given: { description: "anything" }, want: true }],
  ["keys keep the document's order", {
    given: { required: ["a"], properties: { a: { type: "string" } }, type: "object" },
    want: { required: ["a"], properties: { a: { type: "string" } }, type: "object" },
  }],
  ["keywords without effect are left out", {
    given: { type: "object", properties: {}, required: [], additionalProperties: true, minItems: 0, uniqueItems: false, readOnly: false },
    want: { type: "object" },
  }],
  ["a named $ref stays a reference", { given: { $ref: `${COMPONENTS}Thread` }, want: { $ref: "Thread" } }],
  ["an unnamed $ref is inlined", { given: { items: { $ref: `${COMPONENTS}_Inline` } }, want: { items: { type: "string" } } }],
  ["a cycle through unnamed refs becomes true and is reported", {
    given: { $ref: `${COMPONENTS}_Loop` },
    want: { type: "array" },
    // An inlined schema's keywords sit under the `$ref` that led to them.
    skipped: ["/$ref/items/$ref"],
  }],
  ["3.1: $ref siblings apply", {
    given: { $ref: `${COMPONENTS}Thread`, readOnly: true, description: "x" },
    want: { readOnly: true, allOf: [{ $ref: "Thread" }] },
  }],
  ["3.1: a $ref with only annotations beside it is the reference", {
    given: { $ref: `${COMPONENTS}Thread`, description: "x" },
    want: { $ref: "Thread" },
  }],
  ["3.0: $ref siblings are ignored", {
    dialect: "3.0",
    given: { $ref: `${COMPONENTS}Thread`, readOnly: true },
    want: { $ref: "Thread" },
  }],
  ["3.0: nullable adds null to type and enum", {
    dialect: "3.0",
    given: { type: "string", enum: ["a", "b"], nullable: true },
    want: { type: ["string", "null"], enum: ["a", "b", null] },
  }],
  ["3.0: nullable beside an allOf allows null too", {
    dialect: "3.0",
    given: { nullable: true, allOf: [{ $ref: `${COMPONENTS}Thread` }] },
    want: { anyOf: [{ type: "null" }, { allOf: [{ $ref: "Thread" }] }] },
  }],
  ["3.0: x-nullable is ignored", { dialect: "3.0", given: { type: "string", "x-nullable": true }, want: { type: "string" } }],
  ["3.1: nullable is not a keyword", { given: { type: "string", nullable: true }, want: { type: "string" } }],
  ["3.0: boolean exclusive bounds", {
    dialect: "3.0",
    given: { minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false },
    want: { exclusiveMinimum: 0, maximum: 10 },
  }],
  ["3.1: numeric exclusive bounds, and tolerated booleans", {
    given: { exclusiveMinimum: 0, maximum: 5, exclusiveMaximum: true },
    want: { exclusiveMinimum: 0, exclusiveMaximum: 5 },
  }],
  ["3.1: type lists", { given: { type: ["string", "null"] }, want: { type: ["string", "null"] } }],
  ["tuple items from draft 4", {
    given: { items: [{ type: "string" }], additionalItems: false },
    want: { prefixItems: [{ type: "string" }], items: false },
  }],
  ["draft 4 dependencies", {
    given: { dependencies: { a: ["b"], c: { required: ["d"] } } },
    want: { dependentRequired: { a: ["b"] }, dependentSchemas: { c: { required: ["d"] } } },
  }],
  ["not: true forbids everything and is kept", { given: { not: {} }, want: { not: true } }],
  ["unenforced keywords are reported by pointer", {
    given: { properties: { a: { unevaluatedProperties: false, type: "object" } }, $dynamicRef: "#meta" },
    want: { properties: { a: { type: "object" } } },
    skipped: ["/properties/a/unevaluatedProperties", "/$dynamicRef"],
  }],
  ["a pattern that does not compile is left out and reported", {
    given: { type: "string", pattern: "(unclosed", patternProperties: { "[": true, "^x-": { type: "string" } } },
    want: { type: "string", patternProperties: { "^x-": { type: "string" } } },
    skipped: ["/pattern", "/patternProperties/["],
  }],
  ["discriminator with a mapping", {
    given: {
      oneOf: [{ $ref: `${COMPONENTS}Cat` }, { $ref: `${COMPONENTS}Dog` }],
      discriminator: { propertyName: "kind", mapping: { cat: `${COMPONENTS}Cat`, dog: "Dog" } },
    },
    want: {
      oneOf: [{ $ref: "Cat" }, { $ref: "Dog" }],
      discriminator: { propertyName: "kind", mapping: { cat: { $ref: "Cat" }, dog: { $ref: "Dog" } } },
    },
  }],
  ["discriminator without a mapping uses the schema names", {
    given: { anyOf: [{ $ref: `${COMPONENTS}Cat` }, { $ref: `${COMPONENTS}Dog` }], discriminator: { propertyName: "kind" } },
    want: {
      anyOf: [{ $ref: "Cat" }, { $ref: "Dog" }],
      discriminator: {
        propertyName: "kind",
        mapping: { Cat: { $ref: "Cat" }, cat: { $ref: "Cat" }, Dog: { $ref: "Dog" }, dog: { $ref: "Dog" }, puppy: { $ref: "Dog" } },
      },
    },
  }],
  ["a discriminator without oneOf or anyOf is dropped", {
    given: { type: "object", discriminator: { propertyName: "kind" } },
    want: { type: "object" },
  }],
  ["a property named __proto__ stays a property", {
    given: { properties: JSON.parse('{"__proto__": {"type": "string"}}') as unknown },
    want: { properties: JSON.parse('{"__proto__": {"type": "string"}}') as Record<string, SchemaNode> },
  }],
];

describe("toSchemaData", () => {
  it.each(conversions)("%s", (_, { given, dialect = "3.1", want, skipped = [] }) => {
    const result = toSchemaData(given, options(dialect));
    expect(result.data).toEqual(want);
    expect(result.skipped).toEqual(skipped);
  });

  it("keeps __proto__ as an own key", () => {
    const result = toSchemaData({ properties: JSON.parse('{"__proto__": {"type": "string"}}') as unknown }, options("3.1"));
    const data = result.data as { properties: object };
    expect(Object.keys(data.properties)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(data.properties)).toBe(Object.prototype);
  });
});

interface PrintRow {
  readonly given: SchemaNode;
  readonly indent?: number;
  readonly want: string;
}

const prints: ReadonlyArray<readonly [string, PrintRow]> = [
  ["a short schema on one line", { given: { type: "string", format: "date-time" }, want: '{ type: "string", format: "date-time" }' }],
  ["booleans", { given: true, want: "true" }],
  ["a reference is a thunk", { given: { items: { $ref: "Message" } }, want: "{ items: () => Message }" }],
  ["quoted keys only where needed", {
    given: { properties: { "x-id": { type: "string" }, ok: true, ["__proto__"]: true } },
    want: '{ properties: { "x-id": { type: "string" }, ok: true, ["__proto__"]: true } }',
  }],
  ["a $ref inside a const is data", { given: { const: { $ref: "Message" } }, want: '{ const: { $ref: "Message" } }' }],
  ["strings are escaped, line separators too", { given: { const: 'a"b\u2028' }, want: '{ const: "a\\"b\\u2028" }' }],
  ["a long schema breaks, one entry per line with trailing commas", {
    given: {
      type: "object",
      properties: {
        thread_id: { type: "string" },
        messages: { type: "array", items: { $ref: "Message" } },
        status: { enum: ["open", "closed"] },
        parent: { anyOf: [{ $ref: "Thread" }, { type: "null" }] },
      },
      required: ["thread_id"],
      additionalProperties: false,
    },
    want: [
      "{",
      '  type: "object",',
      "  properties: {",
      '    thread_id: { type: "string" },',
      '    messages: { type: "array", items: () => Message },',
      '    status: { enum: ["open", "closed"] },',
      '    parent: { anyOf: [() => Thread, { type: "null" }] },',
      "  },",
      '  required: ["thread_id"],',
      "  additionalProperties: false,",
      "}",
    ].join("\n"),
  }],
  ["the indent counts towards the width", {
    given: { type: "string", pattern: "^[a-z0-9-]+$", minLength: 1, maxLength: 64, format: "hostname" },
    indent: 40,
    want: [
      "{",
      '                                          type: "string",',
      '                                          pattern: "^[a-z0-9-]+$",',
      "                                          minLength: 1,",
      "                                          maxLength: 64,",
      '                                          format: "hostname",',
      "                                        }",
    ].join("\n"),
  }],
  ["a schema under an Object member's name is printed as const", {
    given: { properties: { toString: { type: "number" } as const, valueOf: true, id: { type: "string" } } },
    want: '{ properties: { toString: { type: "number" } as const, valueOf: true, id: { type: "string" } } }',
  }],
  ["a discriminator's mapping holds thunks", {
    given: { oneOf: [{ $ref: "Cat" }], discriminator: { propertyName: "kind", mapping: { cat: { $ref: "Cat" } } } },
    want: '{ oneOf: [() => Cat], discriminator: { propertyName: "kind", mapping: { cat: () => Cat } } }',
  }],
];

describe("printSchemaData", () => {
  it.each(prints)("%s", (_, { given, indent, want }) => {
    expect(printSchemaData(given, indent === undefined ? {} : { indent })).toBe(want);
  });

  it("refuses a reference that is not an identifier", () => {
    expect(() => printSchemaData({ $ref: "a-b" })).toThrow(/not an identifier/);
  });

  it("prints data that evaluates back to the same value", () => {
    const given: SchemaNode = { enum: ["\u2029", "*/", "${x}", 1, null, { "a b": [true] }], minimum: -0.5 };
    const source = printSchemaData(given);
    expect(new Function(`return ${source};`)()).toEqual(given);
  });
});
