/**
 * The validators are Standard Schema v1 as the published package declares
 * it: runtime/schema.ts declares the interface itself (a client has no
 * dependencies), so this pins the two together. `tsc -p .` checks the
 * assignments; vitest runs the `expectTypeOf` lines as no-ops.
 */
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, it } from "vitest";
import { defineSchema, type Validator } from "../../generator/runtime/schema.js";

interface Thread {
  thread_id: string;
  title?: string;
}

const Thread = defineSchema<Thread>("Thread", {
  type: "object",
  properties: { thread_id: { type: "string" }, title: { type: "string" } },
  required: ["thread_id"],
});

// What printSchemaData writes for properties named after Object's members: without `as const`,
// `toString: { type: "number" }` would take Object#toString as its contextual type and not compile.
export const ObjectNames = defineSchema("ObjectNames", {
  type: "object",
  properties: {
    toString: { type: "number", enum: [1, 2] } as const,
    constructor: { anyOf: [() => Thread, { type: "null" }] } as const,
    valueOf: true,
    hasOwnProperty: () => Thread,
  },
  required: ["toString"],
});

// Schemas that refer to each other compile when each const is declared with its type
// (inferring it from an initializer that mentions the const itself is error TS7022).
interface Node {
  children?: Node[];
  parent?: Node | null;
}
export const TreeNode: Validator<Node> = defineSchema("TreeNode", {
  type: "object",
  properties: { children: { type: "array", items: () => TreeNode }, parent: { anyOf: [() => Parent, { type: "null" }] } },
});
export const Parent: Validator<Node> = defineSchema("Parent", { allOf: [() => TreeNode] });

describe("Standard Schema v1", () => {
  it("a validator is assignable to the published StandardSchemaV1", () => {
    const standard: StandardSchemaV1<unknown, Thread> = Thread;
    expectTypeOf(standard).toEqualTypeOf<StandardSchemaV1<unknown, Thread>>();
    expectTypeOf(Thread).toExtend<StandardSchemaV1<unknown, Thread>>();
    expectTypeOf(Thread).toExtend<StandardSchemaV1>();
  });

  it("infers the output type the way libraries that accept a Standard Schema do", () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof Thread>>().toEqualTypeOf<Thread>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof Thread>>().toEqualTypeOf<unknown>();
  });

  it("narrows with is()", () => {
    const value: unknown = { thread_id: "t" };
    if (Thread.is(value)) expectTypeOf(value).toEqualTypeOf<Thread>();
  });

  it("keeps the output type apart", () => {
    // @ts-expect-error a validator of Thread is not a validator of numbers
    const wrong: StandardSchemaV1<unknown, number> = Thread;
    expectTypeOf(wrong).not.toEqualTypeOf<Validator<Thread>>();
  });
});
