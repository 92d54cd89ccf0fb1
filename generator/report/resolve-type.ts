/**
 * A type description as a comparison needs it: named schemas looked up,
 * `allOf` of objects merged into one object, unions flattened.
 */
import type { ApiSurface, PropertyDesc, TypeDesc } from "./surface.js";

type ObjectDesc = Extract<TypeDesc, { type: "object" }>;

function mergeObjects(parts: readonly ObjectDesc[], at: TypeDesc["at"]): ObjectDesc {
  const properties: Record<string, PropertyDesc> = {};
  for (const part of parts) {
    for (const [name, property] of Object.entries(part.properties)) {
      const earlier = properties[name];
      properties[name] = earlier?.required === true ? { ...property, required: true } : property;
    }
  }
  const open = parts.every((p) => p.additional !== undefined);
  return { type: "object", properties, ...(open ? { additional: parts[0]!.additional } : {}), at };
}

/** `desc` with named schemas followed (at most `depth` deep, for cycles) and `allOf` objects merged. */
export function resolveType(surface: ApiSurface, desc: TypeDesc, depth = 0): TypeDesc {
  if ("$ref" in desc) {
    const target = surface.schemas[desc.$ref];
    if (target === undefined || depth > 20) return { type: "unknown", at: desc.at };
    const resolved = resolveType(surface, target, depth + 1);
    // Located where the schema is defined when it is known, else where the reference is.
    return resolved.at === undefined ? { ...resolved, at: desc.at } : resolved;
  }
  if ("allOf" in desc) {
    const parts = desc.allOf.map((part) => resolveType(surface, part, depth + 1));
    const objects = parts.filter((p): p is ObjectDesc => "type" in p && p.type === "object");
    if (objects.length === parts.length && parts.length > 0) return mergeObjects(objects, desc.at);
    if (parts.length === 1) return parts[0]!;
    return { allOf: parts, at: desc.at };
  }
  if ("anyOf" in desc) {
    const members = desc.anyOf.flatMap((member) => {
      const resolved = resolveType(surface, member, depth + 1);
      return "anyOf" in resolved ? resolved.anyOf : [member];
    });
    return members.length === 1 ? resolveType(surface, members[0]!, depth + 1) : { anyOf: members, at: desc.at };
  }
  return desc;
}

/** The kind of a resolved type, for pairing the alternatives of two unions. */
export function kindOf(desc: TypeDesc): string {
  if ("enum" in desc) return "enum";
  if ("anyOf" in desc) return "anyOf";
  if ("allOf" in desc) return "allOf";
  if ("$ref" in desc) return `ref`;
  return desc.type;
}
