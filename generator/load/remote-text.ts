/**
 * Reading a document over HTTP within a byte budget: the body is read as a
 * stream and cut off the moment the budget is spent, so a server that sends
 * forever costs at most the budget. Shared by the root document named as a
 * URL and by the remote documents its `$ref`s name.
 */

/** True for text that starts with a URL scheme and `//` (`https://…`, `ftp://…`, `file:///…`), as against a path. */
export function hasUrlScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/** True for the `http:` and `https:` URLs documents may be read from. */
export function isRemote(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/**
 * A URL as messages and headers show it: without credentials, query or
 * fragment, which may hold a token that must not reach committed code.
 */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const hidden = parsed.search !== "" || parsed.username !== "" || parsed.password !== "";
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${hidden ? "?…" : ""}`;
  } catch {
    return url;
  }
}

export interface RemoteText {
  readonly text: string;
  readonly bytes: number;
  readonly contentType: string | undefined;
}

/** Redirects followed at most, as browsers and curl bound them. */
export const MAX_REDIRECTS = 10;

export interface FetchTextOptions {
  readonly signal: AbortSignal;
  readonly maxBytes: number;
  /** Words the failure when the answer is larger than `maxBytes`. */
  readonly tooMuch: () => string;
  /**
   * Asked before each redirect is followed, with the URL it leads to: the
   * reason to refuse it, or undefined. Without it redirects are followed as
   * fetch does; with it, a public URL cannot bounce the request to a private one.
   */
  readonly checkRedirect?: ((to: string) => Promise<string | undefined>) | undefined;
}

/** The response of `url`, following redirects one by one when each must be checked. */
async function fetchChecked(url: string, options: FetchTextOptions): Promise<Response> {
  const { signal, checkRedirect } = options;
  if (checkRedirect === undefined) return fetch(url, { signal, redirect: "follow" });
  let current = url;
  for (let hops = 0; ; hops++) {
    const response = await fetch(current, { signal, redirect: "manual" });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel();
    if (hops === MAX_REDIRECTS) throw new Error(`${shownUrl(url)} redirects more than ${MAX_REDIRECTS} times`);
    const next = new URL(location, current).href;
    const refused = await checkRedirect(next);
    if (refused !== undefined) throw new Error(`${shownUrl(current)} redirects to ${shownUrl(next)}, which is refused: ${refused}`);
    current = next;
  }
}

/** Fetches `url`, failing when it answers an error or sends more than `maxBytes`; `tooMuch` words that failure. */
export async function fetchText(url: string, options: FetchTextOptions): Promise<RemoteText> {
  const response = await fetchChecked(url, options);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${shownUrl(url)} answered ${response.status} ${response.statusText}`.trimEnd());
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new Error(options.tooMuch());
  }
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  let bytes = 0;
  for (;;) {
    if (reader === undefined) break;
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > options.maxBytes) {
      await reader.cancel();
      throw new Error(options.tooMuch());
    }
    chunks.push(decoder.decode(value, { stream: true }));
  }
  chunks.push(decoder.decode());
  return { text: chunks.join(""), bytes, contentType: response.headers.get("content-type") ?? undefined };
}
