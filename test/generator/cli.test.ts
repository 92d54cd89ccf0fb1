/**
 * The `generate` command: its arguments (a table over `parseArgs`), and the
 * real CLI in a scratch project: one summary line per client, `--timings`,
 * byte-identical output across runs, and `--check` naming exactly the files
 * that differ from a fresh run.
 */
import { appendFile, copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArgs, type CliArgs } from "../../generator/cli/parse-args.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";
import { runCli, type CliRun } from "./helpers/run-cli.js";
import { copyTree, readTree, treeDifferences } from "./helpers/tree.js";

const DEFAULTS: CliArgs = {
  spec: undefined,
  out: undefined,
  overlay: undefined,
  check: false,
  timings: false,
  watch: false,
  help: false,
  version: false,
};

describe("parseArgs", () => {
  const table: ReadonlyArray<[string, { given: string[]; want: CliArgs | { error: string } }]> = [
    ["nothing: every spec", { given: [], want: DEFAULTS }],
    ["one spec", { given: ["spec/zep.yaml"], want: { ...DEFAULTS, spec: "spec/zep.yaml" } }],
    [
      "a spec and its output directory",
      { given: ["spec/zep.yaml", "--out", "out/zep"], want: { ...DEFAULTS, spec: "spec/zep.yaml", out: "out/zep" } },
    ],
    [
      "--out before the spec",
      { given: ["--out", "out/zep", "spec/zep.yaml"], want: { ...DEFAULTS, spec: "spec/zep.yaml", out: "out/zep" } },
    ],
    ["--check", { given: ["--check"], want: { ...DEFAULTS, check: true } }],
    ["--timings", { given: ["--timings"], want: { ...DEFAULTS, timings: true } }],
    ["--watch", { given: ["--watch"], want: { ...DEFAULTS, watch: true } }],
    ["--help", { given: ["--help"], want: { ...DEFAULTS, help: true } }],
    ["-h", { given: ["-h"], want: { ...DEFAULTS, help: true } }],
    ["--version", { given: ["--version"], want: { ...DEFAULTS, version: true } }],
    ["-v", { given: ["-v"], want: { ...DEFAULTS, version: true } }],
    ["-o for --out", { given: ["spec/zep.yaml", "-o", "out/zep"], want: { ...DEFAULTS, spec: "spec/zep.yaml", out: "out/zep" } }],
    ["-o without a value", { given: ["spec/zep.yaml", "-o"], want: { error: "-o needs a directory" } }],
    [
      "every flag at once",
      {
        given: ["--timings", "spec/zep.yaml", "--check", "--out", "o"],
        want: { ...DEFAULTS, spec: "spec/zep.yaml", out: "o", check: true, timings: true },
      },
    ],
    ["an unknown long flag", { given: ["--frobnicate"], want: { error: "unknown option --frobnicate" } }],
    ["an unknown short flag", { given: ["-x"], want: { error: "unknown option -x" } }],
    [
      "--out=dir (only the spaced form is accepted)",
      { given: ["spec/zep.yaml", "--out=o"], want: { error: "unknown option --out=o" } },
    ],
    ["--out without a value", { given: ["spec/zep.yaml", "--out"], want: { error: "--out needs a directory" } }],
    [
      "--out followed by a flag",
      { given: ["spec/zep.yaml", "--out", "--check"], want: { error: "--out needs a directory" } },
    ],
    ["--out without a spec", { given: ["--out", "o"], want: { error: "--out needs a spec to generate" } }],
    [
      "a spec and its overlay",
      {
        given: ["g.json", "--overlay", "g.overlay.yaml"],
        want: { ...DEFAULTS, spec: "g.json", overlay: "g.overlay.yaml" },
      },
    ],
    [
      "--overlay without a file",
      { given: ["g.json", "--overlay"], want: { error: "--overlay needs an overlay file" } },
    ],
    [
      "--overlay without a spec",
      { given: ["--overlay", "o.yaml"], want: { error: "--overlay needs a spec to apply it to" } },
    ],
    ["two specs", { given: ["a.yaml", "b.yaml"], want: { error: "only one spec at a time (got a.yaml and b.yaml)" } }],
    ["--import-extension", { given: ["--import-extension", "none"], want: { ...DEFAULTS, importExtension: "none" } }],
    [
      "--import-extension with another value",
      { given: ["--import-extension", "mjs"], want: { error: "--import-extension needs one of ts, js, none" } },
    ],
    [
      "the package kind, named and versioned",
      {
        given: ["a.yaml", "--kind", "package", "--package-name", "@acme/api", "--package-version", "1.2.3"],
        want: { ...DEFAULTS, spec: "a.yaml", kind: "package", packageName: "@acme/api", packageVersion: "1.2.3" },
      },
    ],
    ["an unknown kind", { given: ["--kind", "zip"], want: { error: "--kind needs source or package" } }],
    ["--validate", { given: ["a.yaml", "--validate", "responses"], want: { ...DEFAULTS, spec: "a.yaml", validate: "responses" } }],
    [
      "--validate with another value",
      { given: ["--validate", "yes"], want: { error: "--validate needs one of none, responses, requests, all" } },
    ],
    [
      "a package name without the package kind",
      { given: ["--package-name", "x"], want: { error: "--package-name and --package-version need --kind package" } },
    ],
    [
      "an import extension for a package",
      {
        given: ["--kind", "package", "--import-extension", "ts"],
        want: { error: "--import-extension does not apply to --kind package (its JavaScript imports .js)" },
      },
    ],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(parseArgs(given)).toEqual(want);
  });
});

/**
 * A scratch project: `spec/` holding the Zep spec and two small fixtures, as
 * a user's checkout would; `npm run generate` with no spec writes `generated/`.
 */
async function scratchProject(dir: string): Promise<string> {
  await mkdir(join(dir, "spec"), { recursive: true });
  await copyFile(join(ROOT, "spec/zep.yaml"), join(dir, "spec/zep.yaml"));
  // The Zep spec's parts, joined to it by relative $refs.
  await cp(join(ROOT, "spec/zep"), join(dir, "spec/zep"), { recursive: true });
  for (const name of ["required-params", "untagged"]) {
    await copyFile(join(ROOT, `test/fixtures/${name}/${name}.yaml`), join(dir, `spec/${name}.yaml`));
  }
  return dir;
}

const OPERATIONS: Readonly<Record<string, number>> = { "required-params": 1, untagged: 2, zep: 100 };

describe("the CLI in a project", () => {
  const scratch = useScratchDir("wiregen-cli-");
  let first: { dir: string; run: CliRun };
  let second: { dir: string; run: CliRun };

  beforeAll(async () => {
    const [a, b] = await Promise.all([scratchProject(join(scratch, "a")), scratchProject(join(scratch, "b"))]);
    const [runA, runB] = await Promise.all([runCli(["--timings"], a), runCli([], b)]);
    first = { dir: a, run: runA };
    second = { dir: b, run: runB };
  });

  it("generates every spec/*.yaml and prints one line per client with its operation and file counts", async () => {
    expect(first.run.code, first.run.stderr).toBe(0);
    const all = first.run.stdout.trimEnd().split("\n");
    // After the summaries, each client's change report: here, that it has nothing to compare with yet.
    const reports = all.filter((l) => l.includes(": first generation from "));
    expect(reports).toEqual(
      ["required-params", "untagged", "zep"].map((n) =>
        expect.stringMatching(new RegExp(`^generated/${n}: first generation from spec/${n}\\.yaml`)),
      ),
    );
    // Each summary is followed by the import extension chosen for the project around the client.
    const choices = all.filter((l) => l.startsWith("  imports end in "));
    expect(choices).toEqual(["required-params", "untagged", "zep"].map(() => expect.stringMatching(/^  imports end in \.ts: /)));
    const lines = all.filter((l) => !reports.includes(l) && !choices.includes(l));
    // Specs run in name order.
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "generated/required-params",
      "generated/untagged",
      "generated/zep",
    ]);
    for (const line of lines) {
      const match = /^generated\/([\w-]+): (\d+) operations?, (\d+) files, \d+ ms \(from spec\/([\w-]+)\.yaml\)$/.exec(
        line,
      );
      expect(match, line).not.toBeNull();
      const [, name, operations, files, spec] = match!;
      expect(spec).toBe(name);
      expect(Number(operations)).toBe(OPERATIONS[name!]);
      // The client's own files; `.wiregen/` beside them holds the pristine base that keeps hand edits.
      const tree = await readTree(join(first.dir, "generated", name!));
      expect(Number(files)).toBe([...tree.keys()].filter((p) => !p.startsWith(".wiregen/")).length);
      expect(tree.has(".wiregen/base.json")).toBe(true);
    }
  });

  it("writes nothing beside the client directories (no leftover temporary directories)", async () => {
    const tree = await readTree(join(first.dir, "generated"));
    const tops = new Set([...tree.keys()].map((p) => p.split("/")[0]));
    expect([...tops].sort()).toEqual(["required-params", "untagged", "zep"]);
  });

  it("--timings prints every phase, on stderr; without it, nothing", () => {
    expect(first.run.stderr).toMatch(
      /^timings: load \d+ ms, check \d+ ms, model \d+ ms, emit \d+ ms, format \d+ ms, write \d+ ms$/m,
    );
    expect(second.run.code, second.run.stderr).toBe(0);
    expect(second.run.stderr).toBe("");
  });

  it("is deterministic: two runs give byte-identical trees", async () => {
    const [a, b] = await Promise.all([readTree(join(first.dir, "generated")), readTree(join(second.dir, "generated"))]);
    expect(a.size).toBeGreaterThan(0);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(treeDifferences(a, b)).toEqual([]);
  });

  describe("--check", () => {
    it.concurrent("exits 0 on fresh output and writes nothing", async () => {
      const dir = join(scratch, "check-fresh");
      await copyTree(first.dir, dir);
      const before = await readTree(join(dir, "generated"));

      const run = await runCli(["--check"], dir);

      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe("generated/required-params, generated/untagged, generated/zep up to date");
      expect(run.stderr).toBe("");
      expect(treeDifferences(before, await readTree(join(dir, "generated")))).toEqual([]);
    });

    // Hand edits are the user's: a run would keep them, so they do not make a client stale (docs/edits.md).
    it.concurrent("exits 0 when the only differences are a hand edit, a deleted file and an added one", async () => {
      const dir = join(scratch, "check-edited");
      await copyTree(first.dir, dir);
      const generated = join(dir, "generated");
      await appendFile(join(generated, "zep/client.ts"), "// edited by hand\n");
      await rm(join(generated, "untagged/resources/default.ts"));
      await writeFile(join(generated, "required-params/resources/extra.ts"), "export {};\n");

      const run = await runCli(["--check"], dir);

      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe("generated/required-params, generated/untagged, generated/zep up to date");
    });

    it.concurrent("exits 1 when the spec changed or an always-regenerated file was edited, naming what a run would change", async () => {
      const dir = join(scratch, "check-changed");
      await copyTree(first.dir, dir);
      const spec = join(dir, "spec/untagged.yaml");
      await writeFile(spec, (await readFile(spec, "utf8")).replace("title: Untagged", "title: Untagged, renamed"));
      await appendFile(join(dir, "generated/required-params/api.md"), "edited by hand\n");
      const before = await readTree(join(dir, "generated"));

      const run = await runCli(["--check"], dir);

      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe("");
      const lines = run.stderr.split("\n");
      expect(lines).toContain("generated/required-params is stale; a fresh run of spec/required-params.yaml would change:");
      expect(lines).toContain("  generated/required-params/api.md: differs from a fresh run (it is always regenerated, never merged)");
      expect(lines).toContain("generated/untagged is stale; a fresh run of spec/untagged.yaml would change:");
      expect(lines).toContain("  generated/untagged/client.ts: changed by the spec since the last generation");
      expect(lines.some((l) => l.startsWith("generated/zep is stale"))).toBe(false);
      expect(lines.at(-2)).toBe("regenerate (`wiregen`, or `npm run generate` in a repository that scripts it) and commit the result");
      // --check writes nothing, whatever it finds.
      expect(treeDifferences(before, await readTree(join(dir, "generated")))).toEqual([]);
    });
  });
});
