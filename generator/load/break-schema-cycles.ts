/**
 * Schemas that are only a `$ref` to another such schema, round and round
 * (`Baz: { $ref: Qux }`, `Qux: { description: …, $ref: Baz }`): the chain
 * names no value at all. The check stage refuses such a cycle among
 * responses, parameters or path items (there is no operation to generate
 * without them); among named schemas the lenient reading is the one a
 * reader would make, any value: the first schema of the cycle loses its
 * `$ref` (keeping its description and other keywords), so it is `unknown`
 * and the others refer to it, with one located warning per cycle.
 */
import type { Diagnostic, SourcePosition } from "../check/diagnostic.js";
import type { RefSite } from "./find-refs.js";
import { getAt, parsePointer, type Pointer } from "./json-pointer.js";

const SCHEMA_REF = /^#\/components\/schemas\/[^/]+$/;

/** The `$ref` of the schema `ref` names when that schema is itself only a reference to a named schema. */
function aliasOf(root: unknown, ref: string): string | undefined {
  const target = getAt(root, parsePointer(ref));
  if (typeof target !== "object" || target === null || !Object.hasOwn(target, "$ref")) return undefined;
  const next = (target as { $ref?: unknown }).$ref;
  return typeof next === "string" && SCHEMA_REF.test(next) ? next : undefined;
}

/** Breaks every cycle of schema aliases in `data` (mutated); true in `changed` when one was broken. */
export function breakSchemaCycles(
  data: unknown,
  refs: readonly RefSite[],
  locate: (pointer: Pointer) => SourcePosition,
): { readonly warnings: Diagnostic[]; readonly changed: boolean } {
  const warnings: Diagnostic[] = [];
  const settled = new Set<string>();
  for (const site of refs) {
    if (!SCHEMA_REF.test(site.ref)) continue;
    const chain: string[] = [];
    const seen = new Map<string, number>();
    for (let ref: string | undefined = site.ref; ref !== undefined; ref = aliasOf(data, ref)) {
      if (settled.has(ref)) break;
      const start = seen.get(ref);
      if (start !== undefined) {
        const cycle = chain.slice(start);
        const first = parsePointer(cycle[0]!);
        // Located before the `$ref` is gone: at the reference that closes the loop.
        const position = locate([...first, "$ref"]);
        delete (getAt(data, first) as { $ref?: unknown }).$ref;
        const steps = [...cycle, cycle[0]!].map((r) => JSON.stringify(r)).join(" → ");
        warnings.push({
          severity: "warning",
          position,
          message: `schema $ref cycle that names no value: ${steps}; \`${String(first.at(-1))}\` is read as any value (unknown)`,
          fix: "give one of these schemas a type or properties of its own instead of a $ref to the next",
        });
        break;
      }
      seen.set(ref, chain.length);
      chain.push(ref);
    }
    for (const ref of chain) settled.add(ref);
  }
  return { warnings, changed: warnings.length > 0 };
}
