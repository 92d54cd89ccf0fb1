// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Turns a received response into the caller's data or the right error:
 * documented 2xx bodies are parsed and their top-level JSON type checked;
 * non-2xx statuses become the status error class the spec maps them to.
 */
import type { Received } from "./attempt.ts";
import { ResponseParseError, type StatusErrorClass } from "./errors.ts";
import type { OperationSpec, ResponseSpec } from "./operation.ts";
import { own } from "./own.ts";

/** The status error classes of one client: one per documented status or range, and a base. */
export interface StatusErrors {
  readonly base: StatusErrorClass;
  /** Keyed by `"400"` or by range `"4XX"`. */
  readonly byStatus: Readonly<Record<string, StatusErrorClass>>;
}

/** The spec entry for `status`: exact code, then its range, then `default`. */
export function responseSpecFor(op: OperationSpec, status: number): ResponseSpec | undefined {
  const code = String(status);
  return own(op.responses, code) ?? own(op.responses, `${code[0] ?? ""}XX`) ?? own(op.responses, "default");
}

/** How to read the body before its content is needed: only binary successes as a Blob. */
export function readAsFor(op: OperationSpec): (response: Response) => "text" | "blob" {
  return (response) => (response.ok && responseSpecFor(op, response.status)?.kind === "binary" ? "blob" : "text");
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

function parseJsonOrText(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function errorMessage(label: string, response: Response, body: unknown): string {
  const status = `${response.status}${response.statusText === "" ? "" : ` ${response.statusText}`}`;
  const detail =
    typeof body === "object" && body !== null && typeof (body as { message?: unknown }).message === "string"
      ? (body as { message: string }).message
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
function statusErrorFor(errors: StatusErrors, op: OperationSpec, status: number): StatusErrorClass {
  const code = String(status);
  const range = `${code[0] ?? ""}XX`;
  const documented = op.errors ?? [];
  const key = documented.includes(code) ? code : documented.includes(range) ? range : undefined;
  return (key === undefined ? undefined : own(errors.byStatus, key)) ?? errors.base;
}

/** Returns the parsed body of a 2xx response; throws the status error class for others. */
export function readResponse(op: OperationSpec, received: Received, errors: StatusErrors, label: string): unknown {
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
      const broken = (what: string): ResponseParseError =>
        new ResponseParseError(
          response.status,
          response.headers,
          body,
          `${label} answered ${response.status} with ${what}`,
        );
      let data: unknown;
      try {
        data = JSON.parse(body) as unknown;
      } catch {
        throw broken(`a body that is not JSON: ${body === "" ? "(empty)" : snippet(body)}`);
      }
      if (spec.shape !== undefined && jsonType(data) !== spec.shape) {
        throw broken(`JSON of type ${jsonType(data)} where the spec promises ${spec.shape}`);
      }
      return data;
    }
  }
}
