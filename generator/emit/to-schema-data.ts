/**
 * A document's JSON Schema object as the data a runtime validator interprets
 * (`generator/runtime/schema.ts`'s `SchemaData`), in one dialect: OpenAPI
 * 3.0's schema object (`nullable`, boolean exclusive bounds, `$ref` siblings
 * ignored) or 3.1's JSON Schema 2020-12 (`$ref` siblings apply). A reference
 * to a named schema becomes `{ $ref: name }`, printed later as `() => Name`;
 * any other reference is inlined. Annotations are dropped, and keywords the
 * runtime does not enforce are listed in `skipped` by JSON pointer, so the
 * caller can say what a validator leaves unchecked rather than pretend.
 */
import type { JsonType, SchemaKeywords } from "../runtime/schema.js";

/** A reference to another validator, by the name of its const. */
export interface SchemaRefNode {
  readonly $ref: string;
}

/** `SchemaData` before printing: the same keywords, references as `SchemaRefNode`. */
export type SchemaNode = boolean | SchemaRefNode | SchemaNodeObject;

export type SchemaNodeObject = SchemaKeywords<SchemaNode>;

export interface ToSchemaDataOptions {
  /** `3.0`: OpenAPI 3.0's schema object; `3.1`: JSON Schema 2020-12 (3.1 and 3.2). */
  readonly dialect: "3.0" | "3.1";
  /** The validator name for a `$ref` (`#/components/schemas/Thread` → `Thread`), or undefined to inline it. */
  readonly refName: (ref: string) => string | undefined;
  /** The schema a `$ref` points to, for the ones `refName` does not name; without it they are skipped. */
  readonly resolve?: (ref: string) => unknown;
}

export interface SchemaDataResult {
  readonly data: SchemaNode;
  /**
   * JSON pointers (from the converted schema) of keywords the validator does
   * not enforce, and of references it could not follow; what was inlined
   * from a `$ref` sits under that `$ref` step (`/items/$ref/unevaluatedProperties`).
   */
  readonly skipped: string[];
}

type JsonObject = Readonly<Record<string, unknown>>;
type NodeFields = { -readonly [K in keyof SchemaNodeObject]: SchemaNodeObject[K] };

/** Keywords the runtime does not enforce: kept out of the data, reported in `skipped`. */
const NOT_ENFORCED = new Set([
  "unevaluatedProperties",
  "unevaluatedItems",
  "$dynamicRef",
  "$recursiveRef",
  "contentSchema",
]);

const JSON_TYPES: ReadonlySet<string> = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/** What one conversion carries down the tree. */
interface Context {
  readonly options: ToSchemaDataOptions;
  readonly skipped: string[];
  /** The unnamed `$ref`s being inlined, outermost first: meeting one again is a cycle. */
  readonly inlining: string[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapeStep(step: string | number): string {
  return String(step).replace(/~/g, "~0").replace(/\//g, "~1");
}

function child(pointer: string, ...steps: Array<string | number>): string {
  return pointer + steps.map((step) => `/${escapeStep(step)}`).join("");
}

/** `schema` as validator data; see the module comment. */
export function toSchemaData(schema: unknown, options: ToSchemaDataOptions): SchemaDataResult {
  const context: Context = { options, skipped: [], inlining: [] };
  return { data: convert(schema, "", context), skipped: context.skipped };
}

function convert(schema: unknown, pointer: string, context: Context): SchemaNode {
  if (typeof schema === "boolean") return schema;
  if (!isObject(schema)) {
    context.skipped.push(pointer);
    return true;
  }
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    const target = convertRef(ref, child(pointer, "$ref"), context);
    // 3.0 ignores a $ref's siblings; in 2020-12 they apply alongside it.
    if (context.options.dialect === "3.0") return target;
    const rest = convertObject(schema, pointer, context);
    if (rest === true) return target;
    if (target === true) return rest;
    return { ...rest, allOf: [target, ...(rest.allOf ?? [])] };
  }
  return convertObject(schema, pointer, context);
}

function convertRef(ref: string, pointer: string, context: Context): SchemaNode {
  const name = context.options.refName(ref);
  if (name !== undefined) return { $ref: name };
  const resolve = context.options.resolve;
  const target = resolve === undefined || context.inlining.includes(ref) ? undefined : resolve(ref);
  if (target === undefined) {
    // A cycle through unnamed schemas (or a ref nobody can resolve): accept anything there rather than loop.
    context.skipped.push(pointer);
    return true;
  }
  context.inlining.push(ref);
  try {
    return convert(target, pointer, context);
  } finally {
    context.inlining.pop();
  }
}

function schemaList(value: unknown, pointer: string, context: Context): SchemaNode[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item, index) => convert(item, child(pointer, index), context));
}

function schemaMap(value: unknown, pointer: string, context: Context): Record<string, SchemaNode> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).map(([key, item]) => [key, convert(item, child(pointer, key), context)] as const);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** Whether `source` compiles as an ECMAScript regex, with the `u` flag the runtime uses or, failing that, without. */
function isRegex(source: string): boolean {
  for (const flags of ["u", ""]) {
    try {
      new RegExp(source, flags);
      return true;
    } catch {
      // Try the next reading.
    }
  }
  return false;
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A count limit; 0 for a minimum is no limit at all, so it is left out. */
function count(value: unknown, isMinimum: boolean): number | undefined {
  const n = finite(value);
  return n === undefined || n < 0 || (isMinimum && n === 0) ? undefined : n;
}

function typeList(value: unknown): JsonType[] | undefined {
  const raw = Array.isArray(value) ? value : [value];
  const types = raw.filter((t): t is JsonType => typeof t === "string" && JSON_TYPES.has(t));
  return types.length === 0 ? undefined : [...new Set(types)];
}

/** Sets a keyword only when it has a value: an explicit `undefined` would still print. */
function set(fields: NodeFields, key: keyof NodeFields, value: unknown): void {
  if (value !== undefined) (fields as Record<string, unknown>)[key] = value;
}

function convertObject(schema: JsonObject, pointer: string, context: Context): SchemaNodeObject | true {
  const { dialect } = context.options;
  const fields: NodeFields = {};
  const nullable = dialect === "3.0" && schema["nullable"] === true;
  const at = (key: string): string => child(pointer, key);
  for (const [key, value] of Object.entries(schema)) {
    switch (key) {
      case "type": {
        const types = typeList(value);
        if (types !== undefined && nullable && !types.includes("null")) types.push("null");
        set(fields, "type", types?.length === 1 ? types[0] : types);
        break;
      }
      case "enum":
        if (Array.isArray(value))
          set(fields, "enum", nullable && !value.includes(null) ? [...(value as unknown[]), null] : value);
        break;
      case "const":
        set(fields, "const", value);
        break;
      case "properties":
        set(fields, "properties", schemaMap(value, at(key), context));
        break;
      case "required":
        if (Array.isArray(value) && value.length > 0)
          set(fields, "required", value.filter((name): name is string => typeof name === "string"));
        break;
      case "additionalProperties":
      case "propertyNames":
      case "contains":
      case "not":
      case "if":
      case "then":
      case "else": {
        const node = convert(value, at(key), context);
        // `true` allows anything there, so it has no effect, except under `not` (forbids all),
        // `contains` (asks for one item) and `if` (whose outcome picks `then` or `else`).
        if (node !== true || key === "not" || key === "contains" || key === "if") set(fields, key, node);
        break;
      }
      case "patternProperties": {
        // A pattern no engine can compile is left out (the runtime would ignore it), and reported.
        const valid = isObject(value) ? Object.entries(value).filter(([source]) => isRegex(source)) : [];
        if (isObject(value))
          for (const source of Object.keys(value)) if (!isRegex(source)) context.skipped.push(child(pointer, key, source));
        set(fields, key, schemaMap(Object.fromEntries(valid), at(key), context));
        break;
      }
      case "dependentSchemas":
        set(fields, key, schemaMap(value, at(key), context));
        break;
      case "dependentRequired":
        if (isObject(value) && Object.keys(value).length > 0) set(fields, key, value);
        break;
      case "dependencies":
        // draft-04 to 07's form of dependentRequired (a list) and dependentSchemas (a schema).
        if (isObject(value)) {
          const needed = Object.entries(value).filter(([, v]) => Array.isArray(v));
          const schemas = Object.entries(value).filter(([, v]) => !Array.isArray(v));
          if (needed.length > 0) set(fields, "dependentRequired", Object.fromEntries(needed));
          if (schemas.length > 0)
            set(
              fields,
              "dependentSchemas",
              Object.fromEntries(schemas.map(([name, v]) => [name, convert(v, child(pointer, key, name), context)])),
            );
        }
        break;
      case "items":
        if (Array.isArray(value)) {
          // draft-04's tuple form: `items` as a list, `additionalItems` for the rest.
          set(fields, "prefixItems", schemaList(value, at(key), context));
          if (schema["additionalItems"] !== undefined && schema["additionalItems"] !== true)
            set(fields, "items", convert(schema["additionalItems"], at("additionalItems"), context));
        } else {
          const node = convert(value, at(key), context);
          if (node !== true) set(fields, "items", node);
        }
        break;
      case "prefixItems":
      case "allOf":
      case "anyOf":
      case "oneOf":
        set(fields, key, schemaList(value, at(key), context));
        break;
      case "minProperties":
      case "minItems":
      case "minLength":
      case "minContains":
        set(fields, key, count(value, key !== "minContains"));
        break;
      case "maxProperties":
      case "maxItems":
      case "maxLength":
      case "maxContains":
        set(fields, key, count(value, false));
        break;
      case "uniqueItems":
      case "readOnly":
      case "writeOnly":
        if (value === true) set(fields, key, true);
        break;
      case "format":
        if (typeof value === "string") set(fields, key, value);
        break;
      case "pattern":
        if (typeof value === "string") {
          if (isRegex(value)) set(fields, key, value);
          else context.skipped.push(at(key));
        }
        break;
      case "multipleOf":
        if (finite(value) !== undefined && (value as number) > 0) set(fields, key, value);
        break;
      case "minimum":
      case "maximum": {
        // A boolean exclusive flag (3.0, draft-04) turns the bound itself exclusive.
        const exclusive = schema[key === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true;
        set(fields, exclusive ? (key === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum") : key, finite(value));
        break;
      }
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        set(fields, key, finite(value));
        break;
      case "discriminator":
        set(fields, key, convertDiscriminator(value, schema, at(key), context));
        break;
      default:
        if (NOT_ENFORCED.has(key)) context.skipped.push(at(key));
    }
  }
  if (fields.discriminator !== undefined && fields.oneOf === undefined && fields.anyOf === undefined)
    delete fields.discriminator;
  // 3.0's `nullable` without a `type` (say, beside an allOf of a $ref): null is allowed too.
  if (nullable && fields.type === undefined && fields.enum === undefined && Object.keys(fields).length > 0) {
    return { anyOf: [{ type: "null" }, fields] };
  }
  return Object.keys(fields).length === 0 ? true : fields;
}

/**
 * OpenAPI's discriminator: `mapping` values are refs (or bare schema names);
 * oneOf/anyOf `$ref` members not in it are found by their schema's name, the
 * last segment of the ref, as the specification says, and also by the values
 * their own discriminator property is limited to (`const`, or `enum`), since
 * many documents tag members that way without a mapping (OpenAI's
 * `type: { enum: ["message"] }` on `OutputMessage`).
 */
function convertDiscriminator(
  value: unknown,
  schema: JsonObject,
  pointer: string,
  context: Context,
): SchemaNodeObject["discriminator"] {
  if (!isObject(value) || typeof value["propertyName"] !== "string") return undefined;
  // Entries, then `Object.fromEntries`, so a tag named `__proto__` is an own property like any other.
  const mapping = new Map<string, SchemaNode>();
  const mapped = new Set<string>();
  const explicit = isObject(value["mapping"]) ? value["mapping"] : {};
  for (const [tag, target] of Object.entries(explicit)) {
    if (typeof target !== "string") continue;
    const ref = target.includes("/") || target.startsWith("#") ? target : `#/components/schemas/${target}`;
    mapped.add(ref);
    mapping.set(tag, convertRef(ref, child(pointer, "mapping", tag), context));
  }
  const members = [schema["oneOf"], schema["anyOf"]].find(Array.isArray) as unknown[] | undefined;
  for (const member of members ?? []) {
    const ref = isObject(member) ? member["$ref"] : undefined;
    if (typeof ref !== "string" || mapped.has(ref)) continue;
    const name = decodeURIComponent(ref.slice(ref.lastIndexOf("/") + 1)).replace(/~1/g, "/").replace(/~0/g, "~");
    const own = memberTags(context.options.resolve?.(ref), value["propertyName"], context, 0);
    for (const tag of [name, ...own])
      if (!mapping.has(tag)) mapping.set(tag, convertRef(ref, child(pointer, "mapping", tag), context));
  }
  if (mapping.size === 0) return undefined;
  return { propertyName: value["propertyName"], mapping: Object.fromEntries(mapping) };
}

/** The string values a member allows for the discriminator property, through its allOf and refs (a few levels). */
function memberTags(member: unknown, propertyName: string, context: Context, depth: number): string[] {
  if (!isObject(member) || depth > 4) return [];
  const ref = member["$ref"];
  if (typeof ref === "string") return memberTags(context.options.resolve?.(ref), propertyName, context, depth + 1);
  const properties = member["properties"];
  const property = isObject(properties) && Object.hasOwn(properties, propertyName) ? properties[propertyName] : undefined;
  const tags: string[] = [];
  if (isObject(property)) {
    if (typeof property["const"] === "string") tags.push(property["const"]);
    const values = property["enum"];
    if (Array.isArray(values)) tags.push(...values.filter((v): v is string => typeof v === "string"));
  }
  const allOf = member["allOf"];
  if (Array.isArray(allOf)) for (const part of allOf) tags.push(...memberTags(part, propertyName, context, depth + 1));
  return tags;
}
