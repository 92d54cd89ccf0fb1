/**
 * Request bodies by encoding: JSON, URL-encoded forms, multipart, binary and
 * text, one encoder each. An operation record names its encoder
 * (`encoding: jsonBody`), so a bundle carries only the encoders its operations
 * use: a JSON API never ships the form and multipart code. Multipart never
 * sets `Content-Type` by hand: fetch writes it with the boundary it chose.
 * A body's own properties are sent, and a property's part type or style is
 * its own entry (`own.ts`): a property named `toString` has none inherited.
 */
import type { BodyRecord, FieldStyle } from "./operation.js";
import { own } from "./own.js";
import { form, pipeDelimited, spaceDelimited } from "./param-styles.js";

export interface EncodedBody {
  readonly body: BodyInit;
  /** The Content-Type to send, or undefined to let fetch decide (multipart, Blob). */
  readonly contentType: string | undefined;
  /** False for a stream: it can be sent once, so the request cannot be retried. */
  readonly replayable?: boolean;
}

/** Encodes a body that is present (an absent one is never encoded). */
export type BodyEncoder = (spec: BodyRecord, value: unknown) => EncodedBody;

/** `application/json` and its vendor variants (`application/merge-patch+json`). */
export const jsonBody: BodyEncoder = (spec, value) => ({
  body: JSON.stringify(value),
  contentType: spec.mediaType,
});

/** `text/plain` and other text: the value's text. */
export const textBody: BodyEncoder = (spec, value) => ({
  body: String(value),
  contentType: spec.mediaType,
});

function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView | ReadableStream {
  return (
    (typeof Blob !== "undefined" && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
}

function formText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * Flattens a value into form fields the way most form APIs (Stripe, Twilio)
 * read them: `a[b]=1`, `list[0]=x` for nested objects and arrays of objects,
 * repeated names for arrays of scalars.
 */
function appendFormFields(name: string, value: unknown, out: Array<[string, string]>): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === "object" && item !== null && !(item instanceof Date))
        appendFormFields(`${name}[${i}]`, item, out);
      else appendFormFields(name, item, out);
    });
    return;
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) appendFormFields(`${name}[${key}]`, child, out);
    return;
  }
  out.push([name, formText(value)]);
}

function toBlobPart(value: unknown, type: string | undefined): Blob | string {
  if (typeof Blob !== "undefined" && value instanceof Blob) return value;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return new Blob([value as ArrayBuffer], type === undefined ? {} : { type });
  }
  if (type !== undefined && type.includes("json")) return new Blob([JSON.stringify(value)], { type });
  return formText(value);
}

/** `multipart/form-data`: one part per property; the Content-Type (and its boundary) is left to fetch. */
export const multipartBody: BodyEncoder = (spec, value) => {
  const form = new FormData();
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === undefined) continue;
    const type = own(spec.partTypes, key);
    // Arrays of files or scalars are sent as repeated parts of the same name.
    const items = Array.isArray(field) && (type === undefined || !type.includes("json")) ? field : [field];
    for (const item of items) {
      const part = toBlobPart(item, type);
      if (typeof part === "string") form.append(key, part);
      else form.append(key, part, typeof File !== "undefined" && part instanceof File ? part.name : "blob");
    }
  }
  return { body: form, contentType: undefined };
};

/**
 * An `application/x-www-form-urlencoded` body. A property whose `encoding`
 * names a style is serialised by the query rules (OpenAPI 3.1 §4.8.15);
 * any other nests with brackets, as form APIs such as Stripe's read it (the
 * spec's own default, exploded form, would drop a nested object's name).
 */
export const formBody: BodyEncoder = (spec, value) => ({
  body: encodeFormFields(value as Record<string, unknown>, spec.fieldStyles),
  contentType: spec.mediaType,
});

/**
 * An object's fields as `application/x-www-form-urlencoded` text, by the rules
 * of `formBody`: shared with a form querystring (`query-string.ts`), which is
 * the same text sent after the `?`.
 */
export function encodeFormFields(
  value: Record<string, unknown>,
  fieldStyles?: Readonly<Record<string, FieldStyle>>,
): string {
  const parts: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const style = own(fieldStyles, key);
    if (style !== undefined && style.style !== "deepObject") {
      const serialize =
        style.style === "spaceDelimited" ? spaceDelimited : style.style === "pipeDelimited" ? pipeDelimited : form;
      const explode = style.explode === undefined ? {} : { explode: style.explode };
      const text = serialize({ key, name: key, in: "query", ...explode }, child);
      if (text) parts.push(text);
      continue;
    }
    const fields: Array<[string, string]> = [];
    appendFormFields(key, child, fields);
    const encoded = new URLSearchParams(fields).toString();
    if (encoded !== "") parts.push(encoded);
  }
  return parts.join("&");
}

/** `application/octet-stream`, images and other files: a Blob, buffer or stream as it is. */
export const binaryBody: BodyEncoder = (spec, value) => {
  if (!isBinary(value)) return { body: String(value), contentType: spec.mediaType };
  // A Blob carries its own type; keep the spec's only when it is specific.
  const contentType = spec.mediaType.includes("*") ? undefined : spec.mediaType;
  const stream = typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
  return { body: value as BodyInit, contentType, replayable: !stream };
};
