// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./read-response.d.ts"
import { ResponseParseError } from "./errors.js";
/** The spec entry for `status`: exact code, then its range, then `default`. */
export function responseSpecFor(op, status) {
  const code = String(status);
  return op.responses[code] ?? op.responses[`${code[0] ?? ""}XX`] ?? op.responses["default"];
}
/** How to read the body before its content is needed: only binary successes as a Blob. */
export function readAsFor(op) {
  return (response) => (response.ok && responseSpecFor(op, response.status)?.kind === "binary" ? "blob" : "text");
}
function jsonType(value) {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}
function snippet(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
function parseJsonOrText(text) {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function errorMessage(label, response, body) {
  const status = `${response.status}${response.statusText === "" ? "" : ` ${response.statusText}`}`;
  const detail =
    typeof body === "object" && body !== null && typeof body.message === "string"
      ? body.message
      : typeof body === "string"
        ? snippet(body)
        : body === undefined
          ? ""
          : snippet(JSON.stringify(body));
  return `${label} answered ${status}${detail === "" ? "" : `: ${detail}`}`;
}
/**
 * The class for `status` as this operation documents it: its exact code, then
 * its range. A status the operation does not document is the base class, even
 * when another operation documents it with a differently typed body.
 */
function statusErrorFor(errors, op, status) {
  const code = String(status);
  const range = `${code[0] ?? ""}XX`;
  const documented = op.errors ?? [];
  if (documented.includes(code)) return errors.byStatus[code] ?? errors.base;
  if (documented.includes(range)) return errors.byStatus[range] ?? errors.base;
  return errors.base;
}
/** Returns the parsed body of a 2xx response; throws the status error class for others. */
export function readResponse(op, received, errors, label) {
  const { response, body } = received;
  if (!response.ok) {
    const parsed = typeof body === "string" ? parseJsonOrText(body) : body;
    const ErrorClass = statusErrorFor(errors, op, response.status);
    throw new ErrorClass(response.status, response.headers, parsed, errorMessage(label, response, parsed));
  }
  const spec = responseSpecFor(op, response.status);
  if (typeof body !== "string") return body;
  if (spec === undefined) return parseJsonOrText(body);
  switch (spec.kind) {
    case "void":
      return undefined;
    case "text":
      return body;
    case "binary":
      return new Blob([body]);
    case "json": {
      if (body === "" && (response.status === 204 || response.status === 205)) return undefined;
      let data;
      try {
        data = JSON.parse(body);
      } catch {
        throw new ResponseParseError(
          response.status,
          response.headers,
          body,
          `${label} answered ${response.status} with a body that is not JSON: ${body === "" ? "(empty)" : snippet(body)}`,
        );
      }
      if (spec.shape !== undefined && jsonType(data) !== spec.shape) {
        throw new ResponseParseError(
          response.status,
          response.headers,
          body,
          `${label} answered ${response.status} with JSON of type ${jsonType(data)} where the spec promises ${spec.shape}`,
        );
      }
      return data;
    }
  }
}
