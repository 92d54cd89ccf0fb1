/**
 * The data-record printer: layout (one line when it fits, else one entry per
 * line), key quoting, and escaping, proven by evaluating what it prints.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { printLiteral, propertyNameSource, type PrintOptions } from "../../generator/emit/print-literal.js";

/** The value a printed literal denotes, as a JavaScript engine reads it. */
function evaluate(source: string): unknown {
  return new Function(`return (${source});`)() as unknown;
}

const LAYOUT: ReadonlyArray<[string, { given: unknown; options?: PrintOptions; want: string }]> = [
  ["a scalar", { given: "limit", want: '"limit"' }],
  ["numbers, booleans, null", { given: [1, -2.5, 0, true, false, null], want: "[1, -2.5, 0, true, false, null]" }],
  [
    "empty containers stay empty even when expanded",
    { given: { a: [], b: {} }, options: { expand: 2 }, want: "{\n  a: [],\n  b: {},\n}" },
  ],
  [
    "a short object on one line",
    { given: { key: "limit", name: "limit", in: "query" }, want: '{ key: "limit", name: "limit", in: "query" }' },
  ],
  ["undefined properties left out", { given: { a: 1, b: undefined }, want: "{ a: 1 }" }],
  [
    "expand 1 breaks only the top level",
    {
      given: { id: "x", params: [{ key: "a", name: "a", in: "path" }] },
      options: { expand: 1 },
      want: '{\n  id: "x",\n  params: [{ key: "a", name: "a", in: "path" }],\n}',
    },
  ],
  [
    "too wide for the width: one entry per line, inner values fitted again",
    {
      given: { list: ["aaaa", "bbbb", "cccc"], short: [1] },
      options: { width: 24 },
      want: '{\n  list: [\n    "aaaa",\n    "bbbb",\n    "cccc",\n  ],\n  short: [1],\n}',
    },
  ],
  [
    "the prefix and suffix count towards the width",
    { given: ["abc", "def"], options: { width: 14, prefix: 1 }, want: '[\n  "abc",\n  "def",\n]' },
  ],
  [
    "a suffix counts too",
    { given: ["abc", "def"], options: { width: 14, suffix: 1 }, want: '[\n  "abc",\n  "def",\n]' },
  ],
  ["fits exactly at the width", { given: ["abc", "def"], options: { width: 14 }, want: '["abc", "def"]' }],
  [
    "nested lines are indented from the given indent",
    {
      given: { a: { b: "c" } },
      options: { indent: 4, expand: 2 },
      want: '{\n      a: {\n        b: "c",\n      },\n    }',
    },
  ],
];

const KEYS: ReadonlyArray<[string, string]> = [
  ["limit", "limit"],
  ["$ref", "$ref"],
  ["_x9", "_x9"],
  ["in", "in"],
  ["200", '"200"'],
  ["4XX", '"4XX"'],
  ["page-size", '"page-size"'],
  ["a b", '"a b"'],
  ["", '""'],
  ["naïve", '"naïve"'],
  ["__proto__", '["__proto__"]'],
];

describe("printLiteral layout", () => {
  it.each(LAYOUT)("%s", (_, { given, options, want }) => {
    const printed = printLiteral(given, options);
    expect(printed).toBe(want);
    expect(evaluate(printed)).toEqual(given instanceof Object ? JSON.parse(JSON.stringify(given)) : given);
  });

  it("keeps every line within the width when the values allow it", () => {
    const given = {
      params: Array.from({ length: 12 }, (_, i) => ({ key: `param${i}`, name: `param_${i}`, in: "query" })),
      responses: { "200": { kind: "json", shape: "object" }, "204": { kind: "void" } },
    };
    const printed = printLiteral(given, { width: 60, prefix: 20, suffix: 1, expand: 1 });
    const lines = printed.split("\n");
    expect(20 + lines[0]!.length).toBeLessThanOrEqual(60);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(evaluate(printed)).toEqual(given);
  });

  it("refuses values with no literal form", () => {
    expect(() => printLiteral({ a: Number.NaN })).toThrow(/NaN/);
    expect(() => printLiteral([Infinity])).toThrow(/Infinity/);
    expect(() => printLiteral({ a: () => 1 })).toThrow(/function/);
    expect(() => printLiteral({ a: new Date(0) })).toThrow(/Date/);
    expect(() => printLiteral([undefined])).toThrow(/undefined/);
  });
});

describe("printLiteral keys", () => {
  it.each(KEYS)("%j prints as %s", (key, want) => {
    expect(propertyNameSource(key)).toBe(want);
  });

  it("makes `__proto__` an own property, not the prototype", () => {
    const value = evaluate(printLiteral(JSON.parse('{"__proto__":"x","a":1}'))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(value)).toEqual(["__proto__", "a"]);
  });
});

describe("printLiteral escaping", () => {
  const HOSTILE = [
    'a"); globalThis.pwned = 1; ("',
    "a'; pwned(); '",
    "`${pwned()}`",
    "*/ pwned(); /*",
    "back\\slash\\",
    "line\nbreak\r\n",
    "separators\u2028and\u2029",
    "nul\u0000bell\u0007",
    "</script><script>pwned()</script>",
  ];

  it("round-trips hostile strings as values and as keys", () => {
    const given = Object.fromEntries(HOSTILE.map((s) => [s, [s]]));
    const printed = printLiteral(given, { expand: 1 });
    expect(evaluate(printed)).toEqual(given);
    expect((globalThis as Record<string, unknown>)["pwned"]).toBeUndefined();
  });

  it("leaves no spec text outside string literals (TypeScript's scanner)", () => {
    const printed = printLiteral({ "the list": HOSTILE, [HOSTILE[0]!]: HOSTILE[2]! });
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, printed);
    const kinds: ts.SyntaxKind[] = [];
    for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) kinds.push(token);
    expect(kinds).not.toContain(ts.SyntaxKind.Identifier);
    expect(new Set(kinds.filter((k) => k !== ts.SyntaxKind.StringLiteral))).toEqual(
      new Set([
        ts.SyntaxKind.OpenBraceToken,
        ts.SyntaxKind.CloseBraceToken,
        ts.SyntaxKind.OpenBracketToken,
        ts.SyntaxKind.CloseBracketToken,
        ts.SyntaxKind.ColonToken,
        ts.SyntaxKind.CommaToken,
      ]),
    );
  });

  it("keeps each string on its line", () => {
    const printed = printLiteral({ a: "one\ntwo\u2028three\u2029four" }, { expand: 1 });
    expect(printed.split(/[\n\u2028\u2029]/)).toHaveLength(3);
  });
});
