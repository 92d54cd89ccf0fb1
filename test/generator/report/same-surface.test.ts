/**
 * The diff's shortcut: a method is skipped only when it and everything it
 * names are the same. A change three schemas away must still be reported.
 */
import { describe, expect, it } from "vitest";
import { diffSurface } from "../../../generator/report/diff-surface.js";
import { sameDesc, unchangedMethods } from "../../../generator/report/same-surface.js";
import type { ApiSurface, MethodDesc, TypeDesc } from "../../../generator/report/surface.js";

function method(response: TypeDesc, at?: string[]): MethodDesc {
  return { http: "GET /a", arguments: [], params: {}, response, errors: [], pagination: "none", at };
}

function surface(schemas: Record<string, TypeDesc>, methods: Record<string, MethodDesc>): ApiSurface {
  return { format: 2, spec: "spec.yaml", methods, schemas, errorClasses: {} };
}

const chain = (leaf: TypeDesc): Record<string, TypeDesc> => ({
  A: { type: "object", properties: { b: { required: true, type: { $ref: "B" } } } },
  B: { type: "array", items: { $ref: "C" } },
  C: leaf,
  Other: { type: "string" },
});

describe("sameDesc", () => {
  it("ignores locations and keys set to undefined, as api.json does", () => {
    expect(sameDesc({ type: "string", at: ["paths"] }, { type: "string" })).toBe(true);
    expect(sameDesc({ type: "object", properties: {}, additional: undefined }, { type: "object", properties: {} })).toBe(true);
  });

  it("tells apart values, key sets, arrays and their order", () => {
    expect(sameDesc({ type: "string" }, { type: "integer" })).toBe(false);
    expect(sameDesc({ enum: ["a", "b"] }, { enum: ["b", "a"] })).toBe(false);
    expect(sameDesc({ enum: ["a"] }, { enum: ["a", "b"] })).toBe(false);
    expect(sameDesc({ type: "string" }, { type: "string", extra: 1 })).toBe(false);
    expect(sameDesc([], {})).toBe(false);
    expect(sameDesc(undefined, { type: "string" })).toBe(false);
  });
});

describe("unchangedMethods", () => {
  const uses = method({ $ref: "A" }, ["paths", "/a", "get"]);

  it("skips a method whose description and schemas are all the same", () => {
    const before = surface(chain({ type: "string" }), { "x.get": method({ $ref: "A" }) });
    const after = surface(chain({ type: "string" }), { "x.get": uses });
    expect(unchangedMethods(before, after)(before.methods["x.get"]!, uses)).toBe(true);
  });

  it("compares a method whose schema changed three references away, or whose schema is gone", () => {
    const before = surface(chain({ type: "string" }), { "x.get": method({ $ref: "A" }) });
    const retyped = surface(chain({ type: "integer" }), { "x.get": uses });
    expect(unchangedMethods(before, retyped)(before.methods["x.get"]!, uses)).toBe(false);
    const { C: _gone, ...rest } = chain({ type: "string" });
    const missing = surface(rest, { "x.get": uses });
    expect(unchangedMethods(before, missing)(before.methods["x.get"]!, uses)).toBe(false);
  });

  it("leaves the diff's result as it was: the change in C is reported on the method that reaches it", () => {
    const before = surface(chain({ enum: ["a", "b"] }), { "x.get": method({ $ref: "A" }), "y.get": method({ $ref: "Other" }) });
    const after = surface(chain({ enum: ["a"] }), { "x.get": uses, "y.get": method({ $ref: "Other" }) });
    const changes = diffSurface(before, after);
    expect(changes.map((c) => c.method)).toEqual(["x.get"]);
    expect(changes[0]!.severity).toBe("breaking");
  });
});
