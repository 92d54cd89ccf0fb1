// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * The parameter serialisations every client needs (OpenAPI 3.x §4.8.12.4):
 * exploded form query values, simple path segments and simple headers.
 * Every other style brings code of its own and lives in `param-styles.ts`,
 * named by the records that use it, so a plain call does not carry it.
 * `undefined` means "not sent"; `0`, `false` and `""` are real values and
 * always reach the wire.
 */
import { RequestBuildError } from "./errors.ts";
import type { ParamRecord } from "./operation.ts";

type Primitive = string | number | boolean | bigint;

export function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null) return "null";
  return String(value as Primitive);
}

/** RFC 3986 unreserved plus the reserved set, for `allowReserved` query values. */
function encodeReserved(text: string): string {
  return encodeURI(text).replace(/[#&=+]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** How a query parameter's values are percent-encoded. */
export function queryEncoder(param: ParamRecord): (text: string) => string {
  return param.allowReserved === true ? encodeReserved : encodeURIComponent;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function definedEntries(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/**
 * One query parameter in form style, exploded (the default): an array repeats
 * the name, an object spreads its keys; `&`-joined, already encoded. `""`
 * (an empty array) sends nothing.
 */
export function serializeQueryParam(param: ParamRecord, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const encode = queryEncoder(param);
  const name = encodeURIComponent(param.name);
  const pairs: Array<[string, unknown]> = Array.isArray(value)
    ? value.filter((v) => v !== undefined).map((v) => [name, v])
    : isPlainObject(value)
      ? definedEntries(value).map(([k, v]) => [encodeURIComponent(k), v])
      : [[name, value]];
  return pairs.map(([k, v]) => `${k}=${encode(scalar(v))}`).join("&");
}

/** Throws for a missing path value: the path cannot be built without it. */
export function requirePathValue(param: ParamRecord, value: unknown): void {
  if (value === undefined || value === null) {
    throw new RequestBuildError(`path parameter "${param.name}" is required. No request was sent.`);
  }
}

function refusePath(param: ParamRecord, what: string): never {
  throw new RequestBuildError(
    `path parameter "${param.name}" cannot be ${what}: it would change the path. No request was sent.`,
  );
}

/** One value in a path, percent-encoded; a value that would change the path (`.`, `..`, empty) is refused. */
export function encodePathItem(param: ParamRecord, value: unknown): string {
  const text = scalar(value);
  if (text === "" || text === "." || text === "..") refusePath(param, JSON.stringify(text));
  return encodeURIComponent(text);
}

/** An object's entries in a path: `k=v` when exploded, `k,v` when not. */
export function pathPairs(param: ParamRecord, value: Record<string, unknown>): string[] {
  const joint = param.explode === true ? "=" : ",";
  return definedEntries(value).map(([k, v]) => `${encodeURIComponent(k)}${joint}${encodePathItem(param, v)}`);
}

/**
 * The text of one path parameter in simple style, percent-encoded. A value
 * that would change the path (`.`, `..`, empty) is refused instead of sent.
 */
export function serializePathParam(param: ParamRecord, value: unknown): string {
  requirePathValue(param, value);
  // An empty array or object would leave the segment empty, as "" would.
  const empty = Array.isArray(value) ? value.length === 0 : isPlainObject(value) && definedEntries(value).length === 0;
  if (empty) refusePath(param, "empty");
  if (Array.isArray(value)) return value.map((v) => encodePathItem(param, v)).join(",");
  if (isPlainObject(value)) return pathPairs(param, value).join(",");
  return encodePathItem(param, value);
}

/** Header parameters use `simple` style: comma-joined arrays, `k,v` or `k=v` objects. */
export function serializeHeaderParam(param: ParamRecord, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(scalar).join(",");
  if (isPlainObject(value)) {
    return definedEntries(value)
      .map(([k, v]) => (param.explode === true ? `${k}=${scalar(v)}` : `${k},${scalar(v)}`))
      .join(",");
  }
  return scalar(value);
}
