/**
 * Following local `$ref`s (`#/…`) to the object they name. External files are
 * bundled into the document before this point, so a local lookup is enough.
 */
import { getAt, parsePointer, type Pointer } from "./json-pointer.js";

export interface Resolved<T> {
  readonly value: T | undefined;
  /** Where the value actually lives (after following every `$ref`). */
  readonly pointer: Pointer;
}

function refOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === "string" ? ref : undefined;
}

/** Follows `$ref` chains from `value` (found at `pointer`); stops on a cycle or a non-local ref. */
export function resolveRef<T = Record<string, unknown>>(root: unknown, value: unknown, pointer: Pointer): Resolved<T> {
  let current = value;
  let at = pointer;
  const seen = new Set<string>();
  for (let ref = refOf(current); ref !== undefined && ref.startsWith("#"); ref = refOf(current)) {
    if (seen.has(ref)) return { value: undefined, pointer: at };
    seen.add(ref);
    at = parsePointer(ref);
    current = getAt(root, at);
  }
  return { value: current as T | undefined, pointer: at };
}

/** The component name of a `#/components/<kind>/<name>` ref, or undefined. */
export function componentName(value: unknown, kind: string): string | undefined {
  const ref = refOf(value);
  if (ref === undefined) return undefined;
  const parts = parsePointer(ref);
  return parts.length === 3 && parts[0] === "components" && parts[1] === kind ? parts[2] : undefined;
}
