/**
 * The real-world documents in `../shared/corpus`, beside the checkout, that
 * several tests read. A clone of this repository on its own has no such
 * folder: those tests are then skipped with a loud banner, and under CI (`CI`
 * set, where `.ci/run` runs beside it) they fail instead, as the runtime
 * tests do for a missing runtime.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test, type TestOptions } from "vitest";

/** The corpus folder, absolute. */
export const CORPUS = resolve(import.meta.dirname, "../../../shared/corpus");

/** True when the corpus is beside the checkout. */
export function hasCorpus(): boolean {
  return existsSync(CORPUS);
}

function banner(title: string): string {
  const bar = "!".repeat(78);
  return [
    bar,
    `!! NO CORPUS: ${CORPUS} is missing`,
    `!! "${title}" is NOT being tested.`,
    "!! Clone this repository beside the shared folder (../shared/corpus) to run it.",
    bar,
  ].join("\n");
}

/**
 * `describe(title, options, body)` when the corpus is there; otherwise a
 * loud skip, or under CI a test that fails with the same words.
 */
export function describeWithCorpus(title: string, options: TestOptions, body: () => void): void {
  if (hasCorpus()) {
    describe(title, options, body);
    return;
  }
  if (process.env["CI"]) {
    describe(title, () => {
      test("needs ../shared/corpus", () => {
        throw new Error(`${banner(title)}\nCI must run it: .ci/run runs beside the shared folder.`);
      });
    });
    return;
  }
  console.warn(`\n${banner(title)}\n`);
  describe.skip(`${title} (NO CORPUS: ../shared/corpus is missing)`, body);
}
