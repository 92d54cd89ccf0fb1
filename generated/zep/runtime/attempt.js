// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./attempt.d.ts"
/**
 * One HTTP attempt under a deadline: fetch, then read the whole body, both
 * inside the timeout. The timer and the abort listener are released on every
 * path, and low-level failures become the client's own error classes. A
 * streamed body is the exception: the deadline ends with the response head,
 * and the connection is handed over open, with the means to close it.
 */
import { AbortError, ConnectionError, TimeoutError } from "./errors.js";
import { redactHeaders, redactUrl } from "./log.js";
/** Sends `request` once. Throws `AbortError`, `TimeoutError` or `ConnectionError`. */
export async function attempt(request, options) {
  const { signal } = options;
  if (signal?.aborted)
    throw new AbortError(`${options.label} was aborted before it was sent`, { cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  // Called as a plain function, not as `options.fetch(…)`: a browser's fetch throws
  // "Illegal invocation" when its `this` is anything but the window (or undefined).
  const send = options.fetch;
  const log = options.log;
  const started = Date.now();
  log?.debug(
    () => `${request.method} ${redactUrl(log, request.url)} sending (headers: ${redactHeaders(log, request.headers)})`,
  );
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
    });
    const readAs = options.readAs(response);
    if (readAs === "stream") {
      streaming = true;
      log?.debug(
        () =>
          `${request.method} ${redactUrl(log, request.url)} answered ${response.status} in ${Date.now() - started} ms, streaming`,
      );
      const release = () => signal?.removeEventListener("abort", onAbort);
      return { response, body: "", live: { controller, release } };
    }
    const body = readAs === "blob" ? await response.blob() : await response.text();
    log?.debug(
      () =>
        `${request.method} ${redactUrl(log, request.url)} answered ${response.status} in ${Date.now() - started} ms`,
    );
    return { response, body };
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${options.label} was aborted`, { cause: signal.reason });
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
    throw new ConnectionError(`${options.label} failed: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
    // A streamed body still needs the caller's signal: its owner detaches it with `release`.
    if (!streaming) signal?.removeEventListener("abort", onAbort);
  }
}
