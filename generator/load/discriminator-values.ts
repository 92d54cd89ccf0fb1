/**
 * Discriminator values a `oneOf`/`anyOf` member declares itself. Without a
 * `mapping` entry, openapi-typescript takes the value from the member's
 * schema name (openapi-typescript #2149, #2318) and writes it over the enum
 * the member declares, so a `TextComment` whose `commentType` is `text`
 * demands `"TextComment"` and the real payload no longer type-checks. Adding
 * the declared values to the mapping makes it use them; members that declare
 * nothing keep the schema name, which is what OpenAPI says then.
 */
import { resolveRef } from "./resolve-ref.js";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The string values a schema pins property `name` to (`enum` or `const`), looking through `allOf`. */
function declaredValues(root: unknown, schema: unknown, name: string, depth = 0): string[] {
  if (depth > 8) return [];
  const { value } = resolveRef(root, schema, []);
  if (!isObject(value)) return [];
  const properties = isObject(value["properties"]) ? value["properties"] : {};
  const property = resolveRef(root, properties[name], []).value;
  if (isObject(property)) {
    if (typeof property["const"] === "string") return [property["const"]];
    const values = property["enum"];
    if (Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === "string")) return values;
  }
  const parts = Array.isArray(value["allOf"]) ? value["allOf"] : [];
  for (const part of parts) {
    const found = declaredValues(root, part, name, depth + 1);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Adds to `discriminator.mapping` the values each `$ref` member of `members`
 * declares for the discriminator property, unless the mapping already names
 * that member or the value. Returns how many entries were added.
 */
export function completeDiscriminatorMapping(root: unknown, discriminator: Json, members: readonly unknown[]): number {
  const property = discriminator["propertyName"];
  if (typeof property !== "string") return 0;
  const mapping = isObject(discriminator["mapping"]) ? discriminator["mapping"] : {};
  const mapped = new Set(Object.values(mapping));
  let added = 0;
  for (const member of members) {
    const ref = isObject(member) ? member["$ref"] : undefined;
    if (typeof ref !== "string" || !ref.startsWith("#") || mapped.has(ref)) continue;
    for (const value of declaredValues(root, member, property)) {
      if (Object.prototype.hasOwnProperty.call(mapping, value)) continue;
      mapping[value] = ref;
      added++;
    }
  }
  if (added > 0) discriminator["mapping"] = mapping;
  return added;
}
