/**
 * A JSON Schema (OpenAPI 3.0 or 3.1) to its structural description: the
 * values a caller may send or receive, with documentation, formats and
 * validation keywords left out. A `$ref` to a named schema stays a `$ref`
 * (described once in `schemas`), so recursive schemas end.
 */
import type { Pointer } from "../load/json-pointer.js";
import { getAt } from "../load/json-pointer.js";
import { componentName, resolveRef } from "../load/resolve-ref.js";
import type { PropertyDesc, Scalar, TypeDesc } from "./surface.js";

export interface DescribeContext {
  /** The bundled document. */
  readonly root: unknown;
  /** Named schemas described so far (and those being described: recursion stops at them). */
  readonly schemas: Map<string, TypeDesc | "pending">;
}

const SCALAR_TYPES = new Set(["string", "integer", "number", "boolean", "null"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** The object type of `schema`'s `properties`, `required` and `additionalProperties`. */
function describeObject(ctx: DescribeContext, schema: Record<string, unknown>, at: Pointer): TypeDesc {
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"].map(String) : []);
  const properties: Record<string, PropertyDesc> = {};
  const listed = isObject(schema["properties"]) ? schema["properties"] : {};
  for (const [name, property] of Object.entries(listed)) {
    const propertyAt = [...at, "properties", name];
    properties[name] = {
      required: required.has(name),
      type: describeSchema(ctx, property, propertyAt),
      at: propertyAt,
    };
  }
  const extra = schema["additionalProperties"];
  const additional =
    extra === undefined || extra === false
      ? undefined
      : extra === true || (isObject(extra) && Object.keys(extra).length === 0)
        ? ({ type: "unknown" } as const)
        : describeSchema(ctx, extra, [...at, "additionalProperties"]);
  return { type: "object", properties, ...(additional === undefined ? {} : { additional }), at };
}

/** The type of one `type` keyword value, with the schema's other keywords. */
function describeTyped(ctx: DescribeContext, schema: Record<string, unknown>, type: unknown, at: Pointer): TypeDesc {
  if (type === "array") return { type: "array", items: describeSchema(ctx, schema["items"], [...at, "items"]), at };
  if (type === "object") return describeObject(ctx, schema, at);
  if (type === "string" && schema["format"] === "binary") return { type: "binary", at };
  if (typeof type === "string" && SCALAR_TYPES.has(type)) return { type: type as "string", at };
  if (isObject(schema["properties"]) || schema["additionalProperties"] !== undefined) {
    return describeObject(ctx, schema, at);
  }
  if (schema["items"] !== undefined)
    return { type: "array", items: describeSchema(ctx, schema["items"], [...at, "items"]), at };
  return { type: "unknown", at };
}

function describeInline(ctx: DescribeContext, schema: Record<string, unknown>, at: Pointer): TypeDesc {
  let described: TypeDesc;
  if (Array.isArray(schema["enum"]) && schema["enum"].every(isScalar)) {
    described = { enum: schema["enum"], at: [...at, "enum"] };
  } else if (schema["const"] !== undefined && isScalar(schema["const"])) {
    described = { enum: [schema["const"]], at: [...at, "const"] };
  } else {
    const union = Array.isArray(schema["oneOf"]) ? "oneOf" : Array.isArray(schema["anyOf"]) ? "anyOf" : undefined;
    const parts: TypeDesc[] = [];
    if (union !== undefined) {
      (schema[union] as unknown[]).forEach((member, i) => parts.push(describeSchema(ctx, member, [...at, union, i])));
      described = { anyOf: parts, at };
    } else if (Array.isArray(schema["type"])) {
      described = { anyOf: schema["type"].map((type) => describeTyped(ctx, schema, type, at)), at };
    } else {
      described = describeTyped(ctx, schema, schema["type"], at);
    }
    if (Array.isArray(schema["allOf"])) {
      const members = schema["allOf"].map((member, i) => describeSchema(ctx, member, [...at, "allOf", i]));
      // Properties beside `allOf` are one more part of the intersection.
      const own = isObject(schema["properties"]) ? [describeObject(ctx, schema, at)] : [];
      described = { allOf: [...members, ...own], at };
    }
  }
  // OpenAPI 3.0's `nullable` (3.1 documents have it turned into a `null` type on loading).
  return schema["nullable"] === true ? { anyOf: [described, { type: "null" }], at } : described;
}

/**
 * Describes `schema`, written at `at` (a pointer read through `$ref`s from
 * the document's root). Named schemas are described into `ctx.schemas`.
 */
export function describeSchema(ctx: DescribeContext, schema: unknown, at: Pointer): TypeDesc {
  const name = componentName(schema, "schemas");
  if (name !== undefined) {
    if (!ctx.schemas.has(name)) {
      ctx.schemas.set(name, "pending");
      const target = getAt(ctx.root, ["components", "schemas", name]);
      ctx.schemas.set(name, describeSchema(ctx, target, at));
    }
    return { $ref: name, at };
  }
  const { value } = resolveRef<unknown>(ctx.root, schema, at);
  if (value === true || value === undefined) return { type: "unknown", at };
  if (!isObject(value)) return { type: "unknown", at };
  return describeInline(ctx, value, at);
}
