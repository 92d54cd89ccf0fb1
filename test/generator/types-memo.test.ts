/**
 * Watch mode's types memo (emit/types-memo.ts) on real documents: with it,
 * `types.d.ts` must be byte-identical to a run without it, on the first save
 * (nothing to reuse), on a save that changes an operation (the components
 * reused) and on one that changes a schema (made again).
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { emitTypes } from "../../generator/emit/emit-types.js";
import { newTypesMemo } from "../../generator/emit/types-memo.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { CORPUS, describeWithCorpus } from "../support/shared-corpus.js";

type Json = Record<string, any>;

/** The first operation of the document gets a new description and query parameter. */
function editOperation(document: Json, i: number): Json {
  const copy = structuredClone(document);
  const item = Object.values(copy.paths as Json)[0] as Json;
  const operation = Object.values(item).find((v) => typeof v === "object" && v !== null && "responses" in v) as Json;
  operation.description = `Edited ${i}`;
  operation.parameters = [...(operation.parameters ?? []), { name: `edit_${i}`, in: "query", schema: { type: "string" } }];
  return copy;
}

/** The first object schema gets a new optional property. */
function editSchema(document: Json): Json {
  const copy = structuredClone(document);
  const schema = Object.values(copy.components.schemas as Json).find((s) => s.properties !== undefined) as Json;
  schema.properties.memo_edit = { type: "string" };
  return copy;
}

const DOCUMENTS = [
  // allOf with `required` beside a $ref: the WithRequired helper, declared in the footer.
  "readme-polymorphism.json",
  "readme-discriminators.json",
  "train-travel-api.yaml",
  "openai-api.yaml",
  "github-api.json",
];

describeWithCorpus("the types memo of a long-lived thread", { timeout: 120_000 }, () => {
  it.each(DOCUMENTS)("%s: every save gives the types a run without the memo gives", async (name) => {
    const loaded = await loadDocument(join(CORPUS, name));
    if (!loaded.ok) throw new Error(`${name} did not load`);
    const original = loaded.document.data as Json;
    const memo = newTypesMemo();
    const saves = [original, editOperation(original, 1), editOperation(original, 2), editSchema(original)];
    const reused: boolean[] = [];
    for (const document of saves) {
      const before = memo.components;
      const withMemo = await emitTypes(structuredClone(document), memo);
      reused.push(before !== undefined && memo.components === before);
      expect(withMemo).toBe(await emitTypes(structuredClone(document)));
    }
    // The operation edits reused the components; the schema edit made them again.
    expect(reused).toEqual([false, true, true, false]);
  });
});

describe("the types memo and the helper types of the footer", () => {
  const pet = { type: "object", properties: { name: { type: "string" }, id: { type: "integer" } } };
  const named = { allOf: [{ $ref: "#/components/schemas/Pet" }], required: ["name"] };
  const response = (schema: unknown): Json => ({
    responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
  });
  const document = (operation: Json): Json => ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: { "/pets": { get: operation } },
    components: { schemas: { Pet: pet, Named: named } },
  });

  it("declares WithRequired once, where a run without the memo does, whether the paths need it too or not", async () => {
    const memo = newTypesMemo();
    const saves = [
      document(response({ $ref: "#/components/schemas/Named" })),
      // The operation needs the helper itself now: it is declared in the paths' part of the footer.
      document(response({ allOf: [{ $ref: "#/components/schemas/Pet" }], required: ["id"] })),
      document(response({ $ref: "#/components/schemas/Pet" })),
    ];
    for (const save of saves) {
      const withMemo = await emitTypes(structuredClone(save), memo);
      expect(withMemo).toContain("type WithRequired<");
      expect(withMemo.match(/type WithRequired</g)).toHaveLength(1);
      expect(withMemo).toBe(await emitTypes(structuredClone(save)));
    }
  });
});
