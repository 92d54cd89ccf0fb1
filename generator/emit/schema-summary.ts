/**
 * What the API reference says about a schema of the (bundled) document: a
 * short TypeScript-like type for a table (`string`, `"asc" | "desc"`,
 * `Thread[]`) and an example value, taken from the spec's own examples where
 * it has them and made from the type where it does not. Only local `$ref`s
 * exist by now: loading bundled every other file into the document.
 */

import { decodePointerStep } from "../load/json-pointer.js";
import { resolveRef } from "../load/resolve-ref.js";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows local `$ref`s (`#/a/b`) from `value`; undefined for a ref that names nothing or loops. */
export function resolveLocal(root: unknown, value: unknown): unknown {
  return resolveRef<unknown>(root, value, []).value;
}

/** Names the summary uses for `#/components/schemas/<name>` (the model's aliases). */
export type AliasNames = ReadonlyMap<string, string>;

const SCHEMA_REF = "#/components/schemas/";
/** More enum values than this read better as their base type. */
const MAX_ENUM = 6;
/** How deep nested schemas are followed, for types and example values alike. */
const MAX_DEPTH = 4;

/** The non-null types a schema allows, and whether it allows null (3.0 `nullable`, 3.1 type arrays). */
function typesOf(schema: JsonObject): { types: string[]; nullable: boolean } {
  const raw = schema["type"];
  const all = Array.isArray(raw)
    ? raw.filter((t): t is string => typeof t === "string")
    : typeof raw === "string"
      ? [raw]
      : [];
  return { types: all.filter((t) => t !== "null"), nullable: schema["nullable"] === true || all.includes("null") };
}

function union(parts: string[]): string {
  const distinct = [...new Set(parts)];
  return distinct.length === 0 ? "unknown" : distinct.join(" | ");
}

/** A short type for a table cell; see the module comment. */
export function shortType(root: unknown, schema: unknown, aliases: AliasNames, depth = 0): string {
  if (isObject(schema) && typeof schema["$ref"] === "string" && schema["$ref"].startsWith(SCHEMA_REF)) {
    const name = decodePointerStep(schema["$ref"].slice(SCHEMA_REF.length));
    const alias = aliases.get(name);
    if (alias !== undefined) return alias;
  }
  const resolved = resolveLocal(root, schema);
  if (!isObject(resolved) || depth > MAX_DEPTH) return "unknown";
  const { types, nullable } = typesOf(resolved);
  const withNull = (text: string): string => (nullable && text !== "unknown" ? `${text} | null` : text);
  if ("const" in resolved) return JSON.stringify(resolved["const"]) ?? "unknown";
  const values = resolved["enum"];
  if (Array.isArray(values) && values.length > 0 && values.length <= MAX_ENUM)
    return union(values.map((v) => JSON.stringify(v) ?? "unknown"));
  for (const key of ["oneOf", "anyOf"]) {
    const branches = resolved[key];
    if (Array.isArray(branches) && branches.length > 0)
      return withNull(union(branches.map((b) => shortType(root, b, aliases, depth + 1))));
  }
  const parts = resolved["allOf"];
  if (Array.isArray(parts) && parts.length > 0 && types.length === 0)
    return withNull(parts.map((p) => shortType(root, p, aliases, depth + 1)).join(" & "));
  const main = types.length > 0 ? types : isObject(resolved["properties"]) ? ["object"] : [];
  return withNull(union(main.map((type) => namedType(root, resolved, type, aliases, depth))));
}

function namedType(root: unknown, schema: JsonObject, type: string, aliases: AliasNames, depth: number): string {
  switch (type) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "string":
      return schema["format"] === "binary" ? "Blob" : "string";
    case "array": {
      const item = shortType(root, schema["items"], aliases, depth + 1);
      return /[ |&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case "object": {
      const extra = schema["additionalProperties"];
      if (!isObject(schema["properties"]) && isObject(extra))
        return `Record<string, ${shortType(root, extra, aliases, depth + 1)}>`;
      return "object";
    }
    default:
      return "unknown";
  }
}

/** The schema's own example: `example`, the first of `examples`, `const`, the first enum value, `default`. */
function givenExample(schema: JsonObject): { value: unknown } | undefined {
  if (schema["example"] !== undefined) return { value: schema["example"] };
  if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) return { value: schema["examples"][0] };
  if ("const" in schema) return { value: schema["const"] };
  if (Array.isArray(schema["enum"]) && schema["enum"].some((v) => v !== null))
    return { value: schema["enum"].find((v) => v !== null) };
  if (schema["default"] !== undefined) return { value: schema["default"] };
  return undefined;
}

/**
 * An example value for `schema`: its own example, else one made from its
 * type: an object's required properties (and those with an example of their
 * own), one array item, `placeholder` for a plain string.
 */
export function exampleValue(root: unknown, schema: unknown, placeholder = "string", depth = 0): unknown {
  const resolved = resolveLocal(root, schema);
  if (!isObject(resolved)) return placeholder;
  const given = givenExample(resolved);
  if (given !== undefined) return given.value;
  const branch = [resolved["oneOf"], resolved["anyOf"], resolved["allOf"]].find(Array.isArray)?.[0];
  if (branch !== undefined && depth < MAX_DEPTH) return exampleValue(root, branch, placeholder, depth + 1);
  const { types } = typesOf(resolved);
  const type =
    types[0] ?? (isObject(resolved["properties"]) ? "object" : resolved["items"] === undefined ? "string" : "array");
  switch (type) {
    case "integer":
    case "number":
      return typeof resolved["minimum"] === "number" ? resolved["minimum"] : 1;
    case "boolean":
      return true;
    case "array":
      return depth < MAX_DEPTH ? [exampleValue(root, resolved["items"], placeholder, depth + 1)] : [];
    case "object":
      return depth < MAX_DEPTH ? exampleObject(root, resolved, depth + 1) : {};
    default:
      return typeof resolved["format"] === "string" && resolved["format"] !== "binary"
        ? (FORMAT_VALUES[resolved["format"]] ?? placeholder)
        : placeholder;
  }
}

/** An object schema's required properties, plus the optional ones the spec gives an example for. */
export function exampleObject(root: unknown, schema: JsonObject, depth = 0): JsonObject {
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const required = Array.isArray(schema["required"]) ? schema["required"] : [];
  const value: JsonObject = {};
  for (const [name, property] of Object.entries(properties)) {
    const resolved = resolveLocal(root, property);
    if (isObject(resolved) && resolved["readOnly"] === true) continue;
    // Defined, not assigned: a property named `__proto__` would otherwise set the example's prototype.
    if (required.includes(name) || (isObject(resolved) && givenExample(resolved) !== undefined))
      Object.defineProperty(value, name, { value: exampleValue(root, property, name, depth), enumerable: true, writable: true, configurable: true });
  }
  return value;
}

/** Values for string formats, so an example reads like the real thing. */
const FORMAT_VALUES: Readonly<Record<string, string>> = {
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "date-time": "2024-02-01T09:00:00Z",
  date: "2024-02-01",
  email: "user@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
};
