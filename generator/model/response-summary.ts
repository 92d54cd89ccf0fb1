/**
 * OpenAPI 3.2's response `summary`: a short line saying what a response is.
 * The success response's becomes the method's `@returns` (and the reference's
 * "Returns" line); an error response's names its status in the error class docs.
 */
import type { Pointer } from "../load/json-pointer.js";
import { resolveRef } from "../load/resolve-ref.js";
import { isObject, text } from "./context.js";

/** The `summary` of the response at `status` in `responses`, following a `$ref`. */
export function responseSummary(
  root: Record<string, unknown>,
  responses: unknown,
  status: string,
  at: Pointer,
): string | undefined {
  if (!isObject(responses)) return undefined;
  const { value } = resolveRef(root, responses[status], [...at, status]);
  return isObject(value) ? text(value["summary"]) : undefined;
}

/** The summary of the first success response (`2xx` in status order, then `2XX`, then `default`) that has one. */
export function successSummary(root: Record<string, unknown>, responses: unknown, at: Pointer): string | undefined {
  if (!isObject(responses)) return undefined;
  const statuses = Object.keys(responses);
  const success = [
    ...statuses.filter((s) => /^2\d\d$/.test(s)).sort(),
    ...statuses.filter((s) => /^2XX$/i.test(s)),
    ...statuses.filter((s) => s === "default"),
  ];
  for (const status of success) {
    const summary = responseSummary(root, responses, status, at);
    if (summary !== undefined) return summary;
  }
  return undefined;
}
