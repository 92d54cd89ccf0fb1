/**
 * Schema rules that openapi-typescript would otherwise trip over with a
 * message about a construct the document does not have: an `enum` whose
 * values cannot be of the schema's `type` (mercedes-benz's configurator:
 * `type: object` with `enum: [PKW, VAN]`, which openapi-typescript reports as
 * "Expected SchemaObject, received string at …/oneOf/0"); and a `type` that
 * is not a JSON Schema type (`type: strng`), which openapi-typescript would
 * silently print as `unknown`.
 */
import type { LoadedDocument } from "../load/load-document.js";
import { isDataKey, pointerOf, walkDocument, type Frame } from "../load/walk-document.js";
import type { Diagnostic } from "./diagnostic.js";

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Keys under which an object maps names to things other than schemas with a `type`. */
const NAME_MAPS = new Set(["properties", "mapping", "scopes", "parameters"]);

const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

/** The first value of a schema's `type` (a name or a list of names) that is no JSON Schema type. */
function unknownType(type: unknown): { value: unknown; index: number | undefined } | undefined {
  if (typeof type === "string") return TYPES.has(type) ? undefined : { value: type, index: undefined };
  if (!Array.isArray(type)) return undefined;
  const index = type.findIndex((t) => typeof t !== "string" || !TYPES.has(t));
  return index === -1 ? undefined : { value: type[index], index };
}

/**
 * True when the object at `frame` is a properties map: under `properties` of
 * a schema, not a schema named `properties` in one (swaggerhub has both).
 */
function isPropertiesMap(frame: Frame | undefined): boolean {
  return frame !== undefined && frame.key === "properties" && !isPropertiesMap(frame.parent);
}

/**
 * False for an object that is no schema although it has a `type`: a security
 * scheme (`apiKey`, `http`…), a value in a map whose keys are names (a
 * discriminator's `mapping`, OpenAI maps `type`; OAuth `scopes`; a link's
 * `parameters`; a security requirement), or data under an example or default
 * that the walk entered because a property is named `properties` (swaggerhub).
 */
function isSchema(frame: Frame): boolean {
  const inNameMap = frame.key === "properties" ? isPropertiesMap(frame) : NAME_MAPS.has(String(frame.key));
  if (inNameMap || frame.parent?.key === "securitySchemes" || frame.parent?.key === "security") return false;
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) {
    if (typeof f.key !== "string" || isPropertiesMap(f.parent)) continue;
    // `default` under `responses` is a status; under a schema named `properties` every data key is data.
    if (isDataKey(f.key, f.parent.key === "properties" ? "" : f.parent.key)) return false;
  }
  return true;
}

export function checkSchemas(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  walkDocument(document.data, (record, frame) => {
    const unknown = record["$ref"] === undefined ? unknownType(record["type"]) : undefined;
    if (unknown !== undefined && isSchema(frame)) {
      diagnostics.push({
        severity: "error",
        position: document.locate(pointerOf(frame, "type", ...(unknown.index === undefined ? [] : [unknown.index]))),
        message: `\`type: ${JSON.stringify(unknown.value)}\` is not a JSON Schema type`,
        fix: "use one of string, number, integer, boolean, array, object or null (e.g. `type: string` with `format: date` for a date)",
      });
    }
    const values = record["enum"];
    // Only `object`: openapi-typescript fails on it, while an `array` with scalar values (bbc, daniweb…)
    // still gives a usable type, so refusing it would lose clients that work.
    if (record["type"] !== "object" || !Array.isArray(values) || frame.key === "properties") return;
    const stray = values.find((v) => v !== null && kindOf(v) !== "an object");
    if (stray === undefined) return;
    diagnostics.push({
      severity: "error",
      position: document.locate(pointerOf(frame, "enum", values.indexOf(stray))),
      message: `an enum value of a \`type: object\` schema is ${kindOf(stray)} (${JSON.stringify(stray)}), not an object`,
      fix: `give the schema the type of its values (e.g. \`type: ${typeof stray}\`), or remove the enum`,
    });
  });
  return diagnostics;
}
