/** `staleFiles` (`--check`): which files differ from a fresh run: changed, missing or extra, nested or not. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { staleFiles } from "../../../generator/write/compare-tree.js";
import { useScratchDir } from "../../support/scratch-dir.js";

const FRESH = new Map([
  ["index.ts", "export {};\n"],
  ["resources/things.ts", "export class Things {}\n"],
  ["runtime/errors.ts", "export class ClientError {}\n"],
]);

const scratch = useScratchDir("wiregen-compare-");

async function writeDir(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

describe("staleFiles", () => {
  type Given = { files?: Array<[string, string]>; without?: string[]; dirs?: string[]; absent?: true };
  const table: ReadonlyArray<readonly [string, { given: Given; want: string[] }]> = [
    ["identical", { given: {}, want: [] }],
    ["a changed file", { given: { files: [["resources/things.ts", "export class Things { x = 1 }\n"]] }, want: ["resources/things.ts"] }],
    ["a changed line ending is a change", { given: { files: [["index.ts", "export {};\r\n"]] }, want: ["index.ts"] }],
    ["a missing file", { given: { without: ["runtime/errors.ts"] }, want: ["runtime/errors.ts"] }],
    ["an extra file at the top", { given: { files: [["notes.md", "mine\n"]] }, want: ["notes.md"] }],
    ["an extra file deep down", { given: { files: [["runtime/extra/deep.ts", "export {};\n"]] }, want: ["runtime/extra/deep.ts"] }],
    ["a directory where a file should be", { given: { without: ["index.ts"], dirs: ["index.ts"] }, want: ["index.ts"] }],
    ["several at once, sorted", { given: { files: [["z.ts", ""], ["a.ts", ""]], without: ["index.ts"] }, want: ["a.ts", "index.ts", "z.ts"] }],
    ["no directory at all: every file", { given: { absent: true }, want: ["index.ts", "resources/things.ts", "runtime/errors.ts"] }],
  ];
  it.each(table)("%s", async (name, { given, want }) => {
    const dir = join(scratch, name.replace(/\W+/g, "-"));
    if (given.absent !== true) {
      await writeDir(dir, new Map([...FRESH].filter(([p]) => !(given.without ?? []).includes(p))));
      await writeDir(dir, new Map(given.files ?? []));
      for (const d of given.dirs ?? []) await mkdir(join(dir, d), { recursive: true });
    }
    expect(await staleFiles(dir, FRESH)).toEqual(want);
  });
});
