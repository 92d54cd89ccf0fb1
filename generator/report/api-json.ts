/**
 * `api.json`: the surface as committed beside the client. Keys are sorted
 * and the text pretty-printed, so its diff in a pull request reads as the
 * list of what changed; in-memory locations (`at`) are left out.
 */
import { READ_SURFACE_FORMATS, type ApiSurface } from "./surface.js";

export const API_JSON = "api.json";

const NOTE = "The client's caller-visible surface, read by the next regeneration to report what changed. Do not edit.";

/** `value` with object keys sorted and `at` dropped, for a byte-stable text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const entry = (value as Record<string, unknown>)[key];
    if (key !== "at" && entry !== undefined) out[key] = canonical(entry);
  }
  return out;
}

/** Values that fit are written on one line (`{ "type": "string" }`): a type reads at a glance, and the file stays short. */
const LINE_WIDTH = 100;

function print(value: unknown, indent: string): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const flat = flatten(value, LINE_WIDTH - indent.length);
  if (flat !== undefined) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + print(v, inner)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${print(v, inner)}`);
  return `{\n${entries.join(",\n")}\n${indent}}`;
}

/**
 * One line with a space after each colon and comma (only outside strings), or
 * undefined as soon as it would be longer than `width`: stopping early keeps
 * printing linear in the size of the surface (GitHub's is 2 MB).
 */
function flatten(value: object, width: number): string | undefined {
  const parts: string[] = [];
  // The exact length so far, counting each part's separator (", ") or the closing bracket after it.
  let length = Array.isArray(value) ? 0 : 2;
  const add = (text: string): boolean => {
    parts.push(text);
    length += text.length + 2;
    return length <= width;
  };
  const item = (v: unknown, room: number): string | undefined =>
    typeof v === "object" && v !== null ? flatten(v, room) : JSON.stringify(v);
  if (Array.isArray(value)) {
    for (const v of value) {
      const text = item(v, width - length);
      if (text === undefined || !add(text)) return undefined;
    }
    return `[${parts.join(", ")}]`;
  }
  for (const [k, v] of Object.entries(value)) {
    const key = `${JSON.stringify(k)}: `;
    const text = item(v, width - length - key.length);
    if (text === undefined || !add(key + text)) return undefined;
  }
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

export function toApiJson(surface: ApiSurface): string {
  return `${print(canonical({ $comment: NOTE, ...surface }), "")}\n`;
}

/** The surface in an `api.json` text; undefined when it is not one this version reads. */
export function parseApiJson(text: string): ApiSurface | undefined {
  try {
    const value = JSON.parse(text) as Partial<ApiSurface> | null;
    if (value === null || !READ_SURFACE_FORMATS.includes(value.format ?? 0) || typeof value.methods !== "object") {
      return undefined;
    }
    return { schemas: {}, errorClasses: {}, ...value } as ApiSurface;
  } catch {
    return undefined;
  }
}
