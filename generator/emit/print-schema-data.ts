/**
 * Validator data (`SchemaNode`) as TypeScript source for a generated
 * `schemas.ts`, laid out the way a person would write it: a literal stays on
 * one line when it fits the width, else one entry per line with trailing
 * commas. A reference prints as a thunk, `() => Thread`; values the document
 * supplies (`enum`, `const`, property names) go through escape.ts, so spec
 * text is only ever data. Knowing which keywords hold schemas is what keeps
 * a `const` that happens to contain a `$ref` key printed as plain data.
 */
import { CodeReference, ConstAssertion, printLiteral } from "./print-literal.js";
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

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `node` as data for printLiteral: a reference becomes a thunk, and every
 * other value (an enum member, a `const`) stays the document's data, even one
 * that holds a `$ref` key, since only the keys that hold schemas are followed.
 */
function schemaLiteral(node: SchemaNode): unknown {
  if (typeof node === "boolean") return node;
  if ("$ref" in node && typeof node.$ref === "string") {
    if (!IDENTIFIER.test(node.$ref)) throw new Error(`printSchemaData: ${JSON.stringify(node.$ref)} is not an identifier`);
    return new CodeReference(node.$ref, { thunk: true });
  }
  const entries = Object.entries(node).map(([key, value]): [string, unknown] => {
    if (SCHEMA_KEYS.has(key)) return [key, schemaLiteral(value as SchemaNode)];
    if (SCHEMA_LIST_KEYS.has(key)) return [key, (value as SchemaNode[]).map(schemaLiteral)];
    if (SCHEMA_MAP_KEYS.has(key)) return [key, schemaMapLiteral(value as Record<string, SchemaNode>)];
    if (key === "discriminator" && isRecord(value)) {
      return [key, { propertyName: value["propertyName"], mapping: schemaMapLiteral(value["mapping"] as Record<string, SchemaNode>) }];
    }
    return [key, value];
  });
  return Object.fromEntries(entries);
}

function schemaMapLiteral(map: Readonly<Record<string, SchemaNode>>): unknown {
  const entries = Object.entries(map).map(([key, node]): [string, unknown] => {
    const value = schemaLiteral(node);
    return [key, OBJECT_MEMBERS.has(key) && isRecord(value) && !(value instanceof CodeReference) ? new ConstAssertion(value) : value];
  });
  return Object.fromEntries(entries);
}

/** `node` as a TypeScript expression; see the module comment and {@link PrintSchemaOptions}. */
export function printSchemaData(node: SchemaNode, options: PrintSchemaOptions = {}): string {
  return printLiteral(schemaLiteral(node), { ...options, width: options.width ?? 100 });
}
