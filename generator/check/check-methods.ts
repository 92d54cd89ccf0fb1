/**
 * The method names of OpenAPI 3.2's `additionalOperations`: each key is sent
 * as the request's method, so it must be an HTTP token (RFC 9110 §9.1), and
 * it must not be a method a path item field already names (`post`, `query`):
 * the same method twice would be two operations for one request.
 */
import type { LoadedDocument } from "../load/load-document.js";
import { HTTP_METHODS } from "../load/list-operations.js";
import { isOpenapi32 } from "../load/openapi-version.js";
import { resolveRef } from "../load/resolve-ref.js";
import type { Diagnostic } from "./diagnostic.js";

/** RFC 9110's `token`: what a method name may be made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const FIELD_METHODS: ReadonlySet<string> = new Set([...HTTP_METHODS, "query"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function checkMethods(document: LoadedDocument): Diagnostic[] {
  const root = document.data;
  if (!isObject(root) || !isOpenapi32(root["openapi"]) || !isObject(root["paths"])) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [path, raw] of Object.entries(root["paths"])) {
    const { value: item, pointer } = resolveRef(root, raw, ["paths", path]);
    if (!isObject(item) || !isObject(item["additionalOperations"])) continue;
    for (const method of Object.keys(item["additionalOperations"])) {
      const at = [...pointer, "additionalOperations", method];
      if (!TOKEN.test(method)) {
        diagnostics.push({
          severity: "error",
          position: document.locate(at),
          message: `${JSON.stringify(method)} under \`additionalOperations\` of ${path} is not an HTTP method name`,
          fix: "write the method as it is sent: letters, digits and !#$%&'*+-.^_`|~ only, e.g. `COPY`",
        });
      } else if (FIELD_METHODS.has(method.toLowerCase())) {
        diagnostics.push({
          severity: "error",
          position: document.locate(at),
          message: `\`additionalOperations\` of ${path} names ${method}, which the path item's \`${method.toLowerCase()}\` field is for`,
          fix: `move the operation to \`${method.toLowerCase()}:\` on the path item`,
        });
      }
    }
  }
  return diagnostics;
}
