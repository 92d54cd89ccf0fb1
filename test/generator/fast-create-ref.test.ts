/**
 * The faster `createRef` installed in openapi-typescript (emit/fast-create-ref.ts)
 * must build every pointer the original builds: on any path parts (a property
 * test against the original), and on whole documents, whose types.d.ts must
 * be byte-identical with either in place.
 */
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit/emit-types.js";
import { fastCreateRef } from "../../generator/emit/fast-create-ref.js";
import { openapiTypescriptRequire } from "../../generator/emit/shared-typescript.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { CORPUS, describeWithCorpus } from "../support/shared-corpus.js";

type CreateRef = ((parts: readonly unknown[]) => string) & { original?: CreateRef };

const utils = openapiTypescriptRequire()("../lib/utils.cjs") as { createRef: CreateRef };

/** The function openapi-typescript shipped, whether or not the fast one is installed yet. */
function shipped(): CreateRef {
  return utils.createRef.original ?? utils.createRef;
}

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

describe("fastCreateRef", () => {
  it("builds the pointer the original builds, for any parts", () => {
    const piece = fc.constantFrom("a", "~", "/", "#/", "#", "%", "%2F", "~1", "components", "x y", "é");
    const part = fc.oneof(
      fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join("")),
      fc.string(),
      fc.integer({ min: 0, max: 500 }),
      fc.constantFrom(undefined, null, "", "#/components/schemas/Pet", "#/paths/~1pets/get", "a#/b/c%zz"),
      // Pointers the original does not rebuild as they are: a bad escape, empty steps, a URI, a second `#/`, a %.
      fc.constantFrom("#/a~2b", "#/a//b", "#/a/", "#/", "x#/a/b", "#/a#/b", "#/a/~0/~1", "#/a%20b", "#/a%2Fb", "#/0/1"),
    );
    const fast = fastCreateRef(shipped());
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        expect(outcome(() => fast(parts))).toBe(outcome(() => shipped()(parts)));
      }),
      { numRuns: 3000 },
    );
  });
});

describeWithCorpus("fastCreateRef on whole documents", { timeout: 120_000 }, () => {
  it.each(["train-travel-api.yaml", "openai-api.yaml", "github-api.json"])(
    "%s: types.d.ts is the same with the original createRef",
    async (name) => {
      const loaded = await loadDocument(join(CORPUS, name));
      if (!loaded.ok) throw new Error(`${name} did not load`);
      const withFast = await emitTypes(structuredClone(loaded.document.data));
      const fast = utils.createRef;
      // Marked as installed, so emitTypes leaves it in place: the original's behaviour.
      const original = shipped();
      utils.createRef = Object.assign((parts: readonly unknown[]) => original(parts), { original });
      try {
        expect(await emitTypes(structuredClone(loaded.document.data))).toBe(withFast);
      } finally {
        utils.createRef = fast;
      }
    },
  );
});
