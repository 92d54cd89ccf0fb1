/**
 * Validator data (`SchemaNode`) as TypeScript source for a generated
 * `schemas.ts`, laid out the way a person would write it: a literal stays on
 * one line when it fits the width, else one entry per line with trailing
 * commas. A reference prints as a thunk, `() => Thread`; values the document
 * supplies (`enum`, `const`, property names) go through escape.ts, so spec
 * text is only ever data. Knowing which keywords hold schemas is what keeps
 * a `const` that happens to contain a `$ref` key printed as plain data.
 */
import { stringLiteral } from "./escape.js";
import { propertyNameSource } from "./print-literal.js";
import type { SchemaNode } from "./to-schema-data.js";

export interface PrintSchemaOptions {
  /** The indentation of the line the data starts on; closing brackets line up with it. */
  readonly indent?: number;
  /** Columns taken on the first line before the data, beyond `indent` (e.g. `export const X = defineSchema("X", `). */
  readonly prefix?: number;
  /** Characters after the data on its last line (e.g. `);`). */
  readonly suffix?: number;
  /** The line width to fit. */
  readonly width?: number;
}

/** Source laid out later: a finished token, or a container of more. */
type Doc =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "object"; readonly entries: ReadonlyArray<readonly [string, Doc]>; readonly suffix?: string }
  | { readonly kind: "array"; readonly items: readonly Doc[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SCHEMA_KEYS = new Set(["additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else"]);
const SCHEMA_MAP_KEYS = new Set(["properties", "patternProperties", "dependentSchemas"]);
const SCHEMA_LIST_KEYS = new Set(["prefixItems", "allOf", "anyOf", "oneOf"]);
/**
 * The members of TypeScript's `Object` interface. A property of one of these
 * names takes the method's type as its contextual type instead of the record's
 * (`properties: { toString: { type: "number" } }` would widen `"number"` to
 * `string` and fail to compile), so a schema under such a name is printed
 * `as const`, which keeps its literals without any contextual type.
 */
const OBJECT_MEMBERS = new Set([
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
]);

function text(source: string): Doc {
  return { kind: "text", text: source };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON value from the document (an enum member, a const) as plain data. */
function valueDoc(value: unknown): Doc {
  if (typeof value === "string") return text(stringLiteral(value));
  if (typeof value === "boolean" || value === null) return text(String(value));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`printSchemaData: ${value} is not a JSON number`);
    return text(Object.is(value, -0) ? "0" : String(value));
  }
  if (Array.isArray(value)) return { kind: "array", items: value.map(valueDoc) };
  if (isRecord(value))
    return { kind: "object", entries: Object.entries(value).map(([key, item]) => [propertyNameSource(key), valueDoc(item)]) };
  throw new Error(`printSchemaData: a ${typeof value} is not JSON`);
}

function schemaDoc(node: SchemaNode): Doc {
  if (typeof node === "boolean") return text(String(node));
  if ("$ref" in node && typeof node.$ref === "string") {
    if (!IDENTIFIER.test(node.$ref)) throw new Error(`printSchemaData: ${JSON.stringify(node.$ref)} is not an identifier`);
    return text(`() => ${node.$ref}`);
  }
  const entries = Object.entries(node).map(([key, value]): [string, Doc] => {
    const name = propertyNameSource(key);
    if (SCHEMA_KEYS.has(key)) return [name, schemaDoc(value as SchemaNode)];
    if (SCHEMA_LIST_KEYS.has(key)) return [name, { kind: "array", items: (value as SchemaNode[]).map(schemaDoc) }];
    if (SCHEMA_MAP_KEYS.has(key)) return [name, schemaMapDoc(value as Record<string, SchemaNode>)];
    if (key === "discriminator" && isRecord(value)) {
      const mapping = schemaMapDoc(value["mapping"] as Record<string, SchemaNode>);
      return [name, { kind: "object", entries: [["propertyName", valueDoc(value["propertyName"])], ["mapping", mapping]] }];
    }
    return [name, valueDoc(value)];
  });
  return { kind: "object", entries };
}

function schemaMapDoc(map: Readonly<Record<string, SchemaNode>>): Doc {
  const entries = Object.entries(map).map(([key, node]): [string, Doc] => {
    const doc = schemaDoc(node);
    return [propertyNameSource(key), OBJECT_MEMBERS.has(key) && doc.kind === "object" ? { ...doc, suffix: " as const" } : doc];
  });
  return { kind: "object", entries };
}

function flat(doc: Doc): string {
  switch (doc.kind) {
    case "text":
      return doc.text;
    case "array":
      return `[${doc.items.map(flat).join(", ")}]`;
    case "object": {
      const body = doc.entries.length === 0 ? "{}" : `{ ${doc.entries.map(([key, item]) => `${key}: ${flat(item)}`).join(", ")} }`;
      return body + (doc.suffix ?? "");
    }
  }
}

/** `doc` at `indent`, with `head` columns of its first line taken and `tail` characters after its last. */
function layout(doc: Doc, indent: number, head: number, tail: number, width: number): string {
  const oneLine = flat(doc);
  if (doc.kind === "text" || head + oneLine.length + tail <= width) return oneLine;
  const inner = indent + 2;
  const pad = " ".repeat(inner);
  if (doc.kind === "array") {
    if (doc.items.length === 0) return oneLine;
    const lines = doc.items.map((item) => `${pad}${layout(item, inner, inner, 1, width)},`);
    return `[\n${lines.join("\n")}\n${" ".repeat(indent)}]`;
  }
  if (doc.entries.length === 0) return oneLine;
  const lines = doc.entries.map(([key, item]) => `${pad}${key}: ${layout(item, inner, inner + key.length + 2, 1, width)},`);
  return `{\n${lines.join("\n")}\n${" ".repeat(indent)}}${doc.suffix ?? ""}`;
}

/** `node` as a TypeScript expression; see the module comment and {@link PrintSchemaOptions}. */
export function printSchemaData(node: SchemaNode, options: PrintSchemaOptions = {}): string {
  const indent = options.indent ?? 0;
  return layout(schemaDoc(node), indent, indent + (options.prefix ?? 0), options.suffix ?? 0, options.width ?? 100);
}
