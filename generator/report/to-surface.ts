/**
 * The client model and its document to the client's caller-visible surface
 * (surface.ts): what each method takes and gives, resolved from the schemas.
 * Names come from the model (they are decided there); types and locations
 * from the document the model was built from.
 */
import { getAt, type Pointer } from "../load/json-pointer.js";
import { resolveRef } from "../load/resolve-ref.js";
import type { ClientModel, OperationModel } from "../model/ir.js";
import { chooseBodyMedia, chooseResponseMedia, chooseStreamMedia } from "../model/media-types.js";
import { describeSchema, type DescribeContext } from "./describe-schema.js";
import {
  SURFACE_FORMAT,
  type ApiSurface,
  type ArgumentDesc,
  type MethodDesc,
  type ParamDesc,
  type TypeDesc,
} from "./surface.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `at` (read through `$ref`s), or an empty one. */
function objectAt(ctx: DescribeContext, value: unknown, at: Pointer): Record<string, unknown> {
  const resolved = resolveRef<unknown>(ctx.root, value, at).value;
  return isObject(resolved) ? resolved : {};
}

/** A parameter object's schema, or that of its first `content` entry. */
function parameterType(ctx: DescribeContext, parameter: Record<string, unknown>, at: Pointer): TypeDesc {
  if (parameter["schema"] !== undefined) return describeSchema(ctx, parameter["schema"], [...at, "schema"]);
  const content = isObject(parameter["content"]) ? parameter["content"] : {};
  const media = Object.keys(content)[0];
  if (media === undefined) return { type: "unknown", at };
  const entry = objectAt(ctx, content[media], [...at, "content", media]);
  return describeSchema(ctx, entry["schema"], [...at, "content", media, "schema"]);
}

/** Where a parameter is written: the operation's list first (it overrides the path item's). */
function findParameter(
  ctx: DescribeContext,
  opAt: Pointer,
  name: string,
  location: string,
): { value: Record<string, unknown>; at: Pointer } | undefined {
  for (const listAt of [
    [...opAt, "parameters"],
    [...opAt.slice(0, -1), "parameters"],
  ]) {
    const list = getAt(ctx.root, listAt);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const value = objectAt(ctx, list[i], [...listAt, i]);
      if (value["name"] === name && value["in"] === location) return { value, at: [...listAt, i] };
    }
  }
  return undefined;
}

function describeParams(
  ctx: DescribeContext,
  op: OperationModel,
  opAt: Pointer,
): { args: ArgumentDesc[]; params: Record<string, ParamDesc> } {
  const args: ArgumentDesc[] = [];
  const params: Record<string, ParamDesc> = {};
  for (const param of op.params) {
    const found = findParameter(ctx, opAt, param.spec.name, param.spec.in);
    const at = found?.at ?? opAt;
    const type = found === undefined ? ({ type: "unknown" } as const) : parameterType(ctx, found.value, at);
    if (param.spec.in === "path") args.push({ name: param.spec.key, type, at });
    else params[param.spec.key] = { name: param.spec.name, in: param.spec.in, required: param.required, type, at };
  }
  return { args, params };
}

/** A property counts as required when listed, or when it has a `default` (the emitted type makes it so too). */
function hasDefault(ctx: DescribeContext, property: unknown, at: Pointer): boolean {
  return (
    (isObject(property) && property["default"] !== undefined) || objectAt(ctx, property, at)["default"] !== undefined
  );
}

/** The body's entries of the params object: each property of a flat body, or `body` itself. */
function describeBody(ctx: DescribeContext, op: OperationModel, opAt: Pointer): Record<string, ParamDesc> {
  const { body } = op;
  if (body === undefined) return {};
  const bodyAt = [...opAt, "requestBody"];
  const requestBody = objectAt(ctx, getAt(ctx.root, bodyAt), bodyAt);
  const content = isObject(requestBody["content"]) ? requestBody["content"] : {};
  const key = chooseBodyMedia(content)?.key ?? Object.keys(content)[0] ?? "";
  const schemaAt = [...bodyAt, "content", key, "schema"];
  const schema = objectAt(ctx, content[key], [...bodyAt, "content", key])["schema"];
  if (body.spec.flat === true) {
    const object = objectAt(ctx, schema, schemaAt);
    const properties = isObject(object["properties"]) ? object["properties"] : {};
    const required = new Set(Array.isArray(object["required"]) ? object["required"].map(String) : []);
    const entries: Record<string, ParamDesc> = {};
    for (const name of body.properties) {
      const at = [...schemaAt, "properties", name];
      entries[name] = {
        name,
        in: "body",
        required: required.has(name) || hasDefault(ctx, properties[name], at),
        type: describeSchema(ctx, properties[name], at),
        at,
      };
    }
    return entries;
  }
  const type: TypeDesc =
    body.spec.encoding === "binary"
      ? { type: "binary", at: schemaAt }
      : body.spec.encoding === "text"
        ? { type: "string", at: schemaAt }
        : describeSchema(ctx, schema, schemaAt);
  return { body: { name: "(body)", in: "body", required: body.spec.required, type, at: bodyAt } };
}

/**
 * The schema of what each step of a stream carries, as the model reads it
 * (to-operation.ts): a JSON sequence's `itemSchema`; for server-sent events
 * the `contentSchema` of the `data` an `itemSchema` describes, an
 * `itemSchema` without `data`, or the media type's `schema`.
 */
function describeStreamed(ctx: DescribeContext, op: OperationModel, opAt: Pointer): TypeDesc | undefined {
  const stream = op.stream;
  if (stream === undefined) return undefined;
  const responses = objectAt(ctx, getAt(ctx.root, [...opAt, "responses"]), [...opAt, "responses"]);
  for (const status of Object.keys(responses).filter((s) => /^2(\d\d|XX)$/i.test(s))) {
    const at = [...opAt, "responses", status];
    const response = objectAt(ctx, responses[status], at);
    const content = isObject(response["content"]) ? response["content"] : {};
    const key = chooseStreamMedia(content);
    if (key === undefined) continue;
    const mediaAt = [...at, "content", key];
    const media = objectAt(ctx, content[key], mediaAt);
    const of = stream.className === "ItemStream" ? "items" : "events";
    const described = (schema: unknown, schemaAt: Pointer): TypeDesc => ({
      type: "stream",
      of,
      items: schema === undefined ? { type: "unknown", at: schemaAt } : describeSchema(ctx, schema, schemaAt),
      at: mediaAt,
    });
    if (of === "items") return described(media["itemSchema"], [...mediaAt, "itemSchema"]);
    if (stream.spec.data === "text") return { type: "stream", of, items: { type: "string", at: mediaAt }, at: mediaAt };
    if (media["itemSchema"] === undefined) return described(media["schema"], [...mediaAt, "schema"]);
    const itemAt = [...mediaAt, "itemSchema"];
    const item = objectAt(ctx, media["itemSchema"], itemAt);
    const properties = isObject(item["properties"]) ? item["properties"] : {};
    if (properties["data"] === undefined) return described(media["itemSchema"], itemAt);
    const dataAt = [...itemAt, "properties", "data"];
    return described(objectAt(ctx, properties["data"], dataAt)["contentSchema"], [...dataAt, "contentSchema"]);
  }
  return undefined;
}

function describeResponse(ctx: DescribeContext, op: OperationModel, opAt: Pointer): TypeDesc {
  const streamed = describeStreamed(ctx, op, opAt);
  // A call that always streams gives only the stream; one that streams when asked gives either.
  if (streamed !== undefined && op.stream?.spec.selector === undefined) return streamed;
  const body = describeResponseBody(ctx, op, opAt);
  if (streamed === undefined) return body;
  return { anyOf: ["anyOf" in body ? body.anyOf : [body], streamed].flat(), at: opAt };
}

/** The success responses' bodies, read whole. */
function describeResponseBody(ctx: DescribeContext, op: OperationModel, opAt: Pointer): TypeDesc {
  const types: TypeDesc[] = [];
  for (const [status, spec] of Object.entries(op.responses)) {
    const at = [...opAt, "responses", status];
    if (spec.kind === "void") types.push({ type: "void", at });
    else if (spec.kind === "binary") types.push({ type: "binary", at });
    else if (spec.kind === "text") types.push({ type: "string", at });
    else {
      const response = objectAt(ctx, getAt(ctx.root, at), at);
      const content = isObject(response["content"]) ? response["content"] : {};
      const media = chooseResponseMedia(content)?.media ?? "";
      const mediaAt = [...at, "content", media];
      types.push(describeSchema(ctx, objectAt(ctx, content[media], mediaAt)["schema"], [...mediaAt, "schema"]));
    }
  }
  // Two statuses with the same body are one type.
  const unique = [
    ...new Map(types.map((t) => [JSON.stringify(t, (k, v: unknown) => (k === "at" ? undefined : v)), t])).values(),
  ];
  return unique.length === 1
    ? unique[0]!
    : unique.length === 0
      ? { type: "unknown", at: opAt }
      : { anyOf: unique, at: opAt };
}

function describeMethod(ctx: DescribeContext, op: OperationModel): MethodDesc {
  const at = ["paths", op.path, ...op.specKey];
  const { args, params } = describeParams(ctx, op, at);
  return {
    http: `${op.method} ${op.path}`,
    arguments: args,
    params: { ...params, ...describeBody(ctx, op, at) },
    response: describeResponse(ctx, op, at),
    errors: [...op.errors],
    pagination: op.pagination?.spec.style ?? "none",
    at,
  };
}

/** The surface of the client `model` describes, with every type read from `document` (the bundled data). */
export function toSurface(model: ClientModel, document: unknown): ApiSurface {
  const ctx: DescribeContext = { root: document, schemas: new Map() };
  const methods: Record<string, MethodDesc> = {};
  // Sorted first, so the place a shared schema is located at does not depend on the order of resources.
  const entries = model.groups
    .flatMap((group) => group.operations.map((op) => [[...group.path, op.methodName].join("."), op] as const))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, op] of entries) methods[name] = describeMethod(ctx, op);
  const schemas: Record<string, TypeDesc> = {};
  for (const [name, desc] of ctx.schemas) if (desc !== "pending") schemas[name] = desc;
  const errorClasses: Record<string, string> = {};
  for (const error of model.statusErrors) errorClasses[error.status] = error.className;
  return { format: SURFACE_FORMAT, spec: model.specFile, methods, schemas, errorClasses };
}
