/**
 * JsonLinesParser (JSON Lines, NDJSON): one value a line, LF or CRLF, blank
 * lines skipped, a last line without its LF still a value, checked whole,
 * cut in two at every byte offset and fed a byte at a time, so a split CRLF
 * or UTF-8 character never changes the values.
 */
import { describe, expect, test } from "vitest";
import { JsonLinesParser } from "../../generator/runtime/json-lines-parser.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function parseChunks(chunks: readonly Uint8Array[]): string[] {
  const parser = new JsonLinesParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

const cases: Array<[string, { given: string; want: string[] }]> = [
  ["one value a line", { given: '{"a":1}\n{"a":2}\n', want: ['{"a":1}', '{"a":2}'] }],
  ["CRLF line ends", { given: '{"a":1}\r\n{"a":2}\r\n', want: ['{"a":1}', '{"a":2}'] }],
  ["mixed line ends", { given: "1\r\n2\n3\r\n", want: ["1", "2", "3"] }],
  ["blank lines are skipped", { given: '\n{"a":1}\n\n\r\n  \n{"a":2}\n\n', want: ['{"a":1}', '{"a":2}'] }],
  ["a last line without its LF is a value", { given: '{"a":1}\n{"a":2}', want: ['{"a":1}', '{"a":2}'] }],
  ["a last line ending in CR alone is a value without it", { given: '{"a":1}\r', want: ['{"a":1}'] }],
  [
    "a value of any JSON type",
    { given: '"text"\n42\nnull\n[1,[2]]\ntrue\n', want: ['"text"', "42", "null", "[1,[2]]", "true"] },
  ],
  ["a CR inside a line stays in it", { given: '"a\rb"\n', want: ['"a\rb"'] }],
  ["a leading BOM is dropped", { given: '\uFEFF{"a":1}\n', want: ['{"a":1}'] }],
  ["UTF-8 of every width", { given: '{"t":"é€😀"}\n', want: ['{"t":"é€😀"}'] }],
  ["garbage is passed on as text (the reader says it is not JSON)", { given: "{oops\n", want: ["{oops"] }],
  ["nothing at all", { given: "", want: [] }],
  ["only blank lines", { given: "\n\r\n\n", want: [] }],
];

describe("JsonLinesParser", () => {
  test.each(cases)("%s, whole", (_, { given, want }) => {
    expect(parseChunks([bytes(given)])).toEqual(want);
  });

  test.each(cases)("%s, split in two at every byte offset", (_, { given, want }) => {
    const all = bytes(given);
    for (let at = 0; at <= all.length; at++) {
      expect(parseChunks([all.subarray(0, at), all.subarray(at)]), `split at byte ${at}`).toEqual(want);
    }
  });

  test.each(cases)("%s, one byte at a time", (_, { given, want }) => {
    expect(parseChunks(Array.from(bytes(given), (b) => Uint8Array.of(b)))).toEqual(want);
  });

  test("a value comes out as soon as its LF arrives, and not before", () => {
    const parser = new JsonLinesParser();
    expect(parser.push(bytes('{"a":'))).toEqual([]);
    expect(parser.push(bytes('1}\n{"a"'))).toEqual(['{"a":1}']);
    expect(parser.push(bytes(":2}\r"))).toEqual([]);
    expect(parser.push(bytes("\n"))).toEqual(['{"a":2}']);
    expect(parser.end()).toEqual([]);
  });
});
