/**
 * Example request values for the operations of an OpenAPI 3.x document, for
 * the contract tests (`test/contract/corpus.prism.test.ts`): the value of every
 * parameter and of the request body, taken from the spec's own examples where
 * it has them, synthesised from the schema where it does not.
 *
 * Where a value comes from, first match wins:
 * - a parameter: its `example`, the first of its `examples`, then its schema;
 * - a request body: the media type's `example`, the first of its `examples`
 *   (each further named example is a case of its own), then its schema;
 * - a schema: `const`, `example` or the first of `examples` (when it fits the
 *   schema's type, enum, format and bounds: real documents have examples that
 *   break their own `format: uuid`), the first non-null `enum` value,
 *   `default`, then a value made from the type, `format` and bounds.
 *
 * Objects get their required properties (case "required only") or every
 * property (case "all parameters"), never a `readOnly` one; arrays one item
 * (or `minItems`); `allOf` is merged, `oneOf`/`anyOf` take their first
 * non-null branch. `format: binary` becomes a `Blob` in multipart and binary
 * bodies. Independent of the generator on purpose: it reads the document as
 * the spec defines it, so it can catch the generator reading it wrong.
 */

/** A JSON object of the document. */
type JsonObject = Record<string, unknown>;

export type ParameterLocation = "path" | "query" | "header" | "cookie";

/** The value chosen for one parameter. */
export interface ParameterValue {
  /** The wire name. */
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly value: unknown;
  /** `example` when the spec gave the value (on the parameter or its schema), else `synthesised`. */
  readonly source: "example" | "synthesised";
}

/** The value chosen for a request body. */
export interface BodyValue {
  readonly mediaType: string;
  readonly value: unknown;
  /** `example`, `examples/<key>`, or `synthesised`. */
  readonly source: string;
}

/** One call to make: parameters and (maybe) a body. */
export interface OperationCase {
  /** e.g. `required only`, `all parameters`, `body example Bank`. */
  readonly name: string;
  readonly parameters: readonly ParameterValue[];
  readonly body?: BodyValue | undefined;
}

/** Which properties of an object schema to fill. */
export type Fill = "required" | "all";

/** How deep to follow nested schemas before giving up on optional parts. */
const MAX_DEPTH = 8;

const LOCATIONS: readonly string[] = ["path", "query", "header", "cookie"];

/** Header parameters the spec says to ignore (OpenAPI 3.x, Parameter Object `name`). */
const IGNORED_HEADERS: readonly string[] = ["accept", "content-type", "authorization"];

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the JSON pointer `#/a/b~1c` in `root`. */
function readPointer(root: unknown, ref: string): unknown {
  const steps = ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((step) => decodeURIComponent(step).replace(/~1/g, "/").replace(/~0/g, "~"));
  let current = root;
  for (const step of steps) {
    if (Array.isArray(current)) current = current[Number(step)];
    else if (isObject(current)) current = current[step];
    else return undefined;
  }
  return current;
}

/**
 * Follows local `$ref` chains (`#/…`) from `value`. Throws on an external or
 * dangling ref, or a cycle of refs: the document is expected to be bundled.
 */
export function resolveRef(root: unknown, value: unknown): unknown {
  let current = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current["$ref"] === "string") {
    const ref = current["$ref"];
    if (!ref.startsWith("#")) throw new Error(`external $ref ${ref} is not supported here`);
    if (seen.has(ref)) throw new Error(`$ref cycle through ${ref}`);
    seen.add(ref);
    current = readPointer(root, ref);
    if (current === undefined) throw new Error(`$ref ${ref} names nothing`);
  }
  return current;
}

/** The non-null types a schema allows (3.0 `type`, 3.1 `type` arrays); empty when untyped. */
function typesOf(schema: JsonObject): string[] {
  const type = schema["type"];
  const types = Array.isArray(type)
    ? type.filter((t): t is string => typeof t === "string")
    : typeof type === "string"
      ? [type]
      : [];
  return types.filter((t) => t !== "null");
}

/** The type to synthesise for a schema: its first non-null type, or one read from its keywords. */
function mainType(schema: JsonObject): string | undefined {
  const [first] = typesOf(schema);
  if (first !== undefined) return first;
  if (isObject(schema["properties"]) || isObject(schema["additionalProperties"]) || Array.isArray(schema["required"]))
    return "object";
  if (schema["items"] !== undefined) return "array";
  if (typeof schema["format"] === "string" || typeof schema["pattern"] === "string") return "string";
  return undefined;
}

const FORMAT_CHECKS: Readonly<Record<string, RegExp>> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  url: /^[a-z][a-z0-9+.-]*:\S*$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
};

/** Values for the string formats a validator checks. */
const FORMAT_VALUES: Readonly<Record<string, string>> = {
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "date-time": "2024-02-01T09:00:00Z",
  date: "2024-02-01",
  time: "09:00:00Z",
  email: "user@example.com",
  "idn-email": "user@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  "uri-reference": "https://example.com/",
  iri: "https://example.com/",
  "iri-reference": "https://example.com/",
  "uri-template": "https://example.com/{id}",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "ZXhhbXBsZQ==",
  duration: "P1D",
  "json-pointer": "/a",
  regex: "^a$",
};

function typeFits(type: string, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    case "null":
      return value === null;
    default:
      return true;
  }
}

/** Lower and upper bounds of a numeric schema, 3.0 (boolean exclusive*) and 3.1 (numeric) alike. */
function boundsOf(schema: JsonObject): { min?: number; max?: number; exclusiveMin: boolean; exclusiveMax: boolean } {
  const bounds: { min?: number; max?: number; exclusiveMin: boolean; exclusiveMax: boolean } = {
    exclusiveMin: false,
    exclusiveMax: false,
  };
  if (typeof schema["minimum"] === "number") {
    bounds.min = schema["minimum"];
    bounds.exclusiveMin = schema["exclusiveMinimum"] === true;
  }
  if (
    typeof schema["exclusiveMinimum"] === "number" &&
    (bounds.min === undefined || schema["exclusiveMinimum"] >= bounds.min)
  ) {
    bounds.min = schema["exclusiveMinimum"];
    bounds.exclusiveMin = true;
  }
  if (typeof schema["maximum"] === "number") {
    bounds.max = schema["maximum"];
    bounds.exclusiveMax = schema["exclusiveMaximum"] === true;
  }
  if (
    typeof schema["exclusiveMaximum"] === "number" &&
    (bounds.max === undefined || schema["exclusiveMaximum"] <= bounds.max)
  ) {
    bounds.max = schema["exclusiveMaximum"];
    bounds.exclusiveMax = true;
  }
  return bounds;
}

/**
 * Whether `value` fits `schema` at its top level: type, `const`, `enum`, a
 * known `format`, numeric bounds, string length and pattern. Nested objects
 * and arrays are not walked (their examples are taken as written).
 */
export function fitsSchema(root: unknown, schema: unknown, value: unknown): boolean {
  const resolved = resolveRef(root, schema);
  if (!isObject(resolved)) return true;
  if (value === null) {
    const type = resolved["type"];
    return resolved["nullable"] === true || type === "null" || (Array.isArray(type) && type.includes("null"));
  }
  const types = typesOf(resolved);
  if (types.length > 0 && !types.some((t) => typeFits(t, value))) return false;
  if ("const" in resolved && resolved["const"] !== value) return false;
  const enumValues = resolved["enum"];
  if (Array.isArray(enumValues) && !enumValues.some((e) => e === value)) return false;
  if (typeof value === "string") {
    const format = resolved["format"];
    const check = typeof format === "string" ? FORMAT_CHECKS[format] : undefined;
    if (check !== undefined && !check.test(value)) return false;
    if (typeof resolved["minLength"] === "number" && value.length < resolved["minLength"]) return false;
    if (typeof resolved["maxLength"] === "number" && value.length > resolved["maxLength"]) return false;
    if (typeof resolved["pattern"] === "string" && !safeRegExp(resolved["pattern"])?.test(value)) return false;
  }
  if (typeof value === "number") {
    const { min, max, exclusiveMin, exclusiveMax } = boundsOf(resolved);
    if (min !== undefined && (exclusiveMin ? value <= min : value < min)) return false;
    if (max !== undefined && (exclusiveMax ? value >= max : value > max)) return false;
    const multipleOf = resolved["multipleOf"];
    if (typeof multipleOf === "number" && multipleOf > 0 && !Number.isInteger(value / multipleOf)) return false;
  }
  return true;
}

/** `new RegExp(pattern, "u")`, or undefined when JavaScript cannot read the pattern. */
function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}

/** The schema's own example, when it has one that fits it. */
function schemaExample(root: unknown, schema: JsonObject): { value: unknown } | undefined {
  const candidates: unknown[] = [];
  if ("example" in schema) candidates.push(schema["example"]);
  if (Array.isArray(schema["examples"])) candidates.push(...(schema["examples"] as unknown[]));
  for (const candidate of candidates) {
    if (candidate !== undefined && fitsSchema(root, schema, candidate)) return { value: candidate };
  }
  return undefined;
}

/** A number inside the schema's bounds (1 when they allow it), a multiple of `multipleOf`. */
function synthesiseNumber(schema: JsonObject, integer: boolean): number {
  const { min, max, exclusiveMin, exclusiveMax } = boundsOf(schema);
  const step = integer ? 1 : 0.5;
  const low = min === undefined ? undefined : exclusiveMin ? min + step : min;
  const high = max === undefined ? undefined : exclusiveMax ? max - step : max;
  let value = 1;
  if (low !== undefined && value < low) value = integer ? Math.ceil(low) : low;
  if (high !== undefined && value > high) value = integer ? Math.floor(high) : high;
  const multipleOf = schema["multipleOf"];
  if (typeof multipleOf === "number" && multipleOf > 0) {
    value = Math.ceil(value / multipleOf) * multipleOf;
    if (high !== undefined && value > high) value -= multipleOf;
  }
  return value;
}

/** A string for the schema's format, length and pattern (when a simple candidate matches it). */
function synthesiseString(schema: JsonObject): string {
  const format = typeof schema["format"] === "string" ? schema["format"] : undefined;
  let value = (format === undefined ? undefined : FORMAT_VALUES[format]) ?? "example";
  const pattern = typeof schema["pattern"] === "string" ? safeRegExp(schema["pattern"]) : undefined;
  if (pattern !== undefined && !pattern.test(value)) {
    value =
      ["example", "a", "A", "1", "a1", "abc", "ABC", "123", "example-1", "ex_1"].find((c) => pattern.test(c)) ?? value;
  }
  const minLength = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
  const maxLength = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Infinity;
  if (value.length < minLength) value = value.padEnd(minLength, "x");
  if (value.length > maxLength) value = value.slice(0, maxLength);
  return value;
}

/** Options for {@link synthesise}. */
export interface SynthesiseOptions {
  /** Which properties of objects to fill. */
  readonly fill: Fill;
  /** Make `format: binary` strings `Blob`s (multipart parts, binary bodies). Default false. */
  readonly binaryAsBlob?: boolean | undefined;
}

/** `allOf` folded into one schema: properties and `required` merged, other keywords the last one's. */
function mergeAllOf(root: unknown, schema: JsonObject): JsonObject {
  const parts = schema["allOf"];
  if (!Array.isArray(parts)) return schema;
  const { allOf: _, ...rest } = schema;
  let merged: JsonObject = {};
  for (const part of [...parts, rest]) {
    const resolved = resolveRef(root, part);
    if (!isObject(resolved)) continue;
    const flat = mergeAllOf(root, resolved);
    const properties = {
      ...(isObject(merged["properties"]) ? merged["properties"] : {}),
      ...(isObject(flat["properties"]) ? flat["properties"] : {}),
    };
    const required = [
      ...(Array.isArray(merged["required"]) ? merged["required"] : []),
      ...(Array.isArray(flat["required"]) ? flat["required"] : []),
    ];
    merged = { ...merged, ...flat, properties, required: [...new Set(required)] };
  }
  if (Object.keys(merged["properties"] as JsonObject).length === 0) delete merged["properties"];
  return merged;
}

/** The branch of a `oneOf`/`anyOf` to use: the first that is not just `null`. */
function chooseBranch(root: unknown, schema: JsonObject): { branch: JsonObject; ref: string | undefined } | undefined {
  const branches = Array.isArray(schema["oneOf"])
    ? schema["oneOf"]
    : Array.isArray(schema["anyOf"])
      ? schema["anyOf"]
      : undefined;
  if (branches === undefined) return undefined;
  for (const raw of branches) {
    const branch = resolveRef(root, raw);
    if (!isObject(branch)) continue;
    if (branch["type"] === "null" || (Array.isArray(branch["enum"]) && branch["enum"].every((e) => e === null)))
      continue;
    const ref = isObject(raw) && typeof raw["$ref"] === "string" ? raw["$ref"] : undefined;
    return { branch, ref };
  }
  return undefined;
}

/** The discriminator value that selects the branch named by `ref`. */
function discriminatorValue(
  schema: JsonObject,
  ref: string | undefined,
): { property: string; value: string } | undefined {
  const discriminator = schema["discriminator"];
  if (!isObject(discriminator) || typeof discriminator["propertyName"] !== "string" || ref === undefined)
    return undefined;
  const mapping = isObject(discriminator["mapping"]) ? discriminator["mapping"] : {};
  const key = Object.entries(mapping).find(([, target]) => target === ref)?.[0];
  return { property: discriminator["propertyName"], value: key ?? ref.slice(ref.lastIndexOf("/") + 1) };
}

/** A value that `schema` accepts, preferring the spec's own examples. See the module comment. */
export function synthesise(root: unknown, schema: unknown, options: SynthesiseOptions): unknown {
  return synthesiseAt(root, schema, options, 0);
}

function synthesiseAt(root: unknown, raw: unknown, options: SynthesiseOptions, depth: number): unknown {
  const resolved = resolveRef(root, raw);
  if (!isObject(resolved)) return "example";
  const schema = mergeAllOf(root, resolved);
  if ("const" in schema) return schema["const"];
  const example = schemaExample(root, schema);
  if (example !== undefined) return example.value;
  if (Array.isArray(schema["enum"])) {
    const first = schema["enum"].find((e) => e !== null);
    if (first !== undefined) return first;
  }
  if ("default" in schema && schema["default"] !== null && fitsSchema(root, schema, schema["default"]))
    return schema["default"];

  const choice = chooseBranch(root, schema);
  if (choice !== undefined) {
    const { oneOf: _one, anyOf: _any, ...parent } = schema;
    const combined = mergeAllOf(root, { allOf: [parent, choice.branch] });
    const value = synthesiseAt(root, combined, options, depth + 1);
    const discriminator = discriminatorValue(schema, choice.ref);
    if (discriminator !== undefined && isObject(value) && !(discriminator.property in value)) {
      return { ...value, [discriminator.property]: discriminator.value };
    }
    return value;
  }

  switch (mainType(schema)) {
    case "object":
      return synthesiseObject(root, schema, options, depth);
    case "array":
      return depth >= MAX_DEPTH ? [] : synthesiseArray(root, schema, options, depth);
    case "integer":
      return synthesiseNumber(schema, true);
    case "number":
      return synthesiseNumber(schema, false);
    case "boolean":
      return true;
    case "string":
      if (
        options.binaryAsBlob === true &&
        (schema["format"] === "binary" ||
          (typeof schema["contentMediaType"] === "string" && schema["contentEncoding"] === undefined))
      ) {
        return new Blob(["example"], { type: "application/octet-stream" });
      }
      return synthesiseString(schema);
    default:
      return "example";
  }
}

/**
 * One item (`fill: "required"`) or two (`"all"`, so a list's separator shows
 * on the wire), at least `minItems`, at most `maxItems`. Items of an enum take
 * its values in turn; `uniqueItems` with equal items keeps one.
 */
function synthesiseArray(root: unknown, schema: JsonObject, options: SynthesiseOptions, depth: number): unknown[] {
  const minItems = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
  const maxItems = typeof schema["maxItems"] === "number" ? schema["maxItems"] : Infinity;
  const count = Math.min(maxItems, Math.max(minItems, options.fill === "all" ? 2 : 1));
  const item = synthesiseAt(root, schema["items"], options, depth + 1);
  const itemSchema = resolveRef(root, schema["items"]);
  const choices =
    isObject(itemSchema) && Array.isArray(itemSchema["enum"]) ? itemSchema["enum"].filter((e) => e !== null) : [];
  const items = Array.from({ length: count }, (_, i) => (choices.length > 0 ? choices[i % choices.length] : item));
  const distinct = new Set(items.map((v) => fingerprint(v))).size;
  return schema["uniqueItems"] === true && distinct < items.length ? items.slice(0, Math.max(1, distinct)) : items;
}

function synthesiseObject(root: unknown, schema: JsonObject, options: SynthesiseOptions, depth: number): JsonObject {
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const required = new Set(
    Array.isArray(schema["required"]) ? schema["required"].filter((r): r is string => typeof r === "string") : [],
  );
  const value: JsonObject = {};
  // A schema that requires itself has no finite instance; stop rather than recurse forever.
  if (depth > MAX_DEPTH * 2) return value;
  for (const [name, property] of Object.entries(properties)) {
    const resolved = resolveRef(root, property);
    if (isObject(resolved) && resolved["readOnly"] === true) continue;
    const wanted = required.has(name) || (options.fill === "all" && depth < MAX_DEPTH);
    if (wanted) value[name] = synthesiseAt(root, property, options, depth + 1);
  }
  return value;
}

/** The values of an `examples` map (Example Objects, maybe `$ref`s), with their keys, in order. */
function namedExamples(root: unknown, examples: unknown): Array<{ key: string; value: unknown }> {
  if (!isObject(examples)) return [];
  const found: Array<{ key: string; value: unknown }> = [];
  for (const [key, raw] of Object.entries(examples)) {
    const example = resolveRef(root, raw);
    if (isObject(example) && "value" in example) found.push({ key, value: example["value"] });
  }
  return found;
}

/** The schema of a parameter: its `schema`, or that of its single `content` entry. */
function parameterSchema(parameter: JsonObject): unknown {
  if (parameter["schema"] !== undefined) return parameter["schema"];
  const content = parameter["content"];
  const media = isObject(content) ? Object.values(content)[0] : undefined;
  return isObject(media) ? media["schema"] : undefined;
}

/** The value for one parameter: its `example`, its first `examples` value, then its schema's. */
export function parameterValue(
  root: unknown,
  parameter: JsonObject,
  fill: Fill,
): { value: unknown; source: ParameterValue["source"] } {
  const schema = parameterSchema(parameter);
  const given = [
    ...("example" in parameter ? [parameter["example"]] : []),
    ...namedExamples(root, parameter["examples"]).map((e) => e.value),
  ];
  for (const value of given) {
    if (value !== undefined && fitsSchema(root, schema, value)) return { value, source: "example" };
  }
  const resolved = resolveRef(root, schema);
  const fromSchema = isObject(resolved) ? schemaExample(root, mergeAllOf(root, resolved)) : undefined;
  if (fromSchema !== undefined) return { value: fromSchema.value, source: "example" };
  return { value: synthesise(root, schema, { fill }), source: "synthesised" };
}

/** Whether a media type's values are sent as parts or raw bytes, where `format: binary` means a file. */
function binaryMedia(mediaType: string): boolean {
  return (
    mediaType.startsWith("multipart/") ||
    !(mediaType.includes("json") || mediaType.includes("x-www-form-urlencoded") || mediaType.startsWith("text/"))
  );
}

/** Every example a media type object gives (`example`, then each of `examples`), else none. */
export function mediaExamples(root: unknown, media: JsonObject): Array<{ source: string; value: unknown }> {
  const found: Array<{ source: string; value: unknown }> = [];
  if ("example" in media && media["example"] !== undefined) found.push({ source: "example", value: media["example"] });
  for (const { key, value } of namedExamples(root, media["examples"])) found.push({ source: `examples/${key}`, value });
  return found;
}

/**
 * The parameters of `path` + `method`, path-item ones overridden by the
 * operation's own (same name and location), `$ref`s resolved.
 */
export function operationParameters(root: unknown, path: string, method: string): JsonObject[] {
  const paths = isObject(root) && isObject(root["paths"]) ? root["paths"] : {};
  const pathItem = resolveRef(root, paths[path]);
  if (!isObject(pathItem)) throw new Error(`no path ${path} in the document`);
  const operation = pathItem[method.toLowerCase()];
  if (!isObject(operation)) throw new Error(`no ${method.toUpperCase()} ${path} in the document`);
  const byKey = new Map<string, JsonObject>();
  for (const list of [pathItem["parameters"], operation["parameters"]]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = resolveRef(root, raw);
      if (!isObject(parameter) || typeof parameter["name"] !== "string" || !LOCATIONS.includes(String(parameter["in"])))
        continue;
      if (parameter["in"] === "header" && IGNORED_HEADERS.includes(parameter["name"].toLowerCase())) continue;
      byKey.set(`${String(parameter["in"])}:${parameter["name"]}`, parameter);
    }
  }
  return [...byKey.values()];
}

/** The request body object of `path` + `method`, resolved, or undefined. */
function requestBodyOf(root: unknown, path: string, method: string): JsonObject | undefined {
  const paths = isObject(root) && isObject(root["paths"]) ? root["paths"] : {};
  const pathItem = resolveRef(root, paths[path]);
  const operation = isObject(pathItem) ? pathItem[method.toLowerCase()] : undefined;
  const body = isObject(operation) ? resolveRef(root, operation["requestBody"]) : undefined;
  return isObject(body) ? body : undefined;
}

/** Options for {@link operationCases}. */
export interface OperationCasesOptions {
  /** The body media type the client sends (the generator picks one of `content`); default the first. */
  readonly mediaType?: string | undefined;
}

/**
 * The calls to make for one operation, deduplicated:
 * - `required only`: required parameters; the body (if required) from its
 *   first example, else synthesised with required properties only;
 * - `all parameters`: every parameter; the body from its first example, else
 *   synthesised with every (writable) property;
 * - `body <source>`: every further named body example, with every parameter.
 */
export function operationCases(
  root: unknown,
  path: string,
  method: string,
  options: OperationCasesOptions = {},
): OperationCase[] {
  const parameters = operationParameters(root, path, method);
  const requestBody = requestBodyOf(root, path, method);
  const content = requestBody !== undefined && isObject(requestBody["content"]) ? requestBody["content"] : {};
  const mediaType = options.mediaType ?? Object.keys(content)[0];
  const media = mediaType === undefined ? undefined : content[mediaType];
  if (mediaType !== undefined && !isObject(media))
    throw new Error(`${method.toUpperCase()} ${path} has no ${mediaType} body`);

  const paramValues = (fill: Fill, all: boolean): ParameterValue[] =>
    parameters
      .filter((p) => all || p["required"] === true)
      .map((p) => {
        const { value, source } = parameterValue(root, p, fill);
        return {
          name: String(p["name"]),
          in: p["in"] as ParameterLocation,
          required: p["required"] === true,
          value,
          source,
        };
      });
  const examples = isObject(media) ? mediaExamples(root, media) : [];
  const bodyFor = (fill: Fill): BodyValue | undefined => {
    if (mediaType === undefined || !isObject(media)) return undefined;
    const [first] = examples;
    if (first !== undefined) return { mediaType, value: first.value, source: first.source };
    return {
      mediaType,
      value: synthesise(root, media["schema"], { fill, binaryAsBlob: binaryMedia(mediaType) }),
      source: "synthesised",
    };
  };

  const cases: OperationCase[] = [
    {
      name: "required only",
      parameters: paramValues("required", false),
      body: requestBody?.["required"] === true ? bodyFor("required") : undefined,
    },
    { name: "all parameters", parameters: paramValues("all", true), body: bodyFor("all") },
    ...examples.slice(1).map(({ source, value }) => ({
      name: `body ${source}`,
      parameters: paramValues("all", true),
      body: { mediaType: mediaType ?? "", value, source },
    })),
  ];
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = fingerprint({ parameters: c.parameters, body: c.body });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A JSON text of a case for deduplication; a `Blob` counts as its size and type. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Blob ? `Blob(${v.size},${v.type})` : v));
}

/**
 * The params object for a generated client method: each parameter under its
 * key (from the generated operation record, by wire name and location), the
 * body under `body`.
 */
export function toCallParams(
  testCase: OperationCase,
  keyOf: (name: string, location: ParameterLocation) => string | undefined,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const parameter of testCase.parameters) {
    const key = keyOf(parameter.name, parameter.in);
    if (key === undefined) throw new Error(`the client has no ${parameter.in} parameter ${parameter.name}`);
    params[key] = parameter.value;
  }
  if (testCase.body !== undefined) params["body"] = testCase.body.value;
  return params;
}
