/**
 * One operation to its IR record: method name, parameters by location, body,
 * success responses, security, pagination and docs. Types are indexed
 * accesses into openapi-typescript's `paths`, or a schema alias when the spec
 * names a component directly.
 */
import type { Pointer } from "../load/json-pointer.js";
import { componentName, resolveRef } from "../load/resolve-ref.js";
import type { BodySpec, FieldStyle, ParamSpec, ResponseSpec, StreamSpec } from "../runtime/operation.js";
import { isObject, report, text, type ModelContext } from "./context.js";
import type { BodyModel, Docs, OperationModel, ParamModel, PayloadRef, TypeRef } from "./ir.js";
import type { OperationSite } from "../load/list-operations.js";
import { querystringContent, siteParameters, type SiteParameter } from "../load/querystring-param.js";
import {
  chooseBodyMedia,
  chooseResponseMedia,
  chooseStreamMedia,
  isJsonMedia,
  jsonSequenceFraming,
} from "./media-types.js";
import { isObjectMemberName, NameRegistry, toCamelCase, toPascalCase } from "./names.js";
import { readBooleanExtension, readPagination, readStreamParameter, readStreamTerminator } from "./read-extensions.js";
import { serverUrl } from "./server-url.js";
import { successSummary } from "./response-summary.js";
import { firstExample } from "./example-values.js";

const LOCATIONS = ["path", "query", "header", "cookie", "querystring"] as const;
type Location = (typeof LOCATIONS)[number];

/** What an operation needs from the rest of the model. */
export interface OperationScope {
  /** `components.schemas` name → exported alias. */
  readonly schemaAliases: ReadonlyMap<string, string>;
  /** Component schemas openapi-typescript gives a required discriminator property (see discriminated-schemas.ts). */
  readonly discriminated: ReadonlySet<string>;
  /** The document's default security. */
  readonly defaultSecurity: readonly (readonly string[])[];
  /** The document's `x-idempotency-header`, for every operation whose method is not safe. */
  readonly idempotencyHeader?: string | undefined;
}

/** A type that can be indexed as written: unions need parentheses. */
function parenthesised(type: string): string {
  return type.includes("|") ? `(${type})` : type;
}

function lit(value: string): string {
  return JSON.stringify(value);
}

/** `GET /users/{id}/repos` → `getUsersByIdRepos`. */
export function deriveOperationId(method: string, path: string): string {
  const parts = path
    .split("/")
    .filter((p) => p !== "")
    .map((p) => (p.startsWith("{") ? `by ${p.slice(1, -1)}` : p));
  return toCamelCase(`${method} ${parts.join(" ")}`);
}

function docsOf(value: Record<string, unknown>): Docs {
  const externalDocs = value["externalDocs"];
  return {
    summary: text(value["summary"]),
    description: text(value["description"]),
    deprecated: value["deprecated"] === true,
    see: isObject(externalDocs) ? text(externalDocs["url"]) : undefined,
  };
}

/** The alias of a schema that is a `$ref` to a named component, or of an array of one (`Thread[]`). */
function schemaRef(scope: OperationScope, schema: unknown, fallback: string): TypeRef {
  const name = componentName(schema, "schemas");
  const alias = name === undefined ? undefined : scope.schemaAliases.get(name);
  if (alias !== undefined) return { text: alias, uses: [alias] };
  if (isObject(schema) && schema["type"] === "array" && Object.keys(schema).every((k) => ARRAY_KEYS.has(k))) {
    const itemName = componentName(schema["items"], "schemas");
    const itemAlias = itemName === undefined ? undefined : scope.schemaAliases.get(itemName);
    if (itemAlias !== undefined) return { text: `${itemAlias}[]`, uses: [itemAlias] };
  }
  return { text: fallback, uses: [] };
}

/** Keys of an array schema that do not change its TypeScript type. */
const ARRAY_KEYS = new Set(["type", "items", "description", "title", "example", "examples", "minItems", "maxItems"]);

/** The top-level JSON type a schema promises, when it promises exactly one. */
function shapeOf(ctx: ModelContext, schema: unknown, at: Pointer): ResponseSpec["shape"] {
  const { value } = resolveRef(ctx.root, schema, at);
  if (!isObject(value) || value["nullable"] === true) return undefined;
  const type = value["type"];
  if (
    type === "object" ||
    (type === undefined &&
      isObject(value["properties"]) &&
      value["allOf"] === undefined &&
      value["oneOf"] === undefined &&
      value["anyOf"] === undefined)
  )
    return "object";
  if (type === "array") return "array";
  if (type === "string" && value["format"] !== "binary") return "string";
  if (type === "integer" || type === "number") return "number";
  if (type === "boolean") return "boolean";
  return undefined;
}

/** The properties of an object schema with nothing that makes its type other than those properties. */
function objectSchema(ctx: ModelContext, schema: unknown, at: Pointer): Record<string, unknown> | undefined {
  const { value } = resolveRef(ctx.root, schema, at);
  if (
    !isObject(value) ||
    !isObject(value["properties"]) ||
    value["allOf"] !== undefined ||
    value["oneOf"] !== undefined ||
    value["anyOf"] !== undefined ||
    value["nullable"] === true ||
    (value["type"] !== undefined && value["type"] !== "object")
  )
    return undefined;
  return value;
}

function propertiesOf(ctx: ModelContext, schema: unknown, at: Pointer): Set<string> | undefined {
  const value = objectSchema(ctx, schema, at);
  return value === undefined ? undefined : new Set(Object.keys(value["properties"] as object));
}

/** Path-item parameters, overridden by operation parameters of the same name and location; a malformed one is reported. */
function collectParams(ctx: ModelContext, site: OperationSite): SiteParameter[] {
  return siteParameters(ctx.root, site, (value, listedAt): value is Record<string, unknown> => {
    if (isObject(value) && typeof value["name"] === "string" && LOCATIONS.includes(value["in"] as Location)) return true;
    report(
      ctx,
      "error",
      listedAt,
      "a parameter needs a string `name` and `in: path | query | header | cookie` (or `querystring` in OpenAPI 3.2)",
    );
    return false;
  });
}

/** `string`, `number`, `boolean` or a union of string literals, for a schema that is exactly that. */
function plainType(ctx: ModelContext, schema: unknown, at: Pointer): string | undefined {
  const { value } = resolveRef(ctx.root, schema, [...at, "schema"]);
  if (!isObject(value)) return undefined;
  const known = new Set([
    "type",
    "format",
    "description",
    "title",
    "example",
    "examples",
    "enum",
    "pattern",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "default",
  ]);
  if (!Object.keys(value).every((k) => known.has(k) || k.startsWith("x-"))) return undefined;
  const type = value["type"];
  const values = value["enum"];
  if (Array.isArray(values)) {
    return type === "string" && values.length > 0 && values.every((v) => typeof v === "string")
      ? values.map((v) => JSON.stringify(v)).join(" | ")
      : undefined;
  }
  if (type === "string" && value["format"] !== "binary") return "string";
  if (type === "integer" || type === "number") return "number";
  if (type === "boolean") return "boolean";
  return undefined;
}

/** Where a path parameter first appears in the template, for the order of positional arguments. */
function pathPosition(path: string, name: string): number {
  const at = path.indexOf(`{${name}}`);
  return at === -1 ? Number.MAX_SAFE_INTEGER : at;
}

/**
 * Parameters in call order: path parameters as positional arguments (in the
 * order the path names them, each keyed by its argument name), then query,
 * header and cookie parameters keyed by wire name. `taken` holds keys the body
 * claims (`body`), so a parameter never shadows it; `constName` is the
 * module's record the method passes on, so no argument shadows that either.
 */
function toParams(
  ctx: ModelContext,
  scope: OperationScope,
  site: OperationSite,
  raws: readonly SiteParameter[],
  opRef: string,
  taken: readonly string[],
  constName: string,
): ParamModel[] {
  // A path argument is a local of the method, whose body names the operation's record: it must not shadow it.
  const args = new NameRegistry(["params", "options", constName]);
  const keys = new NameRegistry(taken, { kind: "key" });
  const pathRaws = raws
    .filter((r) => r.value["in"] === "path")
    .sort(
      (a, b) => pathPosition(site.path, a.value["name"] as string) - pathPosition(site.path, b.value["name"] as string),
    );
  const ordered = [...pathRaws, ...LOCATIONS.slice(1).flatMap((loc) => raws.filter((r) => r.value["in"] === loc))];
  // Argument names first, so a query parameter of the same spelling gets the prefixed key.
  const argNames = new Map(pathRaws.map((r) => [r, keys.claim(args.claim(toCamelCase(r.value["name"] as string)))]));
  return ordered.map((raw) => {
    const { value } = raw;
    const name = value["name"] as string;
    const location = value["in"] as Location;
    const key = argNames.get(raw) ?? (keys.has(name) ? keys.claim(`${location}_${name}`) : keys.claim(name));
    const refused = argNames.has(raw) ? undefined : keys.unusable(name);
    if (refused !== undefined) {
      report(
        ctx,
        "warning",
        [...raw.pointer, "name"],
        `the ${location} parameter \`${name}\` ${refused}, so callers pass it as \`${key}\` (it is still sent as \`${name}\`)`,
        "nothing to change unless you prefer another key: only how callers name it in the params object differs",
      );
    }
    const style = typeof value["style"] === "string" ? (value["style"] as ParamSpec["style"]) : undefined;
    const spec: ParamSpec = {
      key,
      name,
      in: location,
      ...(style === undefined ? {} : { style }),
      ...(typeof value["explode"] === "boolean" ? { explode: value["explode"] } : {}),
      ...(value["allowReserved"] === true ? { allowReserved: true } : {}),
    };
    if (location === "querystring") return toQuerystringParam(scope, raw, spec, opRef);
    const schema = isObject(value["schema"]) ? value["schema"] : {};
    const named = firstExample(ctx.root, value["examples"]);
    const example = value["example"] ?? named.data ?? (schema as Record<string, unknown>)["example"];
    const indexed = `NonNullable<${opRef}["parameters"][${lit(location)}]>[${lit(name)}]`;
    return {
      spec,
      required: value["required"] === true || location === "path",
      // A positional argument reads best as a plain type; the indexed access stays for anything richer.
      type: { text: (location === "path" ? plainType(ctx, schema, raw.pointer) : undefined) ?? indexed, uses: [] },
      docs: { ...docsOf(value), example, wireExample: named.serialized },
    };
  });
}

/**
 * The querystring parameter (OpenAPI 3.2): one value, the whole query string,
 * written as its `content` media type says (the check stage refused any other
 * shape). openapi-typescript reads no `in: querystring`, so its type is the
 * schema's alias, else the one the types copy gives it (see types-beyond-31.ts).
 */
function toQuerystringParam(scope: OperationScope, raw: SiteParameter, spec: ParamSpec, opRef: string): ParamModel {
  const content = querystringContent(raw.value);
  const schema = content?.schema;
  const example = raw.value["example"] ?? (isObject(schema) ? schema["example"] : undefined);
  const fallback = `NonNullable<${opRef}["parameters"]["querystring"]>[${lit(spec.name)}]`;
  const encoding = content?.encoding ?? "form";
  const fieldStyles = encoding === "form" ? formFieldStyles(content?.fieldEncodings ?? {}) : {};
  return {
    spec: { ...spec, encoding, ...(Object.keys(fieldStyles).length > 0 ? { fieldStyles } : {}) },
    required: raw.value["required"] === true,
    type: schemaRef(scope, schema, fallback),
    docs: { ...docsOf(raw.value), example },
  };
}

/**
 * Whether an object type requires some property: one the schema lists as
 * required, or one with a `default`, which openapi-typescript (run with
 * `defaultNonNullable`, see emit-types.ts) also types as required.
 */
function hasRequiredProperty(ctx: ModelContext, object: Record<string, unknown>): boolean {
  if (Array.isArray(object["required"]) && object["required"].length > 0) return true;
  return Object.entries(object["properties"] as Record<string, unknown>).some(([name, property]) => {
    // A `default` may sit beside a `$ref` (telnyx) or in the schema it names.
    if (isObject(property) && property["default"] !== undefined) return true;
    const { value } = resolveRef(ctx.root, property, ["properties", name]);
    return isObject(value) && value["default"] !== undefined;
  });
}

/**
 * Whether an object body's properties can sit beside the parameters in the
 * params object: only when none shares a name with a parameter (wire name or
 * key), the type is exactly those properties (the index signature of a typed
 * or `false` `additionalProperties` would clash with the parameters' types), and an
 * optional body has no required property (else leaving it out would not type-check).
 * Nor may a property be named like one of Object's own members (`constructor`):
 * the params object defaults to `{}`, which TypeScript would then refuse.
 */
function canFlatten(
  ctx: ModelContext,
  schema: unknown,
  at: Pointer,
  required: boolean,
  paramNames: ReadonlySet<string>,
  discriminated: ReadonlySet<string>,
): boolean {
  const value = objectSchema(ctx, schema, at);
  if (value === undefined) return false;
  const extra = value["additionalProperties"];
  if (extra !== undefined && extra !== true && !(isObject(extra) && Object.keys(extra).length === 0)) return false;
  // A free-form object (no named property, any others) is clearer as a whole `body`.
  if (Object.keys(value["properties"] as object).length === 0 && extra !== undefined) return false;
  const name = componentName(schema, "schemas");
  if (!required && (hasRequiredProperty(ctx, value) || (name !== undefined && discriminated.has(name)))) return false;
  return Object.keys(value["properties"] as object).every((name) => !paramNames.has(name) && !isObjectMemberName(name));
}

/**
 * A form's field styles, from its media type's `encoding` map: a field whose
 * entry names a style or explode follows the query rules (a form body's, and a
 * form querystring's, which is the same text after the `?`).
 */
function formFieldStyles(encodings: Record<string, unknown>): Record<string, FieldStyle> {
  const styles: Record<string, FieldStyle> = {};
  for (const [field, enc] of Object.entries(encodings)) {
    if (!isObject(enc) || (typeof enc["style"] !== "string" && typeof enc["explode"] !== "boolean")) continue;
    const value: FieldStyle = {
      ...(typeof enc["style"] === "string" ? { style: enc["style"] as NonNullable<FieldStyle["style"]> } : {}),
      ...(typeof enc["explode"] === "boolean" ? { explode: enc["explode"] } : {}),
    };
    // Defined, not assigned: an encoding entry named `__proto__` would otherwise set the record's prototype.
    Object.defineProperty(styles, field, { value, enumerable: true, writable: true, configurable: true });
  }
  return styles;
}

function toBody(
  ctx: ModelContext,
  scope: OperationScope,
  site: OperationSite,
  opRef: string,
  paramNames: ReadonlySet<string>,
): BodyModel | undefined {
  const raw = site.operation["requestBody"];
  if (raw === undefined) return undefined;
  const { value } = resolveRef(ctx.root, raw, [...site.pointer, "requestBody"]);
  if (!isObject(value) || !isObject(value["content"])) return undefined;
  const chosen = chooseBodyMedia(value["content"]);
  if (chosen === undefined) return undefined;
  const media = (value["content"] as Record<string, unknown>)[chosen.key];
  const mediaObject = isObject(media) ? media : {};
  const schemaAt = [...site.pointer, "requestBody", "content", chosen.key, "schema"];
  const flat =
    (chosen.encoding === "json" || chosen.encoding === "form" || chosen.encoding === "multipart") &&
    canFlatten(ctx, mediaObject["schema"], schemaAt, value["required"] === true, paramNames, scope.discriminated);
  const partTypes: Record<string, string> = {};
  const encodings = isObject(mediaObject["encoding"]) ? mediaObject["encoding"] : {};
  for (const [prop, enc] of Object.entries(encodings)) {
    if (chosen.encoding === "multipart" && isObject(enc) && typeof enc["contentType"] === "string") {
      // Defined, not assigned: an encoding entry named `__proto__` would otherwise set the record's prototype.
      Object.defineProperty(partTypes, prop, {
        value: enc["contentType"],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const fieldStyles = chosen.encoding === "form" ? formFieldStyles(encodings) : {};
  const spec: BodySpec = {
    mediaType: chosen.media,
    ...(flat ? { flat: true } : {}),
    encoding: chosen.encoding,
    required: value["required"] === true,
    ...(Object.keys(partTypes).length > 0 ? { partTypes } : {}),
    ...(Object.keys(fieldStyles).length > 0 ? { fieldStyles } : {}),
  };
  const documented = `NonNullable<${opRef}["requestBody"]>["content"][${lit(chosen.key)}]`;
  // Raw bodies are sent as they are, so any binary or text form fetch accepts is welcome.
  const text =
    chosen.encoding === "binary"
      ? "Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string"
      : chosen.encoding === "text"
        ? "string"
        : documented;
  const named = chosen.encoding === "json" || chosen.encoding === "form" || chosen.encoding === "multipart";
  const type = named ? schemaRef(scope, mediaObject["schema"], documented) : { text, uses: [] };
  const object = flat ? objectSchema(ctx, mediaObject["schema"], schemaAt) : undefined;
  const properties = object === undefined ? [] : Object.keys(object["properties"] as object);
  const component = componentName(mediaObject["schema"], "schemas");
  const requiredProperties =
    object !== undefined &&
    (hasRequiredProperty(ctx, object) || (component !== undefined && scope.discriminated.has(component)));
  const wireExample = firstExample(ctx.root, mediaObject["examples"]).serialized;
  const payload =
    chosen.encoding === "json" && mediaObject["schema"] !== undefined
      ? { pointer: resolveRef(ctx.root, mediaObject["schema"], schemaAt).pointer, type: documented }
      : undefined;
  return { spec, type, properties, requiredProperties, payload, docs: { ...docsOf(value), wireExample } };
}

interface Responses {
  readonly specs: Record<string, ResponseSpec>;
  readonly payloads: Record<string, PayloadRef>;
  readonly type: TypeRef;
  readonly properties: Set<string> | undefined;
}

function toResponses(ctx: ModelContext, scope: OperationScope, site: OperationSite, opRef: string): Responses {
  const raw = isObject(site.operation["responses"]) ? site.operation["responses"] : {};
  const specs: Record<string, ResponseSpec> = {};
  const payloads: Record<string, PayloadRef> = {};
  const types: TypeRef[] = [];
  let properties: Set<string> | undefined;
  // With no 2xx documented, `default` describes the success (a common shorthand).
  const hasSuccess = Object.keys(raw).some((status) => /^2(\d\d|XX)$/i.test(status));
  for (const [status, response] of Object.entries(raw)) {
    if (!/^2(\d\d|XX)$/i.test(status) && !(status === "default" && !hasSuccess)) continue;
    const at = [...site.pointer, "responses", status];
    const { value } = resolveRef(ctx.root, response, at);
    const content = isObject(value) && isObject(value["content"]) ? value["content"] : {};
    const chosen = chooseResponseMedia(content);
    if (chosen === undefined || status === "204" || status === "205") {
      specs[status] = { kind: "void" };
      types.push({ text: "undefined", uses: [] });
      continue;
    }
    const media = content[chosen.media];
    const schema = isObject(media) ? media["schema"] : undefined;
    const shape = chosen.kind === "json" ? shapeOf(ctx, schema, [...at, "content", chosen.media, "schema"]) : undefined;
    specs[status] = shape === undefined ? { kind: chosen.kind } : { kind: chosen.kind, shape };
    if (chosen.kind === "binary") types.push({ text: "Blob", uses: [] });
    else if (chosen.kind === "text") types.push({ text: "string", uses: [] });
    else {
      const documented = `${opRef}["responses"][${lit(status)}]["content"][${lit(chosen.media)}]`;
      types.push(schemaRef(scope, schema, documented));
      if (schema !== undefined) {
        payloads[status] = { pointer: resolveRef(ctx.root, schema, [...at, "content", chosen.media, "schema"]).pointer, type: documented };
      }
    }
    properties ??= propertiesOf(ctx, schema, [...at, "content", chosen.media, "schema"]);
  }
  const unique = [...new Map(types.map((t) => [t.text, t])).values()];
  const type: TypeRef =
    unique.length === 0
      ? { text: "unknown", uses: [] }
      : { text: unique.map((t) => t.text).join(" | "), uses: unique.flatMap((t) => t.uses) };
  return { specs, payloads, type, properties };
}

/**
 * How each event's `data` is read and typed. OpenAPI 3.2's `itemSchema`
 * describes a whole event (`data`, `event`, `id`, `retry`): its `data` is JSON
 * when it names `contentMediaType: application/json`, typed by `contentSchema`.
 * An `itemSchema` without a `data` property, or a plain `schema` (as documents
 * written before 3.2 give it), describes the data itself: JSON unless it is a string.
 */
function eventData(
  ctx: ModelContext,
  scope: OperationScope,
  media: Record<string, unknown>,
  at: Pointer,
  fallback: string,
): { data: StreamSpec["data"]; type: TypeRef } {
  const text = { data: "text", type: { text: "string", uses: [] } } as const;
  const item = resolveRef(ctx.root, media["itemSchema"], [...at, "itemSchema"]).value;
  let schema: unknown = media["schema"];
  let schemaAt: Pointer = [...at, "schema"];
  // openapi-typescript does not read `itemSchema`: only a named component gives a type.
  let typeFallback = fallback;
  if (isObject(item)) {
    const properties = isObject(item["properties"]) ? item["properties"] : undefined;
    const data = properties === undefined ? undefined : resolveRef(ctx.root, properties["data"], at).value;
    typeFallback = "unknown";
    if (isObject(data)) {
      const mediaType = data["contentMediaType"];
      if (typeof mediaType !== "string" || !isJsonMedia(mediaType)) return text;
      schema = data["contentSchema"];
      if (schema === undefined) return { data: "json", type: { text: "unknown", uses: [] } };
    } else {
      schema = media["itemSchema"];
      schemaAt = [...at, "itemSchema"];
    }
  }
  if (schema === undefined) return text;
  const { value } = resolveRef(ctx.root, schema, schemaAt);
  if (isObject(value) && value["type"] === "string" && value["contentMediaType"] === undefined) return text;
  return { data: "json", type: schemaRef(scope, schema, typeFallback) };
}

/**
 * The operation's stream, when a success documents `text/event-stream` or a
 * JSON sequence with an `itemSchema`. When the same status also offers
 * another media type, the spec must say which request parameter asks for the
 * stream (`x-stream-parameter`); without it the operation stays a plain
 * call, with a warning.
 */
function toStream(
  ctx: ModelContext,
  scope: OperationScope,
  site: OperationSite,
  opRef: string,
  requestKeys: ReadonlyMap<string, string>,
  body: BodyModel | undefined,
): OperationModel["stream"] {
  const { operation } = site;
  const raw = isObject(operation["responses"]) ? operation["responses"] : {};
  const selectorAt = [...site.pointer, "x-stream-parameter"];
  for (const [status, response] of Object.entries(raw)) {
    if (!/^2(\d\d|XX)$/i.test(status)) continue;
    const at = [...site.pointer, "responses", status];
    const { value } = resolveRef(ctx.root, response, at);
    const content = isObject(value) && isObject(value["content"]) ? value["content"] : {};
    const key = chooseStreamMedia(content);
    if (key === undefined) continue;
    const media = isObject(content[key]) ? content[key] : {};
    const mediaAt = [...at, "content", key];
    const terminator =
      readStreamTerminator(ctx, operation["x-stream-terminator"], [...site.pointer, "x-stream-terminator"]) ??
      readStreamTerminator(ctx, media["x-stream-terminator"], [...mediaAt, "x-stream-terminator"]);
    const bodyProperties =
      body === undefined || body.spec.flat === true ? new Set<string>() : bodyPropertyNames(ctx, site);
    const selector = readStreamParameter(ctx, operation["x-stream-parameter"], selectorAt, requestKeys, bodyProperties);
    if (Object.keys(content).length > 1 && selector === undefined) {
      if (operation["x-stream-parameter"] === undefined) {
        report(
          ctx,
          "warning",
          [...at, "content"],
          `${status} offers ${key} beside ${Object.keys(content)
            .filter((m) => m !== key)
            .join(", ")}, but nothing says which request asks for the stream, so the method returns only the other`,
          "name the boolean body property or query parameter that asks for it, e.g. `x-stream-parameter: stream` on the operation",
        );
      }
      return undefined;
    }
    // The media type without parameters: the runtime asks for it by name and reads its framing from it.
    const items = jsonSequenceFraming(key) === undefined ? undefined : key.split(";")[0]!.trim().toLowerCase();
    // openapi-typescript does not read `itemSchema`: only a named component gives an item a type.
    const { data, type } =
      items === undefined
        ? eventData(ctx, scope, media, mediaAt, `${opRef}["responses"][${lit(status)}]["content"][${lit(key)}]`)
        : { data: "json" as const, type: schemaRef(scope, media["itemSchema"], "unknown") };
    const spec: StreamSpec = {
      data,
      ...(items === undefined ? {} : { items }),
      ...(terminator === undefined ? {} : { terminator }),
      ...(selector === undefined ? {} : { selector: selector.key }),
      ...(selector?.inBody === true ? { selectorIn: "body" as const } : {}),
    };
    return { spec, className: items === undefined ? "EventStream" : "ItemStream", eventType: type };
  }
  if (operation["x-stream-parameter"] !== undefined || operation["x-stream-terminator"] !== undefined) {
    report(
      ctx,
      "error",
      operation["x-stream-parameter"] !== undefined ? selectorAt : [...site.pointer, "x-stream-terminator"],
      "this operation has no 2xx response offering text/event-stream to stream",
      "add `text/event-stream` to the success response's content, or remove the extension",
    );
  }
  return undefined;
}

/** The top-level properties of a JSON request body, its `allOf` members' included (OpenAI's bodies are `allOf`s). */
function bodyPropertyNames(ctx: ModelContext, site: OperationSite): Set<string> {
  const names = new Set<string>();
  const { value: body } = resolveRef(ctx.root, site.operation["requestBody"], [...site.pointer, "requestBody"]);
  const content = isObject(body) && isObject(body["content"]) ? body["content"] : {};
  const json = Object.keys(content).find(isJsonMedia);
  const media = json === undefined ? undefined : content[json];
  const visit = (schema: unknown, depth: number): void => {
    const { value } = resolveRef(ctx.root, schema, [...site.pointer, "requestBody"]);
    if (!isObject(value) || depth > 8) return;
    if (isObject(value["properties"])) for (const name of Object.keys(value["properties"])) names.add(name);
    if (Array.isArray(value["allOf"])) for (const member of value["allOf"]) visit(member, depth + 1);
  };
  if (isObject(media)) visit(media["schema"], 0);
  return names;
}

/** Methods that change nothing on the server: a document-wide idempotency header skips them. */
const SAFE_METHODS = new Set(["get", "head", "options", "trace", "query"]);

/** The header an idempotency key goes in: a header parameter named for it, else the document's. */
function idempotencyHeaderOf(
  scope: OperationScope,
  site: OperationSite,
  params: readonly ParamModel[],
): string | undefined {
  const declared = params.find((p) => p.spec.in === "header" && /^(x-)?idempotency-key$/i.test(p.spec.name));
  if (declared !== undefined) return declared.spec.name;
  return SAFE_METHODS.has(site.method.toLowerCase()) ? undefined : scope.idempotencyHeader;
}

function toSecurityRequirements(
  value: unknown,
  fallback: readonly (readonly string[])[],
): readonly (readonly string[])[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter(isObject).map((requirement) => Object.keys(requirement));
}

/** Where an operation sits in the client, decided with its resource. */
export interface Placement {
  /** The method name, e.g. `getByGraphId`. */
  readonly methodName: string;
  /** PascalCase prefix for its exported names: the resource path for `x-sdk-method` operations, else empty. */
  readonly namePrefix: string;
}

/** The item type of a page type: `Thread` for `Thread[]`, else an indexed access. */
function itemType(pageType: TypeRef, itemsKey: string | undefined): TypeRef {
  if (itemsKey !== undefined) {
    return { text: `NonNullable<${parenthesised(pageType.text)}[${lit(itemsKey)}]>[number]`, uses: pageType.uses };
  }
  const element = /^([\p{ID_Start}_$][\p{ID_Continue}$]*)\[\]$/u.exec(pageType.text)?.[1];
  return element === undefined
    ? { text: `${parenthesised(pageType.text)}[number]`, uses: pageType.uses }
    : { text: element, uses: pageType.uses };
}

export function toOperation(
  ctx: ModelContext,
  scope: OperationScope,
  site: OperationSite,
  placement: Placement,
): OperationModel {
  const { operation } = site;
  const id =
    typeof operation["operationId"] === "string" ? operation["operationId"] : deriveOperationId(site.method, site.path);
  const { methodName, namePrefix } = placement;
  const opRef = `paths[${lit(site.path)}][${lit(site.method)}]`;
  // Read once: reading reports malformed parameters.
  const raws = collectParams(ctx, site);
  // Every name a parameter may take in the params object, so an object body's properties never shadow one.
  const paramNames = new Set(
    raws.flatMap(({ value }) => {
      const name = value["name"] as string;
      return value["in"] === "path" ? [name, toCamelCase(name)] : [name, `${String(value["in"])}_${name}`];
    }),
  );
  const body = toBody(ctx, scope, site, opRef, paramNames);
  const exportPrefix = `${namePrefix}${toPascalCase(methodName)}`;
  // Module-local, but claimed globally so it can never shadow an imported alias.
  const constName = ctx.exports.claim(`${toCamelCase(exportPrefix)}Operation`);
  const params = toParams(ctx, scope, site, raws, opRef, body === undefined || body.spec.flat === true ? [] : ["body"], constName);
  const responses = toResponses(ctx, scope, site, opRef);
  const requestKeys = new Map<string, string>();
  for (const p of params) if (p.spec.in === "query") requestKeys.set(p.spec.name, p.spec.key);
  for (const name of body?.properties ?? []) requestKeys.set(name, name);
  const pagination = readPagination(ctx, operation["x-pagination"], [...site.pointer, "x-pagination"], {
    requestKeys,
    responseProperties: responses.properties,
    responseIsArray: Object.values(responses.specs).some((r) => r.shape === "array"),
  });
  return {
    id,
    methodName,
    paramsTypeName: ctx.exports.claim(`${exportPrefix}Params`),
    bodyTypeName:
      body?.spec.flat === true && body.type.uses.length === 0 && body.properties.length > 0
        ? ctx.exports.claim(`${exportPrefix}Body`)
        : undefined,
    constName,
    method: site.httpMethod,
    specKey: site.key,
    path: site.path,
    server: serverUrl(operation["servers"]) ?? serverUrl(site.pathItem["servers"]),
    params,
    body,
    responses: responses.specs,
    responsePayloads: responses.payloads,
    responseType: responses.type,
    errors: Object.keys(isObject(operation["responses"]) ? operation["responses"] : {})
      .filter((status) => /^[45](\d\d|XX)$/i.test(status))
      .map((status) => status.toUpperCase())
      .sort(),
    security: toSecurityRequirements(operation["security"], scope.defaultSecurity),
    retrySafe: readBooleanExtension(ctx, operation["x-retry-safe"], [...site.pointer, "x-retry-safe"], "x-retry-safe"),
    pagination:
      pagination === undefined ? undefined : { spec: pagination, itemType: itemType(responses.type, pagination.items) },
    stream: toStream(ctx, scope, site, opRef, requestKeys, body),
    idempotencyHeader: idempotencyHeaderOf(scope, site, params),
    docs: { ...docsOf(operation), returns: successSummary(ctx.root, operation["responses"], [...site.pointer, "responses"]) },
  };
}
