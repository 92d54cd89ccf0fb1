/**
 * `writeClients`: every client is staged before any is swapped in; a failure
 * while staging or swapping leaves every target as it was, with no temporary
 * directories left behind.
 */
import * as fs from "node:fs/promises";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeClients } from "../../../generator/write/write-atomic.js";
import { readTree } from "../helpers/tree.js";
import { useScratchDir } from "../../support/scratch-dir.js";

// Lets a test make one rename fail, to reach the swap's error paths.
const failRename = vi.hoisted(() => ({ when: undefined as ((from: string, to: string) => boolean) | undefined }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (failRename.when?.(String(from), String(to)) === true) {
        throw Object.assign(new Error(`EACCES: rename ${String(from)} -> ${String(to)}`), { code: "EACCES" });
      }
      return real.rename(from, to);
    },
  };
});

const scratch = useScratchDir("wiregen-write-");
afterEach(() => {
  failRename.when = undefined;
});

const text = (tree: Map<string, Buffer>): Record<string, string> => Object.fromEntries([...tree].map(([p, b]) => [p, b.toString("utf8")]));

async function project(name: string): Promise<string> {
  const root = join(scratch, name);
  await mkdir(join(root, "generated/a/runtime"), { recursive: true });
  await writeFile(join(root, "generated/a/index.ts"), "old a\n");
  await writeFile(join(root, "generated/a/runtime/x.ts"), "old runtime\n");
  await writeFile(join(root, "generated/a/stale.ts"), "gone after a write\n");
  await mkdir(join(root, "generated/b"), { recursive: true });
  await writeFile(join(root, "generated/b/index.ts"), "old b\n");
  return root;
}

const NEW_A = new Map([["index.ts", "new a\n"], ["runtime/x.ts", "new runtime\n"]]);
const NEW_B = new Map([["index.ts", "new b\n"]]);
const NEW_C = new Map([["index.ts", "new c\n"]]);

describe("writeClients", () => {
  it("replaces each directory whole (stale files go) and creates new ones", async () => {
    const root = await project("ok");
    const g = join(root, "generated");
    await writeClients([
      { outDir: join(g, "a"), files: NEW_A },
      { outDir: join(g, "c"), files: NEW_C },
    ]);
    expect(text(await readTree(g))).toEqual({
      "a/index.ts": "new a\n",
      "a/runtime/x.ts": "new runtime\n",
      "b/index.ts": "old b\n",
      "c/index.ts": "new c\n",
    });
    // No `.a.new-…` / `.a.old-…` directories left.
    expect((await readdir(g)).sort()).toEqual(["a", "b", "c"]);
  });

  it("a client that cannot be staged stops the run before any target changes", async () => {
    const root = await project("stage-fails");
    const g = join(root, "generated");
    const before = await readTree(g);
    await writeFile(join(root, "not-a-dir"), "a file\n");
    await expect(
      writeClients([
        { outDir: join(g, "a"), files: NEW_A },
        { outDir: join(root, "not-a-dir/c"), files: NEW_C },
      ]),
    ).rejects.toThrow();
    expect(await readTree(g)).toEqual(before);
    expect((await readdir(g)).sort()).toEqual(["a", "b"]);
  });

  const swapFailures: ReadonlyArray<readonly [string, (from: string, to: string) => boolean]> = [
    ["moving the first new directory in", (from, to) => from.includes(".a.new-") && to.endsWith("/a")],
    ["moving the second old directory aside", (from, to) => from.endsWith("/b") && to.includes(".b.old-")],
    ["moving the second new directory in", (from, to) => from.includes(".b.new-") && to.endsWith("/b")],
  ];
  it.each(swapFailures)("a rename failing while %s leaves every target as it was", async (name, when) => {
    const root = await project(`swap-${name.replace(/\W+/g, "-")}`);
    const g = join(root, "generated");
    const before = await readTree(g);
    failRename.when = when;
    await expect(
      writeClients([
        { outDir: join(g, "a"), files: NEW_A },
        { outDir: join(g, "b"), files: NEW_B },
      ]),
    ).rejects.toThrow(/EACCES/);
    expect(text(await readTree(g))).toEqual(text(before));
    expect((await readdir(g)).sort()).toEqual(["a", "b"]);
  });
});
