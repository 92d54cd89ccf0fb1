/**
 * What every streamed answer shares, whatever its framing: a response whose
 * head has arrived and whose body is still open, read chunk by chunk into
 * values by a decoder. `LiveStream` owns that connection: it closes it on
 * `abort()`, when a `for await` loop is left early, when the caller's signal
 * aborts, when no bytes arrive for the idle limit, and at the end; in every
 * case the caller's signal is detached and the idle timer cleared.
 * `EventStream` (server-sent events) and `ItemStream` (JSON Lines, JSON text
 * sequences) only say how bytes become values.
 */
import type { LiveConnection } from "./attempt.js";
import { AbortError, ClientError, ConnectionError, TimeoutError } from "./errors.js";
import type { Log } from "./log.js";
import type { StreamSpec } from "./operation.js";

/** What a stream reads from and how. */
export interface StreamSource {
  readonly response: Response;
  readonly connection: LiveConnection;
  readonly spec: StreamSpec;
  /** The caller's signal: its abort ends the stream with an `AbortError`. */
  readonly signal: AbortSignal | undefined;
  /** The longest wait for more bytes (values or keep-alives), in milliseconds. */
  readonly idleTimeoutMs: number;
  /** `POST /path`, for messages. */
  readonly label: string;
  readonly log?: Log | undefined;
}

/**
 * Bytes to values, for one read of one stream. The values are produced as
 * they are iterated, so a malformed one throws only after those before it
 * were yielded; `done` turns true once a value ends the stream early (a
 * terminator), after which nothing more is read.
 */
export interface StreamDecoder<T> {
  push(chunk: Uint8Array): Iterable<T>;
  end(): Iterable<T>;
  readonly done: boolean;
}

/** The start of a text, for error messages. */
export function snippet(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

export class LiveStream<T> implements AsyncIterable<T> {
  /** The response the values arrive in (status and headers; its body belongs to the stream). */
  readonly response: Response;
  readonly #source: StreamSource;
  readonly #decoder: () => StreamDecoder<T>;
  #aborted = false;
  #started = false;
  #closed = false;

  /** `decoder` makes the decoder for the one read the stream allows. */
  constructor(source: StreamSource, decoder: () => StreamDecoder<T>) {
    this.#source = source;
    this.#decoder = decoder;
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

  async *#values(): AsyncGenerator<T, void, undefined> {
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
    const decoder = this.#decoder();
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
        const values = chunk.done ? decoder.end() : decoder.push(chunk.value);
        for (const value of values) {
          yield value;
          if (this.#aborted) return;
        }
        if (chunk.done || decoder.done) return;
      }
    } finally {
      // Cancelling the body releases the connection even where aborting the fetch would not reach it.
      cancel();
      this.#close();
      connection.controller.signal.removeEventListener("abort", cancel);
      signal?.removeEventListener("abort", stop);
    }
  }

  /** The values, once: a stream cannot be replayed. Leaving the loop early closes the connection. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#started) throw new ClientError(`${this.#source.label}: a stream can be read only once`);
    this.#started = true;
    return this.#values();
  }
}
