/**
 * OpenAPI 3.2 keywords in a document that says 3.0 or 3.1: a warning for each
 * kind of keyword, at its first use, naming the version it needs. A 3.0 or 3.1
 * reader is free to ignore them (and wiregen reads tag `parent` and `kind`
 * only in 3.2 documents), so an author who wrote one most likely meant the
 * document to be 3.2. Not an error: the rest of the document is still good.
 *
 * Only places where the word is a keyword are looked at: a schema property
 * named `summary` or `parent` is not a response's or a tag's.
 */
import type { Pointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import { isOpenapi32, isSupportedOpenapiVersion } from "../load/openapi-version.js";
import { pointerOf, walkDocument, type Frame } from "../load/walk-document.js";
import type { Diagnostic, SourcePosition } from "./diagnostic.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A 3.2 keyword as a reader would name it, and where it was found. */
interface Use {
  readonly keyword: string;
  readonly at: Pointer;
}

/** True when `frame` is inside a schema's `properties` map (its keys are property names, not keywords). */
function inProperties(frame: Frame | undefined): boolean {
  for (let f = frame; f !== undefined; f = f.parent) if (f.key === "properties") return true;
  return false;
}

/** Example objects with 3.2's `dataValue` or `serializedValue`, in an `examples` map (which the walk treats as data). */
function exampleUses(examples: unknown, at: Pointer): Use[] {
  if (!isObject(examples)) return [];
  return Object.entries(examples).flatMap(([name, example]) =>
    isObject(example)
      ? ["dataValue", "serializedValue"]
          .filter((key) => key in example)
          .map((key) => ({ keyword: `\`${key}\` in an example`, at: [...at, name, key] }))
      : [],
  );
}

/** The 3.2 keyword uses of one object, judged by where it sits. */
function usesOf(record: Record<string, unknown>, frame: Frame): Use[] {
  const uses: Use[] = [];
  const here = (...rest: (string | number)[]): Pointer => pointerOf(frame, ...rest);
  const parentKey = frame.parent?.key;
  const grandKey = frame.parent?.parent?.key;
  if (frame.parent === undefined) {
    if ("$self" in record) uses.push({ keyword: "`$self`", at: ["$self"] });
    if (isObject(record["components"]) && "mediaTypes" in record["components"])
      uses.push({ keyword: "`components.mediaTypes`", at: ["components", "mediaTypes"] });
    if (Array.isArray(record["tags"])) {
      record["tags"].forEach((tag, index) => {
        if (!isObject(tag)) return;
        for (const key of ["parent", "kind", "summary"])
          if (key in tag) uses.push({ keyword: `tag \`${key}\``, at: ["tags", index, key] });
      });
    }
    return uses;
  }
  // A path item: under `paths`, `webhooks`, `components.pathItems` or a callback.
  const isPathItem =
    parentKey === "paths" || parentKey === "webhooks" || parentKey === "pathItems" || grandKey === "callbacks";
  if (isPathItem) {
    if (isObject(record["query"])) uses.push({ keyword: "the `query` operation", at: here("query") });
    if ("additionalOperations" in record)
      uses.push({ keyword: "`additionalOperations`", at: here("additionalOperations") });
  }
  // `in: querystring` is not listed: a 3.0 or 3.1 reader has no place for it, so check-querystring.ts
  // refuses it with an error of its own (ignoring it would drop a parameter the server expects).
  // A media type object: an entry of a `content` map.
  if (parentKey === "content") {
    for (const key of ["itemSchema", "itemEncoding", "prefixEncoding"])
      if (key in record) uses.push({ keyword: `\`${key}\` in a media type`, at: here(key) });
  }
  if (parentKey === "responses" && "summary" in record && !("$ref" in record))
    uses.push({ keyword: "a response's `summary`", at: here("summary") });
  if (typeof frame.key === "number" && parentKey === "servers" && typeof record["url"] === "string" && "name" in record)
    uses.push({ keyword: "a server's `name`", at: here("name") });
  if (frame.key === "discriminator" && "defaultMapping" in record)
    uses.push({ keyword: "discriminator `defaultMapping`", at: here("defaultMapping") });
  if ("examples" in record && (parentKey === "content" || typeof record["in"] === "string" || parentKey === "headers"))
    uses.push(...exampleUses(record["examples"], here("examples")));
  if (frame.key === "components") uses.push(...exampleUses(record["examples"], here("examples")));
  // Looked up last, and only for a find: most objects of a big document use no 3.2 keyword.
  return uses.length > 0 && inProperties(frame) ? [] : uses;
}

/** One warning per 3.2 keyword, at its first use, with how many places use it. */
export function checkVersionKeywords(document: LoadedDocument): Diagnostic[] {
  const root = document.data;
  if (!isObject(root)) return [];
  const version = root["openapi"];
  if (typeof version !== "string" || !isSupportedOpenapiVersion(version) || isOpenapi32(version)) return [];
  const byKeyword = new Map<string, Pointer[]>();
  walkDocument(root, (record, frame) => {
    for (const use of usesOf(record, frame)) {
      const places = byKeyword.get(use.keyword) ?? [];
      places.push(use.at);
      byKeyword.set(use.keyword, places);
    }
  });
  const fix = version.startsWith("3.1")
    ? "set `openapi: 3.2.0` to use it (a 3.1 document needs no other change), or remove it"
    : "move the document to `openapi: 3.2.0` to use it (3.0's `nullable` becomes a `null` type there), or remove it";
  return [...byKeyword].map(([keyword, places]) => {
    // The walk is depth first, not in document order: the first place is the earliest one written.
    const positions = places.map((p) => document.locate(p)).sort(byPlace);
    return {
      severity: "warning",
      position: positions[0]!,
      message: `${keyword} is OpenAPI 3.2; this document says ${version}, where it is not a keyword${places.length > 1 ? ` (used in ${places.length} places; this is the first)` : ""}`,
      fix,
    };
  });
}

function byPlace(a: SourcePosition, b: SourcePosition): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
