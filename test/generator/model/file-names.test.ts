/**
 * `generator/model/file-names.ts`: the names a document gives files, kept
 * portable. Windows device names, names that collide once case and Unicode
 * normalisation are ignored, and names too long for a file system are each
 * renamed, with the reason; ordinary names pass as they are. Then a property:
 * whatever names a document holds, the files are distinct on every file
 * system and each is a name every file system accepts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tsAccepts } from "../../support/ts-accepts.js";
import { FileNameRegistry } from "../../../generator/model/file-names.js";
import { NameRegistry, toCamelCase, toPascalCase } from "../../../generator/model/names.js";



describe("FileNameRegistry", () => {
  const table: ReadonlyArray<readonly [string, { given: string[]; want: Array<[string, RegExp | undefined]> }]> = [
    ["ordinary names pass as they are", { given: ["thread", "user-group"], want: [["thread", undefined], ["user-group", undefined]] }],
    [
      "Windows device names, in any case, with or without a dot after",
      {
        given: ["con", "NUL", "aux", "prn", "com1", "lpt9", "con.v2", "console"],
        want: [
          ["con-resource", /device name on Windows/],
          ["NUL-resource", /device name on Windows/],
          ["aux-resource", /device name on Windows/],
          ["prn-resource", /device name on Windows/],
          ["com1-resource", /device name on Windows/],
          ["lpt9-resource", /device name on Windows/],
          ["con.v2-resource", /device name on Windows/],
          ["console", undefined],
        ],
      },
    ],
    [
      "names that differ only in case",
      { given: ["aé", "aÉ"], want: [["aé", undefined], ["aÉ2", /differs from aé only in case or Unicode normalisation/]] },
    ],
    [
      "names that differ only in normalisation (Å U+00C5 and the Ångström sign U+212B)",
      { given: ["\u00c5", "\u212b"], want: [["\u00c5", undefined], ["\u00c52", /only in case or Unicode normalisation/]] },
    ],
    ["an exact repeat is numbered silently, as before", { given: ["user-group", "user-group"], want: [["user-group", undefined], ["user-group2", undefined]] }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    const files = new FileNameRegistry();
    const claimed = given.map((name) => files.claim(name));
    expect(claimed.map((c) => c.name)).toEqual(want.map(([name]) => name));
    claimed.forEach((c, i) => {
      const reason = want[i]![1];
      if (reason === undefined) expect(c.renamed).toBeUndefined();
      else expect(c.renamed).toMatch(reason);
    });
  });

  it("a name too long for a file system is cut, with a hash that keeps two long names apart", () => {
    const files = new FileNameRegistry();
    const a = files.claim(`${"a".repeat(300)}x`);
    const b = files.claim(`${"a".repeat(300)}y`);
    expect(a.renamed).toMatch(/longer than 96 bytes/);
    expect(Buffer.byteLength(a.name)).toBeLessThanOrEqual(96);
    expect(a.name).not.toBe(b.name);
    // Multi-byte letters are never cut in half.
    const wide = files.claim("é".repeat(200)).name;
    expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(96);
    expect(wide).not.toMatch(/\uFFFD/);
  });
});

/** What a case-insensitive, normalisation-insensitive file system sees. */
const folded = (name: string): string => name.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");

describe("whatever names a document holds", () => {
  // Hostile names: any Unicode, JavaScript's own names, device names, near-misses in case.
  const hostile = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom("constructor", "__proto__", "toString", "valueOf", "prototype", "then", "con", "NUL", "x²", "①", "a\u200bb", "\u202eevil", "Å", "\u212b", "aé", "aÉ"),
    fc.string({ unit: "grapheme-ascii", minLength: 200, maxLength: 400 }),
  );

  it("every name the gate gives is an identifier TypeScript accepts, and a member never one every object has", () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 12 }), (names) => {
        const bindings = new NameRegistry();
        const members = new NameRegistry([], { kind: "member" });
        const claimed = new Set<string>();
        for (const name of names) {
          for (const [registry, candidate] of [
            [bindings, toPascalCase(name)],
            [members, toCamelCase(name)],
          ] as const) {
            const got = registry.claim(candidate);
            expect(tsAccepts(got), `${JSON.stringify(name)} → ${got}`).toBe(true);
            expect(got).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
            if (registry === members) expect(Object.prototype.hasOwnProperty(got) || got === "then" || got === "prototype").toBe(false);
            claimed.add(`${registry === members ? "m" : "b"}:${got}`);
          }
        }
        expect(claimed.size).toBe(names.length * 2);
      }),
      { numRuns: 300 },
    );
  });

  it("every file name is portable and distinct on every file system", () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 12 }), (names) => {
        const files = new FileNameRegistry();
        // As the model makes them: the camel-cased property name, kebab-cased.
        const got = names.map((name) => files.claim(toCamelCase(name).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).name);
        expect(new Set(got.map(folded)).size).toBe(got.length);
        for (const name of got) {
          expect(Buffer.byteLength(`${name}.ts`)).toBeLessThanOrEqual(255);
          expect(name.split(".")[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
          expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
