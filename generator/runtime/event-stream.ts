/**
 * What a server-sent-events call resolves to: an `EventStream`,
 * async-iterable over typed events. It reads each event's `data` as the
 * spec describes it (JSON or text), stops at a declared terminator and turns
 * an `error` event into a `StreamEventError`; the connection, the idle limit
 * and aborting are `LiveStream`'s.
 */
import { ResponseParseError, StreamEventError } from "./errors.js";
import { EventStreamParser, type ServerSentEvent } from "./event-stream-parser.js";
import { LiveStream, snippet, type StreamDecoder, type StreamSource } from "./live-stream.js";

/** One event, its `data` parsed as the spec describes it. */
export interface StreamEvent<T> {
  /** The `event` field, or `"message"`. */
  readonly event: string;
  readonly data: T;
  /** The last `id` the stream set. */
  readonly id: string | undefined;
  /** The reconnection time the stream last asked for, in milliseconds. */
  readonly retry: number | undefined;
}

/** Parses one event's data; the terminator gives `undefined`. */
function parseEvent<T>(source: StreamSource, raw: ServerSentEvent): StreamEvent<T> | undefined {
  const { spec, response, label } = source;
  if (spec.terminator !== undefined && raw.data === spec.terminator) return undefined;
  let data: unknown = raw.data;
  if (spec.data === "json") {
    try {
      data = JSON.parse(raw.data) as unknown;
    } catch {
      // An `error` event may carry plain text even in a JSON stream.
      if (raw.event !== "error") {
        throw new ResponseParseError(
          response.status,
          response.headers,
          raw.data,
          `${label} sent an event whose data is not JSON: ${snippet(raw.data)}`,
        );
      }
    }
  }
  if (raw.event === "error") {
    const detail =
      typeof data === "object" && data !== null
        ? snippet(JSON.stringify((data as { error?: unknown }).error ?? data))
        : snippet(String(data));
    throw new StreamEventError(
      response.status,
      response.headers,
      data,
      raw.id,
      `${label} sent an error event: ${detail}`,
    );
  }
  return { event: raw.event, data: data as T, id: raw.id, retry: raw.retry };
}

/** Server-sent events to typed events, up to the terminator. */
function eventDecoder<T>(source: StreamSource): StreamDecoder<StreamEvent<T>> {
  const parser = new EventStreamParser();
  let done = false;
  function* parse(raws: readonly ServerSentEvent[]): Generator<StreamEvent<T>, void, undefined> {
    for (const raw of raws) {
      const event = parseEvent<T>(source, raw);
      if (event === undefined) {
        done = true;
        return;
      }
      yield event;
    }
  }
  return {
    push: (chunk) => parse(parser.push(chunk)),
    end: () => parse(parser.end()),
    get done() {
      return done;
    },
  };
}

export class EventStream<T> extends LiveStream<StreamEvent<T>> {
  constructor(source: StreamSource) {
    super(source, () => eventDecoder<T>(source));
  }

  get [Symbol.toStringTag](): string {
    return "EventStream";
  }
}
