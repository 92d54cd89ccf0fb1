/**
 * JsonSeqParser (RFC 7464 JSON text sequences): each value after an RS
 * (0x1E) and ended by an LF, handed out at that LF (a value spanning lines
 * at the LF that completes it), empty records and whitespace skipped, and a
 * value framed wrongly (no RS before it, no LF after it, not JSON) returned
 * with what is wrong rather than dropped. Checked whole, cut in two at every
 * byte offset and fed a byte at a time.
 */
import { describe, expect, test } from "vitest";
import { JsonSeqParser, type SequenceValue } from "../../generator/runtime/json-seq-parser.js";

const RS = "\u001e";
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function parseChunks(chunks: readonly Uint8Array[]): SequenceValue[] {
  const parser = new JsonSeqParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

const NO_LF = "a value that does not end with a line feed (cut off?)";
const OUTSIDE = "text outside a record (not after a record separator, 0x1E)";

const cases: Array<[string, { given: string; want: SequenceValue[] }]> = [
  [
    "values each after an RS and before an LF",
    {
      given: `${RS}{"a":1}\n${RS}{"a":2}\n`,
      want: [
        { text: '{"a":1}\n', value: { a: 1 } },
        { text: '{"a":2}\n', value: { a: 2 } },
      ],
    },
  ],
  ["a value may span lines", { given: `${RS}{\n "a": 1\n}\n`, want: [{ text: '{\n "a": 1\n}\n', value: { a: 1 } }] }],
  [
    "CRLF ends a value too",
    {
      given: `${RS}1\r\n${RS}"two"\r\n`,
      want: [
        { text: "1\r\n", value: 1 },
        { text: '"two"\r\n', value: "two" },
      ],
    },
  ],
  [
    "consecutive RS and whitespace-only records carry nothing",
    { given: `${RS}${RS}${RS}\n${RS}[1]\n\n  ${RS}  `, want: [{ text: "[1]\n", value: [1] }] },
  ],
  ["whitespace before the first RS is ignored", { given: `\n  ${RS}true\n`, want: [{ text: "true\n", value: true }] }],
  ["null is a value", { given: `${RS}null\n`, want: [{ text: "null\n", value: null }] }],
  [
    "a last value without its LF is cut off",
    {
      given: `${RS}{"a":1}\n${RS}{"a":2`,
      want: [
        { text: '{"a":1}\n', value: { a: 1 } },
        { text: '{"a":2', fault: NO_LF },
      ],
    },
  ],
  [
    "a value without its LF before the next RS is cut off",
    {
      given: `${RS}12${RS}3\n`,
      want: [
        { text: "12", fault: NO_LF },
        { text: "3\n", value: 3 },
      ],
    },
  ],
  [
    "text before the first RS is outside a record",
    {
      given: `{"a":1}\n${RS}{"a":2}\n`,
      want: [
        { text: '{"a":1}\n', fault: OUTSIDE },
        { text: '{"a":2}\n', value: { a: 2 } },
      ],
    },
  ],
  [
    "text after a value's LF and before the next RS is outside a record",
    {
      given: `${RS}1\nstray\n${RS}2\n`,
      want: [
        { text: "1\n", value: 1 },
        { text: "stray\n", fault: OUTSIDE },
        { text: "2\n", value: 2 },
      ],
    },
  ],
  [
    "a record that is not JSON says why",
    {
      given: `${RS}{oops}\n${RS}4\n`,
      want: [
        { text: "{oops}\n", fault: expect.stringMatching(/^not JSON \(.+\)$/) as unknown as string },
        { text: "4\n", value: 4 },
      ],
    },
  ],
  [
    "brackets and escaped quotes inside strings do not end a value early",
    {
      given: `${RS}{"a": "} ] \\" {",\n "b": [1,\n 2]}\n${RS}"[\\\\"\n`,
      want: [
        { text: '{"a": "} ] \\" {",\n "b": [1,\n 2]}\n', value: { a: '} ] " {', b: [1, 2] } },
        { text: '"[\\\\"\n', value: "[\\" },
      ],
    },
  ],
  [
    "a value with more closing brackets than opening ones is not JSON",
    {
      given: `${RS}[1]]\n`,
      want: [{ text: "[1]]\n", fault: expect.stringMatching(/^not JSON/) as unknown as string }],
    },
  ],
  ["UTF-8 of every width", { given: `${RS}"é€😀"\n`, want: [{ text: '"é€😀"\n', value: "é€😀" }] }],
  ["nothing at all", { given: "", want: [] }],
];

describe("JsonSeqParser", () => {
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

  test("a value comes out as soon as the LF that completes it arrives", () => {
    const parser = new JsonSeqParser();
    expect(parser.push(bytes(`${RS}{"a":`))).toEqual([]);
    expect(parser.push(bytes(`1}\n`))).toEqual([{ text: '{"a":1}\n', value: { a: 1 } }]);
    expect(parser.push(bytes(`${RS}[\n`))).toEqual([]);
    expect(parser.push(bytes(`2\n]\n`))).toEqual([{ text: "[\n2\n]\n", value: [2] }]);
    expect(parser.end()).toEqual([]);
  });
});
