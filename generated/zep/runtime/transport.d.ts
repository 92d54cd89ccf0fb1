// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * The engine behind a generated client: holds the client's options and turns
 * an operation record plus params into an `ApiCall`. Generated methods are
 * one call into this class.
 */
import { ApiCall } from "./api-call.js";
import type { FetchOptions } from "./attempt.js";
import type { EventStreamSource } from "./event-stream.js";
import { type Logger, type LogLevel } from "./log.js";
import type { OperationSpec, PaginationSpec } from "./operation.js";
import { PagedCall } from "./paginate.js";
import { type StatusErrors } from "./read-response.js";
import type { SchemeSpec } from "./security.js";
/** Options every generated client accepts; credentials are added per client. */
export interface ClientOptions {
  /** Replaces the spec's server URL whole, e.g. for a proxy or a mock server. */
  baseUrl?: string | undefined;
  /** Limit for each attempt, including reading the body. Default 60 000 ms. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt, for retryable failures. Default 2. */
  maxRetries?: number | undefined;
  /** Headers sent with every request; per-call headers override them. */
  headers?: Readonly<Record<string, string | undefined>> | undefined;
  /** A fetch implementation to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Passed to every `fetch` call as they are, e.g. `{ keepalive: true }` or an undici `dispatcher`. */
  fetchOptions?: FetchOptions | undefined;
  /** For streaming calls: the longest wait for more of the stream once it has begun. Default: `timeoutMs`. */
  streamIdleTimeoutMs?: number | undefined;
  /**
   * What to log: `debug` shows each attempt (method, URL, status, duration), `info` each retry,
   * `warn` each timeout, `error` each call given up. Credentials are never logged. Default `off`,
   * or the level named by the client's `<NAME>_LOG` environment variable.
   */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. Default `console`. */
  logger?: Logger | undefined;
}
/** Options for one call; they override the client's. */
export interface RequestOptions {
  /** Aborts the call at once, whatever attempt or wait it is in. Never retried. */
  signal?: AbortSignal | undefined;
  /** Limit for each attempt of this call, in milliseconds. */
  timeoutMs?: number | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call; `undefined` removes one. */
  headers?: Readonly<Record<string, string | undefined>> | undefined;
  /** Passed to `fetch` for this call, over the client's `fetchOptions`. */
  fetchOptions?: FetchOptions | undefined;
  /** For a streaming call: the longest wait for more of the stream once it has begun. */
  streamIdleTimeoutMs?: number | undefined;
}
/** What the generator knows about a client: its name, server, schemes and errors. */
export interface ClientDefinition {
  readonly clientName: string;
  readonly baseUrl: string;
  readonly schemes: Readonly<Record<string, SchemeSpec>>;
  readonly errors: StatusErrors;
  /** The environment variable that may set the log level, e.g. `ZEP_LOG`. */
  readonly logEnv?: string;
}
/** What wraps a streamed answer: the `EventStream` class, handed in by the generated methods that stream. */
export type StreamOpener = new (source: EventStreamSource) => unknown;
export declare class Transport {
  #private;
  /** `options` is the generated client's options: these plus one property per credential. */
  constructor(definition: ClientDefinition, options: ClientOptions);
  /** Calls `op` once; awaiting the result gives the parsed body. */
  call<T>(op: OperationSpec, params: object | undefined, options: RequestOptions | undefined): ApiCall<T>;
  /**
   * Calls `op`, which may stream: a streamed answer resolves to `new open(…)`.
   * The generated method passes `EventStream`, so a client with no streaming
   * operation never bundles it.
   */
  stream<T>(
    op: OperationSpec,
    params: object | undefined,
    options: RequestOptions | undefined,
    open: StreamOpener,
  ): ApiCall<T>;
  /** Calls a paginated `op`: awaitable for the first page, async-iterable over all items. */
  paginate<T, TItem>(
    op: OperationSpec & {
      readonly pagination: PaginationSpec;
    },
    params: object | undefined,
    options: RequestOptions | undefined,
  ): PagedCall<T, TItem>;
}
