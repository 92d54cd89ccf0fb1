// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./event-stream.d.ts"
import {
  AbortError,
  ClientError,
  ConnectionError,
  ResponseParseError,
  StreamEventError,
  TimeoutError,
} from "./errors.js";
import { EventStreamParser } from "./event-stream-parser.js";
function snippet(text) {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
export class EventStream {
  /** The response the events arrive in (status and headers; its body belongs to the stream). */
  response;
  #source;
  #aborted = false;
  #started = false;
  #closed = false;
  constructor(source) {
    this.#source = source;
    this.response = source.response;
  }
  /** Closes the connection at once. A `for await` loop over the stream ends without an error. */
  abort() {
    this.#aborted = true;
    this.#close();
  }
  #close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#source.connection.controller.abort();
    this.#source.connection.release();
  }
  /** Parses one event's data; the terminator gives `undefined`. */
  #parse(raw) {
    const { spec, response, label } = this.#source;
    if (spec.terminator !== undefined && raw.data === spec.terminator) return undefined;
    let data = raw.data;
    if (spec.data === "json") {
      try {
        data = JSON.parse(raw.data);
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
        typeof data === "object" && data !== null ? snippet(JSON.stringify(data.error ?? data)) : snippet(String(data));
      throw new StreamEventError(
        response.status,
        response.headers,
        data,
        raw.id,
        `${label} sent an error event: ${detail}`,
      );
    }
    return { event: raw.event, data: data, id: raw.id, retry: raw.retry };
  }
  async *#events() {
    const { response, connection, signal, idleTimeoutMs, label, log } = this.#source;
    const body = response.body;
    if (body === null) {
      this.#close();
      return;
    }
    const reader = body.getReader();
    // Whatever aborts the fetch also ends a pending read, even with a fetch that does not error the body.
    const cancel = () => void reader.cancel().catch(() => undefined);
    const stop = () => connection.controller.abort();
    connection.controller.signal.addEventListener("abort", cancel, { once: true });
    signal?.addEventListener("abort", stop, { once: true });
    const parser = new EventStreamParser();
    let idle = false;
    try {
      for (;;) {
        if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: signal.reason });
        let timer;
        let chunk;
        try {
          timer = setTimeout(() => {
            idle = true;
            connection.controller.abort();
          }, idleTimeoutMs);
          chunk = await reader.read();
        } catch (error) {
          chunk = { done: true, value: undefined };
          if (!idle && !this.#aborted && !signal?.aborted) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new ConnectionError(`${label} stream broke off: ${reason}`, { cause: error });
          }
        } finally {
          clearTimeout(timer);
        }
        if (this.#aborted) return;
        if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: signal.reason });
        if (idle) {
          log?.warn(() => `${label} stream idle for ${idleTimeoutMs} ms, closed`);
          throw new TimeoutError(`${label} sent nothing for ${idleTimeoutMs} ms`, idleTimeoutMs);
        }
        const raws = chunk.done ? parser.end() : parser.push(chunk.value);
        for (const raw of raws) {
          const event = this.#parse(raw);
          if (event === undefined) return;
          yield event;
          if (this.#aborted) return;
        }
        if (chunk.done) return;
      }
    } finally {
      // Cancelling the body releases the connection even where aborting the fetch would not reach it.
      cancel();
      this.#close();
      connection.controller.signal.removeEventListener("abort", cancel);
      signal?.removeEventListener("abort", stop);
    }
  }
  /** The events, once: a stream cannot be replayed. Leaving the loop early closes the connection. */
  [Symbol.asyncIterator]() {
    if (this.#started) throw new ClientError(`${this.#source.label}: an event stream can be read only once`);
    this.#started = true;
    return this.#events();
  }
  get [Symbol.toStringTag]() {
    return "EventStream";
  }
}
