/**
 * The fast part of the consumer matrix (scripts/consumers), in `npm test`:
 * the setups that need nothing beyond the repository's devDependencies and
 * the Node 24 of `bash scripts/fetch-node.sh`, source kind, each its own test.
 * A missing tool fails its test with the install command; it is never
 * skipped. The whole matrix, both kinds and the broken client, is
 * `npm run consumers`.
 */
import { mkdtemp, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runRow } from "../../scripts/consumers/run-setup.ts";
import { FAST_SETUPS, SETUPS } from "../../scripts/consumers/setups.ts";

describe("consumer matrix, fast setups (source kind)", () => {
  const dirs: { work?: string } = {};
  beforeAll(async () => {
    dirs.work = await mkdtemp(join(tmpdir(), "wiregen-consumers-test-"));
  });
  afterAll(async () => {
    // A passing row removes its own project; a failed row's stays for reading, and so does the folder then.
    if (dirs.work !== undefined) await rmdir(dirs.work).catch(() => {});
  });

  for (const name of FAST_SETUPS) {
    const setup = SETUPS.find((s) => s.name === name);
    test(`${name}: ${setup?.title ?? "(unknown setup)"}`, { timeout: 90_000 }, async () => {
      expect(setup, `no setup named ${name} in scripts/consumers/setups.ts`).toBeDefined();
      const row = await runRow(setup!, "source", { workDir: dirs.work!, broken: false, keep: false });
      const why = `${row.stage}: ${row.error}\n(project and consumer-matrix.log kept in ${row.project})`;
      expect(row.outcome, why).toBe("pass");
    });
  }
});
