// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * The engine behind a generated client: holds the client's options and turns
 * an operation record plus params into an `ApiCall`. Generated methods are
 * one call into this class.
 */
import { ApiCall, type WithResponse } from "./api-call.ts";
import { buildRequest } from "./build-request.ts";
import type { OperationSpec, PaginationSpec } from "./operation.ts";
import { PagedCall } from "./paginate.ts";
import { readAsFor, readResponse, type StatusErrors } from "./read-response.ts";
import { isIdempotentMethod } from "./retry-policy.ts";
import type { SchemeSpec } from "./security.ts";
import { sendWithRetries } from "./send-with-retries.ts";

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
}

/** What the generator knows about a client: its name, server, schemes and errors. */
export interface ClientDefinition {
  readonly clientName: string;
  readonly baseUrl: string;
  readonly schemes: Readonly<Record<string, SchemeSpec>>;
  readonly errors: StatusErrors;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

type Params = Readonly<Record<string, unknown>>;

export class Transport {
  readonly #definition: ClientDefinition;
  readonly #options: ClientOptions;

  /** `options` is the generated client's options: these plus one property per credential. */
  constructor(definition: ClientDefinition, options: ClientOptions) {
    this.#definition = definition;
    this.#options = options;
  }

  /** Calls `op` once; awaiting the result gives the parsed body. */
  call<T>(op: OperationSpec, params: object | undefined, options: RequestOptions | undefined): ApiCall<T> {
    return new ApiCall(() => this.#send<T>(op, (params ?? {}) as Params, options));
  }

  /** Calls a paginated `op`: awaitable for the first page, async-iterable over all items. */
  paginate<T, TItem>(
    op: OperationSpec & { readonly pagination: PaginationSpec },
    params: object | undefined,
    options: RequestOptions | undefined,
  ): PagedCall<T, TItem> {
    return new PagedCall<T, TItem>((p) => this.#send<T>(op, p, options), (params ?? {}) as Params, op.pagination);
  }

  async #send<T>(op: OperationSpec, params: Params, options: RequestOptions | undefined): Promise<WithResponse<T>> {
    const client = this.#options;
    const request = buildRequest(
      {
        clientName: this.#definition.clientName,
        // A caller's baseUrl replaces every server; an operation's own server beats the document's.
        baseUrl: client.baseUrl ?? op.server ?? this.#definition.baseUrl,
        schemes: this.#definition.schemes,
        credentials: client as Readonly<Record<string, unknown>>,
        headers: [client.headers, options?.headers],
      },
      op,
      params,
    );
    const label = `${op.method} ${op.path}`;
    const received = await sendWithRetries(request, {
      fetch: client.fetch ?? globalThis.fetch,
      timeoutMs: options?.timeoutMs ?? client.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options?.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES,
      signal: options?.signal,
      readAs: readAsFor(op),
      label,
      retryable: request.replayable && (isIdempotentMethod(op.method) || op.retrySafe === true),
    });
    const data = readResponse(op, received, this.#definition.errors, label) as T;
    return { data, response: received.response };
  }
}
