/**
 * Which methods of two surfaces are certainly the same for a caller, so the
 * diff can skip them: a save in watch mode changes an operation or two, and
 * comparing all of GitHub's 1,100 methods' types again took about 150 ms of
 * every save. A method is the same when its description is equal (locations
 * aside) and so is every schema it names, and every schema those name.
 */
import type { ApiSurface, MethodDesc, TypeDesc } from "./surface.js";

/**
 * Deep equality of two descriptions as `api.json` holds them: `at` is left
 * out of the file and a key set to `undefined` is not written, so neither counts.
 */
export function sameDesc(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameDesc(item, other[i]));
  }
  const keysOf = (value: object): string[] =>
    Object.keys(value).filter((key) => key !== "at" && (value as Record<string, unknown>)[key] !== undefined);
  const left = keysOf(a);
  const right = keysOf(b);
  if (left.length !== right.length) return false;
  return left.every(
    (key) => Object.hasOwn(b, key) && sameDesc((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The schema names `value` refers to with `$ref`, at any depth. */
function refsOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) refsOf(item, into);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") into.add(item);
      else if (key !== "at") refsOf(item, into);
    }
  }
  return into;
}

/** Names of schemas that differ between the surfaces (or are in one only), or that reach one that does. */
function changedSchemas(before: ApiSurface, after: ApiSurface): Set<string> {
  const names = new Set([...Object.keys(before.schemas), ...Object.keys(after.schemas)]);
  const changed = new Set<string>();
  // Who names each schema, on either side: a change spreads to them.
  const namedBy = new Map<string, Set<string>>();
  for (const name of names) {
    const old: TypeDesc | undefined = before.schemas[name];
    const now: TypeDesc | undefined = after.schemas[name];
    if (!sameDesc(old, now)) changed.add(name);
    for (const ref of refsOf([old, now])) {
      let users = namedBy.get(ref);
      if (users === undefined) namedBy.set(ref, (users = new Set()));
      users.add(name);
    }
  }
  const queue = [...changed];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    for (const user of namedBy.get(name) ?? []) {
      if (changed.has(user)) continue;
      changed.add(user);
      queue.push(user);
    }
  }
  return changed;
}

/** A test for "this method is the same in both surfaces", set up once per pair of surfaces. */
export function unchangedMethods(before: ApiSurface, after: ApiSurface): (old: MethodDesc, now: MethodDesc) => boolean {
  const changed = changedSchemas(before, after);
  return (old, now) => sameDesc(old, now) && [...refsOf(now)].every((name) => !changed.has(name));
}
