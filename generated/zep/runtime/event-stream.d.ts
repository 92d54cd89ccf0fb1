// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * What a streaming call resolves to: an `EventStream`, async-iterable over
 * typed events, read from a response whose head has arrived and whose body
 * is still open. It owns that connection: it closes it on `abort()`, when a
 * `for await` loop is left early, when the caller's signal aborts, when no
 * bytes arrive for the idle limit, and at the end; in every case the caller's
 * signal is detached and the idle timer cleared.
 */
import type { LiveConnection } from "./attempt.js";
import type { Log } from "./log.js";
import type { StreamSpec } from "./operation.js";
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
export declare class EventStream<T> implements AsyncIterable<StreamEvent<T>> {
  #private;
  /** The response the events arrive in (status and headers; its body belongs to the stream). */
  readonly response: Response;
  constructor(source: EventStreamSource);
  /** Closes the connection at once. A `for await` loop over the stream ends without an error. */
  abort(): void;
  /** The events, once: a stream cannot be replayed. Leaving the loop early closes the connection. */
  [Symbol.asyncIterator](): AsyncIterator<StreamEvent<T>>;
  get [Symbol.toStringTag](): string;
}
