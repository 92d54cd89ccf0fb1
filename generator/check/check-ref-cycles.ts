/**
 * `$ref` chains that lead back to where they started: a response, parameter,
 * request body, path item or schema that is only a reference to a reference
 * … to itself resolves to nothing. Left alone, the model reads such an
 * operation as returning `undefined` and openapi-typescript prints a type
 * alias that refers to itself. A schema that recurses *through* its content
 * (`properties`, `items`, `allOf`) is not a chain of `$ref`s and stays legal.
 * A cycle of named schemas only never reaches here: the load stage reads its
 * first member as any value, with a warning (load/break-schema-cycles.ts).
 */
import { getAt, parsePointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import type { Diagnostic } from "./diagnostic.js";

function refAt(root: unknown, ref: string): string | undefined {
  const target = getAt(root, parsePointer(ref));
  if (typeof target !== "object" || target === null) return undefined;
  const next = (target as { $ref?: unknown }).$ref;
  return typeof next === "string" && next.startsWith("#") ? next : undefined;
}

/** One error per cycle, at the `$ref` of its first member, naming every step. */
export function checkRefCycles(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Refs already followed to their end (or into a cycle already reported): each is walked once.
  const settled = new Set<string>();
  for (const site of document.refs) {
    const chain: string[] = [];
    const seen = new Map<string, number>();
    for (
      let ref: string | undefined = site.ref;
      ref !== undefined && ref.startsWith("#");
      ref = refAt(document.data, ref)
    ) {
      if (settled.has(ref)) break;
      const start = seen.get(ref);
      if (start !== undefined) {
        const cycle = chain.slice(start);
        const steps = [...cycle, cycle[0]!].map((r) => JSON.stringify(r)).join(" → ");
        diagnostics.push({
          severity: "error",
          position: document.locate([...parsePointer(cycle[0]!), "$ref"]),
          message: `$ref cycle that resolves to nothing: ${steps}`,
          fix: "make one of these an object of its own (a schema, response, parameter…) instead of a $ref to the next",
        });
        break;
      }
      seen.set(ref, chain.length);
      chain.push(ref);
    }
    for (const ref of chain) settled.add(ref);
  }
  return diagnostics;
}
