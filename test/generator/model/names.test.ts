/**
 * `generator/model/names.ts`: casing, reserved words, globals and the
 * registry that hands out each name once. Tables of `[name, { given, want }]`.
 */
import { describe, expect, it } from "vitest";
import { tsAccepts } from "../../support/ts-accepts.js";
import { isIdentifier, NameRegistry, propertyKey, toCamelCase, toPascalCase, toTypeName } from "../../../generator/model/names.js";



type Row<G, W> = readonly [string, { readonly given: G; readonly want: W }];

describe("toPascalCase", () => {
  const table: Row<string, string>[] = [
    ["camelCase", { given: "listSessions", want: "ListSessions" }],
    ["snake_case", { given: "list_sessions", want: "ListSessions" }],
    ["words", { given: "List Sessions", want: "ListSessions" }],
    ["mixed separators", { given: "session list_response", want: "SessionListResponse" }],
    ["kebab-case", { given: "get-users", want: "GetUsers" }],
    ["dots", { given: "a.b.c", want: "ABC" }],
    ["an acronym run is one word", { given: "HTTPServer2", want: "HttpServer2" }],
    ["an acronym then a word", { given: "XMLHttpRequest", want: "XmlHttpRequest" }],
    ["a leading acronym", { given: "APIError", want: "ApiError" }],
    ["all caps", { given: "ALLCAPS", want: "Allcaps" }],
    ["a trailing acronym", { given: "snake_case_ID", want: "SnakeCaseId" }],
    ["a leading digit gets an underscore", { given: "2fa", want: "_2fa" }],
    ["digits only after a letter", { given: "v2", want: "V2" }],
    ["separators only at the ends", { given: "__proto__", want: "Proto" }],
    ["nothing usable", { given: "", want: "Unnamed" }],
    ["only symbols", { given: "$", want: "Unnamed" }],
    ["a keyword is cased, not escaped (the registry escapes)", { given: "class", want: "Class" }],
    ["numbers no identifier may hold split words", { given: "plainGet²", want: "PlainGet" }],
    ["a circled digit splits too", { given: "step①two", want: "StepTwo" }],
    ["an invisible zero-width space splits", { given: "list\u200bThings", want: "ListThings" }],
    ["a letter outside the BMP splits, as TypeScript rejects thousands of them", { given: "𐐨ord", want: "Ord" }],
    ["a letter whose upper case TypeScript rejects (ɤ → Ɤ U+A7CB) keeps its case", { given: "ɤx", want: "ɤx" }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(toPascalCase(given)).toBe(want);
  });
});

describe("toCamelCase", () => {
  const table: Row<string, string>[] = [
    ["an already camel-cased id is kept as it is", { given: "listSessions", want: "listSessions" }],
    ["kept even with an inner acronym", { given: "mixedCASEWord", want: "mixedCASEWord" }],
    ["snake_case", { given: "list_sessions", want: "listSessions" }],
    ["PascalCase", { given: "ListSessions", want: "listSessions" }],
    ["a leading acronym", { given: "IOStream", want: "ioStream" }],
    ["kebab-case", { given: "x-y-z", want: "xYZ" }],
    ["words", { given: "user ID", want: "userId" }],
    ["a leading digit", { given: "123abc", want: "_123abc" }],
    ["a leading underscore is dropped", { given: "_private", want: "private" }],
    ["a `$` is dropped", { given: "$ref", want: "ref" }],
    ["a keyword stays a keyword (members may be keywords)", { given: "delete", want: "delete" }],
    ["empty", { given: "", want: "unnamed" }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(toCamelCase(given)).toBe(want);
  });
});

describe("toTypeName", () => {
  const table: Row<string, string>[] = [
    ["a PascalCase schema name is kept, acronyms and all", { given: "APIError", want: "APIError" }],
    ["kept with an underscore", { given: "Foo_bar", want: "Foo_bar" }],
    ["all caps is kept", { given: "ID", want: "ID" }],
    ["a lower-case name is cased", { given: "session", want: "Session" }],
    ["a name with separators is cased", { given: "session.list-response", want: "SessionListResponse" }],
    ["a leading digit", { given: "1Thing", want: "_1Thing" }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(toTypeName(given)).toBe(want);
  });
});

describe("isIdentifier and propertyKey", () => {
  const table: Row<string, { identifier: boolean; key: string }>[] = [
    ["a wire name with underscores", { given: "page_number", want: { identifier: true, key: "page_number" } }],
    ["a header name", { given: "X-Request-Id", want: { identifier: false, key: '"X-Request-Id"' } }],
    ["a dotted name", { given: "filter.name", want: { identifier: false, key: '"filter.name"' } }],
    ["brackets", { given: "ids[]", want: { identifier: false, key: '"ids[]"' } }],
    ["a leading digit", { given: "2fa", want: { identifier: false, key: '"2fa"' } }],
    ["a `$`", { given: "$ref", want: { identifier: true, key: "$ref" } }],
    ["a keyword is a valid key", { given: "default", want: { identifier: true, key: "default" } }],
    ["a quote is escaped", { given: 'a"b', want: { identifier: false, key: '"a\\"b"' } }],
    ["empty", { given: "", want: { identifier: false, key: '""' } }],
    ["a superscript number is not an identifier character", { given: "x²", want: { identifier: false, key: '"x²"' } }],
    ["nor a circled one", { given: "①", want: { identifier: false, key: '"①"' } }],
    ["nor a zero-width joiner, which JavaScript allows but no reviewer sees", { given: "a\u200db", want: { identifier: false, key: '"a\u200db"' } }],
    ["a letter of any script is", { given: "café_ñ", want: { identifier: true, key: "café_ñ" } }],
    ["a combining mark may continue one", { given: "e\u0301", want: { identifier: true, key: "e\u0301" } }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect({ identifier: isIdentifier(given), key: propertyKey(given) }).toEqual(want);
  });
});

describe("isIdentifier agrees with TypeScript's scanner", () => {
  it("on every code point of the Basic Multilingual Plane, as a first and as a later character", () => {
    const disagree: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      // TypeScript allows the joiners, as JavaScript does; the gate refuses them on purpose.
      if (c === "\u200c" || c === "\u200d") continue;
      for (const text of [c, `a${c}`]) {
        if (isIdentifier(text) !== tsAccepts(text)) disagree.push(`U+${cp.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(disagree).toEqual([]);
  });
});

describe("NameRegistry", () => {
  type Claims = { reserved?: string[]; members?: boolean; claims: Array<[candidate: string, suffix?: string]> };
  const table: Row<Claims, string[]>[] = [
    ["hands out a free name as it is", { given: { claims: [["Session"]] }, want: ["Session"] }],
    ["numbers a taken name", { given: { claims: [["Session"], ["Session"], ["Session"]] }, want: ["Session", "Session2", "Session3"] }],
    [
      "tries the suffix before a number",
      { given: { claims: [["Session"], ["Session", "Schema"], ["Session", "Schema"]] }, want: ["Session", "SessionSchema", "SessionSchema2"] },
    ],
    [
      "never hands out a global (Blob, Response, Error, Promise, Record)",
      {
        given: { claims: [["Blob", "Schema"], ["Response", "Schema"], ["Error", "Schema"], ["Promise", "Schema"], ["Record", "Schema"]] },
        want: ["BlobSchema", "ResponseSchema", "ErrorSchema", "PromiseSchema", "RecordSchema"],
      },
    ],
    ["a global without a suffix gets a number", { given: { claims: [["Blob"]] }, want: ["Blob2"] }],
    [
      "never hands out a reserved word or a TypeScript type keyword",
      { given: { claims: [["class"], ["delete"], ["string"], ["type"], ["await"]] }, want: ["class2", "delete2", "string2", "type2", "await2"] },
    ],
    [
      "never hands out a reserved name (runtime exports)",
      { given: { reserved: ["TimeoutError", "ApiCall"], claims: [["TimeoutError", "Schema"], ["ApiCall"]] }, want: ["TimeoutErrorSchema", "ApiCall2"] },
    ],
    [
      "members may be keywords and globals, but not reserved names",
      {
        given: { members: true, reserved: [], claims: [["delete"], ["Blob"], ["then"], ["constructor"], ["toString"], ["__proto__"]] },
        want: ["delete", "Blob", "then_", "constructor_", "toString_", "__proto___"],
      },
    ],
    [
      "a numbered name that is itself taken is skipped",
      { given: { reserved: ["Thing2"], claims: [["Thing"], ["Thing"]] }, want: ["Thing", "Thing3"] },
    ],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    const registry = new NameRegistry(given.reserved ?? [], { kind: given.members === true ? "member" : "binding" });
    expect(given.claims.map(([candidate, suffix]) => registry.claim(candidate, suffix))).toEqual(want);
    for (const name of want) expect(registry.has(name)).toBe(true);
  });
});
