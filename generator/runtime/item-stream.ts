/**
 * What a call answering a sequence of JSON values resolves to: an
 * `ItemStream`, async-iterable over typed items, read from JSON Lines or
 * NDJSON (`application/jsonl`, `application/x-ndjson`) or a JSON text
 * sequence (`application/json-seq`). Each item is parsed as it completes; a
 * malformed one ends the stream with a `ResponseParseError` that names the
 * item by its number. The connection, the idle limit and aborting are
 * `LiveStream`'s, as for server-sent events.
 */
import { ResponseParseError } from "./errors.js";
import { JsonLinesParser } from "./json-lines-parser.js";
import { JsonSeqParser, type SequenceValue } from "./json-seq-parser.js";
import { LiveStream, snippet, type StreamDecoder, type StreamSource } from "./live-stream.js";

/** Framed values to items, numbered from 1 across the whole stream. */
function itemDecoder<T>(source: StreamSource): StreamDecoder<T> {
  const { spec, response, label } = source;
  let count = 0;
  const malformed = (text: string, what: string): ResponseParseError =>
    new ResponseParseError(
      response.status,
      response.headers,
      text,
      `${label} sent a malformed item ${count}: ${what}: ${snippet(text.trim())}`,
    );
  function* lines(texts: readonly string[]): Generator<T, void, undefined> {
    for (const text of texts) {
      count++;
      let item: T;
      try {
        item = JSON.parse(text) as T;
      } catch (error) {
        throw malformed(text, `not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      yield item;
    }
  }
  function* records(values: readonly SequenceValue[]): Generator<T, void, undefined> {
    for (const framed of values) {
      count++;
      if ("fault" in framed) throw malformed(framed.text, framed.fault);
      yield framed.value as T;
    }
  }
  if (spec.items === "application/json-seq") {
    const parser = new JsonSeqParser();
    return { push: (chunk) => records(parser.push(chunk)), end: () => records(parser.end()), done: false };
  }
  const parser = new JsonLinesParser();
  return { push: (chunk) => lines(parser.push(chunk)), end: () => lines(parser.end()), done: false };
}

export class ItemStream<T> extends LiveStream<T> {
  constructor(source: StreamSource) {
    super(source, () => itemDecoder<T>(source));
  }

  get [Symbol.toStringTag](): string {
    return "ItemStream";
  }
}
