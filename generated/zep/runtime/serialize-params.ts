// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Parameter serialisation per OpenAPI 3.x `style`/`explode` (§4.8.12.4):
 * path segments, query strings, headers and cookies. `undefined` means "not
 * sent"; `0`, `false` and `""` are real values and always reach the wire.
 */
import { RequestBuildError } from "./errors.ts";
import type { ParamSpec } from "./operation.ts";

type Primitive = string | number | boolean | bigint;

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null) return "null";
  return String(value as Primitive);
}

/** RFC 3986 unreserved plus the reserved set, for `allowReserved` query values. */
function encodeReserved(text: string): string {
  return encodeURI(text).replace(/[#&=+]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function definedEntries(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value).filter(([, v]) => v !== undefined);
}

/**
 * Appends one query parameter to `parts` as already-encoded `name=value`
 * pairs. Form style explodes arrays into repeated names by default.
 */
export function serializeQueryParam(param: ParamSpec, value: unknown, parts: string[]): void {
  if (value === undefined) return;
  const encode = param.allowReserved === true ? encodeReserved : encodeURIComponent;
  const name = encodeURIComponent(param.name);
  const style = param.style ?? "form";
  const explode = param.explode ?? style === "form";
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined).map(scalar);
    if (style === "form" && explode) {
      for (const item of items) parts.push(`${name}=${encode(item)}`);
      return;
    }
    const separator = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
    if (explode && style !== "form") {
      for (const item of items) parts.push(`${name}=${encode(item)}`);
      return;
    }
    parts.push(`${name}=${items.map(encode).join(separator)}`);
    return;
  }
  if (isPlainObject(value)) {
    if (style === "deepObject") {
      appendDeep(param.name, value, parts, encode);
      return;
    }
    const entries = definedEntries(value);
    if (explode) {
      for (const [k, v] of entries) parts.push(`${encodeURIComponent(k)}=${encode(scalar(v))}`);
      return;
    }
    parts.push(`${name}=${entries.map(([k, v]) => `${encode(k)},${encode(scalar(v))}`).join(",")}`);
    return;
  }
  parts.push(`${name}=${encode(scalar(value))}`);
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

/**
 * The text of one path parameter, percent-encoded. A value that would change
 * the path (`.`, `..`, empty) is refused instead of sent.
 */
export function serializePathParam(param: ParamSpec, value: unknown): string {
  if (value === undefined || value === null) {
    throw new RequestBuildError(`path parameter "${param.name}" is required. No request was sent.`);
  }
  const style = param.style ?? "simple";
  const explode = param.explode ?? false;
  const refuse = (what: string): never => {
    throw new RequestBuildError(
      `path parameter "${param.name}" cannot be ${what}: it would change the path. No request was sent.`,
    );
  };
  const encodeValue = (v: unknown): string => {
    const text = scalar(v);
    if (text === "" || text === "." || text === "..") refuse(JSON.stringify(text));
    return encodeURIComponent(text);
  };
  // In simple style an empty array or object would leave the segment empty, as "" would.
  const empty = Array.isArray(value) ? value.length === 0 : isPlainObject(value) && definedEntries(value).length === 0;
  if (style === "simple" && empty) refuse("empty");
  const prefix = style === "label" ? "." : style === "matrix" ? `;${param.name}=` : "";
  if (Array.isArray(value)) {
    const sep = explode ? (style === "label" ? "." : style === "matrix" ? `;${param.name}=` : ",") : ",";
    return prefix + value.map(encodeValue).join(sep);
  }
  if (isPlainObject(value)) {
    const entries = definedEntries(value);
    const pairs = explode
      ? entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeValue(v)}`)
      : entries.map(([k, v]) => `${encodeURIComponent(k)},${encodeValue(v)}`);
    // Exploded matrix pairs name themselves (`;R=100;G=200`); unexploded ones sit under the parameter's name (`;color=R,100`).
    return (
      (style === "matrix" && explode ? ";" : prefix) +
      pairs.join(explode ? (style === "matrix" ? ";" : style === "label" ? "." : ",") : ",")
    );
  }
  return prefix + encodeValue(value);
}

/** Header parameters use `simple` style: comma-joined arrays, `k,v` or `k=v` objects. */
export function serializeHeaderParam(param: ParamSpec, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(scalar).join(",");
  if (isPlainObject(value)) {
    return definedEntries(value)
      .map(([k, v]) => (param.explode === true ? `${k}=${scalar(v)}` : `${k},${scalar(v)}`))
      .join(",");
  }
  return scalar(value);
}

/**
 * Cookie parameters use `form` style, one cookie per parameter: arrays comma-joined,
 * objects as `k,v` pairs. The value is percent-encoded so `;` cannot split it.
 */
export function serializeCookieParam(param: ParamSpec, value: unknown): string | undefined {
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
