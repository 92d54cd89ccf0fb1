/**
 * Repairs for sloppy-but-usable documents, applied once after loading so the
 * later stages (and openapi-typescript) see a regular document. Each repair
 * is reported as a warning at its first place, with the count.
 *
 * - A discriminator `mapping` value that is a bare schema name becomes a `$ref`.
 * - In 3.1, the 3.0 keyword `nullable: true` becomes a `"null"` type.
 * - `type: "null"` beside `oneOf`/`anyOf` becomes one more alternative.
 * - `properties` beside an `allOf` that redeclare a named parent's discriminator
 *   property become an `allOf` part of their own.
 * - A discriminator whose members declare their own values (an `enum` or
 *   `const` on the property) gets them in its `mapping`; see discriminator-values.ts.
 * - A `type: object` schema whose enum holds only strings (or only numbers,
 *   or only booleans) takes the type of its values (mercedes-benz's
 *   configurator): the values say what was meant, and openapi-typescript
 *   cannot type an object enum of strings.
 * - The `oneOf` member a 3.2 discriminator's `defaultMapping` names keeps its
 *   discriminator property open; see discriminator-default.ts. (Not a repair:
 *   the document is right, so no warning.)
 */
import type { Diagnostic } from "../check/diagnostic.js";
import { keepDefaultMemberOpen } from "./discriminator-default.js";
import { completeDiscriminatorMapping } from "./discriminator-values.js";
import type { Pointer } from "./json-pointer.js";
import { pointerOf, walkDocument } from "./walk-document.js";
import { hasJsonSchema2020 } from "./openapi-version.js";

interface Repair {
  count: number;
  first: Pointer | undefined;
}

/**
 * A schema with `allOf: [{ $ref: Parent }]` beside `properties` that declare
 * the discriminator property of `Parent` (apple's sirikit): openapi-typescript
 * adds its own discriminator property to the same object type as the declared
 * one, a duplicate identifier. Moving `properties` and `required` into an
 * `allOf` part of their own means the same, and puts the two in different types.
 */
function splitOwnDiscriminatorProperty(value: Record<string, unknown>, schemas: Record<string, unknown>): boolean {
  const parts = value["allOf"];
  const properties = value["properties"];
  if (!Array.isArray(parts) || !isObject(properties)) return false;
  const clashes = parts.some((part) => {
    const ref = isObject(part) ? part["$ref"] : undefined;
    if (typeof ref !== "string" || !ref.startsWith("#/components/schemas/")) return false;
    const parent = schemas[ref.slice("#/components/schemas/".length).replace(/~1/g, "/").replace(/~0/g, "~")];
    const discriminator = isObject(parent) ? parent["discriminator"] : undefined;
    return (
      isObject(discriminator) &&
      typeof discriminator["propertyName"] === "string" &&
      discriminator["propertyName"] in properties
    );
  });
  if (!clashes) return false;
  const own: Record<string, unknown> = { type: "object", properties };
  if (Array.isArray(value["required"])) own["required"] = value["required"];
  value["allOf"] = [...parts, own];
  delete value["properties"];
  delete value["required"];
  return true;
}

/**
 * The type of every value of a `type: object` schema's enum when they are all strings, all numbers
 * or all booleans (nulls aside); undefined otherwise, for the schema check to report.
 */
function scalarTypeOfObjectEnum(value: Record<string, unknown>): "string" | "number" | "boolean" | undefined {
  const values = value["enum"];
  if (value["type"] !== "object" || !Array.isArray(values)) return undefined;
  const kinds = new Set(values.filter((v) => v !== null).map((v) => typeof v));
  const [kind] = kinds;
  return kinds.size === 1 && (kind === "string" || kind === "number" || kind === "boolean") ? kind : undefined;
}

/** `"null"` or `["null"]`. */
function isOnlyNull(type: unknown): boolean {
  return type === "null" || (Array.isArray(type) && type.length === 1 && type[0] === "null");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Mutates `data` in place; returns one warning per kind of repair made. */
export function normalizeDocument(data: unknown, locate: (pointer: Pointer) => Diagnostic["position"]): Diagnostic[] {
  if (!isObject(data)) return [];
  const is31 = hasJsonSchema2020(data["openapi"]);
  const components = isObject(data["components"]) ? data["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  const mapping: Repair = { count: 0, first: undefined };
  const nullable: Repair = { count: 0, first: undefined };
  const declared: Repair = { count: 0, first: undefined };
  const nullBeside: Repair = { count: 0, first: undefined };
  const split: Repair = { count: 0, first: undefined };
  const objectEnum: Repair & { type?: string } = { count: 0, first: undefined };
  walkDocument(data, (value, frame) => {
    const discriminator = value["discriminator"];
    const members = [
      ...(Array.isArray(value["oneOf"]) ? value["oneOf"] : []),
      ...(Array.isArray(value["anyOf"]) ? value["anyOf"] : []),
    ];
    if (
      isObject(discriminator) &&
      members.length > 0 &&
      completeDiscriminatorMapping(data, discriminator, members) > 0
    ) {
      declared.count++;
      declared.first ??= pointerOf(frame, "discriminator");
    }
    keepDefaultMemberOpen(value, schemas);
    if (isObject(discriminator) && isObject(discriminator["mapping"])) {
      const map = discriminator["mapping"];
      for (const [key, target] of Object.entries(map)) {
        if (typeof target === "string" && !target.includes("/") && !target.includes("#") && target in schemas) {
          map[key] = `#/components/schemas/${target}`;
          mapping.count++;
          mapping.first ??= pointerOf(frame, "discriminator", "mapping", key);
        }
      }
    }
    // `type: "null"` beside `oneOf`/`anyOf` means "one of these, or null"; read literally it is the intersection
    // `null & (A | B)`, and `tsc` rejects that as circular when a member refers back to the schema (vercel).
    const alternatives = Array.isArray(value["oneOf"]) ? "oneOf" : Array.isArray(value["anyOf"]) ? "anyOf" : undefined;
    if (alternatives !== undefined && isOnlyNull(value["type"])) {
      value[alternatives] = [...(value[alternatives] as unknown[]), { type: "null" }];
      delete value["type"];
      nullBeside.count++;
      nullBeside.first ??= pointerOf(frame, "type");
    }
    const scalarType = frame.key === "properties" ? undefined : scalarTypeOfObjectEnum(value);
    if (scalarType !== undefined) {
      value["type"] = scalarType;
      objectEnum.count++;
      if (objectEnum.first === undefined) {
        objectEnum.first = pointerOf(frame, "type");
        objectEnum.type = scalarType;
      }
    }
    if (splitOwnDiscriminatorProperty(value, schemas)) {
      split.count++;
      split.first ??= pointerOf(frame, "properties");
    }
    if (is31 && value["nullable"] === true && (typeof value["type"] === "string" || Array.isArray(value["type"]))) {
      const types = Array.isArray(value["type"]) ? value["type"] : [value["type"]];
      if (!types.includes("null")) value["type"] = [...types, "null"];
      delete value["nullable"];
      nullable.count++;
      nullable.first ??= pointerOf(frame, "nullable");
    }
  });
  const warnings: Diagnostic[] = [];
  if (mapping.first !== undefined) {
    warnings.push({
      severity: "warning",
      position: locate(mapping.first),
      message: `discriminator mapping value is a bare schema name (${mapping.count} in the document); read as #/components/schemas/<name>`,
      fix: "write mapping values as `#/components/schemas/<name>`",
    });
  }
  if (nullable.first !== undefined) {
    warnings.push({
      severity: "warning",
      position: locate(nullable.first),
      message: `\`nullable\` is not an OpenAPI 3.1 keyword (${nullable.count} in the document); read as a "null" type`,
      fix: 'write `type: [string, "null"]` instead of `nullable: true`',
    });
  }
  if (split.first !== undefined) {
    warnings.push({
      severity: "warning",
      position: locate(split.first),
      message: `properties beside an allOf redeclare the discriminator property of a schema it names (${split.count} in the document); read as one more allOf part`,
      fix: "move such `properties` into an `allOf` part of their own",
    });
  }
  if (nullBeside.first !== undefined) {
    warnings.push({
      severity: "warning",
      position: locate(nullBeside.first),
      message: `\`type: "null"\` beside oneOf/anyOf (${nullBeside.count} in the document); read as one more alternative, null`,
      fix: 'add `{ type: "null" }` to the alternatives instead of giving the schema a type',
    });
  }
  if (objectEnum.first !== undefined) {
    warnings.push({
      severity: "warning",
      position: locate(objectEnum.first),
      message: `\`type: object\` with an enum of ${objectEnum.type}s (${objectEnum.count} such schema${objectEnum.count === 1 ? "" : "s"} in the document); read as \`type: ${objectEnum.type}\``,
      fix: `give the schema the type of its values (\`type: ${objectEnum.type}\`)`,
    });
  }
  if (declared.first !== undefined) {
    warnings.push({
      severity: "warning",
      position: locate(declared.first),
      message: `discriminator without a mapping for members that declare their value (${declared.count} in the document); mapped by the values they declare`,
      fix: "list every value under `discriminator.mapping`, e.g. `text: '#/components/schemas/TextComment'`",
    });
  }
  return warnings;
}
