/**
 * `npm run fuzz [-- --runs N --seed S]`: many more mutated corpus documents
 * than `npm test` runs (see test/generator/hostile-fuzz.test.ts), generated
 * in process one after another. Prints each bad case (timeout, throw, or a
 * failure that is not a located diagnostic) with the case itself to replay,
 * then the totals; exits 1 if any case was bad.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { startEmitHelper } from "../generator/emit/emit-worker.js";
import { mutatedCase, readBaseDocuments, runCase } from "../test/generator/helpers/document-mutations.js";

const CASE_TIMEOUT_MS = 30_000;

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    seed: { type: "string", default: String(Date.now() % 100_000) },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const bases = readBaseDocuments();
const cases = fc.sample(mutatedCase(bases.length), { numRuns: runs, seed });
const dir = mkdtempSync(join(tmpdir(), "wiregen-fuzz-"));
const helper = startEmitHelper();
const counts = { generated: 0, refused: 0, bad: 0 };
let slowest = 0;
const started = performance.now();
try {
  for (const [i, c] of cases.entries()) {
    const caseDir = join(dir, String(i));
    mkdirSync(caseDir);
    const outcome = await runCase(caseDir, bases[c.base]!, c, helper, CASE_TIMEOUT_MS);
    counts[outcome.outcome]++;
    slowest = Math.max(slowest, outcome.ms);
    if (outcome.outcome === "bad") {
      console.log(`case ${i} (${bases[c.base]!.name}): ${outcome.reason}\n  replay: ${JSON.stringify(c)}`);
    }
    rmSync(caseDir, { recursive: true, force: true });
  }
} finally {
  await helper.close();
  rmSync(dir, { recursive: true, force: true });
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `fuzz (seed ${seed}): ${cases.length} cases run in ${seconds} s; ${counts.generated} generated, ${counts.refused} refused with located errors, ${counts.bad} failures; slowest case ${(slowest / 1000).toFixed(1)} s`,
);
process.exit(counts.bad === 0 ? 0 : 1);
