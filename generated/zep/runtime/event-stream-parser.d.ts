// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Server-sent events, bytes to events, as the WHATWG HTML standard's
 * "event stream interpretation" says (§9.2.6): UTF-8 with an optional BOM,
 * lines ended by CRLF, LF or CR, `field: value` lines, comments, and an event
 * dispatched at each blank line. Chunks may split anything, a CRLF or a
 * UTF-8 character included, so the decoder and the line buffer carry state
 * from one chunk to the next. Pure: no I/O, so every split is testable.
 */
/** One event as the server sent it; `data` is still text. */
export interface ServerSentEvent {
  /** The `event` field, or `"message"` when the event named none. */
  readonly event: string;
  /** The `data` lines, joined with `\n`. */
  readonly data: string;
  /** The last `id` the stream set (it carries over to later events, as in `EventSource`). */
  readonly id: string | undefined;
  /** The reconnection time the stream last asked for with `retry`, in milliseconds. */
  readonly retry: number | undefined;
}
export declare class EventStreamParser {
  #private;
  /** Feeds a chunk; returns the events it completed, in order. */
  push(chunk: Uint8Array): ServerSentEvent[];
  /** Ends the stream. An event without its closing blank line is dropped, as the standard says. */
  end(): ServerSentEvent[];
}
