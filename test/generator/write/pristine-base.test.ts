/**
 * `.wiregen/base.json`: the last pristine output, committed with the client.
 * Byte-exact round trips (final newline or not, CRLF, empty), a stable layout
 * git can diff line by line, and errors that name the file and the problem.
 */
import { describe, expect, it } from "vitest";
import { BASE_FILE, BASE_GITATTRIBUTES, newBaseMemo, parseBase, serializeBase } from "../../../generator/write/pristine-base.js";

describe("serializeBase / parseBase round trip", () => {
  const table: ReadonlyArray<readonly [string, string]> = [
    ["a final newline", "export {};\n"],
    ["no final newline", "export {};"],
    ["CRLF line endings", "export {};\r\nexport const a = 1;\r\n"],
    ["CRLF with no final newline", "a\r\nb"],
    ["an empty file", ""],
    ["only a newline", "\n"],
    ["blank lines at the end", "a\n\n\n"],
    ["a lone carriage return", "a\rb\n"],
    ["quotes, backslashes, tabs, unicode and a BOM", '\uFEFF"x"\t\\n é 🚀 \u2028\n'],
    ["text that looks like JSON", '{ "version": 2 }\n'],
  ];
  it.each(table)("%s", (_name, text) => {
    const files = new Map([["index.ts", text]]);
    expect(parseBase(serializeBase(files), BASE_FILE)).toEqual(files);
  });

  it("keeps many files, nested paths and odd names", () => {
    const files = new Map([
      ["resources/things.ts", "export class Things {}\n"],
      ["runtime/errors.ts", "x"],
      ["404", "integer-like name\n"],
      ["__proto__", "not a prototype\n"],
      ["dir with space/ü.ts", ""],
    ]);
    expect(parseBase(serializeBase(files), BASE_FILE)).toEqual(files);
  });

  it("holds no files", () => {
    expect(parseBase(serializeBase(new Map()), BASE_FILE)).toEqual(new Map());
  });
});

describe("the memo of a long-lived session (watch mode)", () => {
  it("writes the same text as a run without it, save after save", () => {
    const memo = newBaseMemo();
    const saves = [
      new Map([["a.ts", "a\n"], ["b.ts", "b\n"]]),
      new Map([["a.ts", "a\n"], ["b.ts", "b changed\n"]]),
      new Map([["a.ts", "a\n"], ["c.ts", "c\n"]]),
      new Map([["a.ts", "a\n"], ["b.ts", "b\n"]]),
    ];
    for (const files of saves) expect(serializeBase(files, memo)).toBe(serializeBase(files));
    expect([...memo.entries.keys()]).toEqual(["a.ts", "b.ts"]);
  });

  it("reads back the files it last wrote, and parses any other text as usual", () => {
    const memo = newBaseMemo();
    const files = new Map([["a.ts", "a\n"]]);
    const text = serializeBase(files, memo);
    expect(parseBase(text, BASE_FILE, memo)).toEqual(files);
    const edited = text.replace('"a"', '"a, edited by hand"');
    expect(parseBase(edited, BASE_FILE, memo)).toEqual(new Map([["a.ts", "a, edited by hand\n"]]));
    expect(() => parseBase("{", BASE_FILE, memo)).toThrow(/not valid JSON/);
  });
});

describe("serializeBase layout", () => {
  it("stores one array entry per line; a final newline is a last empty entry", () => {
    const parsed = JSON.parse(
      serializeBase(new Map([["with.ts", "a\nb\n"], ["without.ts", "a\nb"], ["crlf.ts", "a\r\n"], ["empty.ts", ""]])),
    ) as unknown;
    expect(parsed).toEqual({
      version: 1,
      files: { "crlf.ts": ["a\r", ""], "empty.ts": [""], "with.ts": ["a", "b", ""], "without.ts": ["a", "b"] },
    });
  });

  it("is JSON with a 2-space indent and a final newline, paths sorted whatever the insertion order", () => {
    const one = serializeBase(new Map([["b.ts", "b\n"], ["a/z.ts", "z\n"], ["a.ts", "a\n"]]));
    const two = serializeBase(new Map([["a.ts", "a\n"], ["a/z.ts", "z\n"], ["b.ts", "b\n"]]));
    expect(one).toBe(two);
    expect(one).toBe(`${JSON.stringify({ version: 1, files: { "a.ts": ["a", ""], "a/z.ts": ["z", ""], "b.ts": ["b", ""] } }, null, 2)}\n`);
  });

  it("sorts integer-like paths as text too", () => {
    const text = serializeBase(new Map([["b.ts", ""], ["404", ""], ["10", ""]]));
    expect([...text.matchAll(/^ {4}"([^"]+)"/gm)].map((m) => m[1])).toEqual(["10", "404", "b.ts"]);
  });

  it("changes one line of base.json when one line of a file changes (git diffs and merges it line by line)", () => {
    const lines = (n: number): string => Array.from({ length: 20 }, (_, i) => (i === n ? "changed" : `line ${i}`)).join("\n");
    const before = serializeBase(new Map([["index.ts", lines(-1)]])).split("\n");
    const after = serializeBase(new Map([["index.ts", lines(7)]])).split("\n");
    expect(after).toHaveLength(before.length);
    expect(before.filter((line, i) => line !== after[i])).toEqual(['      "line 7",']);
  });
});

describe("parseBase errors name the file and what is wrong", () => {
  const table: ReadonlyArray<readonly [string, string, RegExp]> = [
    ["not JSON", "{ version: 1", /not valid JSON/],
    ["a merge conflict left in it", '{\n<<<<<<< HEAD\n  "version": 1\n', /not valid JSON/],
    ["an array", "[]", /expected a JSON object/],
    ["no version", '{ "files": {} }', /unsupported version \(missing\), expected 1/],
    ["a newer version", '{ "version": 2, "files": {} }', /unsupported version 2, expected 1/],
    ["a version as text", '{ "version": "1", "files": {} }', /unsupported version "1"/],
    ["no files", '{ "version": 1 }', /"files" must be an object/],
    ["files as an array", '{ "version": 1, "files": [] }', /"files" must be an object/],
    ["a file as a string", '{ "version": 1, "files": { "a.ts": "x" } }', /"files"\["a.ts"\] must be a non-empty array of strings/],
    ["a file with no lines", '{ "version": 1, "files": { "a.ts": [] } }', /"files"\["a.ts"\] must be a non-empty array/],
    ["a line that is a number", '{ "version": 1, "files": { "a.ts": ["x", 1] } }', /"files"\["a.ts"\] must be a non-empty array of strings/],
    ["a line holding a newline", '{ "version": 1, "files": { "a.ts": ["x\\ny"] } }', /"files"\["a.ts"\] has a line containing a newline/],
  ];
  it.each(table)("%s", (_name, text, message) => {
    const file = "generated/zep/.wiregen/base.json";
    expect(() => parseBase(text, file)).toThrow(message);
    expect(() => parseBase(text, file)).toThrow(/^generated\/zep\/\.wiregen\/base\.json: /);
  });
});

describe("where the base lives", () => {
  it("is one file in .wiregen/, collapsed in reviews by a .gitattributes beside it", () => {
    expect(BASE_FILE).toBe(".wiregen/base.json");
    expect(BASE_GITATTRIBUTES).toBe("base.json linguist-generated=true -diff\n");
  });
});
