/**
 * The engine behind a generated client: holds the client's options and turns
 * an operation record plus params into an `ApiCall`. Generated methods are
 * one call into this class. Client and per-call options are read for their
 * own properties only (`own.ts`), as everything the caller passes is: a
 * credential option is named after a document's scheme, and an options object
 * made from a prototype lends nothing it inherits.
 */
// The runtime uses ES2022's library (async iterators, Object.hasOwn, Error's `cause`), which every runtime
// the client supports has. This names it for a project whose compiler target is older (TypeScript 5.8's
// `tsc --init` targets ES2016), so the client compiles there with the project's configuration untouched.
/// <reference lib="es2022" />
import { ApiCall, type WithResponse } from "./api-call.js";
import type { FetchOptions } from "./attempt.js";
import { bodyValue, buildRequest } from "./build-request.js";
import { addIdempotencyKey } from "./idempotency-key.js";
import type { StreamSource } from "./live-stream.js";
import { createLog, resolveLogLevel, type Log, type Logger, type LogLevel } from "./log.js";
import type { ClientError } from "./errors.js";
import type { OperationSpec, PagedOperationSpec, ValidationIssue } from "./operation.js";
import { PagedCall } from "./paginate.js";
import { readAsFor, readResponse, responseSpecFor, type StatusErrors } from "./read-response.js";
import { own } from "./own.js";
import { isIdempotentMethod } from "./retry-policy.js";
import type { SchemeRecord } from "./security.js";
import { sendWithRetries } from "./send-with-retries.js";
import { streamRequested } from "./stream-request.js";

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
  /**
   * In a client generated with validation (`validate` in its config): what a payload that does not match
   * the spec's schema does. `throw` (default): a `ResponseValidationError`, or a `RequestValidationError`
   * before sending; `warn`: a warning to `logger` (whatever `logLevel` says) and the call goes on; `off`:
   * not checked. A client generated without validation has no validators and ignores it.
   */
  validation?: ValidationMode | undefined;
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
  /** What a payload that does not match the spec's schema does in this call (see `ClientOptions.validation`). */
  validation?: ValidationMode | undefined;
}

/** How a payload that does not match its schema is met: thrown, logged as a warning, or not looked for. */
export type ValidationMode = "throw" | "warn" | "off";

/** What the transport hands a mismatch to (`runtime/validation.ts`): each method makes the error to throw, or to warn with. */
export interface ValidationHandler {
  response(op: OperationSpec, response: Response, data: unknown, issues: readonly ValidationIssue[]): ClientError;
  request(op: OperationSpec, issues: readonly ValidationIssue[]): ClientError;
}

/** What the generator knows about a client: its name, server, schemes and errors. */
export interface ClientDefinition {
  readonly clientName: string;
  readonly baseUrl: string;
  readonly schemes: Readonly<Record<string, SchemeRecord>>;
  readonly errors: StatusErrors;
  /** The environment variable that may set the log level, e.g. `ZEP_LOG`. */
  readonly logEnv?: string;
  /** Set in a client generated with validation: makes the errors of a payload that does not match its schema. */
  readonly validation?: ValidationHandler;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

type Params = Readonly<Record<string, unknown>>;

/** What wraps a streamed answer: `EventStream` or `ItemStream`, handed in by the generated methods that stream. */
export type StreamOpener = new (source: StreamSource) => unknown;

export class Transport {
  readonly #definition: ClientDefinition;
  readonly #options: ClientOptions;
  readonly #log: Log;

  /** `options` is the generated client's options: these plus one property per credential. */
  constructor(definition: ClientDefinition, options: ClientOptions) {
    this.#definition = definition;
    this.#options = options;
    // Credential names that travel in the query or a header: their values never reach a log line.
    const secrets = Object.values(definition.schemes).flatMap((s) => ("name" in s ? [s.name] : []));
    this.#log = createLog(
      resolveLogLevel(own(options, "logLevel"), definition.logEnv),
      own(options, "logger") ?? console,
      definition.clientName,
      secrets,
    );
  }

  /** Calls `op` once; awaiting the result gives the parsed body. */
  call<T>(op: OperationSpec, params: object | undefined, options: RequestOptions | undefined): ApiCall<T> {
    return new ApiCall(() => this.#send<T>(op, (params ?? {}) as Params, options));
  }

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
  ): ApiCall<T> {
    return new ApiCall(() => this.#send<T>(op, (params ?? {}) as Params, options, open));
  }

  /** Calls a paginated `op`: awaitable for the first page, async-iterable over all items. */
  paginate<T, TItem>(
    op: PagedOperationSpec,
    params: object | undefined,
    options: RequestOptions | undefined,
  ): PagedCall<T, TItem> {
    return new PagedCall<T, TItem>((p) => this.#send<T>(op, p, options), (params ?? {}) as Params, op.pagination);
  }

  async #send<T>(
    op: OperationSpec,
    params: Params,
    options: RequestOptions | undefined,
    open?: StreamOpener,
  ): Promise<WithResponse<T>> {
    const client = this.#options;
    const validation = this.#validationOf(options);
    const bodySchema = op.body?.schema;
    if (validation !== undefined && bodySchema !== undefined) {
      const value = bodyValue(op, params);
      // An absent body is buildRequest's to report (a required one) or nothing to check.
      const issues = value === undefined ? [] : bodySchema.issues(value, "request");
      if (issues.length > 0) this.#mismatch(validation, validation.handler.request(op, issues));
    }
    const request = buildRequest(
      {
        clientName: this.#definition.clientName,
        // A caller's baseUrl replaces every server; an operation's own server beats the document's.
        baseUrl: own(client, "baseUrl") ?? op.server ?? this.#definition.baseUrl,
        schemes: this.#definition.schemes,
        credentials: client as Readonly<Record<string, unknown>>,
        headers: [own(client, "headers"), own(options, "headers")],
      },
      op,
      params,
    );
    const label = `${op.method} ${op.path}`;
    // Fresh per call, before the first attempt: every retry of this call carries the same key.
    const idempotent = addIdempotencyKey(op, request.headers);
    const streaming = open !== undefined && streamRequested(op, params);
    const timeoutMs = own(options, "timeoutMs") ?? own(client, "timeoutMs") ?? DEFAULT_TIMEOUT_MS;
    const clientFetchOptions = own(client, "fetchOptions");
    const callFetchOptions = own(options, "fetchOptions");
    const fetchOptions =
      clientFetchOptions === undefined || callFetchOptions === undefined
        ? (callFetchOptions ?? clientFetchOptions)
        : { ...clientFetchOptions, ...callFetchOptions };
    const signal = own(options, "signal");
    const received = await sendWithRetries(request, {
      fetch: own(client, "fetch") ?? globalThis.fetch,
      timeoutMs,
      maxRetries: own(options, "maxRetries") ?? own(client, "maxRetries") ?? DEFAULT_MAX_RETRIES,
      signal,
      // A streamed success is left unread: the deadline covers the head, the idle limit the rest.
      readAs: streaming ? (response) => (response.ok ? "stream" : "text") : readAsFor(op),
      label,
      retryable: request.replayable && (isIdempotentMethod(op.method) || op.retrySafe === true || idempotent),
      log: this.#log,
      fetchOptions,
    });
    if (received.live !== undefined && op.stream !== undefined && open !== undefined) {
      const stream = new open({
        response: received.response,
        connection: received.live,
        spec: op.stream,
        signal,
        idleTimeoutMs: own(options, "streamIdleTimeoutMs") ?? own(client, "streamIdleTimeoutMs") ?? timeoutMs,
        label,
        log: this.#log,
      });
      return { data: stream as T, response: received.response };
    }
    const data = readResponse(op, received, this.#definition.errors, label) as T;
    const schema = validation === undefined ? undefined : responseSpecFor(op, received.response.status)?.schema;
    if (validation !== undefined && schema !== undefined && received.response.ok) {
      const issues = schema.issues(data, "response");
      if (issues.length > 0) this.#mismatch(validation, validation.handler.response(op, received.response, data, issues));
    }
    return { data, response: received.response };
  }

  /** The validation this call does: none when the client has no validators or the options turn it off. */
  #validationOf(options: RequestOptions | undefined): { handler: ValidationHandler; mode: "throw" | "warn" } | undefined {
    const handler = this.#definition.validation;
    if (handler === undefined) return undefined;
    const mode = own(options, "validation") ?? own(this.#options, "validation") ?? "throw";
    return mode === "off" ? undefined : { handler, mode };
  }

  /** Throws `error`, or in `warn` mode writes its message to the logger (whatever the log level) and lets the call go on. */
  #mismatch(validation: { readonly mode: "throw" | "warn" }, error: ClientError): void {
    if (validation.mode === "throw") throw error;
    (own(this.#options, "logger") ?? console).warn(`[${this.#definition.clientName}] ${error.message}`);
  }
}
