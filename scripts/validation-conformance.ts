/**
 * Measures the runtime validators against the official JSON Schema Test
 * Suite (draft 2020-12 for OpenAPI 3.1, draft 4 for 3.0; see
 * test/support/schema-suite.ts for how each case runs) and writes the table
 * to docs/validation-conformance.md, which the conformance test reads back
 * as the floor no change may fall below.
 *
 *   npx tsx scripts/validation-conformance.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../test/generator/helpers/paths.js";
import { runSuite, type KeywordSummary } from "../test/support/schema-suite.js";

function percent(row: KeywordSummary): string {
  return row.claimed === 0 ? "–" : `${((row.passed / row.claimed) * 100).toFixed(1)}%`;
}

function reasons(row: KeywordSummary): string {
  return [...row.exclusions].map(([reason, count]) => `${count}: ${reason}`).join("; ");
}

/** One sentence over every row: cases in all, claimed, passed. */
function totals(rows: readonly KeywordSummary[]): string {
  const sum = (pick: (row: KeywordSummary) => number): number => rows.reduce((n, row) => n + pick(row), 0);
  const [total, claimed, passed] = [sum((r) => r.total), sum((r) => r.claimed), sum((r) => r.passed)];
  return `${passed} of ${claimed} claimed cases pass (${((passed / claimed) * 100).toFixed(1)}%); ${total - claimed} of ${total} are set apart.`;
}

function markdown(rows: readonly KeywordSummary[]): string {
  const lines = [
    "# Validation conformance",
    "",
    "The runtime validators (`generator/runtime/schema.ts`) against the official",
    "[JSON Schema Test Suite](https://github.com/json-schema-org/JSON-Schema-Test-Suite)",
    "(vendored subset in `test/fixtures/json-schema-test-suite/`): draft 2020-12 for the",
    "OpenAPI 3.1 dialect, draft 4 for 3.0. Each case's schema goes through `toSchemaData`,",
    "`printSchemaData` and `defineSchema`, as in a generated client. *Claimed* is the cases",
    "we stand behind; the rest are set apart for the reason given (keywords we do not",
    "enforce, remote or `$id`-relative references, IDNA). `test/runtime/schema-conformance.test.ts`",
    "fails if a keyword's passed count falls below this table.",
    "",
    "Regenerate with `npx tsx scripts/validation-conformance.ts`.",
    "",
    totals(rows),
    "",
    "| draft | keyword | passed | claimed | % | total | set apart |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const row of rows)
    lines.push(
      `| ${row.draft} | ${row.keyword} | ${row.passed} | ${row.claimed} | ${percent(row)} | ${row.total} | ${reasons(row).replace(/\|/g, "\\|")} |`,
    );
  const failing = rows.filter((row) => row.failures.length > 0);
  if (failing.length > 0) {
    lines.push("", "## Failing cases", "");
    for (const row of failing) {
      lines.push(`### ${row.draft} ${row.keyword}`, "");
      for (const failure of row.failures) lines.push(`- ${failure.replace(/\|/g, "\\|")}`);
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

const rows = runSuite();
const width = Math.max(...rows.map((row) => row.keyword.length));
for (const row of rows) {
  const line = `${row.draft.padEnd(13)} ${row.keyword.padEnd(width)} ${`${row.passed}/${row.claimed}`.padStart(7)} ${percent(row).padStart(6)}  of ${String(row.total).padStart(3)}`;
  console.log(reasons(row) === "" ? line : `${line}  set apart ${reasons(row)}`);
  for (const failure of row.failures) console.log(`    FAIL ${failure}`);
}
console.log(`\n${totals(rows)}`);
writeFileSync(join(ROOT, "docs/validation-conformance.md"), markdown(rows));
console.log("\nwrote docs/validation-conformance.md");
