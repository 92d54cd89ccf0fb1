/**
 * JSON Pointers (RFC 6901): the path of a value inside a document, used to
 * resolve `$ref`s and to locate diagnostics.
 */

export type Pointer = readonly (string | number)[];

/** `#/components/schemas/A~1B` → `["components", "schemas", "A/B"]`. */
export function parsePointer(fragment: string): string[] {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (body === "" || body === "/") return body === "/" ? [""] : [];
  return body
    .slice(1)
    .split("/")
    .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** `["paths", "/a/{id}"]` → `#/paths/~1a~1{id}`. */
export function formatPointer(pointer: Pointer): string {
  return `#/${pointer.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** The value at `pointer`, or undefined when any step is missing. */
export function getAt(root: unknown, pointer: Pointer): unknown {
  let node = root;
  for (const step of pointer) {
    if (typeof node !== "object" || node === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
