/**
 * OpenAPI 3.2's `in: querystring` parameter: one value that is the whole
 * query string, its `content` naming the media type it is serialised as
 * (`application/x-www-form-urlencoded` for an object of fields, or JSON).
 * Read here once for the check, the model and the types copy.
 */
import type { Pointer } from "./json-pointer.js";
import type { OperationSite } from "./list-operations.js";
import { resolveRef } from "./resolve-ref.js";

/** How a querystring value is written: form fields (`a=1&b=x`), or JSON percent-encoded as one text. */
export type QuerystringEncoding = "form" | "json";

export interface SiteParameter {
  readonly value: Record<string, unknown>;
  /** Where the parameter is written (after following its `$ref`). */
  readonly pointer: Pointer;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The encoding of a querystring media type, or undefined for one the client cannot write. */
export function querystringEncoding(media: string): QuerystringEncoding | undefined {
  const base = media.split(";")[0]!.trim().toLowerCase();
  if (base === "application/x-www-form-urlencoded") return "form";
  if (base === "application/json" || base.endsWith("+json")) return "json";
  return undefined;
}

/**
 * The operation's parameters (the path item's, overridden by the operation's of the same name and
 * location). `accept` decides on each one, given where it is listed; by default every object is kept.
 */
export function siteParameters(
  root: unknown,
  site: OperationSite,
  accept: (value: unknown, listedAt: Pointer) => value is Record<string, unknown> = isObject,
): SiteParameter[] {
  const byKey = new Map<string, SiteParameter>();
  const sources: Array<[unknown, Pointer]> = [
    [site.pathItem["parameters"], [...site.pathItemPointer, "parameters"]],
    [site.operation["parameters"], [...site.pointer, "parameters"]],
  ];
  for (const [list, at] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const { value, pointer } = resolveRef(root, raw, [...at, i]);
      if (accept(value, [...at, i])) byKey.set(`${String(value["in"])}:${String(value["name"])}`, { value, pointer });
    });
  }
  return [...byKey.values()];
}

/** The single media type and schema of a querystring parameter's `content`, when it has exactly one. */
export function querystringContent(parameter: Record<string, unknown>):
  | {
      media: string;
      schema: unknown;
      encoding: QuerystringEncoding | undefined;
      /** The media type's `encoding` map: how each form field is written. */
      fieldEncodings: Record<string, unknown>;
    }
  | undefined {
  const content = parameter["content"];
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content);
  if (entries.length !== 1) return undefined;
  const [media, object] = entries[0]!;
  const fieldEncodings = isObject(object) && isObject(object["encoding"]) ? object["encoding"] : {};
  return {
    media,
    schema: isObject(object) ? object["schema"] : undefined,
    encoding: querystringEncoding(media),
    fieldEncodings,
  };
}
