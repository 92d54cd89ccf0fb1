/**
 * Whether every value of one type is a value of another: the test that tells
 * a widened type from a narrowed one. Objects are compared as the emitted
 * TypeScript types are checked for object literals: a property the target
 * does not list is only allowed by an index signature.
 */
import type { ApiSurface, Scalar, TypeDesc } from "./surface.js";
import { resolveType } from "./resolve-type.js";

/** A type with the surface its `$ref`s name. */
export interface Typed {
  readonly desc: TypeDesc;
  readonly surface: ApiSurface;
}

function fitsScalar(value: Scalar, type: string): boolean {
  if (value === null) return type === "null";
  if (typeof value === "number") return type === "number" || (type === "integer" && Number.isInteger(value));
  return typeof value === type;
}

function scalarSubtype(from: string, to: string): boolean {
  return from === to || (from === "integer" && to === "number");
}

/** True when every value of `a` is a value of `b`. `seen` breaks cycles through named schemas (assumed true). */
export function isSubtype(a: Typed, b: Typed, seen: Set<string> = new Set()): boolean {
  if ("$ref" in a.desc || "$ref" in b.desc) {
    const key = `${"$ref" in a.desc ? a.desc.$ref : ""}<${"$ref" in b.desc ? b.desc.$ref : ""}`;
    if (seen.has(key)) return true;
    seen = new Set(seen).add(key);
  }
  const x = resolveType(a.surface, a.desc);
  const y = resolveType(b.surface, b.desc);
  const sub = (p: TypeDesc, q: TypeDesc): boolean =>
    isSubtype({ desc: p, surface: a.surface }, { desc: q, surface: b.surface }, seen);
  if ("type" in y && y.type === "unknown") return true;
  if ("anyOf" in x) return x.anyOf.every((member) => sub(member, y));
  if ("anyOf" in y) return y.anyOf.some((member) => sub(x, member));
  if ("allOf" in y) return y.allOf.every((member) => sub(x, member));
  if ("allOf" in x) return x.allOf.some((member) => sub(member, y));
  if ("enum" in x) {
    if ("enum" in y) return x.enum.every((v) => y.enum.includes(v));
    return "type" in y && x.enum.every((v) => fitsScalar(v, y.type));
  }
  if (!("type" in x) || !("type" in y)) return false;
  if (x.type === "array" && y.type === "array") return sub(x.items, y.items);
  // Events and items are read differently (`event.data` against the item itself): never one for the other.
  if (x.type === "stream" || y.type === "stream") {
    return x.type === "stream" && y.type === "stream" && x.of === y.of && sub(x.items, y.items);
  }
  if (x.type === "object" && y.type === "object") {
    for (const [name, want] of Object.entries(y.properties)) {
      const have = x.properties[name];
      if (have === undefined) continue;
      if (want.required && !have.required) return false;
      if (!sub(have.type, want.type)) return false;
    }
    for (const [name, have] of Object.entries(x.properties)) {
      if (y.properties[name] !== undefined) continue;
      if (y.additional === undefined || !sub(have.type, y.additional)) return false;
      void name;
    }
    for (const [name, want] of Object.entries(y.properties)) {
      if (want.required && x.properties[name] === undefined) return false;
    }
    if (x.additional !== undefined) return y.additional !== undefined && sub(x.additional, y.additional);
    return true;
  }
  return scalarSubtype(x.type, y.type);
}
