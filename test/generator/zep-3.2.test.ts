/**
 * The Zep spec written as OpenAPI 3.2 (test/fixtures/zep-3.2/: `openapi: 3.2.0`,
 * tags nested by `parent` instead of dotted names, operations untouched) makes
 * the same client a caller sees as spec/zep.yaml: the same `api.json` and the
 * same reference and source files, each resource documented by the same tag.
 */
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";

const SPEC_31 = "spec/zep.yaml";
const SPEC_32 = "test/fixtures/zep-3.2/zep.yaml";

async function generated(spec: string): Promise<{ files: Map<string, string>; warnings: string[] }> {
  const result = await generate(spec);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return { files: result.files, warnings: result.diagnostics.map((d) => d.message) };
}

/** `api.json` parsed, without the field naming the spec file. */
function surface(files: Map<string, string>): unknown {
  const { spec, ...rest } = JSON.parse(files.get("api.json")!) as Record<string, unknown>;
  expect(typeof spec).toBe("string");
  return rest;
}

describe("the Zep spec as OpenAPI 3.2", () => {
  it("generates the api.json and api.md of spec/zep.yaml, with no diagnostics of its own", async () => {
    const [v31, v32] = await Promise.all([generated(SPEC_31), generated(SPEC_32)]);
    expect(v32.warnings).toEqual(v31.warnings);
    expect(surface(v32.files)).toEqual(surface(v31.files));
    // The reference names its spec file once, in its header; the rest, resource docs included, is the same.
    const reference = (files: Map<string, string>, spec: string) => files.get("api.md")!.replaceAll(spec, "<spec>");
    expect(reference(v32.files, SPEC_32)).toEqual(reference(v31.files, SPEC_31));
    // So is every other file, doc comments of resources included.
    expect([...v32.files.keys()].sort()).toEqual([...v31.files.keys()].sort());
    for (const [path, text] of v31.files) expect(v32.files.get(path)!.replaceAll(SPEC_32, "<spec>"), path).toBe(text.replaceAll(SPEC_31, "<spec>"));
    expect(v32.files.get("api.md")).toContain("## `client.graph.edge`\n\nFacts of a graph, stored as edges between two entities.");
  }, 120_000);
});
