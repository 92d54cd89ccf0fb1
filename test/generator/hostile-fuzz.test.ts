/**
 * Property-based test (issue 12): mutated corpus documents (keys dropped,
 * types swapped, `$ref` cycles and dangling refs, nesting past the bound,
 * huge strings, YAML alias bombs) either generate or are refused with
 * located diagnostics, within a time bound, without throwing, printing a
 * stack trace or reporting a crash as a diagnostic. A few cases run here, in
 * process; `npm run fuzz` runs many (scripts/fuzz.ts). Each case may be read
 * as OpenAPI 3.2 (`openapi32`: its tags nested by `parent`). Three cases also
 * go through the real CLI, which must leave a pre-filled output untouched.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { startEmitHelper } from "../../generator/emit/emit-worker.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { describeWithCorpus, hasCorpus } from "../support/shared-corpus.js";
import { mutatedCase, readBaseDocuments, runCase, writeCase, type MutatedCase } from "./helpers/document-mutations.js";
import { ROOT } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";
import { copyTree, readTree, treeDifferences } from "./helpers/tree.js";

/** Per case: the slowest refused case measured 3 s alone; generating a mutated document about 4 s. */
const CASE_TIMEOUT_MS = 20_000;
const RUNS = 8;

const scratch = useScratchDir("wiregen-fuzz-");
// Read only where the corpus is: a clone on its own skips this file loudly (fails under CI).
const bases = hasCorpus() ? readBaseDocuments() : [];
const helper = startEmitHelper();
afterAll(() => helper.close());

describeWithCorpus("mutated corpus documents", {}, () => {
  it(
    `${RUNS} cases end in time, generated or refused with located diagnostics`,
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(mutatedCase(bases.length), async (c) => {
          const dir = join(scratch, `case-${n++}`);
          await mkdir(dir);
          const outcome = await runCase(dir, bases[c.base]!, c, helper, CASE_TIMEOUT_MS);
          expect(outcome.reason, JSON.stringify(outcome)).toBeUndefined();
        }),
        { numRuns: RUNS, seed: Number(process.env["WIREGEN_FUZZ_SEED"] ?? 12), endOnFailure: true },
      );
    },
    RUNS * CASE_TIMEOUT_MS,
  );

  it.each<[string, MutatedCase]>([
    [
      "a $ref cycle and a dangling ref in the Swagger 2 petstore",
      {
        base: 0,
        mutations: [
          { kind: "ref-cycle", at: 40, length: 2 },
          { kind: "dangling-ref", at: 7, ref: "#/components/schemas/Nowhere" },
        ],
        aliasBomb: false,
      },
    ],
    [
      "an alias bomb and a deepened schema in train-travel",
      {
        base: 1,
        mutations: [{ kind: "deepen", at: 120, levels: 20_000, shape: "properties" }],
        aliasBomb: true,
      },
    ],
    [
      "a $ref cycle in readme-discriminators read as 3.2, its tags nested by parent",
      {
        base: 3,
        mutations: [{ kind: "ref-cycle", at: 25, length: 3 }],
        aliasBomb: false,
        openapi32: true,
      },
    ],
  ])("through the CLI: %s exits 1, located, writing nothing", async (name, c) => {
    const dir = join(scratch, name.replace(/\W+/g, "-"));
    const out = join(dir, "out");
    await copyTree(join(ROOT, "generated/zep"), out);
    const before = await readTree(out);
    const { name: file, text } = writeCase(bases[c.base]!, c);
    const spec = join(dir, file);
    await writeFile(spec, text);
    const started = performance.now();
    const run = await runCli([spec, "--out", out]);
    expect(performance.now() - started).toBeLessThan(CASE_TIMEOUT_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${spec.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: error: `, "m"));
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(treeDifferences(before, await readTree(out))).toEqual([]);
  });
});
