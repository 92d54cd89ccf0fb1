/**
 * Enumerating the operations of a document: every HTTP method of every path
 * item (following path-item `$ref`s), in document order. OpenAPI 3.2 adds two
 * places an operation is written: the path item's `query` field (the QUERY
 * method) and its `additionalOperations` map (`COPY`, `PURGE`…, keyed by the
 * method as it is sent); both are listed for 3.2 documents only, after the
 * classic methods of their path item.
 */
import type { Pointer } from "../load/json-pointer.js";
import { isOpenapi32 } from "./openapi-version.js";
import { resolveRef } from "../load/resolve-ref.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationSite {
  readonly path: string;
  /**
   * The key naming the operation: a path-item field (`get`, and `query` in
   * 3.2) or an `additionalOperations` key as written (`COPY`). It is also the
   * key of the operation's type under `paths[path]` in `types.d.ts`.
   */
  readonly method: string;
  /** The method sent on the wire: the field upper-cased (`QUERY`), an additional method as written. */
  readonly httpMethod: string;
  /** Where the operation sits under its path item: `["get"]`, `["additionalOperations", "COPY"]`. */
  readonly key: readonly string[];
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

/** One method of a path item, before it is known to hold an operation object. */
export interface MethodSlot {
  readonly method: string;
  readonly httpMethod: string;
  readonly key: readonly string[];
  readonly operation: unknown;
}

/** The methods of one path item, with the keys they sit at: the classic eight, then 3.2's. */
export function listMethods(pathItem: Record<string, unknown>, version: unknown): MethodSlot[] {
  const found: MethodSlot[] = HTTP_METHODS.map((method) => ({
    method,
    httpMethod: method.toUpperCase(),
    key: [method],
    operation: pathItem[method],
  }));
  if (!isOpenapi32(version)) return found;
  found.push({ method: "query", httpMethod: "QUERY", key: ["query"], operation: pathItem["query"] });
  const additional = pathItem["additionalOperations"];
  if (isObject(additional)) {
    for (const [method, operation] of Object.entries(additional)) {
      found.push({ method, httpMethod: method, key: ["additionalOperations", method], operation });
    }
  }
  return found;
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
    for (const { method, httpMethod, key, operation } of listMethods(pathItem, root["openapi"])) {
      if (isObject(operation)) {
        sites.push({
          path,
          method,
          httpMethod,
          key,
          operation,
          pointer: [...pathItemPointer, ...key],
          pathItem,
          pathItemPointer,
        });
      }
    }
  }
  return sites;
}
