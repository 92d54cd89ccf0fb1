/**
 * `types.ts` comes from openapi-typescript's internal transform entry points
 * (generator/emit/emit-types.ts), not from its public `openapiTS()`, to skip
 * a second Redocly load. This proves the shortcut changes nothing: for
 * spec/zep.yaml, the repair fixtures and every corpus document that generates, the pipeline's
 * `types.ts`, without its header line, is exactly what the public API prints
 * (`openapiTS(document, options)` then `astToString`) for the same document as
 * our load stage leaves it (converted, bundled, normalised), with the options
 * emit-types.ts gives: the defaults, silent, and binary as `Blob`.
 *
 * One difference is known and pinned here: for a document without
 * `components`, Redocly's bundle step inside `openapiTS()` adds an empty
 * `components: {}`, which openapi-typescript prints as an interface of `never`
 * groups; the pipeline, given the document as loaded, prints the absent
 * object as `Record<string, never>`. Both name no schema, so no generated code
 * can tell them apart.
 */
import { join } from "node:path";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { repairTypes } from "../../generator/emit/repair-types.js";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { ROOT } from "../generator/helpers/paths.js";
import { describeWithCorpus } from "../support/shared-corpus.js";
import { CORPUS, MUST_GENERATE } from "./documents.js";

// Like corpus.test.ts, the corpus documents are skipped loudly where ../shared/corpus is absent (and fail under CI).
const DOCUMENTS = [
  join(ROOT, "spec/zep.yaml"),
  // Documents our repairs change (hoisted refs, discriminator mappings, recursive aliases).
  ...["deep-refs", "discriminator-values", "recursive-unions"].map((name) =>
    join(ROOT, `test/fixtures/repairs/${name}.yaml`),
  ),
];
const CORPUS_DOCUMENTS = MUST_GENERATE.map((doc) => join(CORPUS, doc));

/** What emit-types.ts sets besides openapi-typescript's defaults. */
const OPTIONS = {
  silent: true,
  transform: (schema: { format?: unknown }) =>
    schema.format === "binary" ? ts.factory.createTypeReferenceNode("Blob") : undefined,
};

/** `components` as the pipeline prints it when the document has none... */
const ABSENT_COMPONENTS = "export type components = Record<string, never>;";
/** ...and as the public API prints it then, after Redocly's bundle has added `components: {}`. */
const EMPTY_COMPONENTS = [
  "export interface components {",
  ...["schemas", "responses", "parameters", "requestBodies", "headers", "pathItems"].map((g) => `    ${g}: never;`),
  "}",
].join("\n");

/** The public API's `types.ts` for `file`, from the document our load stage produces. */
async function publicTypes(file: string): Promise<{ text: string; hasComponents: boolean }> {
  const loaded = await loadDocument(file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  const document = loaded.document.data as OpenAPI3;
  const hasComponents = document.components !== undefined;
  // The public entry point lints and bundles the document with Redocly, then runs the same transform.
  // Our own repairs of its output (repair-types.ts) run on both sides.
  return { text: astToString(repairTypes(ts, await openapiTS(document, OPTIONS))), hasComponents };
}

/** Generates `file` and compares its types.d.ts with openapi-typescript's public API output. */
async function expectPublicTypes(file: string): Promise<void> {
  const result = await generate(file);
  if (!result.ok) expect.fail(result.diagnostics.map((d) => d.message).join("\n"));
  const ours = result.files.get("types.d.ts")!;
  const [header, ...body] = ours.split("\n");
  expect(header).toMatch(/^\/\/ Generated from .* by wiregen\. Edits are kept: regeneration merges them with the spec's changes\.$/);
  const expected = await publicTypes(file);
  if (!expected.hasComponents) {
    // The known difference, in its exact form: one line instead of the empty interface, nothing else.
    expect(expected.text.split(EMPTY_COMPONENTS)).toHaveLength(2);
    expected.text = expected.text.replace(EMPTY_COMPONENTS, ABSENT_COMPONENTS);
  }
  expect(body.join("\n")).toBe(expected.text);
}

describe("types.ts equals openapi-typescript's public API output", () => {
  it.for(DOCUMENTS.map((file) => [file.replace(`${ROOT}/`, ""), file] as const))(
    "%s",
    { timeout: 300_000 },
    ([, file]) => expectPublicTypes(file),
  );
});

describeWithCorpus("types.ts equals openapi-typescript's public API output: the corpus", {}, () => {
  it.for(CORPUS_DOCUMENTS.map((file) => [file.replace(`${CORPUS}/`, ""), file] as const))(
    "%s",
    { timeout: 300_000 },
    ([, file]) => expectPublicTypes(file),
  );
});
