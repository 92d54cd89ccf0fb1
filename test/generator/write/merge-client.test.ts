/**
 * `mergeClient`: regenerating a client keeps the user's hand edits. Each rule
 * (no base yet, ignored paths, deleted files, new files, collisions, edits,
 * conflicts, leftover markers, dropped files, the user's own files, files
 * always regenerated) as the user would see it in their folder; then line
 * endings, repeated runs, and `isFresh` for `--check`.
 */
import fc from "fast-check";
import { diff3Merge } from "node-diff3";
import { describe, expect, it } from "vitest";
import { readIgnore } from "../../../generator/write/ignore-file.js";
import {
  findConflictMarkers,
  isFresh,
  mergeClient,
  mergeText,
  type MergeDone,
  type MergeInput,
  type MergeResult,
} from "../../../generator/write/merge-client.js";
import { parseBase, serializeBase } from "../../../generator/write/pristine-base.js";

type Files = Record<string, string>;
interface Given {
  readonly generated: Files;
  readonly onDisk: Files;
  readonly base?: Files | undefined;
  readonly ignore?: string;
  readonly fresh?: readonly string[];
}

function input(given: Given): MergeInput {
  return {
    generated: new Map(Object.entries(given.generated)),
    onDisk: new Map(Object.entries(given.onDisk)),
    base: given.base === undefined ? undefined : new Map(Object.entries(given.base)),
    ignored: readIgnore(given.ignore),
    alwaysFresh: (path) => (given.fresh ?? []).includes(path),
  };
}

function done(result: MergeResult): MergeDone {
  if (result.refused) throw new Error(`refused: ${JSON.stringify(result.unresolved)}`);
  return result;
}

const result = (merged: MergeDone): Files => Object.fromEntries(merged.files);

/** The result as plain data, so a table row can list only the parts it is about. */
function summary(result: MergeDone) {
  return {
    files: Object.fromEntries(result.files),
    deleted: result.deleted,
    newBase: Object.fromEntries(result.newBase),
    edited: result.edited,
    conflicts: result.conflicts,
    keptDeleted: result.keptDeleted,
    collisions: result.collisions,
    orphaned: result.orphaned,
    userFiles: result.userFiles,
    removed: result.removed,
    skipped: result.skipped,
  };
}
type Summary = ReturnType<typeof summary>;

/** Every file in the folder ends up written, deleted or carried over: exactly one of them. */
function expectEveryFileAccountedFor(given: Given, result: MergeDone): void {
  for (const path of Object.keys(given.onDisk)) {
    if (path.startsWith(".wiregen/")) continue;
    const places = [result.files.has(path) && "files", result.deleted.includes(path) && "deleted", result.userFiles.includes(path) && "userFiles"];
    expect([path, places.filter(Boolean)]).toEqual([path, [expect.any(String)]]);
  }
}

describe("mergeClient: what happens to each file", () => {
  const table: ReadonlyArray<readonly [string, { given: Given; want: Partial<Summary> }]> = [
    [
      "no base yet: everything is written as generated (edits too) and other files are deleted, listed as removed",
      {
        given: {
          generated: { "index.ts": "new\n", "a.ts": "a2\n" },
          onDisk: { "index.ts": "hand-edited\n", "stale.ts": "from an old spec\n", "notes.md": "mine\n", ".wiregenignore": "notes.md\n" },
          ignore: "notes.md\n",
        },
        want: {
          files: { "a.ts": "a2\n", "index.ts": "new\n" },
          newBase: { "a.ts": "a2\n", "index.ts": "new\n" },
          deleted: ["stale.ts"],
          removed: ["stale.ts"],
          userFiles: [".wiregenignore", "notes.md"],
          edited: [],
        },
      },
    ],
    [
      "an ignored generated path is not written, not in the base, and what is on disk stays (or stays absent)",
      {
        given: {
          base: { "index.ts": "old\n", "mine.ts": "old mine\n" },
          generated: { "index.ts": "new\n", "mine.ts": "new mine\n", "gone.ts": "new gone\n" },
          onDisk: { "index.ts": "old\n", "mine.ts": "my own version\n", ".wiregenignore": "mine.ts\ngone.ts\n" },
          ignore: "mine.ts\ngone.ts\n",
        },
        want: {
          files: { "index.ts": "new\n" },
          newBase: { "index.ts": "new\n" },
          skipped: ["gone.ts", "mine.ts"],
          userFiles: [".wiregenignore", "mine.ts"],
          deleted: [],
        },
      },
    ],
    [
      "an ignored directory is never deleted from, even with no base",
      {
        given: { generated: { "index.ts": "i\n" }, onDisk: { "index.ts": "i\n", "custom/a.ts": "mine\n" }, ignore: "custom/\n" },
        want: { deleted: [], removed: [], userFiles: ["custom/a.ts"] },
      },
    ],
    [
      "a generated file the user deleted stays deleted, and stays in the base with its new text",
      {
        given: { base: { "index.ts": "i\n", "a.ts": "a1\n" }, generated: { "index.ts": "i\n", "a.ts": "a2\n" }, onDisk: { "index.ts": "i\n" } },
        want: { files: { "index.ts": "i\n" }, keptDeleted: ["a.ts"], newBase: { "a.ts": "a2\n", "index.ts": "i\n" }, deleted: [] },
      },
    ],
    [
      "a file new in this generation is written",
      {
        given: { base: { "index.ts": "i\n" }, generated: { "index.ts": "i\n", "new.ts": "n\n" }, onDisk: { "index.ts": "i\n" } },
        want: { files: { "index.ts": "i\n", "new.ts": "n\n" }, newBase: { "index.ts": "i\n", "new.ts": "n\n" }, edited: [] },
      },
    ],
    [
      "a user's file where a new generated file goes is left alone, not written, not claimed by the base",
      {
        given: {
          base: { "index.ts": "i\n" },
          generated: { "index.ts": "i\n", "helpers.ts": "generated\n" },
          onDisk: { "index.ts": "i\n", "helpers.ts": "mine\n" },
        },
        want: { files: { "index.ts": "i\n" }, collisions: ["helpers.ts"], userFiles: ["helpers.ts"], newBase: { "index.ts": "i\n" } },
      },
    ],
    [
      "a user's file identical to a new generated file is simply adopted",
      {
        given: { base: {}, generated: { "helpers.ts": "h\n" }, onDisk: { "helpers.ts": "h\n" } },
        want: { files: { "helpers.ts": "h\n" }, collisions: [], userFiles: [], newBase: { "helpers.ts": "h\n" } },
      },
    ],
    [
      "an unedited file is written as generated",
      {
        given: { base: { "a.ts": "1\n" }, generated: { "a.ts": "2\n" }, onDisk: { "a.ts": "1\n" } },
        want: { files: { "a.ts": "2\n" }, newBase: { "a.ts": "2\n" }, edited: [], conflicts: [] },
      },
    ],
    [
      "an edit with no spec change is kept as it is",
      {
        given: { base: { "a.ts": "1\n2\n" }, generated: { "a.ts": "1\n2\n" }, onDisk: { "a.ts": "1\n2\nmine\n" } },
        want: { files: { "a.ts": "1\n2\nmine\n" }, newBase: { "a.ts": "1\n2\n" }, edited: ["a.ts"] },
      },
    ],
    [
      "an edit the spec then made too is no conflict and no longer an edit",
      {
        given: { base: { "a.ts": "x = 1\n" }, generated: { "a.ts": "x = 2\n" }, onDisk: { "a.ts": "x = 2\n" } },
        want: { files: { "a.ts": "x = 2\n" }, edited: [], conflicts: [] },
      },
    ],
    [
      "the same change on both sides next to a change of the user's own merges cleanly",
      {
        given: { base: { "a.ts": "a\nb\nc\n" }, generated: { "a.ts": "a\nB\nc\n" }, onDisk: { "a.ts": "a\nB\nc\nmine\n" } },
        want: { files: { "a.ts": "a\nB\nc\nmine\n" }, edited: ["a.ts"], conflicts: [] },
      },
    ],
    [
      "a file the spec dropped, unedited, is deleted",
      {
        given: { base: { "a.ts": "a\n", "old.ts": "o\n" }, generated: { "a.ts": "a\n" }, onDisk: { "a.ts": "a\n", "old.ts": "o\n" } },
        want: { deleted: ["old.ts"], orphaned: [], newBase: { "a.ts": "a\n" } },
      },
    ],
    [
      "a file the spec dropped, edited, is kept as the user's and leaves the base",
      {
        given: { base: { "a.ts": "a\n", "old.ts": "o\n" }, generated: { "a.ts": "a\n" }, onDisk: { "a.ts": "a\n", "old.ts": "o\nmine\n" } },
        want: { deleted: [], orphaned: ["old.ts"], userFiles: ["old.ts"], newBase: { "a.ts": "a\n" } },
      },
    ],
    [
      "a file the spec dropped that the user had deleted already: nothing to do",
      {
        given: { base: { "a.ts": "a\n", "old.ts": "o\n" }, generated: { "a.ts": "a\n" }, onDisk: { "a.ts": "a\n" } },
        want: { deleted: [], orphaned: [], keptDeleted: [], newBase: { "a.ts": "a\n" } },
      },
    ],
    [
      "the user's own files are never touched",
      {
        given: { base: { "a.ts": "a\n" }, generated: { "a.ts": "a\n" }, onDisk: { "a.ts": "a\n", "notes/todo.md": "mine\n", ".wiregenignore": "" } },
        want: { files: { "a.ts": "a\n" }, deleted: [], userFiles: [".wiregenignore", "notes/todo.md"] },
      },
    ],
    [
      "an always-fresh file the user edited is overwritten: not merged, not an edit",
      {
        given: { base: { "api.md": "# v1\n" }, generated: { "api.md": "# v2\n" }, onDisk: { "api.md": "# v1\nmy notes\n" }, fresh: ["api.md"] },
        // Nor kept in the base: it is compared with the generation itself.
        want: { files: { "api.md": "# v2\n" }, edited: [], conflicts: [], newBase: {} },
      },
    ],
    [
      "an always-fresh file the user deleted comes back",
      {
        given: { base: { "api.json": "{}\n" }, generated: { "api.json": "{}\n" }, onDisk: {}, fresh: ["api.json"] },
        want: { files: { "api.json": "{}\n" }, keptDeleted: [] },
      },
    ],
    [
      "an always-fresh file is written even over a user's file of that name",
      {
        given: { base: {}, generated: { "api.md": "# api\n" }, onDisk: { "api.md": "my api notes\n" }, fresh: ["api.md"] },
        want: { files: { "api.md": "# api\n" }, collisions: [], userFiles: [] },
      },
    ],
    [
      "an always-fresh file the spec dropped is deleted even if edited",
      {
        given: { base: { "api.md": "# api\n" }, generated: {}, onDisk: { "api.md": "# api\nedited\n" }, fresh: ["api.md"] },
        want: { deleted: ["api.md"], orphaned: [] },
      },
    ],
    [
      "files under .wiregen/ are the caller's: in no list",
      {
        given: { base: { "a.ts": "a\n" }, generated: { "a.ts": "a\n" }, onDisk: { "a.ts": "a\n", ".wiregen/base.json": "{}", ".wiregen/.gitattributes": "" } },
        want: { files: { "a.ts": "a\n" }, deleted: [], userFiles: [] },
      },
    ],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    const result = done(mergeClient(input(given)));
    const got = summary(result);
    expect(Object.fromEntries(Object.keys(want).map((key) => [key, got[key as keyof Summary]]))).toEqual(want);
    expectEveryFileAccountedFor(given, result);
  });

  it("refuses a generated path reserved for itself (a generator bug)", () => {
    expect(() => mergeClient(input({ base: {}, generated: { ".wiregenignore": "" }, onDisk: {} }))).toThrow(/wiregen bug: .*\.wiregenignore/);
  });
});

const THINGS = `import type { Client } from "../runtime/client.js";
import type { Thing } from "../types.js";

export class Things {
  constructor(private readonly client: Client) {}

  /** Lists thngs. */
  list(query?: { limit?: number }): Promise<Thing[]> {
    return this.client.get("/things", { query });
  }

  /** Gets a thing. */
  get(id: string): Promise<Thing> {
    return this.client.get(\`/things/\${id}\`);
  }

  /** Deletes a thing. */
  delete(id: string): Promise<void> {
    return this.client.delete(\`/things/\${id}\`);
  }
}
`;
const WITH_HELPER = THINGS.replace(
  "  }\n}\n",
  "  }\n\n  /** The first thing, if any. */\n  async first(): Promise<Thing | undefined> {\n    return (await this.list({ limit: 1 }))[0];\n  }\n}\n",
);

function mergeOne(ours: string, base: string, theirs: string): { text: string; conflicts: readonly number[]; edited: boolean } {
  const path = "resources/things.ts";
  const result = done(mergeClient(input({ base: { [path]: base }, generated: { [path]: theirs }, onDisk: { [path]: ours } })));
  expect(result.newBase.get(path)).toBe(theirs);
  return { text: result.files.get(path) ?? "", conflicts: result.conflicts.map((c) => c.line), edited: result.edited.includes(path) };
}

describe("mergeClient: merging an edited file", () => {
  it("a method the user added at the end of the class and a parameter the spec added to another method both land", () => {
    const theirs = THINGS.replace("get(id: string): Promise<Thing> {", "get(id: string, options?: { expand?: string[] }): Promise<Thing> {");
    expect(mergeOne(WITH_HELPER, THINGS, theirs)).toEqual({
      text: WITH_HELPER.replace("get(id: string): Promise<Thing> {", "get(id: string, options?: { expand?: string[] }): Promise<Thing> {"),
      conflicts: [],
      edited: true,
    });
  });

  it("a doc comment the user fixed survives an unrelated change", () => {
    const ours = THINGS.replace("Lists thngs.", "Lists things, newest first.");
    const theirs = THINGS.replace("/** Deletes a thing. */", "/** Deletes a thing for good. */");
    expect(mergeOne(ours, THINGS, theirs)).toEqual({
      text: THINGS.replace("Lists thngs.", "Lists things, newest first.").replace("/** Deletes a thing. */", "/** Deletes a thing for good. */"),
      conflicts: [],
      edited: true,
    });
  });

  it("the same line edited by the user and changed by the spec gets diff3 markers, and the conflict's line", () => {
    const ours = THINGS.replace("list(query?: { limit?: number })", "list(query: { limit?: number } = {})");
    const theirs = THINGS.replace("list(query?: { limit?: number })", "list(query?: { limit?: number; cursor?: string })");
    const merged = mergeOne(ours, THINGS, theirs);
    expect(merged.text).toBe(
      THINGS.replace(
        "  list(query?: { limit?: number }): Promise<Thing[]> {\n",
        [
          "<<<<<<< your edit",
          "  list(query: { limit?: number } = {}): Promise<Thing[]> {",
          "||||||| last generated",
          "  list(query?: { limit?: number }): Promise<Thing[]> {",
          "=======",
          "  list(query?: { limit?: number; cursor?: string }): Promise<Thing[]> {",
          ">>>>>>> regenerated from the spec",
          "",
        ].join("\n"),
      ),
    );
    expect(merged.conflicts).toEqual([8]);
    expect(merged.text.split("\n")[7]).toBe("<<<<<<< your edit");
    expect(merged.edited).toBe(true);
  });

  it("reports each conflict region at its line in the written file, after the markers above it", () => {
    const base = "a\nb\nc\nd\ne\nf\ng\n";
    const merged = mergeOne("a\nB1\nc\nd\ne\nF1\ng\n", base, "a\nB2\nc\nd\ne\nF2\ng\n");
    expect(merged.conflicts).toEqual([2, 12]);
    const lines = merged.text.split("\n");
    expect(merged.conflicts.map((line) => lines[line - 1])).toEqual(["<<<<<<< your edit", "<<<<<<< your edit"]);
    expect(findConflictMarkers(merged.text)).toEqual([2, 12]);
  });

  it("a clean change and a conflict in the same file: the clean one lands, the conflict is marked", () => {
    const merged = mergeOne("a\nmine\nc\nd\ne\n", "a\nb\nc\nd\ne\n", "a\nspec\nc\nd\nE\n");
    expect(merged.text).toBe("a\n<<<<<<< your edit\nmine\n||||||| last generated\nb\n=======\nspec\n>>>>>>> regenerated from the spec\nc\nd\nE\n");
    expect(merged.conflicts).toEqual([2]);
  });

  it("edits touching adjacent lines conflict, as in git", () => {
    expect(mergeOne("a\nB\nc\n", "a\nb\nc\n", "a\nb\nC\n").conflicts).toEqual([2]);
  });

  it("a method the user deleted stays deleted while the spec changes another", () => {
    const ours = THINGS.replace("\n  /** Deletes a thing. */\n  delete(id: string): Promise<void> {\n    return this.client.delete(`/things/${id}`);\n  }\n", "");
    const theirs = THINGS.replace("get(id: string)", "get(id: number)");
    expect(mergeOne(ours, THINGS, theirs).text).toBe(ours.replace("get(id: string)", "get(id: number)"));
  });

  it("a method the user deleted but the spec changed is a conflict", () => {
    const ours = THINGS.replace("\n  /** Deletes a thing. */\n  delete(id: string): Promise<void> {\n    return this.client.delete(`/things/${id}`);\n  }\n", "");
    const theirs = THINGS.replace("delete(id: string): Promise<void>", "delete(id: string, force?: boolean): Promise<void>");
    expect(mergeOne(ours, THINGS, theirs).conflicts).toHaveLength(1);
  });

  it("a final newline the user removed stays removed", () => {
    expect(mergeOne("a\nb\nc\nd", "a\nb\nc\nd\n", "A\nb\nc\nd\n")).toEqual({ text: "A\nb\nc\nd", conflicts: [], edited: true });
  });

  it("a file the user emptied stays empty when the spec did not touch it", () => {
    expect(mergeOne("", "a\n", "a\n")).toEqual({ text: "", conflicts: [], edited: true });
  });
});

describe("mergeClient: line endings", () => {
  const crlf = (text: string): string => text.replaceAll("\n", "\r\n");
  const theirs = THINGS.replace("get(id: string)", "get(id: number)");

  it("a file the editor turned to CRLF takes the spec's change and stays CRLF; the conversion alone is no edit", () => {
    expect(mergeOne(crlf(THINGS), THINGS, theirs)).toEqual({ text: crlf(theirs), conflicts: [], edited: false });
  });

  it("a CRLF file with the spec unchanged stays as it is", () => {
    expect(mergeOne(crlf(THINGS), THINGS, THINGS)).toEqual({ text: crlf(THINGS), conflicts: [], edited: false });
  });

  it("a CRLF file with an added method and a spec change: both land, in CRLF", () => {
    expect(mergeOne(crlf(WITH_HELPER), THINGS, theirs)).toEqual({
      text: crlf(WITH_HELPER.replace("get(id: string)", "get(id: number)")),
      conflicts: [],
      edited: true,
    });
  });

  it("a CRLF conflict has CRLF markers at the same line as with LF", () => {
    const ours = THINGS.replace("get(id: string)", "get(id: `thing_${string}`)");
    const lf = mergeOne(ours, THINGS, theirs);
    const merged = mergeOne(crlf(ours), THINGS, theirs);
    expect(merged.text).toBe(crlf(lf.text));
    expect(merged.conflicts).toEqual(lf.conflicts);
    expect(merged.text).not.toMatch(/[^\r]\n/);
  });

  it("a file with mixed endings is merged as it is: the CRLF line counts as the user's edit", () => {
    expect(mergeOne("a\r\nb\nc\nd\n", "a\nb\nc\nd\n", "a\nb\nc\nD\n")).toEqual({ text: "a\r\nb\nc\nD\n", conflicts: [], edited: true });
  });

  it("a generator that writes CRLF itself is merged as it is", () => {
    expect(mergeOne("a\r\nb\r\nmine\r\n", "a\r\nb\r\n", "A\r\nb\r\n")).toEqual({ text: "A\r\nb\r\nmine\r\n", conflicts: [], edited: true });
  });

  it("an unedited CRLF file of a dropped operation is deleted, not kept as an edit", () => {
    const result = done(mergeClient(input({ base: { "old.ts": "o\n" }, generated: {}, onDisk: { "old.ts": "o\r\n" } })));
    expect([result.deleted, result.orphaned]).toEqual([["old.ts"], []]);
  });
});

describe("mergeClient: conflict markers left in a file", () => {
  const base = "a\nb\nc\n";
  const refusal = (onDisk: string, extra: Partial<Given> = {}): MergeResult =>
    mergeClient(input({ base: { "a.ts": base }, generated: { "a.ts": "a\nb\nC\n" }, onDisk: { "a.ts": onDisk }, ...extra }));

  const refused: ReadonlyArray<readonly [string, string, number[]]> = [
    ["a whole region", "a\n<<<<<<< your edit\nmine\n||||||| last generated\nb\n=======\nspec\n>>>>>>> regenerated from the spec\nc\n", [2]],
    ["two regions", "<<<<<<< your edit\nx\n=======\ny\n>>>>>>> regenerated from the spec\nb\n<<<<<<< HEAD\nz\n=======\nw\n>>>>>>> other\n", [1, 7]],
    ["a region whose opening line was deleted", "a\nmine\n=======\nspec\n>>>>>>> regenerated from the spec\nc\n", [5]],
    ["a leftover base section", "a\nmine\n||||||| last generated\nb\nc\n", [3]],
    ["markers in a CRLF file", "a\r\n<<<<<<< your edit\r\nmine\r\n=======\r\nspec\r\n>>>>>>> regenerated from the spec\r\n", [2]],
    ["label-less markers", "<<<<<<<\nx\n=======\ny\n>>>>>>>\n", [1]],
  ];
  it.each(refused)("refuses %s: nothing is written", (_name, onDisk, lines) => {
    expect(refusal(onDisk)).toEqual({ refused: true, unresolved: lines.map((line) => ({ path: "a.ts", line })) });
  });

  const accepted: ReadonlyArray<readonly [string, string, Partial<Given>]> = [
    ["a Markdown heading underline", "a\nTitle\n=======\nb\nc\n", {}],
    ["longer runs of the marker characters", "a\n<<<<<<<<\nb\n>>>>>>>>>\nc\n", {}],
    ["a marker-like line inside a line", "a\nconst s = '<<<<<<< x';\nc\n", {}],
    ["markers in a file the generator wrote that way (unedited)", "", { base: { "a.ts": "<<<<<<< x\n" }, generated: { "a.ts": "<<<<<<< x\n" }, onDisk: { "a.ts": "<<<<<<< x\n" } }],
    ["a marker-like line the generator wrote, in an edited file", "a\n<<<<<<< x\nmine\n", { base: { "a.ts": "a\n<<<<<<< x\n" }, generated: { "a.ts": "a\n<<<<<<< x\nnew\n" } }],
    ["markers in the user's own file", "a\nb\nc\n", { onDisk: { "a.ts": base, "notes.md": "<<<<<<< mine\n=======\n>>>>>>> theirs\n" } }],
    ["markers in an ignored file", "<<<<<<< mine\n", { ignore: "a.ts\n" }],
    ["markers in an always-fresh file (it is overwritten)", "<<<<<<< mine\n", { fresh: ["a.ts"] }],
    ["markers with no base (everything is overwritten)", "<<<<<<< mine\n", { base: undefined }],
  ];
  it.each(accepted)("accepts %s", (_name, onDisk, extra) => {
    expect(refusal(onDisk, extra).refused).toBe(false);
  });

  it("a conflict, then a refusal until it is resolved, then a clean run", () => {
    const first = done(mergeClient(input({ base: { "a.ts": base }, generated: { "a.ts": "a\nB\nc\n" }, onDisk: { "a.ts": "a\nmine\nc\n" } })));
    expect(first.conflicts).toEqual([{ path: "a.ts", line: 2 }]);
    const again = { base: Object.fromEntries(first.newBase), generated: { "a.ts": "a\nB\nc\n" } };
    expect(mergeClient(input({ ...again, onDisk: Object.fromEntries(first.files) }))).toEqual({
      refused: true,
      unresolved: [{ path: "a.ts", line: 2 }],
    });
    const resolved = done(mergeClient(input({ ...again, onDisk: { "a.ts": "a\nB mine\nc\n" } })));
    expect([result(resolved), resolved.edited]).toEqual([{ "a.ts": "a\nB mine\nc\n" }, ["a.ts"]]);
  });
});

describe("mergeClient: running again", () => {
  it("with the same spec, a second run changes nothing, through base.json's text", () => {
    const base = { "index.ts": "i\n", "resources/things.ts": THINGS, "old.ts": "o\n", "gone.ts": "g\n" };
    const generated = { "index.ts": "i2\n", "resources/things.ts": THINGS.replace("get(id: string)", "get(id: number)"), "gone.ts": "g2\n", "helpers.ts": "h\n" };
    const onDisk: Files = { "index.ts": "i\n", "resources/things.ts": WITH_HELPER, "old.ts": "o\nmine\n", "helpers.ts": "my helpers\n", "notes.md": "n\n" };
    const first = done(mergeClient(input({ base, generated, onDisk })));
    const folder = Object.fromEntries([...first.userFiles.map((path) => [path, onDisk[path] ?? ""] as const), ...first.files]);
    const second = done(mergeClient({ ...input({ generated, onDisk: folder }), base: parseBase(serializeBase(first.newBase), "base.json") }));
    expect(result(second)).toEqual(Object.fromEntries(Object.entries(folder).filter(([path]) => second.files.has(path))));
    expect(second.files.size).toBe(first.files.size);
    expect(second.deleted).toEqual([]);
    expect(second.newBase).toEqual(first.newBase);
    expect([second.keptDeleted, second.collisions, second.orphaned]).toEqual([["gone.ts"], ["helpers.ts"], []]);
    expect(second.userFiles).toEqual(["helpers.ts", "notes.md", "old.ts"]);
  });
});

describe("mergeText", () => {
  it("an insertion on one side and a replacement on the other, not touching, always both land", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.nat(), fc.boolean(), (size, at, changed, swap) => {
        const insertAt = at % (size + 1);
        const replace = changed % size;
        fc.pre(replace !== insertAt - 1 && replace !== insertAt);
        const base = Array.from({ length: size }, (_, i) => `line ${i}`);
        const inserted = [...base.slice(0, insertAt), "mine", ...base.slice(insertAt)];
        const replaced = base.map((line, i) => (i === replace ? "spec" : line));
        const both = inserted.map((line) => (line === `line ${replace}` ? "spec" : line));
        const [ours, theirs] = swap ? [replaced, inserted] : [inserted, replaced];
        const merged = mergeText(`${ours.join("\n")}\n`, `${base.join("\n")}\n`, `${theirs.join("\n")}\n`);
        expect(merged).toEqual({ text: `${both.join("\n")}\n`, conflicts: [], keepsEdits: true });
      }),
      { numRuns: 300 },
    );
  });

  it("handles files far longer than the call stack allows as arguments", () => {
    const base = Array.from({ length: 300_000 }, (_, i) => `line ${i}`).join("\n");
    const ours = `mine\n${base.replace("line 1000\n", "line 1000 mine\n")}`;
    const theirs = `${base.replace("line 200000\n", "line 200000 spec\n")}\nspec`;
    expect(mergeText(ours, base, theirs).text).toBe(`mine\n${base.replace("line 1000\n", "line 1000 mine\n").replace("line 200000\n", "line 200000 spec\n")}\nspec`);
  });

  // node-diff3 alone took 14 s on zep's types.d.ts (8k lines, most of them repeated braces and comment lines).
  it("merges a types file of thousands of mostly repeated lines quickly", () => {
    const block = (i: number): string => `  /**\n   * A field.\n   */\n  field_${i}?: {\n    value?: string;\n  };`;
    const base = `export interface Types {\n${Array.from({ length: 2_000 }, (_, i) => block(i)).join("\n")}\n}\n`;
    const ours = base.replace("  field_10?: {", "  /** mine */\n  field_10?: {");
    const theirs = base.replace("  field_1900?: {\n    value?: string;", "  field_1900?: {\n    value?: string | null;");
    const started = performance.now();
    const merged = mergeText(ours, base, theirs);
    expect(merged).toEqual({ text: ours.replace("  field_1900?: {\n    value?: string;", "  field_1900?: {\n    value?: string | null;"), conflicts: [], keepsEdits: true });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("gives node-diff3's own merge wherever lines are unique (cutting at shared lines changes nothing)", () => {
    const side = (size: number) => fc.array(fc.constantFrom("keep", "keep", "keep", "delete", "replace", "insert"), { minLength: size, maxLength: size });
    const apply = (base: string[], ops: readonly string[], tag: string): string[] =>
      base.flatMap((line, i) => {
        const op = ops[i];
        if (op === "delete") return [];
        if (op === "replace") return [`${tag} ${i}`];
        if (op === "insert") return [line, `${tag} new ${i}`];
        return [line];
      });
    const reference = (a: string[], o: string[], b: string[]): string =>
      diff3Merge<string>(a, o, b, { excludeFalseConflicts: true })
        .flatMap((region) =>
          region.conflict === undefined
            ? (region.ok ?? [])
            : ["<<<<<<< your edit", ...region.conflict.a, "||||||| last generated", ...region.conflict.o, "=======", ...region.conflict.b, ">>>>>>> regenerated from the spec"],
        )
        .join("\n");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((size) => fc.tuple(fc.constant(size), side(size), side(size))),
        ([size, mine, spec]) => {
          const base = Array.from({ length: size }, (_, i) => `line ${i}`);
          const [a, o, b] = [apply(base, mine, "mine").join("\n"), base.join("\n"), apply(base, spec, "spec").join("\n")];
          expect(mergeText(a, o, b).text).toBe(reference(a.split("\n"), o.split("\n"), b.split("\n")));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("isFresh", () => {
  const generated = { "index.ts": "i\n", "a.ts": "a\n", "api.md": "# api\n" };
  const table: ReadonlyArray<readonly [string, { given: Partial<Given>; reasons: string[] }]> = [
    ["the last generation, untouched", { given: {}, reasons: [] }],
    ["hand edits and a deleted file do not make it stale", { given: { onDisk: { "index.ts": "i\nmine\n", "api.md": "# api\n", "notes.md": "n\n" } }, reasons: [] }],
    ["an always-fresh file in CRLF (a Windows checkout) is fresh", { given: { onDisk: { "index.ts": "i\n", "a.ts": "a\n", "api.md": "# api\r\n" } }, reasons: [] }],
    ["an ignored file the base does not hold is fresh", { given: { ignore: "a.ts\n", base: { "index.ts": "i\n", "api.md": "# api\n" } }, reasons: [] }],
    ["no base yet", { given: { base: undefined }, reasons: [".wiregen/base.json is missing: the client was generated before hand edits were tracked"] }],
    ["the spec changed a file", { given: { generated: { ...generated, "a.ts": "a2\n" } }, reasons: ["a.ts: changed by the spec since the last generation"] }],
    ["the spec added a file", { given: { generated: { ...generated, "b.ts": "b\n" } }, reasons: ["b.ts: new in this generation"] }],
    ["the spec dropped a file", { given: { generated: { "index.ts": "i\n", "api.md": "# api\n" } }, reasons: ["a.ts: no longer generated"] }],
    ["a file newly listed in .wiregenignore", { given: { ignore: "a.ts\n" }, reasons: ["a.ts: listed in .wiregenignore but still in .wiregen/base.json"] }],
    ["conflict markers left in a file", { given: { onDisk: { "index.ts": "<<<<<<< your edit\nx\n=======\ni\n>>>>>>> regenerated from the spec\n", "a.ts": "a\n", "api.md": "# api\n" } }, reasons: ["index.ts:1: unresolved conflict markers"] }],
    ["an always-fresh file edited", { given: { onDisk: { "index.ts": "i\n", "a.ts": "a\n", "api.md": "# api\nmine\n" } }, reasons: ["api.md: differs from a fresh run (it is always regenerated, never merged)"] }],
    ["an always-fresh file deleted", { given: { onDisk: { "index.ts": "i\n", "a.ts": "a\n" } }, reasons: ["api.md: missing (it is always regenerated)"] }],
  ];
  it.each(table)("%s", (_name, { given, reasons }) => {
    const full: Given = { generated, onDisk: generated, base: generated, fresh: ["api.md"], ...given };
    expect(isFresh(input(full))).toEqual({ fresh: reasons.length === 0, reasons });
  });
});
