/**
 * OpenAPI 3.2's discriminator `defaultMapping`: the schema for a payload whose
 * discriminator value matches no `mapping` entry (an "anything else" member).
 *
 * openapi-typescript 7 does not read `defaultMapping`. It pins the
 * discriminator property of every `$ref` member of a `oneOf` to the values
 * the mapping gives it, or, without any, to the member's schema name; so the
 * default member `OtherPet` (whose `kind` is any string) would demand
 * `kind: "OtherPet"`, a value no server sends. Wrapping that one member as
 * `allOf: [$ref]` keeps its meaning and takes it out of that inference, so its
 * type keeps the property as the schema declares it (`kind: string`). A
 * default member that the mapping also names keeps its mapped values.
 */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A `defaultMapping` or mapping value as a `$ref`: a bare schema name is one of `components.schemas`. */
function asRef(target: unknown, schemas: Json): string | undefined {
  if (typeof target !== "string") return undefined;
  if (!target.includes("/") && !target.includes("#")) return target in schemas ? `#/components/schemas/${target}` : undefined;
  return target;
}

/**
 * Rewrites the `oneOf` member of `schema` named by its discriminator's
 * `defaultMapping` (when no mapping value names it) to `{ allOf: [member] }`.
 * Returns true when it did.
 */
export function keepDefaultMemberOpen(schema: Json, schemas: Json): boolean {
  const discriminator = schema["discriminator"];
  const members = schema["oneOf"];
  if (!isObject(discriminator) || !Array.isArray(members)) return false;
  const ref = asRef(discriminator["defaultMapping"], schemas);
  if (ref === undefined) return false;
  const mapped = isObject(discriminator["mapping"])
    ? Object.values(discriminator["mapping"]).map((target) => asRef(target, schemas))
    : [];
  if (mapped.includes(ref)) return false;
  const index = members.findIndex((m) => isObject(m) && m["$ref"] === ref && Object.keys(m).length === 1);
  if (index === -1) return false;
  members[index] = { allOf: [members[index]] };
  return true;
}
