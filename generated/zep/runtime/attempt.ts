// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * One HTTP attempt under a deadline: fetch, then read the whole body, both
 * inside the timeout. The timer and the abort listener are released on every
 * path, and low-level failures become the client's own error classes. A
 * streamed body is the exception: the deadline ends with the response head,
 * and the connection is handed over open, with the means to close it.
 */
import { AbortError, ConnectionError, TimeoutError } from "./errors.ts";
import type { BuiltRequest } from "./build-request.ts";
import { redactHeaders, redactUrl, type Log } from "./log.ts";

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
export async function attempt(request: BuiltRequest, options: AttemptOptions): Promise<Received> {
  const { signal } = options;
  if (signal?.aborted)
    throw new AbortError(`${options.label} was aborted before it was sent`, {
      cause: signal.reason,
    });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  // Called as a plain function, not as `options.fetch(…)`: a browser's fetch throws
  // "Illegal invocation" when its `this` is anything but the window (or undefined).
  const send = options.fetch;
  const log = options.log;
  const started = Date.now();
  // Built only inside a debug message, so the URL is redacted only when one is written.
  const target = (): string => `${request.method} ${redactUrl(log!, request.url)}`;
  const answered = (response: Response): string =>
    `${target()} answered ${response.status} in ${Date.now() - started} ms`;
  log?.debug(() => `${target()} sending (headers: ${redactHeaders(log, request.headers)})`);
  let streaming = false;
  try {
    const response = await send(request.url, {
      ...options.fetchOptions,
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: controller.signal,
      // Node's fetch needs this to send a ReadableStream body.
      ...(typeof ReadableStream !== "undefined" && request.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
    const readAs = options.readAs(response);
    if (readAs === "stream") {
      streaming = true;
      log?.debug(() => `${answered(response)}, streaming`);
      const release = (): void => signal?.removeEventListener("abort", onAbort);
      return { response, body: "", live: { controller, release } };
    }
    const body = readAs === "blob" ? await response.blob() : await response.text();
    log?.debug(() => answered(response));
    return { response, body };
  } catch (error) {
    if (signal?.aborted)
      throw new AbortError(`${options.label} was aborted`, {
        cause: signal.reason,
      });
    if (timedOut) {
      log?.warn(() => `${options.label} timed out after ${options.timeoutMs} ms`);
      throw new TimeoutError(`${options.label} timed out after ${options.timeoutMs} ms`, options.timeoutMs);
    }
    const reason = error instanceof Error ? error.message : String(error);
    // A host's message may quote the URL (`Failed to parse URL from …`), query keys and all.
    log?.debug(
      () =>
        `${options.label} failed after ${Date.now() - started} ms: ${reason.split(request.url).join(redactUrl(log, request.url))}`,
    );
    throw new ConnectionError(`${options.label} failed: ${reason}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    // A streamed body still needs the caller's signal: its owner detaches it with `release`.
    if (!streaming) signal?.removeEventListener("abort", onAbort);
  }
}
