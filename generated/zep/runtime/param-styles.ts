// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Parameter styles beyond the built-in ones (OpenAPI 3.x §4.8.12.4): query
 * values not exploded, space- or pipe-delimited or as a deep object; label
 * and matrix path segments; cookies. A record names the one its parameter
 * uses (`style: deepObject`), so a bundle carries only the styles its API
 * uses. Each returns the parameter's wire text: for a query, `&`-joined
 * encoded pairs (`""` or `undefined`: nothing sent); for a path, the
 * segment; for a cookie, its `name=value` pair.
 */
import type { ParamRecord } from "./operation.ts";
import {
  definedEntries,
  encodePathItem,
  isPlainObject,
  pathPairs,
  queryEncoder,
  requirePathValue,
  scalar,
  serializeQueryParam,
} from "./serialize-params.ts";

/**
 * A query value whose array items sit under one name, joined by `separator`;
 * an object's `k,v` pairs are comma-joined. Exploded, or a single value, it
 * is the built-in form style.
 */
function joinedQuery(param: ParamRecord, value: unknown, separator: string, explode: boolean): string | undefined {
  if (explode || !(Array.isArray(value) || isPlainObject(value))) return serializeQueryParam(param, value);
  const encode = queryEncoder(param);
  const text = Array.isArray(value)
    ? value
        .filter((v) => v !== undefined)
        .map((v) => encode(scalar(v)))
        .join(separator)
    : definedEntries(value)
        .map(([k, v]) => `${encode(k)},${encode(scalar(v))}`)
        .join(",");
  return `${encodeURIComponent(param.name)}=${text}`;
}

/** Form style as the spec gives it: exploded unless `explode: false`, then comma-joined (`color=blue,black`). */
export function form(param: ParamRecord, value: unknown): string | undefined {
  return joinedQuery(param, value, ",", param.explode !== false);
}

/** Array items joined by a space (`color=blue%20black`), unless exploded. */
export function spaceDelimited(param: ParamRecord, value: unknown): string | undefined {
  return joinedQuery(param, value, "%20", param.explode === true);
}

/** Array items joined by a pipe (`color=blue|black`), unless exploded. */
export function pipeDelimited(param: ParamRecord, value: unknown): string | undefined {
  return joinedQuery(param, value, "|", param.explode === true);
}

function appendDeep(
  prefix: string,
  value: Record<string, unknown>,
  parts: string[],
  encode: (s: string) => string,
): void {
  for (const [key, child] of definedEntries(value)) {
    const name = `${prefix}[${key}]`;
    if (isPlainObject(child)) appendDeep(name, child, parts, encode);
    else if (Array.isArray(child))
      child.forEach((item, i) => parts.push(`${encodeURIComponent(`${name}[${i}]`)}=${encode(scalar(item))}`));
    else parts.push(`${encodeURIComponent(name)}=${encode(scalar(child))}`);
  }
}

/** An object as bracketed names (`color[R]=100`), nesting as deep as it goes; an array is comma-joined unless exploded. */
export function deepObject(param: ParamRecord, value: unknown): string | undefined {
  if (!isPlainObject(value)) return joinedQuery(param, value, ",", param.explode === true);
  const parts: string[] = [];
  appendDeep(param.name, value, parts, queryEncoder(param));
  return parts.join("&");
}

/** A label path segment: `.blue.black` exploded, `.blue,black` not. */
export function label(param: ParamRecord, value: unknown): string {
  requirePathValue(param, value);
  const items = Array.isArray(value)
    ? value.map((v) => encodePathItem(param, v))
    : isPlainObject(value)
      ? pathPairs(param, value)
      : [encodePathItem(param, value)];
  return `.${items.join(param.explode === true ? "." : ",")}`;
}

/**
 * A matrix path segment: `;color=blue,black`, or exploded `;color=blue;color=black`.
 * Exploded object pairs name themselves (`;R=100;G=200`); unexploded ones sit
 * under the parameter's name (`;color=R,100`).
 */
export function matrix(param: ParamRecord, value: unknown): string {
  requirePathValue(param, value);
  const named = `;${param.name}=`;
  const explode = param.explode === true;
  if (isPlainObject(value))
    return explode ? `;${pathPairs(param, value).join(";")}` : named + pathPairs(param, value).join(",");
  const items = Array.isArray(value) ? value.map((v) => encodePathItem(param, v)) : [encodePathItem(param, value)];
  return named + items.join(explode ? named : ",");
}

/**
 * A cookie in form style, one cookie per parameter: arrays comma-joined,
 * objects as `k,v` pairs. The value is percent-encoded so `;` cannot split it.
 */
export function cookieForm(param: ParamRecord, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = Array.isArray(value)
    ? value.map(scalar).join(",")
    : isPlainObject(value)
      ? definedEntries(value)
          .map(([k, v]) => `${k},${scalar(v)}`)
          .join(",")
      : scalar(value);
  return `${param.name}=${encodeURIComponent(text)}`;
}
