/**
 * One HTTP attempt under a deadline: fetch, then read the whole body, both
 * inside the timeout. The timer and the abort listener are released on every
 * path, and low-level failures become the client's own error classes.
 */
import { AbortError, ConnectionError, TimeoutError } from "./errors.js";
import type { BuiltRequest } from "./build-request.js";

export interface Received {
  readonly response: Response;
  /** The body: text, or a Blob when `readAs` asked for binary. */
  readonly body: string | Blob;
}

export interface AttemptOptions {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** Chooses how to read the body once the status is known. */
  readonly readAs: (response: Response) => "text" | "blob";
  /** For messages: `GET /path`, never the full URL, which may carry a key. */
  readonly label: string;
}

/** Sends `request` once. Throws `AbortError`, `TimeoutError` or `ConnectionError`. */
export async function attempt(request: BuiltRequest, options: AttemptOptions): Promise<Received> {
  const { signal } = options;
  if (signal?.aborted)
    throw new AbortError(`${options.label} was aborted before it was sent`, { cause: signal.reason });
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
  try {
    const response = await send(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: controller.signal,
      // Node's fetch needs this to send a ReadableStream body.
      ...(typeof ReadableStream !== "undefined" && request.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
    const body = options.readAs(response) === "blob" ? await response.blob() : await response.text();
    return { response, body };
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${options.label} was aborted`, { cause: signal.reason });
    if (timedOut) throw new TimeoutError(`${options.label} timed out after ${options.timeoutMs} ms`, options.timeoutMs);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConnectionError(`${options.label} failed: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
