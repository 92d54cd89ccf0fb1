/**
 * The runtime validators (generator/runtime/schema.ts): each row is a schema,
 * a value and the issues it must yield, written `pointer: message` so a row
 * reads like the error a caller would see. The JSON Schema Test Suite run
 * (schema-conformance.test.ts) covers keyword semantics broadly; this file
 * covers what is ours: messages, paths, directions, discriminators,
 * references and the Standard Schema shape.
 */
import { describe, expect, it } from "vitest";
import { defineSchema, ISSUE_LIMIT, type Direction, type SchemaData, type Validator } from "../../generator/runtime/schema.js";

interface Row {
  readonly schema: SchemaData;
  readonly value: unknown;
  /** `pointer: message` per issue, in order; empty when valid. */
  readonly issues: readonly string[];
  readonly direction?: Direction;
}

function issuesOf(validator: Validator<unknown>, value: unknown, direction?: Direction): string[] {
  return validator.issues(value, direction).map((issue) => `${issue.pointer}: ${issue.message}`);
}

// Named schemas for the rows that refer to each other; thunks make the order irrelevant.
const Message: Validator<unknown> = defineSchema("Message", {
  type: "object",
  properties: { text: { type: "string", minLength: 1 }, reply_to: { anyOf: [() => Message, { type: "null" }] } },
  required: ["text"],
});
const Thread: Validator<unknown> = defineSchema("Thread", {
  type: "object",
  properties: {
    thread_id: { type: "string" },
    messages: { type: "array", items: () => Message },
    parent: { anyOf: [() => Thread, { type: "null" }] },
  },
  required: ["thread_id"],
  additionalProperties: false,
});
const Cat: Validator<unknown> = defineSchema("Cat", {
  type: "object",
  properties: { kind: { const: "cat" }, lives: { type: "integer", maximum: 9 } },
  required: ["kind", "lives"],
});
const Dog: Validator<unknown> = defineSchema("Dog", {
  type: "object",
  properties: { kind: { const: "dog" }, bark: { type: "string" } },
  required: ["kind", "bark"],
});

const rows: ReadonlyArray<readonly [string, Row]> = [
  ["a string", { schema: { type: "string" }, value: "x", issues: [] }],
  ["a number where a string belongs", { schema: { type: "string" }, value: 42, issues: [": expected string, received number 42"] }],
  ["nothing at all", { schema: { type: "string" }, value: undefined, issues: [": expected string, received nothing"] }],
  ["a type list", { schema: { type: ["string", "null"] }, value: 1.5, issues: [": expected string or null, received number 1.5"] }],
  ["integer", { schema: { type: "integer" }, value: 1.5, issues: [": expected integer, received number 1.5"] }],
  ["1.0 is an integer", { schema: { type: "integer" }, value: 1.0, issues: [] }],
  ["an array is not an object", { schema: { type: "object" }, value: [], issues: [": expected object, received array"] }],
  ["enum", { schema: { enum: ["open", "closed"] }, value: "gone", issues: [': expected one of "open", "closed", received string "gone"'] }],
  ["enum of objects", { schema: { enum: [{ a: 1 }] }, value: { a: 1 }, issues: [] }],
  ["const", { schema: { const: 0 }, value: false, issues: [": expected 0, received boolean false"] }],
  ["a long string is cut short", {
    schema: { const: "x" },
    value: "a".repeat(100),
    issues: [`: expected "x", received string "${"a".repeat(39)}…"`],
  }],
  ["minLength counts code points", { schema: { minLength: 2 }, value: "😀", issues: [": expected string of at least 2 characters, received string of 1 character"] }],
  ["maxLength counts code points", { schema: { maxLength: 2 }, value: "😀😀", issues: [] }],
  ["pattern", { schema: { pattern: "^[a-z]+$" }, value: "A1", issues: [': expected string matching /^[a-z]+$/, received string "A1"'] }],
  ["pattern with a unicode class", { schema: { pattern: "^\\p{L}+$" }, value: "héllo", issues: [] }],
  ["format", { schema: { format: "date-time" }, value: "2024-02-30T00:00:00Z", issues: [': expected date-time string, received string "2024-02-30T00:00:00Z"'] }],
  ["an unknown format is an annotation", { schema: { format: "color" }, value: "nope", issues: [] }],
  ["bounds", {
    schema: { minimum: 1, exclusiveMaximum: 10, multipleOf: 2 },
    value: 11,
    issues: [": expected number < 10, received number 11", ": expected multiple of 2, received number 11"],
  }],
  ["multipleOf in floating point", { schema: { multipleOf: 0.01 }, value: 19.99, issues: [] }],
  ["required", { schema: { type: "object", required: ["a", "b"] }, value: { b: 1 }, issues: ['/a: expected property "a", received nothing'] }],
  ["an inherited name is not a property", {
    schema: { type: "object", required: ["constructor"] },
    value: {},
    issues: ['/constructor: expected property "constructor", received nothing'],
  }],
  ["a property set to undefined is absent, as JSON.stringify leaves it out", {
    schema: { type: "object", properties: { a: { type: "string" }, b: { type: "string" } }, required: ["b"] },
    value: { a: undefined, b: undefined },
    issues: ['/b: expected property "b", received nothing'],
  }],
  ["inherited properties are not checked, on a plain object or not", {
    // `toString` as a key takes Object's method as its contextual type, hence the annotation.
    schema: { properties: { toString: { type: "number" } as SchemaData, a: { type: "number" } } },
    value: Object.create({ a: "inherited" }) as unknown,
    issues: [],
  }],
  ["an own property shadowing an Object.prototype name is checked", {
    schema: { properties: { toString: { type: "number" } as SchemaData } },
    value: JSON.parse('{"toString": "x"}'),
    issues: ['/toString: expected number, received string "x"'],
  }],
  ["additionalProperties false", {
    schema: { type: "object", properties: { a: true }, additionalProperties: false },
    value: { a: 1, b: 2 },
    issues: ["/b: expected no additional property, received number 2"],
  }],
  ["patternProperties and additionalProperties", {
    schema: { patternProperties: { "^x-": { type: "string" } }, additionalProperties: { type: "number" } },
    value: { "x-a": 1, b: "2" },
    issues: ["/x-a: expected string, received number 1", '/b: expected number, received string "2"'],
  }],
  ["propertyNames", {
    schema: { propertyNames: { maxLength: 3 } },
    value: { abcd: 1 },
    issues: ['/abcd: expected a property name the schema allows, received property "abcd"'],
  }],
  ["min and maxProperties", { schema: { minProperties: 2 }, value: { a: 1 }, issues: [": expected object with at least 2 properties, received object with 1"] }],
  ["dependentRequired", {
    schema: { dependentRequired: { card: ["billing_address"] } },
    value: { card: "4111" },
    issues: ['/billing_address: expected property "billing_address" (as "card" is present), received nothing'],
  }],
  ["items, with every issue collected", {
    schema: { type: "array", items: { type: "integer" } },
    value: [1, "2", 3, null],
    issues: ['/1: expected integer, received string "2"', "/3: expected integer, received null"],
  }],
  ["prefixItems then items", {
    schema: { prefixItems: [{ type: "string" }], items: { type: "number" } },
    value: ["a", "b"],
    issues: ['/1: expected number, received string "b"'],
  }],
  ["minItems", { schema: { minItems: 2 }, value: [1], issues: [": expected array of at least 2 items, received array of 1 item"] }],
  ["uniqueItems", { schema: { uniqueItems: true }, value: [{ a: 1 }, { a: 1 }], issues: [": expected unique items, received array with item 1 repeating an earlier one"] }],
  ["contains", {
    schema: { contains: { const: "admin" }, maxContains: 1 },
    value: ["admin", "admin"],
    issues: [": expected array with exactly 1 matching item, received array with 2 matching items"],
  }],
  ["allOf collects from every member", {
    schema: { allOf: [{ required: ["a"] }, { required: ["b"] }] },
    value: {},
    issues: ['/a: expected property "a", received nothing', '/b: expected property "b", received nothing'],
  }],
  ["anyOf: the one member of the value's type reports", {
    schema: { anyOf: [{ type: "string", maxLength: 2 }, { type: "null" }] },
    value: "abc",
    issues: [": expected string of at most 2 characters, received string of 3 characters"],
  }],
  ["anyOf: no member stands out", {
    schema: { anyOf: [{ type: "string" }, { type: "null" }] },
    value: 1,
    issues: [": expected one of string, null, received number 1"],
  }],
  ["anyOf: among objects, the one naming most of its keys", {
    schema: { anyOf: [() => Cat, () => Dog] },
    value: { kind: "dog", bark: 1 },
    issues: ['/bark: expected string, received number 1'],
  }],
  ["oneOf matching two", {
    schema: { oneOf: [{ type: "integer" }, { minimum: 0 }] },
    value: 1,
    issues: [": expected exactly one of integer, a schema, received number 1 matching integer and a schema"],
  }],
  ["not", { schema: { not: { type: "null" } }, value: null, issues: [": expected not null, received null"] }],
  ["if/then/else", {
    schema: { if: { properties: { kind: { const: "a" } } }, then: { required: ["a"] }, else: { required: ["b"] } },
    value: { kind: "z" },
    issues: ['/b: expected property "b", received nothing'],
  }],
  ["false", { schema: false, value: 1, issues: [": expected nothing, received number 1"] }],
  ["pointers escape ~ and /", {
    schema: { properties: { "a/b": { properties: { "c~d": { type: "string" } } } } },
    value: { "a/b": { "c~d": 1 } },
    issues: ["/a~1b/c~0d: expected string, received number 1"],
  }],
  ["a property named __proto__", {
    schema: { type: "object", properties: { ["__proto__"]: { type: "string" } }, required: ["__proto__"] },
    value: JSON.parse('{"__proto__": 1}'),
    issues: ["/__proto__: expected string, received number 1"],
  }],
];

describe("defineSchema", () => {
  it.each(rows)("%s", (_, { schema, value, issues, direction }) => {
    const validator = defineSchema("Row", schema);
    expect(issuesOf(validator, value, direction)).toEqual(issues);
    expect(validator.is(value)).toBe(issues.length === 0);
  });
});

describe("references", () => {
  it("follow thunks through recursion, with paths across schemas", () => {
    const value = {
      thread_id: "t1",
      messages: [{ text: "hi" }, { text: "", reply_to: { text: 3 } }],
      parent: { thread_id: 2, parent: null },
    };
    expect(issuesOf(Thread, value)).toEqual([
      "/messages/1/text: expected string of at least 1 character, received string of 0 characters",
      "/messages/1/reply_to/text: expected string, received number 3",
      "/parent/thread_id: expected string, received number 2",
    ]);
  });

  it("end a cycle that never steps into the value (a member's allOf naming the union)", () => {
    const Pet: Validator<unknown> = defineSchema("Pet", {
      oneOf: [() => Bird],
      discriminator: { propertyName: "kind", mapping: { bird: () => Bird } },
    });
    const Bird: Validator<unknown> = defineSchema("Bird", {
      allOf: [() => Pet, { properties: { wings: { type: "integer" } }, required: ["wings"] }],
    });
    expect(issuesOf(Pet, { kind: "bird", wings: 2 })).toEqual([]);
    expect(issuesOf(Pet, { kind: "bird", wings: "two" })).toEqual(['/wings: expected integer, received string "two"']);
  });

  it("name the schemas a failed anyOf tried", () => {
    const Pet = defineSchema("Pet", { anyOf: [() => Cat, () => Dog] });
    expect(issuesOf(Pet, "cat")).toEqual([': expected one of Cat, Dog, received string "cat"']);
  });

  it("resolve a thunk only when reached, so a schema may refer to one defined after it", () => {
    const Early: Validator<unknown> = defineSchema("Early", { items: () => Late });
    const Late = defineSchema("Late", { type: "string" });
    expect(issuesOf(Early, ["a", 1])).toEqual(["/1: expected string, received number 1"]);
  });
});

describe("discriminator", () => {
  const Pet = defineSchema("Pet", {
    oneOf: [() => Cat, () => Dog],
    discriminator: { propertyName: "kind", mapping: { cat: () => Cat, dog: () => Dog } },
  });

  it("reports the issues of the member the tag names", () => {
    expect(issuesOf(Pet, { kind: "cat", lives: 12 })).toEqual(["/lives: expected number <= 9, received number 12"]);
  });

  it("reports an unknown tag once, at the property", () => {
    expect(issuesOf(Pet, { kind: "cow" })).toEqual(['/kind: expected one of "cat", "dog", received string "cow"']);
    expect(issuesOf(Pet, {})).toEqual(['/kind: expected one of "cat", "dog", received nothing']);
  });

  it("lets the members decide a tag the mapping does not list", () => {
    const Loose = defineSchema("Loose", {
      anyOf: [() => Cat, { type: "object", properties: { kind: { const: "cow" } }, required: ["kind"] }],
      discriminator: { propertyName: "kind", mapping: { cat: () => Cat } },
    });
    expect(issuesOf(Loose, { kind: "cow" })).toEqual([]);
    expect(issuesOf(Loose, { kind: "pig" })).toEqual(['/kind: expected one of "cat", received string "pig"']);
  });

  it("accepts a valid member", () => {
    expect(Pet.is({ kind: "dog", bark: "woof" })).toBe(true);
  });
});

describe("readOnly and writeOnly", () => {
  const User = defineSchema("User", {
    type: "object",
    properties: { id: { type: "string", readOnly: true }, password: { type: "string", writeOnly: true } },
    required: ["id", "password"],
  });

  it("a response may leave out a writeOnly property", () => {
    expect(issuesOf(User, { id: "u1" })).toEqual([]);
    expect(issuesOf(User, { password: "x" }, "response")).toEqual(['/id: expected property "id", received nothing']);
  });

  it("follows the marker through a reference and allOf", () => {
    const Id = defineSchema("Id", { type: "string", readOnly: true });
    const Item = defineSchema("Item", {
      type: "object",
      properties: { id: () => Id, created_at: { allOf: [{ readOnly: true }, { type: "string" }] } },
      required: ["id", "created_at"],
    });
    expect(issuesOf(Item, {}, "request")).toEqual([]);
    expect(issuesOf(Item, {}, "response")).toHaveLength(2);
  });

  it("a request may leave out a readOnly property", () => {
    expect(issuesOf(User, { password: "x" }, "request")).toEqual([]);
    expect(issuesOf(User, { id: "u1" }, "request")).toEqual(['/password: expected property "password", received nothing']);
  });
});

describe("issues", () => {
  it("are capped", () => {
    const Numbers = defineSchema("Numbers", { items: { type: "number" } });
    expect(Numbers.issues(Array.from({ length: 500 }, () => "x"))).toHaveLength(ISSUE_LIMIT);
  });

  it("carry path, pointer, expected and received", () => {
    expect(Thread.issues({ thread_id: "t", messages: [{}] })).toEqual([
      {
        message: 'expected property "text", received nothing',
        path: ["messages", 0, "text"],
        pointer: "/messages/0/text",
        expected: 'property "text"',
        received: "nothing",
      },
    ]);
  });
});

describe("Standard Schema v1", () => {
  it("has the ~standard properties", () => {
    expect(Thread["~standard"].version).toBe(1);
    expect(Thread["~standard"].vendor).toBe("wiregen");
    expect(Thread.name).toBe("Thread");
  });

  it("returns the value itself when valid, with no issues key", () => {
    const value = { thread_id: "t" };
    const result = Thread["~standard"].validate(value);
    expect(result).toEqual({ value });
    expect("issues" in result).toBe(false);
    expect("value" in result && result.value).toBe(value);
  });

  it("returns the issues when not", () => {
    const result = Thread["~standard"].validate({});
    expect(result).toEqual({ issues: [expect.objectContaining({ path: ["thread_id"], pointer: "/thread_id" })] });
  });
});
