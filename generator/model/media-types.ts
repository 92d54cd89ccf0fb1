/**
 * Choosing one media type per body or response and how to encode or read it.
 * JSON wins when offered, then the other structured encodings, then text and
 * binary.
 */
import type { BodySpec, ResponseSpec } from "../runtime/operation.js";

/** `text/event-stream`: server-sent events, read as a stream rather than a body. */
export function isEventStreamMedia(media: string): boolean {
  return media.split(";")[0]!.trim().toLowerCase() === "text/event-stream";
}

/**
 * A media type that is a sequence of JSON values, and how they are framed:
 * a value a line (JSON Lines, NDJSON) or each after an RS (RFC 7464).
 */
export function jsonSequenceFraming(media: string): "json-lines" | "json-seq" | undefined {
  const base = media.split(";")[0]!.trim().toLowerCase();
  if (base === "application/jsonl" || base === "application/x-ndjson") return "json-lines";
  if (base === "application/json-seq") return "json-seq";
  return undefined;
}

export function isJsonMedia(media: string): boolean {
  const base = media.split(";")[0]!.trim().toLowerCase();
  return base === "application/json" || base.endsWith("+json") || base === "*/*" || base === "application/*";
}

function encodingOf(media: string): BodySpec["encoding"] {
  const base = media.split(";")[0]!.trim().toLowerCase();
  if (isJsonMedia(base)) return "json";
  if (base === "application/x-www-form-urlencoded") return "form";
  if (base.startsWith("multipart/")) return "multipart";
  if (base.startsWith("text/") || base === "application/xml" || base.endsWith("+xml") || base === "application/sdp")
    return "text";
  return "binary";
}

/** What a body documented under a wildcard (`*\/*`, `image/*`, `text/*`) is sent as. */
const WILDCARD_MEDIA: Readonly<Record<BodySpec["encoding"], string>> = {
  json: "application/json",
  form: "application/x-www-form-urlencoded",
  multipart: "multipart/form-data",
  binary: "application/octet-stream",
  text: "text/plain",
};

const BODY_PREFERENCE: readonly BodySpec["encoding"][] = ["json", "form", "multipart", "binary", "text"];

/**
 * The media type a request body is sent as (`media`), the `content` key it is
 * documented under (`key`; they differ for wildcards), and its encoding.
 */
export function chooseBodyMedia(
  content: Record<string, unknown>,
): { key: string; media: string; encoding: BodySpec["encoding"] } | undefined {
  const medias = Object.keys(content);
  for (const wanted of BODY_PREFERENCE) {
    const exact = medias.find((m) => m.toLowerCase() === "application/json");
    if (wanted === "json" && exact !== undefined) return { key: exact, media: exact, encoding: "json" };
    const key = medias.find((m) => encodingOf(m) === wanted);
    if (key !== undefined) return { key, media: key.includes("*") ? WILDCARD_MEDIA[wanted] : key, encoding: wanted };
  }
  return undefined;
}

/** The media type a response is read as, and how. */
export function chooseResponseMedia(
  content: Record<string, unknown>,
): { media: string; kind: ResponseSpec["kind"] } | undefined {
  const medias = Object.keys(content);
  if (medias.length === 0) return undefined;
  const json = medias.find((m) => m.toLowerCase() === "application/json") ?? medias.find(isJsonMedia);
  if (json !== undefined) return { media: json, kind: "json" };
  const text = medias.find((m) => encodingOf(m) === "text");
  if (text !== undefined) return { media: text, kind: "text" };
  return { media: medias[0]!, kind: "binary" };
}

/**
 * The `content` key of a streamed success: `text/event-stream`, or (OpenAPI
 * 3.2) a sequence of JSON values whose `itemSchema` describes each item.
 * Without an `itemSchema` a JSON sequence stays a body: nothing says what
 * its items are, so it is read whole, as before 3.2.
 */
export function chooseStreamMedia(content: Record<string, unknown>): string | undefined {
  const medias = Object.keys(content);
  return (
    medias.find(isEventStreamMedia) ??
    medias.find((m) => {
      const media = content[m];
      return jsonSequenceFraming(m) !== undefined && typeof media === "object" && media !== null && "itemSchema" in media;
    })
  );
}
