/**
 * What changed between two types of the same place, for the caller: added,
 * removed, now-required and retyped properties, enum values, alternatives of
 * unions. Direction matters: a caller sends inputs (a wider input is
 * compatible, a narrower one breaking) and receives outputs (the reverse).
 *
 * Enum rule for outputs: any value added or removed is breaking. An added
 * value breaks exhaustive callers (a `switch` with `never` check, an
 * assignment to the old union); a removed one breaks a `case` or comparison
 * against it, which TypeScript rejects once the value cannot occur.
 */
import type { Pointer } from "../load/json-pointer.js";
import type { Severity } from "./change.js";
import { isSubtype } from "./is-subtype.js";
import { renderType } from "./render-type.js";
import { kindOf, resolveType } from "./resolve-type.js";
import type { ApiSurface, PropertyDesc, TypeDesc } from "./surface.js";

export type Direction = "input" | "output";

export interface TypeChange {
  readonly severity: Severity;
  readonly message: string;
  readonly at: Pointer | undefined;
}

/** A place in a method: its kind ("query parameter", "response property") and its path below it. */
export interface Place {
  readonly kind: string;
  readonly path: string;
}

export interface CompareEnv {
  readonly before: ApiSurface;
  readonly after: ApiSurface;
  readonly direction: Direction;
  /** Pairs of named schemas already compared on this walk (recursive schemas). */
  readonly seen: Set<string>;
}

export function describePlace(place: Place): string {
  return place.path === "" ? place.kind : `${place.kind} \`${place.path}\``;
}

function child(place: Place, name: string): Place {
  const kind = place.kind === "response" ? "response property" : place.kind;
  return { kind, path: place.path === "" ? name : `${place.path}.${name}` };
}

const severe = (breaking: boolean): Severity => (breaking ? "breaking" : "compatible");

function compareProperty(
  env: CompareEnv,
  name: string,
  old: PropertyDesc | undefined,
  now: PropertyDesc | undefined,
  place: Place,
  at: Pointer | undefined,
): TypeChange[] {
  const here = child(place, name);
  const input = env.direction === "input";
  if (old === undefined && now !== undefined) {
    const required = input && now.required;
    return [
      {
        severity: severe(required),
        message: `${describePlace(here)} added${required ? ", required" : ""}`,
        at: now.at ?? at,
      },
    ];
  }
  if (now === undefined) return [{ severity: "breaking", message: `${describePlace(here)} removed`, at }];
  if (old === undefined) return [];
  const changes: TypeChange[] = [];
  const where = now.at ?? at;
  if (old.required !== now.required) {
    const message = input
      ? now.required
        ? "is now required"
        : "is now optional"
      : now.required
        ? "is now always present"
        : "may now be absent";
    changes.push({ severity: severe(input === now.required), message: `${describePlace(here)} ${message}`, at: where });
  }
  return [...changes, ...compareTypes(env, old.type, now.type, here, where)];
}

function compareEnums(
  env: CompareEnv,
  old: readonly unknown[],
  now: readonly unknown[],
  place: Place,
  at: Pointer | undefined,
): TypeChange[] {
  const input = env.direction === "input";
  const added = now.filter((v) => !old.includes(v));
  const removed = old.filter((v) => !now.includes(v));
  const list = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");
  const changes: TypeChange[] = [];
  if (added.length > 0) {
    const verb = input ? "accepts" : "may now be";
    changes.push({
      severity: severe(!input),
      message: `${describePlace(place)} ${verb} ${list(added)} (enum value${added.length > 1 ? "s" : ""} added)`,
      at,
    });
  }
  if (removed.length > 0) {
    const verb = input ? "no longer accepts" : "is no longer";
    changes.push({
      severity: "breaking",
      message: `${describePlace(place)} ${verb} ${list(removed)} (enum value${removed.length > 1 ? "s" : ""} removed)`,
      at,
    });
  }
  return changes;
}

/** Pairs the alternatives of two unions by kind (and schema name), then compares each pair. */
function compareUnions(
  env: CompareEnv,
  old: readonly TypeDesc[],
  now: readonly TypeDesc[],
  place: Place,
  at: Pointer | undefined,
): TypeChange[] {
  const exact = (s: ApiSurface, d: TypeDesc) => ("$ref" in d ? `ref:${d.$ref}` : kindOf(resolveType(s, d)));
  const loose = (s: ApiSurface, d: TypeDesc) => kindOf(resolveType(s, d));
  const left = [...old];
  const pairs: Array<[TypeDesc, TypeDesc]> = [];
  let unmatched = [...now];
  // Same schema name first, then same kind: `Thread | null` against `Thread2 | null` still pairs the objects.
  for (const keyOf of [exact, loose]) {
    const rest: TypeDesc[] = [];
    for (const member of unmatched) {
      const i = left.findIndex((o) => keyOf(env.before, o) === keyOf(env.after, member));
      if (i === -1) rest.push(member);
      else pairs.push([left.splice(i, 1)[0]!, member]);
    }
    unmatched = rest;
  }
  const input = env.direction === "input";
  const changes = pairs.flatMap(([o, n]) => compareTypes(env, o, n, place, at));
  for (const member of unmatched) {
    changes.push({
      severity: severe(!input),
      message: `${describePlace(place)} ${input ? "accepts" : "may now be"} ${renderType(member)}`,
      at,
    });
  }
  for (const member of left) {
    changes.push({
      severity: severe(input),
      message: `${describePlace(place)} ${input ? "no longer accepts" : "is no longer"} ${renderType(member)}`,
      at,
    });
  }
  return changes;
}

/** The changes from `old` (in `env.before`) to `now` (in `env.after`) at `place`. */
export function compareTypes(
  env: CompareEnv,
  old: TypeDesc,
  now: TypeDesc,
  place: Place,
  at: Pointer | undefined,
): TypeChange[] {
  if ("$ref" in old && "$ref" in now) {
    const pair = `${old.$ref}>${now.$ref}`;
    if (env.seen.has(pair)) return [];
    env.seen.add(pair);
  }
  const o = resolveType(env.before, old);
  const n = resolveType(env.after, now);
  const where = n.at ?? now.at ?? at;
  if ("anyOf" in o || "anyOf" in n) {
    return compareUnions(env, "anyOf" in o ? o.anyOf : [old], "anyOf" in n ? n.anyOf : [now], place, where);
  }
  if ("enum" in o && "enum" in n) return compareEnums(env, o.enum, n.enum, place, where);
  if ("type" in o && "type" in n && o.type === "array" && n.type === "array") {
    return compareTypes(env, o.items, n.items, { ...place, path: `${place.path}[]` }, where);
  }
  if ("type" in o && "type" in n && o.type === "stream" && n.type === "stream" && o.of === n.of) {
    const kind = o.of === "events" ? "streamed event data" : "streamed item";
    return compareTypes(env, o.items, n.items, { kind, path: place.path }, where);
  }
  if ("type" in o && "type" in n && o.type === "object" && n.type === "object") {
    const names = [...new Set([...Object.keys(o.properties), ...Object.keys(n.properties)])].sort();
    const changes = names.flatMap((name) =>
      compareProperty(env, name, o.properties[name], n.properties[name], place, where),
    );
    if (o.additional !== undefined && n.additional !== undefined) {
      changes.push(...compareTypes(env, o.additional, n.additional, { ...place, path: `${place.path}[key]` }, where));
    } else if (o.additional !== undefined || n.additional !== undefined) {
      const opened = n.additional !== undefined;
      const message = opened ? "now allows other properties" : "no longer allows other properties";
      changes.push({
        severity: severe(env.direction === "input" ? !opened : opened),
        message: `${describePlace(place)} ${message}`,
        at: where,
      });
    }
    return changes;
  }
  const widened = isSubtype({ desc: old, surface: env.before }, { desc: now, surface: env.after });
  const narrowed = isSubtype({ desc: now, surface: env.after }, { desc: old, surface: env.before });
  if (widened && narrowed) return [];
  const compatible = env.direction === "input" ? widened : narrowed;
  const how = widened ? "widened" : narrowed ? "narrowed" : "retyped";
  return [
    {
      severity: severe(!compatible),
      message: `${describePlace(place)} ${how} from ${renderType(old)} to ${renderType(now)}`,
      at: where,
    },
  ];
}
