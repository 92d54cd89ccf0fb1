/**
 * Doc comments printed by splice-docs.ts must be the text ts-morph prints for
 * the same structures, at any depth of indentation, for any text: a property
 * test against ts-morph's own printer (whole documents are compared by the
 * snapshot and format tests).
 */
import fc from "fast-check";
import { printStructure, StructureKind, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { printWithDocs } from "../../generator/emit/splice-docs.js";

const print = (statements: StatementStructures[]): string =>
  printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 });

const piece = fc.constantFrom("a", "b c", "/", "*", "/*", "*/", " ", "  ", "\n", "\r\n", "\r", "\n\n", "'", '"', "`", "//", "@x", "*", "{", "}", "é", "\t");
const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
const tag = fc.record({ tagName: fc.constantFrom("param", "returns", "see"), text: fc.option(text, { nil: undefined }) }, { requiredKeys: ["tagName"] });
const doc = fc.oneof(
  text.filter((t) => t !== ""),
  fc.record({ description: fc.option(text, { nil: undefined }), tags: fc.option(fc.array(tag, { maxLength: 3 }), { nil: undefined }) }),
);

/** A class with a documented method and property, and a documented function: three depths of indentation. */
function file(docs: readonly unknown[]): StatementStructures[] {
  const list = docs as never[];
  return [
    {
      kind: StructureKind.Class,
      name: "A",
      docs: list,
      methods: [{ name: "m", docs: list, statements: ["return 1;"] }],
      properties: [{ name: "p", type: "string", docs: list }],
    },
    { kind: StructureKind.Function, name: "f", docs: list, statements: ["const x = 1;"] },
  ];
}

describe("printWithDocs", () => {
  it("prints what ts-morph prints, for any doc text and tags", () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 3 }), (docs) => {
        expect(printWithDocs(file(docs), print)).toBe(print(file(docs)));
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves a doc it cannot read as data (a writer function) to ts-morph", () => {
    const docs = [(writer: { write(text: string): void }) => writer.write("written by a function")];
    expect(printWithDocs(file(docs), print)).toBe(print(file(docs)));
    expect(printWithDocs(file(docs), print)).toContain("written by a function");
  });
});
