/**
 * One operation to its IR record: method name, parameters by location, body,
 * success responses, security, pagination and docs. Types are indexed
 * accesses into openapi-typescript's `paths`, or a schema alias when the spec
 * names a component directly.
 */
import type { Pointer } from "../load/json-pointer.js";
import { componentName, resolveRef } from "../load/resolve-ref.js";
import type { BodySpec, FieldStyle, ParamSpec, ResponseSpec } from "../runtime/operation.js";
import { isObject, report, text, type ModelContext } from "./context.js";
import type { BodyModel, Docs, OperationModel, ParamModel, TypeRef } from "./ir.js";
import type { OperationSite } from "./list-operations.js";
import { chooseBodyMedia, chooseResponseMedia } from "./media-types.js";
import { NameRegistry, toCamelCase, toPascalCase } from "./names.js";
import { readBooleanExtension, readPagination } from "./read-extensions.js";
import { serverUrl } from "./server-url.js";

const LOCATIONS = ["path", "query", "header", "cookie"] as const;
type Location = (typeof LOCATIONS)[number];

/** What an operation needs from the rest of the model. */
export interface OperationScope {
  /** Method names already used in this operation's group. */
  readonly members: NameRegistry;
  /** `components.schemas` name → exported alias. */
  readonly schemaAliases: ReadonlyMap<string, string>;
  /** The document's default security. */
  readonly defaultSecurity: readonly (readonly string[])[];
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

function schemaRef(scope: OperationScope, schema: unknown, fallback: string): TypeRef {
  const name = componentName(schema, "schemas");
  const alias = name === undefined ? undefined : scope.schemaAliases.get(name);
  return alias === undefined ? { text: fallback, uses: [] } : { text: alias, uses: [alias] };
}

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

function propertiesOf(ctx: ModelContext, schema: unknown, at: Pointer): Set<string> | undefined {
  const { value } = resolveRef(ctx.root, schema, at);
  if (
    !isObject(value) ||
    !isObject(value["properties"]) ||
    value["allOf"] !== undefined ||
    value["oneOf"] !== undefined ||
    value["anyOf"] !== undefined
  )
    return undefined;
  return new Set(Object.keys(value["properties"]));
}

interface RawParam {
  readonly value: Record<string, unknown>;
  readonly pointer: Pointer;
}

/** Path-item parameters, overridden by operation parameters of the same name and location. */
function collectParams(ctx: ModelContext, site: OperationSite): RawParam[] {
  const byKey = new Map<string, RawParam>();
  const sources: Array<[unknown, Pointer]> = [
    [site.pathItem["parameters"], [...site.pathItemPointer, "parameters"]],
    [site.operation["parameters"], [...site.pointer, "parameters"]],
  ];
  for (const [list, at] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const { value, pointer } = resolveRef(ctx.root, raw, [...at, i]);
      if (!isObject(value) || typeof value["name"] !== "string" || !LOCATIONS.includes(value["in"] as Location)) {
        report(ctx, "error", [...at, i], "a parameter needs a string `name` and `in: path | query | header | cookie`");
        return;
      }
      byKey.set(`${String(value["in"])}:${value["name"]}`, { value, pointer });
    });
  }
  return [...byKey.values()];
}

function toParams(ctx: ModelContext, site: OperationSite, opRef: string, hasBody: boolean): ParamModel[] {
  const keys = new NameRegistry(hasBody ? ["body"] : [], { members: true });
  const raws = collectParams(ctx, site);
  // Claim keys in a stable order that prefers path, then query, so the common name stays bare.
  const ordered = LOCATIONS.flatMap((loc) => raws.filter((r) => r.value["in"] === loc));
  return ordered.map(({ value }) => {
    const name = value["name"] as string;
    const location = value["in"] as Location;
    const key = keys.has(name) ? keys.claim(`${location}_${name}`) : keys.claim(name);
    const style = typeof value["style"] === "string" ? (value["style"] as ParamSpec["style"]) : undefined;
    const spec: ParamSpec = {
      key,
      name,
      in: location,
      ...(style === undefined ? {} : { style }),
      ...(typeof value["explode"] === "boolean" ? { explode: value["explode"] } : {}),
      ...(value["allowReserved"] === true ? { allowReserved: true } : {}),
    };
    const schema = isObject(value["schema"]) ? value["schema"] : {};
    const example = value["example"] ?? (schema as Record<string, unknown>)["example"];
    return {
      spec,
      required: value["required"] === true || location === "path",
      type: { text: `NonNullable<${opRef}["parameters"][${lit(location)}]>[${lit(name)}]`, uses: [] },
      docs: { ...docsOf(value), example },
    };
  });
}

function toBody(ctx: ModelContext, site: OperationSite, opRef: string): BodyModel | undefined {
  const raw = site.operation["requestBody"];
  if (raw === undefined) return undefined;
  const { value } = resolveRef(ctx.root, raw, [...site.pointer, "requestBody"]);
  if (!isObject(value) || !isObject(value["content"])) return undefined;
  const chosen = chooseBodyMedia(value["content"]);
  if (chosen === undefined) return undefined;
  const media = (value["content"] as Record<string, unknown>)[chosen.key];
  const mediaObject = isObject(media) ? media : {};
  const partTypes: Record<string, string> = {};
  const fieldStyles: Record<string, FieldStyle> = {};
  const encodings = isObject(mediaObject["encoding"]) ? mediaObject["encoding"] : {};
  for (const [prop, enc] of Object.entries(encodings)) {
    if (!isObject(enc)) continue;
    if (chosen.encoding === "multipart" && typeof enc["contentType"] === "string") partTypes[prop] = enc["contentType"];
    // Form bodies follow the query rules for a property whose encoding names a style or explode.
    if (chosen.encoding === "form" && (typeof enc["style"] === "string" || typeof enc["explode"] === "boolean")) {
      fieldStyles[prop] = {
        ...(typeof enc["style"] === "string" ? { style: enc["style"] as NonNullable<FieldStyle["style"]> } : {}),
        ...(typeof enc["explode"] === "boolean" ? { explode: enc["explode"] } : {}),
      };
    }
  }
  const spec: BodySpec = {
    mediaType: chosen.media,
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
  return { spec, type: { text, uses: [] }, docs: docsOf(value) };
}

interface Responses {
  readonly specs: Record<string, ResponseSpec>;
  readonly type: TypeRef;
  readonly properties: Set<string> | undefined;
}

function toResponses(ctx: ModelContext, scope: OperationScope, site: OperationSite, opRef: string): Responses {
  const raw = isObject(site.operation["responses"]) ? site.operation["responses"] : {};
  const specs: Record<string, ResponseSpec> = {};
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
    else types.push(schemaRef(scope, schema, `${opRef}["responses"][${lit(status)}]["content"][${lit(chosen.media)}]`));
    properties ??= propertiesOf(ctx, schema, [...at, "content", chosen.media, "schema"]);
  }
  const unique = [...new Map(types.map((t) => [t.text, t])).values()];
  const type: TypeRef =
    unique.length === 0
      ? { text: "unknown", uses: [] }
      : { text: unique.map((t) => t.text).join(" | "), uses: unique.flatMap((t) => t.uses) };
  return { specs, type, properties };
}

function toSecurityRequirements(
  value: unknown,
  fallback: readonly (readonly string[])[],
): readonly (readonly string[])[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter(isObject).map((requirement) => Object.keys(requirement));
}

export function toOperation(ctx: ModelContext, scope: OperationScope, site: OperationSite): OperationModel {
  const { operation } = site;
  const id =
    typeof operation["operationId"] === "string" ? operation["operationId"] : deriveOperationId(site.method, site.path);
  const methodName = scope.members.claim(toCamelCase(id));
  const opRef = `paths[${lit(site.path)}][${lit(site.method)}]`;
  const body = toBody(ctx, site, opRef);
  const params = toParams(ctx, site, opRef, body !== undefined);
  const responses = toResponses(ctx, scope, site, opRef);
  const queryNames = new Set(params.filter((p) => p.spec.in === "query").map((p) => p.spec.name));
  const pagination = readPagination(
    ctx,
    operation["x-pagination"],
    [...site.pointer, "x-pagination"],
    queryNames,
    responses.properties,
  );
  const byWireName = new Map(params.map((p) => [p.spec.name, p.spec.key]));
  const pageSpec =
    pagination === undefined
      ? undefined
      : {
          ...pagination,
          page: byWireName.get(pagination.page) ?? pagination.page,
          ...(pagination.size === undefined ? {} : { size: byWireName.get(pagination.size) ?? pagination.size }),
        };
  return {
    id,
    methodName,
    paramsTypeName: ctx.exports.claim(`${toPascalCase(methodName)}Params`),
    // Module-local, but claimed globally so it can never shadow an imported alias.
    constName: ctx.exports.claim(`${methodName}Operation`),
    method: site.method.toUpperCase(),
    path: site.path,
    server: serverUrl(operation["servers"]) ?? serverUrl(site.pathItem["servers"]),
    params,
    body,
    responses: responses.specs,
    responseType: responses.type,
    errors: Object.keys(isObject(operation["responses"]) ? operation["responses"] : {})
      .filter((status) => /^[45](\d\d|XX)$/i.test(status))
      .map((status) => status.toUpperCase())
      .sort(),
    security: toSecurityRequirements(operation["security"], scope.defaultSecurity),
    retrySafe: readBooleanExtension(ctx, operation["x-retry-safe"], [...site.pointer, "x-retry-safe"], "x-retry-safe"),
    pagination:
      pageSpec === undefined
        ? undefined
        : {
            spec: pageSpec,
            itemType: {
              text: `NonNullable<${parenthesised(responses.type.text)}[${lit(pageSpec.items)}]>[number]`,
              uses: responses.type.uses,
            },
          },
    docs: docsOf(operation),
  };
}
