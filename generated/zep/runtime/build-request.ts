// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Turns an operation record and the caller's params into a URL and fetch
 * init. Pure: no I/O, so every encoding rule is tested without a server.
 */
import { applySecurity, type SchemeSpec } from "./security.js";
import { encodeBody } from "./encode-body.js";
import { RequestBuildError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import {
  serializeCookieParam,
  serializeHeaderParam,
  serializePathParam,
  serializeQueryParam,
} from "./serialize-params.js";

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
  readonly schemes: Readonly<Record<string, SchemeSpec>>;
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

function joinUrl(baseUrl: string, path: string, query: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl;
  return `${base}${path}${query === "" ? "" : `?${query}`}`;
}

/** Builds the request for `op`; throws `RequestBuildError` before anything is sent. */
export function buildRequest(
  ctx: BuildContext,
  op: OperationSpec,
  params: Readonly<Record<string, unknown>>,
): BuiltRequest {
  const headers = new Headers();
  const queryParts: string[] = [];
  const cookies: string[] = [];
  let path = op.path;
  for (const param of op.params) {
    const value = params[param.key];
    switch (param.in) {
      case "path":
        path = path.replace(`{${param.name}}`, () => serializePathParam(param, value));
        break;
      case "query":
        serializeQueryParam(param, value, queryParts);
        break;
      case "header": {
        const text = serializeHeaderParam(param, value);
        if (text !== undefined) setHeader(headers, param.name, text);
        break;
      }
      case "cookie": {
        const pair = serializeCookieParam(param, value);
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
    const value = params["body"];
    if (value === undefined && op.body.required) {
      throw new RequestBuildError(`${op.id} needs a body (${op.body.mediaType}). No request was sent.`);
    }
    const encoded = encodeBody(op.body, value);
    body = encoded.body;
    replayable = encoded.replayable;
    if (encoded.contentType !== undefined) headers.set("Content-Type", encoded.contentType);
  }
  if (cookies.length > 0) headers.set("Cookie", cookies.join("; "));
  if (!headers.has("Accept")) headers.set("Accept", "application/json");
  for (const layer of ctx.headers) {
    if (layer === undefined) continue;
    for (const [name, value] of Object.entries(layer)) {
      if (value === undefined) headers.delete(name);
      else setHeader(headers, name, value);
    }
  }
  return { url: joinUrl(ctx.baseUrl, path, queryParts.join("&")), method: op.method, headers, body, replayable };
}
