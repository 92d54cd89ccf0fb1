/**
 * The JSON scanner that locates pointers in big JSON documents
 * (generator/load/json-positions.ts) against the YAML parser with positions it
 * stands in for: the same line and column for every pointer, on texts with
 * escapes, odd spacing and braces inside strings, and on real documents from
 * the corpus (pointers to every key down to a depth, plus missing steps,
 * which stop at the deepest step found).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createJsonLocator } from "../../generator/load/json-positions.js";
import type { Pointer } from "../../generator/load/json-pointer.js";
import { childOf, parseYaml, type ParsedYaml } from "../../generator/load/yaml-positions.js";
import { CORPUS, describeWithCorpus } from "../support/shared-corpus.js";

/** The yaml-positions answer, as the loader computed it before the scanner existed. */
function yamlPosition(parsed: ParsedYaml, pointer: Pointer): { line: number; column: number } {
  let node: unknown = parsed.doc.contents;
  let offset = (parsed.doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const step of pointer) {
    const child = childOf(node, step);
    if (child === undefined) break;
    offset = child.offset ?? offset;
    node = child.node;
  }
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}

/** Every pointer to a key or item of `data`, down to `depth`, at most `limit` of them, spread over the document. */
function pointersOf(data: unknown, depth: number, limit: number): Pointer[] {
  const all: Pointer[] = [];
  const visit = (value: unknown, at: Pointer): void => {
    if (at.length > 0) all.push(at);
    if (at.length >= depth || typeof value !== "object" || value === null) return;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) visit(child, [...at, key]);
  };
  visit(data, []);
  const every = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % every === 0);
}

function expectSameAsYaml(text: string, pointers: readonly Pointer[]): void {
  const locate = createJsonLocator("x.json", text);
  const parsed = parseYaml(text);
  for (const pointer of pointers) {
    const { line, column } = locate(pointer);
    expect({ pointer, line, column }).toEqual({ pointer, ...yamlPosition(parsed, pointer) });
  }
}

describe("locating a pointer in JSON text", () => {
  const text = [
    "{",
    '  "a\\"b": { "x{": "}]\\\\", "y" :[1, {"z":true} ,  "w\\u0041" ] },',
    '\t"paths":{"/p/{id}":{"get":{"parameters":[{"name":"id"},{"$ref":"#/c"}]}}},',
    '  "empty": {}, "list": [], "n": -1.5e3, "t": null',
    "}",
  ].join("\n");

  it("gives the position the YAML parser gives, for keys with escapes, braces in strings and odd spacing", () => {
    expectSameAsYaml(text, [
      [],
      ['a"b'],
      ['a"b', "x{"],
      ['a"b', "y", 1, "z"],
      ['a"b', "y", 2],
      ["paths", "/p/{id}", "get", "parameters", 1, "$ref"],
      ["empty"],
      ["list"],
      ["n"],
      ["t"],
    ]);
  });

  it("stops at the deepest step found when the rest is missing", () => {
    expectSameAsYaml(text, [
      ["nope"],
      ["paths", "/q"],
      ["paths", "/p/{id}", "get", "parameters", 7],
      ["list", 0],
      ["n", "deeper"],
      ['a"b', "y", "-1"],
    ]);
  });

  it("reads a pointer's first key when a name is repeated, as the YAML parser does", () => {
    expectSameAsYaml('{"a": 1,\n "a": {"b": 2}}', [["a"], ["a", "b"]]);
  });
});

describeWithCorpus("locating pointers in corpus JSON documents", {}, () => {
  it.each(["readme-polymorphism.json", "petstore-swagger2.json", "twilio-messaging-v1.json", "uspto-api.json"])(
    "%s: the same line and column as the YAML parser for pointers spread over the document",
    (name) => {
      const text = readFileSync(join(CORPUS, name), "utf8");
      expectSameAsYaml(text, pointersOf(JSON.parse(text), 6, 300));
    },
    60_000,
  );
});
