// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { BuiltRequest } from "./build-request.js";
import { type Log } from "./log.js";
/** A response whose body is still arriving: its owner must call `release` once done with it. */
export interface LiveConnection {
  /** Aborts the fetch, which closes the connection. */
  readonly controller: AbortController;
  /** Detaches the caller's signal; call it once the body is finished or abandoned. */
  readonly release: () => void;
}
export interface Received {
  readonly response: Response;
  /** The body: text, or a Blob when `readAs` asked for binary; `""` when it is left to stream. */
  readonly body: string | Blob;
  /** Present when `readAs` said `stream`: the body is unread and the connection open. */
  readonly live?: LiveConnection;
}
/** Options passed to `fetch` as they are (a dispatcher, `keepalive`, `cache`…), below the request's own. */
export type FetchOptions = Omit<RequestInit, "method" | "headers" | "body" | "signal"> & {
  readonly [option: string]: unknown;
};
export interface AttemptOptions {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** Chooses how to read the body once the status is known; `stream` leaves it unread. */
  readonly readAs: (response: Response) => "text" | "blob" | "stream";
  /** For messages: `GET /path`, never the full URL, which may carry a key. */
  readonly label: string;
  /** Where attempts and timeouts are logged; nothing is logged without one. */
  readonly log?: Log | undefined;
  /** Passed to `fetch` under the request's own method, headers, body and signal. */
  readonly fetchOptions?: FetchOptions | undefined;
}
/** Sends `request` once. Throws `AbortError`, `TimeoutError` or `ConnectionError`. */
export declare function attempt(request: BuiltRequest, options: AttemptOptions): Promise<Received>;
