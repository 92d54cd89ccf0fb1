/**
 * JSON Pointers (RFC 6901): the path of a value inside a document, used to
 * resolve `$ref`s and to locate diagnostics.
 */

export type Pointer = readonly (string | number)[];

/**
 * One step of a pointer written in a URI fragment: `%XX` escapes decoded,
 * then `~1` and `~0`. A `%` that starts no valid escape (`% schema`, as
 * documents write a name with a percent sign) is kept as it is, where
 * `decodeURIComponent` would throw "URI malformed" on the whole run.
 */
export function decodePointerStep(part: string): string {
  const decoded = part.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `#/components/schemas/A~1B` → `["components", "schemas", "A/B"]`. */
export function parsePointer(fragment: string): string[] {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (body === "" || body === "/") return body === "/" ? [""] : [];
  return body.slice(1).split("/").map(decodePointerStep);
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
