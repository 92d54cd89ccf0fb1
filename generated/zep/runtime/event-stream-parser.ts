// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
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

export class EventStreamParser {
  // TextDecoder strips a leading BOM by default, and with `stream: true` keeps a split character for the next chunk.
  readonly #decoder = new TextDecoder("utf-8");
  /** Text of the line being read, up to the end of the last chunk. */
  #line = "";
  /** The last chunk ended in CR: an LF that starts the next one belongs to that line end. */
  #skipLf = false;
  #data: string[] = [];
  #event = "";
  #id: string | undefined;
  #retry: number | undefined;

  /** Feeds a chunk; returns the events it completed, in order. */
  push(chunk: Uint8Array): ServerSentEvent[] {
    return this.#lines(this.#decoder.decode(chunk, { stream: true }));
  }

  /** Ends the stream. An event without its closing blank line is dropped, as the standard says. */
  end(): ServerSentEvent[] {
    const events = this.#lines(this.#decoder.decode());
    this.#line = "";
    this.#data = [];
    this.#event = "";
    return events;
  }

  #lines(text: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let start = 0;
    if (this.#skipLf && text.length > 0) {
      if (text[0] === "\n") start = 1;
      this.#skipLf = false;
    }
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = this.#line + text.slice(start, i);
      this.#line = "";
      if (c === 13) {
        if (i + 1 === text.length) this.#skipLf = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      const event = this.#field(line);
      if (event !== undefined) events.push(event);
    }
    this.#line += text.slice(start);
    return events;
  }

  /** Interprets one line; returns an event when the line is blank and one is complete. */
  #field(line: string): ServerSentEvent | undefined {
    if (line === "") return this.#dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (name) {
      case "data":
        this.#data.push(value);
        break;
      case "event":
        this.#event = value;
        break;
      case "id":
        // An id with NUL is ignored: it could not be sent back in a Last-Event-ID header.
        if (!value.includes("\0")) this.#id = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) this.#retry = Number(value);
        break;
      default:
        // Unknown fields are ignored, so servers can add their own.
        break;
    }
    return undefined;
  }

  #dispatch(): ServerSentEvent | undefined {
    const data = this.#data;
    const event = this.#event;
    this.#data = [];
    this.#event = "";
    // A block without `data` (only an id, a retry or an event name) dispatches nothing.
    if (data.length === 0) return undefined;
    return { event: event === "" ? "message" : event, data: data.join("\n"), id: this.#id, retry: this.#retry };
  }
}
