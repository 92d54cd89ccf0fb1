/**
 * The load bounds and reference checks of issue 12, in process, at their
 * edges: what real documents do still loads (one anchor used 150 times, far
 * past the yaml library's own 100; nesting of exactly 256 levels; schemas
 * recursive through `properties`), and one step past each edge is a located
 * error.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../generator/check/check-document.js";
import { formatDiagnostic } from "../../generator/check/diagnostic.js";
import { MAX_DEPTH } from "../../generator/load/document-bounds.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";

const scratch = useScratchDir("wiregen-bounds-");

async function load(name: string, text: string) {
  const file = join(scratch, name);
  await writeFile(file, text);
  return loadDocument(file);
}

/** A JSON document whose deepest value is `depth` levels below the top. */
function jsonOfDepth(depth: number): string {
  // `Deep` is at level 3 and its innermost `type` at 3 + items + 1.
  const items = depth - 4;
  const pre = '{"openapi":"3.0.3","info":{"title":"d","version":"1"},"paths":{},"components":{"schemas":{"Deep":';
  return pre + '{"type":"array","items":'.repeat(items) + '{"type":"string"}' + "}".repeat(items) + "}}}";
}

/** The same in block YAML. */
function yamlOfDepth(depth: number): string {
  const lines = ['openapi: 3.0.3\ninfo: { title: d, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Deep:'];
  for (let i = 0; i < depth - 4; i++) lines.push(`${" ".repeat(6 + i)}items:`);
  lines.push(`${" ".repeat(2 + depth)}type: string`);
  return `${lines.join("\n")}\n`;
}

describe("nesting depth", () => {
  it.each([
    ["JSON", "deep.json", jsonOfDepth],
    ["YAML", "deep.yaml", yamlOfDepth],
  ] as const)("%s: 256 levels load, one more is a located error", async (_kind, name, make) => {
    const fits = await load(name, make(MAX_DEPTH));
    expect(fits.ok, fits.ok ? "" : fits.diagnostics.map(formatDiagnostic).join("\n")).toBe(true);
    const deeper = await load(name, make(MAX_DEPTH + 1));
    expect(deeper.ok).toBe(false);
    if (deeper.ok) return;
    expect(deeper.diagnostics[0]!.message).toMatch(
      /nested more than 256 levels deep, at #\/components\/schemas\/Deep\/items/,
    );
    expect(deeper.diagnostics[0]!.position.line).toBeGreaterThan(name.endsWith(".json") ? 0 : 200);
  });
});

describe("YAML aliases", () => {
  it("one small anchor used 150 times loads (the yaml library alone would refuse it)", async () => {
    const result = await loadDocument(join(ROOT, "test/fixtures/hostile/many-small-aliases.yaml"));
    expect(result.ok, result.ok ? "" : result.diagnostics.map(formatDiagnostic).join("\n")).toBe(true);
  });

  it("an alias naming no anchor is a located error, not a thrown ReferenceError", async () => {
    const result = await load(
      "unknown-alias.yaml",
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: *nowhere\n",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatDiagnostic(result.diagnostics[0]!)).toMatch(
      /unknown-alias\.yaml:3:8: error: the alias \*nowhere at #\/paths names no anchor defined before it/,
    );
  });
});

describe("references", () => {
  const spec = (components: string) =>
    `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n${components}`;

  async function check(name: string, text: string) {
    const loaded = await load(name, text);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    return checkDocument(loaded.document).map(formatDiagnostic);
  }

  it("a schema recursive through properties and items is not a cycle", async () => {
    const tree =
      "    Tree:\n      type: object\n      properties:\n        children: { type: array, items: { $ref: '#/components/schemas/Tree' } }\n        parent: { $ref: '#/components/schemas/Tree' }\n";
    expect(await check("tree.yaml", spec(tree))).toEqual([]);
  });

  it("a three-step chain of schemas back to itself is one warning, at the first member the refs reach, and that member becomes any value", async () => {
    const chain = ["A", "B", "C"]
      .map((name, i) => `    ${name}: { $ref: '#/components/schemas/${"BCA"[i]}' }\n`)
      .join("");
    const loaded = await load("chain.yaml", spec(`${chain}    D: { $ref: '#/components/schemas/A' }\n`));
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    expect(checkDocument(loaded.document)).toEqual([]);
    expect(loaded.warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /chain\.yaml:7:10: warning: schema \$ref cycle that names no value: "#\/components\/schemas\/B" → "#\/components\/schemas\/C" → "#\/components\/schemas\/A" → "#\/components\/schemas\/B"; `B` is read as any value \(unknown\)/,
      ),
    ]);
    const schemas = (loaded.document.data as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(schemas["B"]).toEqual({});
    expect(schemas["A"]).toEqual({ $ref: "#/components/schemas/B" });
  });

  it('`$ref: "#"` (the whole document) is an error', async () => {
    expect(await check("root-ref.yaml", spec("    A: { $ref: '#' }\n"))).toEqual([
      expect.stringMatching(/root-ref\.yaml:6:10: error: \$ref "#" points to nothing: it names the whole document/),
    ]);
  });

  it("a discriminator mapping to nothing is a warning naming it", async () => {
    const pet =
      "    Pet:\n      oneOf: [{ $ref: '#/components/schemas/Cat' }]\n      discriminator:\n        propertyName: kind\n        mapping: { dog: '#/components/schemas/Dog' }\n    Cat: { type: object, properties: { kind: { type: string } } }\n";
    expect(await check("mapping.yaml", spec(pet))).toEqual([
      expect.stringMatching(
        /mapping\.yaml:10:20: warning: discriminator mapping "#\/components\/schemas\/Dog" points to nothing/,
      ),
    ]);
  });
});
