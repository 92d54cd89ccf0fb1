/**
 * EventStreamParser: the WHATWG event stream rules (fields, comments, blank
 * line dispatch, id and retry carried over, BOM, three line ends), checked
 * with the input cut into two chunks at every byte offset and fed a byte at
 * a time, so a split CRLF or UTF-8 character can never change the result.
 */
import { describe, expect, test } from "vitest";
import { EventStreamParser, type ServerSentEvent } from "../../generator/runtime/event-stream-parser.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function parseChunks(chunks: readonly Uint8Array[]): ServerSentEvent[] {
  const parser = new EventStreamParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
}

function ev(data: string, extra: Partial<ServerSentEvent> = {}): ServerSentEvent {
  return { event: "message", data, id: undefined, retry: undefined, ...extra };
}

const cases: Array<[string, { given: string | Uint8Array; want: ServerSentEvent[] }]> = [
  ["one event", { given: "data: hello\n\n", want: [ev("hello")] }],
  ["no space after the colon", { given: "data:hello\n\n", want: [ev("hello")] }],
  ["only one leading space is removed", { given: "data:  two\n\n", want: [ev(" two")] }],
  ["multi-line data joined with LF", { given: "data: a\ndata: b\ndata:\ndata: c\n\n", want: [ev("a\nb\n\nc")] }],
  ["event name", { given: "event: delta\ndata: {}\n\n", want: [ev("{}", { event: "delta" })] }],
  [
    "event name resets after dispatch",
    { given: "event: x\ndata: 1\n\ndata: 2\n\n", want: [ev("1", { event: "x" }), ev("2")] },
  ],
  ["comments are skipped", { given: ": keep-alive\ndata: a\n: inside\ndata: b\n\n:\n\n", want: [ev("a\nb")] }],
  [
    "id carries over to later events",
    { given: "id: 7\ndata: a\n\ndata: b\n\n", want: [ev("a", { id: "7" }), ev("b", { id: "7" })] },
  ],
  [
    "an empty id resets it",
    { given: "id: 7\ndata: a\n\nid\ndata: b\n\n", want: [ev("a", { id: "7" }), ev("b", { id: "" })] },
  ],
  [
    "an id with NUL is ignored",
    { given: "id: 1\ndata: a\n\nid: 2\0\ndata: b\n\n", want: [ev("a", { id: "1" }), ev("b", { id: "1" })] },
  ],
  ["retry in milliseconds", { given: "retry: 1500\ndata: a\n\n", want: [ev("a", { retry: 1500 })] }],
  [
    "a retry that is not digits is ignored",
    { given: "retry: 1.5\ndata: a\n\nretry: 20\ndata: b\n\n", want: [ev("a"), ev("b", { retry: 20 })] },
  ],
  [
    "a block without data dispatches nothing",
    { given: "event: ping\nid: 3\n\ndata: a\n\n", want: [ev("a", { id: "3" })] },
  ],
  ["a field name alone counts as empty value", { given: "data\n\n", want: [ev("")] }],
  ["unknown fields are ignored", { given: "foo: bar\ndata: a\n\n", want: [ev("a")] }],
  ["CRLF line ends", { given: "data: a\r\ndata: b\r\n\r\n", want: [ev("a\nb")] }],
  ["CR line ends", { given: "data: a\rdata: b\r\rdata: c\r\r", want: [ev("a\nb"), ev("c")] }],
  ["mixed line ends", { given: "data: a\r\n\ndata: b\r\r\n", want: [ev("a"), ev("b")] }],
  ["a leading BOM is dropped", { given: "\uFEFFdata: a\n\n", want: [ev("a")] }],
  ["a BOM later is kept as text", { given: "data: a\n\n\uFEFFdata: b\n\n", want: [ev("a")] }],
  ["UTF-8 of every width", { given: "data: é€😀\n\n", want: [ev("é€😀")] }],
  ["an unfinished event at the end is dropped", { given: "data: a\n\ndata: b\n", want: [ev("a")] }],
  ["an unterminated last line is dropped", { given: "data: a\n\ndata: b", want: [ev("a")] }],
  ["JSON data stays text", { given: 'data: {"x":[1,2]}\n\ndata: [DONE]\n\n', want: [ev('{"x":[1,2]}'), ev("[DONE]")] }],
];

describe("EventStreamParser", () => {
  test.each(cases)("%s, whole", (_, { given, want }) => {
    expect(parseChunks([typeof given === "string" ? bytes(given) : given])).toEqual(want);
  });

  test.each(cases)("%s, split in two at every byte offset", (_, { given, want }) => {
    const all = typeof given === "string" ? bytes(given) : given;
    for (let at = 0; at <= all.length; at++) {
      expect(parseChunks([all.subarray(0, at), all.subarray(at)]), `split at byte ${at}`).toEqual(want);
    }
  });

  test.each(cases)("%s, one byte at a time", (_, { given, want }) => {
    const all = typeof given === "string" ? bytes(given) : given;
    expect(parseChunks(Array.from(all, (b) => Uint8Array.of(b)))).toEqual(want);
  });

  test("events come out as soon as their blank line arrives", () => {
    const parser = new EventStreamParser();
    expect(parser.push(bytes("data: a\n"))).toEqual([]);
    expect(parser.push(bytes("\ndata: b\n"))).toEqual([ev("a")]);
    expect(parser.push(bytes("\n"))).toEqual([ev("b")]);
  });

  test("a CR at the end of a chunk waits for the next one to know whether an LF follows", () => {
    const parser = new EventStreamParser();
    expect(parser.push(bytes("data: a\r"))).toEqual([]);
    // The LF completes the CRLF; the CR that follows is the blank line.
    expect(parser.push(bytes("\n\r"))).toEqual([ev("a")]);
  });

  test("a malformed UTF-8 byte becomes U+FFFD instead of failing the stream", () => {
    expect(parseChunks([Uint8Array.of(...bytes("data: a"), 0xff, ...bytes("\n\n"))])).toEqual([ev("a\uFFFD")]);
  });
});
