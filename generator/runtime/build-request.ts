/**
 * Turns an operation record and the caller's params into a URL and fetch
 * init. Pure: no I/O, so every encoding rule is tested without a server.
 * Whatever fetch would refuse (a forbidden method, a relative URL outside a
 * page) is refused here first, with a message that says why and what to do.
 * The params, the headers layers and the operation's records are read for
 * their own properties only (`own.ts`): a parameter named `constructor` that
 * the caller left out is not sent as `Object`'s text.
 */
import { applySecurity, type SchemeRecord } from "./security.js";
import { RequestBuildError } from "./errors.js";
import { own } from "./own.js";
import { streamRequested } from "./stream-request.js";
import type { OperationSpec } from "./operation.js";
import { serializeHeaderParam, serializePathParam, serializeQueryParam } from "./serialize-params.js";

export interface BuiltRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  /** False when the body is a one-shot stream. */
  readonly replayable: boolean;
}

export interface BuildContext {
  readonly clientName: string;
  readonly baseUrl: string;
  readonly schemes: Readonly<Record<string, SchemeRecord>>;
  readonly credentials: Readonly<Record<string, unknown>>;
  /** Client-wide then per-call headers; later ones win. `undefined` removes a header. */
  readonly headers: ReadonlyArray<Readonly<Record<string, string | undefined>> | undefined>;
}

/**
 * `Headers.set` rejects a line break or a character outside Latin-1 with a
 * TypeError that quotes the value, which may be a secret; name the header instead.
 */
function setHeader(headers: Headers, name: string, value: string): void {
  try {
    headers.set(name, value);
  } catch {
    throw new RequestBuildError(
      `header ${JSON.stringify(name)} cannot be sent: its name or value contains a line break, ` +
        "a control character or a character outside Latin-1. No request was sent.",
    );
  }
}

/**
 * Methods the Fetch standard forbids (https://fetch.spec.whatwg.org/#forbidden-method):
 * every `fetch` (browsers, Node, Deno, Bun) throws a TypeError for them. OpenAPI
 * allows `trace`, so the operation exists; refusing it here says why, where the
 * TypeError would have surfaced as a ConnectionError and been retried.
 */
const FORBIDDEN_METHODS: readonly string[] = ["CONNECT", "TRACE", "TRACK"];

function refuseForbiddenMethod(op: OperationSpec): void {
  const method = op.method.toUpperCase();
  if (!FORBIDDEN_METHODS.includes(method)) return;
  throw new RequestBuildError(
    `${op.id} (${method} ${op.path}) cannot be sent: the Fetch standard forbids the ${method} method, ` +
      "so fetch refuses it in every runtime. Call this endpoint with another HTTP client. No request was sent.",
  );
}

/** True where a relative URL resolves against a page (browsers, workers); false in Node, Bun, plain Deno. */
function hasPageLocation(): boolean {
  try {
    return typeof (globalThis as { location?: { href?: unknown } }).location?.href === "string";
  } catch {
    // Deno throws on reading `location` when it was started without --location.
    return false;
  }
}

/**
 * A spec may give a relative server (`/api/v3`): fine in a browser, which
 * resolves it against the page, but elsewhere fetch would throw "Failed to
 * parse URL", reported as a retried ConnectionError. Ask for `baseUrl` instead.
 */
function requireAbsoluteBase(ctx: BuildContext, op: OperationSpec): void {
  if (/^[a-z][a-z\d+.-]*:/i.test(ctx.baseUrl) || hasPageLocation()) return;
  const given =
    ctx.baseUrl === "" ? "the spec names no server" : `the base URL ${JSON.stringify(ctx.baseUrl)} is relative`;
  throw new RequestBuildError(
    `${op.id} needs an absolute base URL: ${given}, and there is no page location to resolve it against. ` +
      `Pass one to new ${ctx.clientName}({ baseUrl: "https://…" }). No request was sent.`,
  );
}

/**
 * The Accept header for `op`'s documented successes. The record keeps only how
 * a body is read, not its media type: JSON is asked for by name, and anything
 * else (text, images, files) by the any-type wildcard, so a server that
 * negotiates does not answer 406 to a download.
 */
function acceptFor(op: OperationSpec): string {
  // A plain loop: this runs on every request, and the usual answer needs no allocation.
  let json = false;
  let other = false;
  for (const status in op.responses) {
    const kind = own(op.responses, status)?.kind;
    if (kind === "json") json = true;
    else if (kind === "text" || kind === "binary") other = true;
  }
  if (!other) return "application/json";
  return json ? "application/json, */*;q=0.8" : "*/*";
}

function joinUrl(baseUrl: string, path: string, query: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl;
  return `${base}${path}${query === "" ? "" : `?${query}`}`;
}

/**
 * A flat body: every params key that names no parameter, so properties the
 * schema allows beyond its named ones go too; the caller's own keys only, not
 * what the params object inherits. An optional body none of whose properties
 * is set is not sent.
 */
function flatBody(op: OperationSpec, params: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const entries = Object.entries(params).filter(
    ([key, value]) => value !== undefined && !op.params.some((p) => p.key === key),
  );
  // `fromEntries` defines each key, so a `__proto__` property stays a property (`body[key] = …` would set the prototype).
  return entries.length > 0 || op.body?.required === true ? Object.fromEntries(entries) : undefined;
}

/** The body `op` sends for `params` before it is encoded: the flat body, or the params' `body`. */
export function bodyValue(op: OperationSpec, params: Readonly<Record<string, unknown>>): unknown {
  if (op.body === undefined) return undefined;
  return op.body.flat === true ? flatBody(op, params) : own(params, "body");
}

/** Builds the request for `op`; throws `RequestBuildError` before anything is sent. */
export function buildRequest(
  ctx: BuildContext,
  op: OperationSpec,
  params: Readonly<Record<string, unknown>>,
): BuiltRequest {
  refuseForbiddenMethod(op);
  requireAbsoluteBase(ctx, op);
  const headers = new Headers();
  const queryParts: string[] = [];
  const cookies: string[] = [];
  let path = op.path;
  for (const param of op.params) {
    const value = own(params, param.key);
    switch (param.in) {
      case "path":
        path = path.replace(`{${param.name}}`, () => (param.style ?? serializePathParam)(param, value) ?? "");
        break;
      case "query": {
        const text = (param.style ?? serializeQueryParam)(param, value);
        if (text) queryParts.push(text);
        break;
      }
      case "header": {
        const text = (param.style ?? serializeHeaderParam)(param, value);
        if (text !== undefined) setHeader(headers, param.name, text);
        break;
      }
      case "querystring": {
        const text = param.style(param, value);
        if (text) queryParts.push(text);
        break;
      }
      case "cookie": {
        const pair = param.style(param, value);
        if (pair !== undefined) cookies.push(pair);
        break;
      }
    }
  }
  const authQuery = new URLSearchParams();
  applySecurity(op.id, ctx.clientName, op.security, ctx.schemes, ctx.credentials, {
    headers,
    query: authQuery,
    cookies,
  });
  const authQueryText = authQuery.toString();
  if (authQueryText !== "") queryParts.push(authQueryText);

  let body: BodyInit | undefined;
  let replayable = true;
  if (op.body !== undefined) {
    const value = bodyValue(op, params);
    if (value !== undefined) {
      const encoded = op.body.encoding(op.body, value);
      body = encoded.body;
      replayable = encoded.replayable !== false;
      if (encoded.contentType !== undefined) headers.set("Content-Type", encoded.contentType);
    } else if (op.body.required) {
      throw new RequestBuildError(`${op.id} needs a body (${op.body.mediaType}). No request was sent.`);
    }
  }
  if (cookies.length > 0) headers.set("Cookie", cookies.join("; "));
  if (!headers.has("Accept")) {
    headers.set("Accept", streamRequested(op, params) ? (op.stream?.items ?? "text/event-stream") : acceptFor(op));
  }
  for (const layer of ctx.headers) {
    if (layer === undefined) continue;
    for (const [name, value] of Object.entries(layer)) {
      if (value === undefined) headers.delete(name);
      else setHeader(headers, name, value);
    }
  }
  return {
    url: joinUrl(ctx.baseUrl, path, queryParts.join("&")),
    method: op.method,
    headers,
    body,
    replayable,
  };
}
