/**
 * The validators may not fall below their recorded conformance: every row
 * of docs/validation-conformance.md (written by
 * scripts/validation-conformance.ts) is a floor for that keyword's passed
 * cases, and for its claimed ones, so a case cannot quietly move from
 * "failing" to "set apart" either. Improving a count means rerunning the
 * script and committing the table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../generator/helpers/paths.js";
import { runSuite } from "../support/schema-suite.js";

interface Recorded {
  readonly passed: number;
  readonly claimed: number;
}

/** `draft keyword` → the counts in the committed table. */
function recordedCounts(): Map<string, Recorded> {
  const table = readFileSync(join(ROOT, "docs/validation-conformance.md"), "utf8");
  const rows = new Map<string, Recorded>();
  for (const match of table.matchAll(/^\| (draft[\w-]+) \| ([\w/-]+) \| (\d+) \| (\d+) \|/gm)) {
    const [, draft, keyword, passed, claimed] = match;
    rows.set(`${draft} ${keyword}`, { passed: Number(passed), claimed: Number(claimed) });
  }
  return rows;
}

describe("JSON Schema Test Suite conformance", () => {
  const recorded = recordedCounts();
  const rows = runSuite();

  it("has a recorded row for every keyword file", () => {
    expect(recorded.size).toBeGreaterThan(50);
    expect(rows.map((row) => `${row.draft} ${row.keyword}`).sort()).toEqual([...recorded.keys()].sort());
  });

  it.each(rows.map((row) => [`${row.draft} ${row.keyword}`, row] as const))("%s stays at its recorded counts", (key, row) => {
    const floor = recorded.get(key);
    expect(floor, `no row for ${key} in docs/validation-conformance.md`).toBeDefined();
    // The message lists the failing cases, which is where a regression shows.
    expect(row.passed, `failing now:\n${row.failures.join("\n")}`).toBeGreaterThanOrEqual(floor?.passed ?? Infinity);
    expect(row.claimed, "cases newly set apart").toBeGreaterThanOrEqual(floor?.claimed ?? Infinity);
  });

  it("passes at least 95% of the cases it claims for every keyword", () => {
    const below = rows.filter((row) => row.claimed > 0 && row.passed / row.claimed < 0.95);
    expect(below.map((row) => `${row.draft} ${row.keyword}: ${row.passed}/${row.claimed}`)).toEqual([]);
  });
});
