/**
 * The component schemas openapi-typescript gives a discriminator property of
 * its own: the members of a `oneOf`/`anyOf` under a discriminator, the targets
 * of a mapping, and schemas whose `allOf` names a schema with a discriminator.
 * It adds that property as required (its `scanDiscriminators`), so a params
 * object extending such a type cannot default to `{}`.
 */
import { componentName } from "../load/resolve-ref.js";
import { walkDocument } from "../load/walk-document.js";
import { isObject } from "./context.js";

const SCHEMAS_PREFIX = "#/components/schemas/";

export function discriminatedSchemas(root: Record<string, unknown>): ReadonlySet<string> {
  const found = new Set<string>();
  const parents = new Set<string>();
  const components = isObject(root["components"]) ? root["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObject(schema) && isObject(schema["discriminator"])) parents.add(name);
  }
  walkDocument(root, (value) => {
    const discriminator = value["discriminator"];
    if (isObject(discriminator) && typeof discriminator["propertyName"] === "string") {
      for (const key of ["oneOf", "anyOf"]) {
        const members = value[key];
        if (!Array.isArray(members)) continue;
        for (const member of members) {
          const name = componentName(member, "schemas");
          if (name !== undefined) found.add(name);
        }
      }
      if (isObject(discriminator["mapping"])) {
        for (const target of Object.values(discriminator["mapping"])) {
          if (typeof target === "string" && target.startsWith(SCHEMAS_PREFIX))
            found.add(target.slice(SCHEMAS_PREFIX.length));
        }
      }
    }
  });
  // allOf children of a schema with a discriminator.
  for (const [name, schema] of Object.entries(schemas)) {
    const parts = isObject(schema) && Array.isArray(schema["allOf"]) ? schema["allOf"] : [];
    if (parts.some((part) => parents.has(componentName(part, "schemas") ?? ""))) found.add(name);
  }
  return found;
}
