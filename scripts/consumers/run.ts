/**
 * The consumer matrix (issue 17, part 3): `tsx scripts/consumers/run.ts`
 * (`npm run consumers`). Every setup × kind in a fresh temporary project, two
 * rows at a time; prints the table, writes it to RESULTS.md, exits 1 unless
 * every row passed.
 *
 *   --only <setup>[,<setup>…]  only these setups
 *   --kind source|package      only this kind (default both)
 *   --broken                   generate the client with a wrong auth prefix; every row must
 *                              then fail at its request assertion (its own table)
 *   --keep                     keep passing rows' projects too (failing ones are always kept)
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPackage, type NoPackage, type PackedClient } from "./client-package.ts";
import { RESULTS_FILE, REPO } from "./paths.ts";
import { inPool } from "./pool.ts";
import { formatTable, runSucceeded, summarize } from "./results-table.ts";
import { runRow, type Kind, type RowResult } from "./run-setup.ts";
import { SETUPS, type Setup } from "./setups.ts";

interface Options {
  readonly only: readonly string[] | undefined;
  readonly kinds: readonly Kind[];
  readonly broken: boolean;
  readonly keep: boolean;
}

const USAGE = "usage: tsx scripts/consumers/run.ts [--only <setup>[,<setup>…]] [--kind source|package] [--broken] [--keep]";

function parseOptions(argv: readonly string[]): Options | string {
  let only: string[] | undefined;
  let kinds: Kind[] = ["source", "package"];
  let broken = false;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--broken") broken = true;
    else if (arg === "--keep") keep = true;
    else if (arg === "--only") {
      const value = argv[++i];
      if (value === undefined) return "--only needs a setup name";
      only = [...(only ?? []), ...value.split(",")];
    } else if (arg === "--kind") {
      const value = argv[++i];
      if (value !== "source" && value !== "package") return "--kind is source or package";
      kinds = [value];
    } else return `unknown argument ${arg}`;
  }
  const unknown = (only ?? []).filter((name) => !SETUPS.some((s) => s.name === name));
  if (unknown.length > 0) return `unknown setup ${unknown.join(", ")}; setups: ${SETUPS.map((s) => s.name).join(", ")}`;
  return { only, kinds, broken, keep };
}

function gitHead(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "generator", "generated"], { cwd: REPO, encoding: "utf8" }).trim();
    return dirty === "" ? head : `${head} (generator/ or generated/ with uncommitted changes)`;
  } catch {
    return "unknown";
  }
}

/** RESULTS.md keeps the matrix and the broken run in two sections; a run replaces its own. */
async function writeResults(section: "matrix" | "broken", body: string): Promise<void> {
  const begin = `<!-- ${section}:begin -->`;
  const end = `<!-- ${section}:end -->`;
  let text: string;
  try {
    text = await readFile(RESULTS_FILE, "utf8");
  } catch {
    text = [
      "# Consumer matrix results",
      "",
      "Written by `npm run consumers` (scripts/consumers/run.ts); see scripts/consumers/README.md.",
      "",
      "<!-- matrix:begin -->",
      "<!-- matrix:end -->",
      "",
      "<!-- broken:begin -->",
      "<!-- broken:end -->",
      "",
    ].join("\n");
  }
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  const replaced = start >= 0 && stop > start ? text.slice(0, start + begin.length) + "\n" + body + "\n" + text.slice(stop) : `${text}\n${begin}\n${body}\n${end}\n`;
  await writeFile(RESULTS_FILE, replaced);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const begin = performance.now();
  const workDir = await mkdtemp(join(tmpdir(), "wiregen-consumers-"));
  const setups: readonly Setup[] = SETUPS.filter((s) => options.only === undefined || options.only.includes(s.name));
  console.log(`consumer matrix${options.broken ? " (broken client: wrong auth prefix)" : ""}: ${setups.length} setups × ${options.kinds.join(", ")}, in ${workDir}`);

  let pkg: PackedClient | NoPackage | undefined;
  if (options.kinds.includes("package")) {
    pkg = await buildPackage(join(workDir, "package"), options.broken);
    console.log("tarball" in pkg ? `package kind: ${pkg.name}@${pkg.version} packed and installed` : `package kind ${pkg.unavailable ? "not available" : "failed"}: ${pkg.reason}`);
  }

  const tasks = setups.flatMap((setup) =>
    options.kinds.map((kind) => async (): Promise<RowResult> => {
      const row = await runRow(setup, kind, { workDir, broken: options.broken, pkg, keep: options.keep });
      const mark = row.outcome === "pass" ? "pass" : row.outcome === "fail" ? "FAIL" : "n/a ";
      console.log(`  ${mark} ${setup.name} (${kind}) ${row.seconds.toFixed(1)} s${row.error ? `  ${row.stage}: ${row.error}` : ""}`);
      return row;
    }),
  );
  const rows = await inPool(tasks, 2);
  const seconds = Math.round((performance.now() - begin) / 1000);
  const table = formatTable(rows, options.broken);
  const summary = summarize(rows, options.broken);
  const title = options.broken ? "## Broken client (auth prefix `Bearer ` instead of `Api-Key `)" : "## Matrix";
  const scope = options.only === undefined && options.kinds.length === 2 ? "every setup, both kinds" : `setups ${setups.map((s) => s.name).join(", ")}; kind ${options.kinds.join(", ")}`;
  const body = [
    title,
    "",
    `Run at ${gitHead()} on ${new Date().toISOString().slice(0, 10)} (Node ${process.versions.node}): ${scope}, ${seconds} s in all.`,
    "",
    table,
    "",
    summary,
  ].join("\n");
  console.log(`\n${body}\n`);
  const failed = rows.filter((r) => r.outcome !== "pass");
  if (failed.length > 0) console.log(`Projects and logs (consumer-matrix.log) of the rows that did not pass are kept under ${workDir}`);
  await writeResults(options.broken ? "broken" : "matrix", body);
  return runSucceeded(rows, options.broken) ? 0 : 1;
}

process.exitCode = await main();
