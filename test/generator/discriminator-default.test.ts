/**
 * OpenAPI 3.2 discriminator `defaultMapping`. openapi-typescript does not read
 * it and would pin the default member's discriminator property to its schema
 * name; the load stage keeps that member open, so a payload of any other kind
 * type-checks as the default member.
 */
import { describe, expect, it } from "vitest";
import { keepDefaultMemberOpen } from "../../generator/load/discriminator-default.js";
import { generate } from "../../generator/generate.js";

type Json = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const schemas = { Cat: {}, Other: {} };

const TABLE: ReadonlyArray<readonly [string, { given: Json; want: unknown[] | undefined }]> = [
  [
    "the default member is wrapped in an allOf",
    { given: { oneOf: [ref("Cat"), ref("Other")], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" }, defaultMapping: "#/components/schemas/Other" } }, want: [ref("Cat"), { allOf: [ref("Other")] }] },
  ],
  [
    "a bare schema name as defaultMapping",
    { given: { oneOf: [ref("Cat"), ref("Other")], discriminator: { propertyName: "kind", defaultMapping: "Other" } }, want: [ref("Cat"), { allOf: [ref("Other")] }] },
  ],
  [
    "a default the mapping also names keeps its mapped values",
    { given: { oneOf: [ref("Cat"), ref("Other")], discriminator: { propertyName: "kind", mapping: { other: "Other" }, defaultMapping: "Other" } }, want: undefined },
  ],
  [
    "a default that is not a member changes nothing",
    { given: { oneOf: [ref("Cat")], discriminator: { propertyName: "kind", defaultMapping: "Other" } }, want: undefined },
  ],
];

describe("keepDefaultMemberOpen", () => {
  it.each(TABLE)("%s", (_, { given, want }) => {
    const before = structuredClone(given["oneOf"]);
    expect(keepDefaultMemberOpen(given, schemas)).toBe(want !== undefined);
    expect(given["oneOf"]).toEqual(want ?? before);
  });
});

describe("a client generated with a defaultMapping", () => {
  it("types the default member's discriminator as the schema declares it, the mapped ones by their values", async () => {
    const result = await generate("test/fixtures/discriminator-default/discriminator-default.yaml");
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(result.diagnostics).toEqual([]);
    const types = result.files.get("types.d.ts")!;
    expect(types).toMatch(/OtherPet: \{\n\s*\/\*\* @description Any kind but cat and dog\. \*\/\n\s*kind: string;/);
    expect(types).toMatch(/Cat: \{[\s\S]*?kind: "cat";[\s\S]*?Dog: \{[\s\S]*?kind: "dog";[\s\S]*?OtherPet: /);
  });
});
