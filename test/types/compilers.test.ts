/**
 * The committed clients compile with no error under every supported
 * TypeScript (5.9, 6.0 and the native 7.0), with NodeNext and with bundler
 * resolution, under the strict flag set (test/support/strict-flags.ts):
 * `generated/zep/` and every fixture snapshot `test/fixtures/<feature>/__generated__/`
 * (whose `runtime/` links to generator/runtime). One program per compiler and
 * resolution, run as `tsc -p` in a child process; `--listFiles` proves the
 * program holds every file it should. An error here belongs to the generator:
 * the generated code changes, never the flags.
 */
import { existsSync } from "node:fs";
import { readdir, realpath, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../generator/helpers/paths.js";
import { compile, compilerBin, COMPILERS } from "../support/compilers.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags, type Resolution } from "../support/strict-flags.js";

const RESOLUTIONS: readonly Resolution[] = ["nodenext", "bundler"];

/** generated/zep and each fixture's snapshot folder, absolute. */
async function clientDirs(): Promise<string[]> {
  const fixtures = join(ROOT, "test/fixtures");
  const snapshots = (await readdir(fixtures))
    .map((feature) => join(fixtures, feature, "__generated__"))
    .filter((dir) => existsSync(dir))
    .sort();
  return [join(ROOT, "generated/zep"), ...snapshots];
}

/** Every `.ts` file under `dir`, through symlinks (a snapshot's runtime/), as real paths. */
async function tsFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const isDir =
      entry.isDirectory() ||
      (entry.isSymbolicLink() &&
        (await readdir(path).then(
          () => true,
          () => false,
        )));
    if (isDir) out.push(...(await tsFiles(path)));
    else if (entry.name.endsWith(".ts")) out.push(await realpath(path));
  }
  return out;
}

const scratch = useScratchDir("wiregen-compilers-");

describe("the committed clients compile under every supported TypeScript", () => {
  it("finds the Zep client and the fixture snapshots, and every compiler", async () => {
    const dirs = await clientDirs();
    expect(dirs.length).toBeGreaterThan(1);
    for (const dir of dirs) expect(existsSync(join(dir, "client.ts")), dir).toBe(true);
    // Installed at the pinned versions: a missing compiler fails here, by name.
    for (const compiler of COMPILERS) await compilerBin(compiler);
  });

  const cases = COMPILERS.flatMap((compiler) =>
    RESOLUTIONS.map((resolution) => ({ name: `TypeScript ${compiler.version}, ${resolution}`, compiler, resolution })),
  );
  // Concurrent: the six runs share the cores; `expect` is the test's own, as concurrent tests need.
  it.concurrent.for(cases)("$name", { timeout: 180_000 }, async ({ compiler, resolution }, { expect }) => {
    const dirs = await clientDirs();
    const tsconfig = join(scratch, `tsconfig.${compiler.version}.${resolution}.json`);
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: strictFlags(resolution), include: dirs }, null, 2));
    const { errors, files } = await compile(compiler, tsconfig, { cwd: ROOT, listFiles: true });
    expect(
      errors,
      `TypeScript ${compiler.version} (${resolution}), ${errors.length} errors:\n${errors.join("\n")}`,
    ).toEqual([]);
    // The program held every client file (a glob that missed a folder would pass silently otherwise).
    const checked = new Set(await Promise.all(files.map((f) => realpath(f).catch(() => f))));
    const expected = (await Promise.all(dirs.map(tsFiles))).flat();
    expect(expected.filter((f) => !checked.has(f))).toEqual([]);
  });
});
