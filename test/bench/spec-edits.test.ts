import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specEdits } from "../../bench/spec-edits.js";

const YAML = `# kept comment
paths:
  /things:
    get:
      description: Lists things.
      parameters:
        - name: page
          in: query
          schema: { type: integer }
`;

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "spec-edits-")), name);
  writeFileSync(path, text);
  return path;
}

describe("specEdits", () => {
  it("alternates a new description and an added query parameter on the first operation of a YAML file", () => {
    const edits = specEdits(file("a.yaml", YAML));
    expect(edits.operation).toBe("GET /things");
    const even = parse(edits.text(0)).paths["/things"].get;
    const odd = parse(edits.text(1)).paths["/things"].get;
    expect(even.description).toContain("edit 0");
    expect(even.parameters).toHaveLength(1);
    expect(odd.description).toBe("Lists things.");
    expect(odd.parameters.map((p: { name: string }) => p.name)).toEqual(["page", "bench_edit_1"]);
    expect(edits.text(0)).toContain("# kept comment");
    const texts = [0, 1, 2, 3].map((i) => edits.text(i));
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
  });

  it("adds a parameters list to a JSON operation that had none", () => {
    const edits = specEdits(file("a.json", JSON.stringify({ paths: { "/": { get: { responses: {} } } } })));
    expect(edits.operation).toBe("GET /");
    expect(JSON.parse(edits.text(1)).paths["/"].get.parameters).toEqual([
      { name: "bench_edit_1", in: "query", description: "Added by bench edit 1.", schema: { type: "string" } },
    ]);
  });
});
