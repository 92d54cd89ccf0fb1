/**
 * Enumerating the operations of a document: every HTTP method of every path
 * item (following path-item `$ref`s), in document order.
 */
import type { Pointer } from "../load/json-pointer.js";
import { resolveRef } from "../load/resolve-ref.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationSite {
  readonly path: string;
  readonly method: HttpMethod;
  readonly operation: Record<string, unknown>;
  /** Where the operation object is written. */
  readonly pointer: Pointer;
  /** The path item (resolved), for its shared parameters. */
  readonly pathItem: Record<string, unknown>;
  readonly pathItemPointer: Pointer;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every operation under `paths`, in document order. */
export function listOperations(root: Record<string, unknown>): OperationSite[] {
  const paths = root["paths"];
  if (!isObject(paths)) return [];
  const sites: OperationSite[] = [];
  for (const [path, raw] of Object.entries(paths)) {
    if (path.startsWith("x-")) continue;
    const { value: pathItem, pointer: pathItemPointer } = resolveRef(root, raw, ["paths", path]);
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) {
        sites.push({ path, method, operation, pointer: [...pathItemPointer, method], pathItem, pathItemPointer });
      }
    }
  }
  return sites;
}
