// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * What a streaming call resolves to: an `EventStream`, async-iterable over
 * typed events, read from a response whose head has arrived and whose body
 * is still open. It owns that connection: it closes it on `abort()`, when a
 * `for await` loop is left early, when the caller's signal aborts, when no
 * bytes arrive for the idle limit, and at the end; in every case the caller's
 * signal is detached and the idle timer cleared.
 */
import type { LiveConnection } from "./attempt.ts";
import {
  AbortError,
  ClientError,
  ConnectionError,
  ResponseParseError,
  StreamEventError,
  TimeoutError,
} from "./errors.ts";
import { EventStreamParser, type ServerSentEvent } from "./event-stream-parser.ts";
import type { Log } from "./log.ts";
import type { StreamSpec } from "./operation.ts";

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

/** What an `EventStream` reads from and how. */
export interface EventStreamSource {
  readonly response: Response;
  readonly connection: LiveConnection;
  readonly spec: StreamSpec;
  /** The caller's signal: its abort ends the stream with an `AbortError`. */
  readonly signal: AbortSignal | undefined;
  /** The longest wait for more bytes (events or keep-alive comments), in milliseconds. */
  readonly idleTimeoutMs: number;
  /** `POST /path`, for messages. */
  readonly label: string;
  readonly log?: Log | undefined;
}

function snippet(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

export class EventStream<T> implements AsyncIterable<StreamEvent<T>> {
  /** The response the events arrive in (status and headers; its body belongs to the stream). */
  readonly response: Response;
  readonly #source: EventStreamSource;
  #aborted = false;
  #started = false;
  #closed = false;

  constructor(source: EventStreamSource) {
    this.#source = source;
    this.response = source.response;
  }

  /** Closes the connection at once. A `for await` loop over the stream ends without an error. */
  abort(): void {
    this.#aborted = true;
    this.#close();
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#source.connection.controller.abort();
    this.#source.connection.release();
  }

  /** Parses one event's data; the terminator gives `undefined`. */
  #parse(raw: ServerSentEvent): StreamEvent<T> | undefined {
    const { spec, response, label } = this.#source;
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

  async *#events(): AsyncGenerator<StreamEvent<T>, void, undefined> {
    const { response, connection, signal, idleTimeoutMs, label, log } = this.#source;
    const body = response.body;
    if (body === null) {
      this.#close();
      return;
    }
    const reader = body.getReader();
    // Whatever aborts the fetch also ends a pending read, even with a fetch that does not error the body.
    const cancel = (): void => void reader.cancel().catch(() => undefined);
    const stop = (): void => connection.controller.abort();
    connection.controller.signal.addEventListener("abort", cancel, { once: true });
    signal?.addEventListener("abort", stop, { once: true });
    const parser = new EventStreamParser();
    let idle = false;
    try {
      for (;;) {
        if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: signal.reason });
        let timer: ReturnType<typeof setTimeout> | undefined;
        let chunk: ReadableStreamReadResult<Uint8Array>;
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
  [Symbol.asyncIterator](): AsyncIterator<StreamEvent<T>> {
    if (this.#started) throw new ClientError(`${this.#source.label}: an event stream can be read only once`);
    this.#started = true;
    return this.#events();
  }

  get [Symbol.toStringTag](): string {
    return "EventStream";
  }
}
