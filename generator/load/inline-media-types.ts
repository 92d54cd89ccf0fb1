/**
 * OpenAPI 3.2's `components.mediaTypes`: reusable Media Type Objects, named
 * from a `content` entry by `$ref: '#/components/mediaTypes/<name>'`. Neither
 * openapi-typescript 7 nor the model reads a Media Type Object behind a
 * `$ref`, so each such entry is replaced by a copy of the object it names
 * (following a chain of such `$ref`s) before anything else reads the
 * document. `components.mediaTypes` itself stays: nothing emits it.
 */
import { decodePointerStep } from "./json-pointer.js";
import { walkDocument } from "./walk-document.js";

const PREFIX = "#/components/mediaTypes/";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The Media Type Object `entry` names, through `$ref`s to `components.mediaTypes`; undefined for a cycle or a missing name. */
function target(mediaTypes: Record<string, unknown>, entry: Record<string, unknown>): Record<string, unknown> | undefined {
  const seen = new Set<string>();
  let current: unknown = entry;
  while (isObject(current) && typeof current["$ref"] === "string" && current["$ref"].startsWith(PREFIX)) {
    const name = decodePointerStep(current["$ref"].slice(PREFIX.length));
    if (seen.has(name)) return undefined;
    seen.add(name);
    current = mediaTypes[name];
  }
  return isObject(current) ? current : undefined;
}

/** Replaces every `content` entry that is a `$ref` to `components.mediaTypes`; returns how many it replaced. */
export function inlineMediaTypes(data: unknown): number {
  if (!isObject(data) || !isObject(data["components"]) || !isObject(data["components"]["mediaTypes"])) return 0;
  const mediaTypes = data["components"]["mediaTypes"];
  let inlined = 0;
  walkDocument(data, (record, frame) => {
    if (frame.key !== "content" || frame.parent?.key === "properties") return;
    for (const [mediaType, entry] of Object.entries(record)) {
      if (!isObject(entry) || typeof entry["$ref"] !== "string" || !entry["$ref"].startsWith(PREFIX)) continue;
      const found = target(mediaTypes, entry);
      // A name that is missing or loops is left as written, for the check stage to report as an unresolved $ref.
      if (found === undefined) continue;
      record[mediaType] = structuredClone(found);
      inlined++;
    }
  });
  return inlined;
}
