/**
 * The whole query string from one value: OpenAPI 3.2's `in: querystring`
 * parameter. Its record names how the value is written, as the media type of
 * its `content` says: an object of form fields (`application/x-www-form-urlencoded`,
 * by the same rules as a form body, its `encoding` map's styles included), or
 * JSON percent-encoded as one text.
 * `undefined` sends no query string.
 */
import { encodeFormFields } from "./encode-body.js";
import { RequestBuildError } from "./errors.js";
import type { ParamRecord } from "./operation.js";
import { isPlainObject } from "./serialize-params.js";

/** `application/x-www-form-urlencoded`: `{ q: "a b", tag: ["x", "y"] }` → `q=a+b&tag=x&tag=y`. */
export function formQueryString(param: ParamRecord, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    // A string here would be sent unescaped or escaped twice, whichever we guessed: ask for the fields.
    throw new RequestBuildError(
      `querystring parameter "${param.name}" is form fields: pass an object such as { q: "text" }. No request was sent.`,
    );
  }
  return encodeFormFields(value, param.fieldStyles);
}

/** `application/json`: the value's JSON, percent-encoded so that no character of it ends the query. */
export function jsonQueryString(_param: ParamRecord, value: unknown): string | undefined {
  return value === undefined ? undefined : encodeURIComponent(JSON.stringify(value));
}
