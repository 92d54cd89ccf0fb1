// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * What a call answering a sequence of JSON values resolves to: an
 * `ItemStream`, async-iterable over typed items, read from JSON Lines or
 * NDJSON (`application/jsonl`, `application/x-ndjson`) or a JSON text
 * sequence (`application/json-seq`). Each item is parsed as it completes; a
 * malformed one ends the stream with a `ResponseParseError` that names the
 * item by its number. The connection, the idle limit and aborting are
 * `LiveStream`'s, as for server-sent events.
 */
import { ResponseParseError } from "./errors.ts";
import { JsonLinesParser } from "./json-lines-parser.ts";
import { JsonSeqParser, type SequenceText } from "./json-seq-parser.ts";
import { LiveStream, snippet, type StreamDecoder, type StreamSource } from "./live-stream.ts";

const FAULTS: Readonly<Record<NonNullable<SequenceText["fault"]>, string>> = {
  "no-rs": "text before the first record separator (0x1E)",
  "no-lf": "a value that does not end with a line feed (cut off?)",
};

/** Framed texts to parsed items, numbered from 1 across the whole stream. */
function itemDecoder<T>(source: StreamSource): StreamDecoder<T> {
  const { spec, response, label } = source;
  const framing = spec.items === "json-seq" ? new JsonSeqParser() : new JsonLinesParser();
  let count = 0;
  const malformed = (text: string, what: string): ResponseParseError =>
    new ResponseParseError(
      response.status,
      response.headers,
      text,
      `${label} sent a malformed item ${count}: ${what}: ${snippet(text.trim())}`,
    );
  function* parse(texts: readonly (string | SequenceText)[]): Generator<T, void, undefined> {
    for (const framed of texts) {
      count++;
      const { text, fault } = typeof framed === "string" ? { text: framed, fault: undefined } : framed;
      if (fault !== undefined) throw malformed(text, FAULTS[fault]);
      let item: T;
      try {
        item = JSON.parse(text) as T;
      } catch (error) {
        throw malformed(text, `not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      yield item;
    }
  }
  return {
    push: (chunk) => parse(framing.push(chunk)),
    end: () => parse(framing.end()),
    done: false,
  };
}

export class ItemStream<T> extends LiveStream<T> {
  constructor(source: StreamSource) {
    super(source, () => itemDecoder<T>(source));
  }

  get [Symbol.toStringTag](): string {
    return "ItemStream";
  }
}
