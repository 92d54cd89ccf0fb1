/**
 * The change report through the real command, in a scratch project: the first
 * run says there is nothing to compare with; after a spec edit, `--check`
 * prints the report for the stale client (exit 1) and `--report FILE` writes it
 * as Markdown; `generate` prints it and then writes the client, after which
 * `--check` passes and reports nothing.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDir } from "../../support/scratch-dir.js";
import { ROOT } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const BASE = join(ROOT, "test/fixtures/change-report/base.yaml");

describe("the change report on the command line", () => {
  const dir = useScratchDir("wiregen-report-cli-");
  const spec = join(dir, "spec", "notes.yaml");
  let original: string;

  beforeAll(async () => {
    await mkdir(join(dir, "spec"));
    original = await readFile(BASE, "utf8");
    await writeFile(spec, original);
  });

  it("says a first generation has nothing to compare with", async () => {
    const run = await runCli([], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("generated/notes: first generation from spec/notes.yaml");
  });

  it("prints the report for a stale client under --check and writes it as Markdown with --report", async () => {
    // A required query parameter added to `thread.list`: breaking for every existing call.
    const edited = original.replace(
      "        - name: order\n",
      "        - name: owner\n          in: query\n          required: true\n          schema:\n            type: string\n        - name: order\n",
    );
    expect(edited).not.toBe(original);
    await writeFile(spec, edited);
    const ownerLine = edited.split("\n").findIndex((line) => line.includes("- name: owner")) + 1;

    const check = await runCli(["--check", "--report", "report.md"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("generated/notes is stale");
    expect(check.stderr).toMatch(
      new RegExp(
        `breaking\\s+thread\\.list: required query parameter \`owner\` added\\s+\\(spec/notes\\.yaml:${ownerLine}\\)`,
      ),
    );
    expect(check.stderr).toMatch(/semver: major \(1 breaking, 0 compatible/);
    const markdown = await readFile(join(dir, "report.md"), "utf8");
    expect(markdown).toContain("| **breaking** | `thread.list` | required query parameter `owner` added |");
    expect(markdown).toContain("**Semver: major**");
  });

  it("prints the report when it writes the client, and nothing is stale afterwards", async () => {
    const run = await runCli([], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/breaking\s+thread\.list: required query parameter `owner` added/);
    const check = await runCli(["--check"], dir);
    expect(check.code).toBe(0);
    expect(check.stderr).not.toContain("breaking");
  });
});
