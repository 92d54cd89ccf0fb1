// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./transport.d.ts"
/**
 * The engine behind a generated client: holds the client's options and turns
 * an operation record plus params into an `ApiCall`. Generated methods are
 * one call into this class.
 */
import { ApiCall } from "./api-call.js";
import { buildRequest } from "./build-request.js";
import { addIdempotencyKey } from "./idempotency-key.js";
import { createLog, resolveLogLevel } from "./log.js";
import { PagedCall } from "./paginate.js";
import { readAsFor, readResponse } from "./read-response.js";
import { isIdempotentMethod } from "./retry-policy.js";
import { sendWithRetries } from "./send-with-retries.js";
import { streamRequested } from "./stream-request.js";
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
export class Transport {
  #definition;
  #options;
  #log;
  /** `options` is the generated client's options: these plus one property per credential. */
  constructor(definition, options) {
    this.#definition = definition;
    this.#options = options;
    // Credential names that travel in the query or a header: their values never reach a log line.
    const secrets = Object.values(definition.schemes).flatMap((s) => (s.type === "apiKey" ? [s.name] : []));
    this.#log = createLog(
      resolveLogLevel(options.logLevel, definition.logEnv),
      options.logger ?? console,
      definition.clientName,
      secrets,
    );
  }
  /** Calls `op` once; awaiting the result gives the parsed body. */
  call(op, params, options) {
    return new ApiCall(() => this.#send(op, params ?? {}, options));
  }
  /**
   * Calls `op`, which may stream: a streamed answer resolves to `new open(…)`.
   * The generated method passes `EventStream`, so a client with no streaming
   * operation never bundles it.
   */
  stream(op, params, options, open) {
    return new ApiCall(() => this.#send(op, params ?? {}, options, open));
  }
  /** Calls a paginated `op`: awaitable for the first page, async-iterable over all items. */
  paginate(op, params, options) {
    return new PagedCall((p) => this.#send(op, p, options), params ?? {}, op.pagination);
  }
  async #send(op, params, options, open) {
    const client = this.#options;
    const request = buildRequest(
      {
        clientName: this.#definition.clientName,
        // A caller's baseUrl replaces every server; an operation's own server beats the document's.
        baseUrl: client.baseUrl ?? op.server ?? this.#definition.baseUrl,
        schemes: this.#definition.schemes,
        credentials: client,
        headers: [client.headers, options?.headers],
      },
      op,
      params,
    );
    const label = `${op.method} ${op.path}`;
    // Fresh per call, before the first attempt: every retry of this call carries the same key.
    const idempotent = addIdempotencyKey(op, request.headers);
    const streaming = open !== undefined && streamRequested(op, params);
    const timeoutMs = options?.timeoutMs ?? client.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const fetchOptions =
      client.fetchOptions === undefined || options?.fetchOptions === undefined
        ? (options?.fetchOptions ?? client.fetchOptions)
        : { ...client.fetchOptions, ...options.fetchOptions };
    const received = await sendWithRetries(request, {
      fetch: client.fetch ?? globalThis.fetch,
      timeoutMs,
      maxRetries: options?.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES,
      signal: options?.signal,
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
        signal: options?.signal,
        idleTimeoutMs: options?.streamIdleTimeoutMs ?? client.streamIdleTimeoutMs ?? timeoutMs,
        label,
        log: this.#log,
      });
      return { data: stream, response: received.response };
    }
    const data = readResponse(op, received, this.#definition.errors, label);
    return { data, response: received.response };
  }
}
