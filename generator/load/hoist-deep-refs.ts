/**
 * `$ref`s that point deep inside a schema (`#/components/schemas/A/properties/b/items`,
 * `#/components/responses/R/content/application~1json/schema`) become
 * references to named components. openapi-typescript prints such a reference
 * as an indexed access that follows the pointer word for word, and that type
 * is wrong wherever the pointer passes through a keyword that is not a
 * property of the TypeScript type (`schema` under a media type, `items` of an
 * array): `tsc` then fails with "Property 'schema' does not exist". A named
 * component is printed as `components["schemas"]["Name"]`, which is always
 * right.
 *
 * A parameter listed under a path and referenced from elsewhere
 * (`#/paths/~1x/get/parameters/0`) moves to `components.parameters` the same
 * way. The target is moved to `components.schemas` under a name made from the
 * pointer (`SmsToItem`), its old place refers to it, and every reference to
 * it is rewritten; nothing is copied, so recursion keeps working. A pointer
 * that does not resolve is left alone for the reference check to report.
 *
 * Where OpenAPI allows no reference at all (a response's `content` map, or a
 * media type object under it) openapi-typescript prints the `$ref` key as a
 * property (`content: { $ref: unknown }`); such a reference is replaced by a
 * copy of its target before anything is hoisted.
 */
import { findRefs, type RefSite } from "./find-refs.js";
import { parsePointer } from "./json-pointer.js";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The index in `parts` where a schema begins: the name of a component schema,
 * or the step after a `schema` keyword (of a media type, parameter or header).
 * Undefined when the pointer never enters a schema.
 */
function schemaStart(parts: readonly string[]): number | undefined {
  if (parts[0] === "components" && parts[1] === "schemas" && parts.length >= 3) return 3;
  for (let i = 0; i < parts.length; i++) {
    // A property may be called `schema`: only a keyword position counts, i.e. not right after `properties`.
    if (parts[i] === "schema" && parts[i - 1] !== "properties") return i + 1;
  }
  return undefined;
}

/** True for a pointer to a parameter listed under a path or an operation (`#/paths/~1x/get/parameters/0`). */
export function isPathParameterPointer(parts: readonly string[]): boolean {
  return parts[0] === "paths" && parts.at(-2) === "parameters" && /^\d+$/.test(parts.at(-1) ?? "");
}

type Group = "schemas" | "parameters";

/**
 * The components group an object written under `paths` moves to when `parts`
 * points at one: only parameters. A response or request body reached through
 * `paths` is printed as an access that compiles, and moving it would strand
 * the references that pass through it (an example of its media type: digitalocean).
 */
function pathObjectGroup(parts: readonly string[]): Group | undefined {
  return isPathParameterPointer(parts) ? "parameters" : undefined;
}

/** True for a pointer into a schema that is not itself a named component schema. */
export function isDeepSchemaPointer(parts: readonly string[]): boolean {
  const start = schemaStart(parts);
  if (start === undefined) return false;
  return !(parts[0] === "components" && parts[1] === "schemas" && parts.length === 3);
}

/** The value at `parts`, following `$ref`s met on the way; with its holder and key, to replace it. */
function walkTo(
  root: Json,
  parts: readonly string[],
): { holder: Json | unknown[]; key: string; value: unknown } | undefined {
  let node: unknown = root;
  let holder: Json | unknown[] | undefined;
  let key = "";
  for (let i = 0; i < parts.length; i++) {
    for (let hops = 0; isObject(node) && typeof node["$ref"] === "string" && hops < 32; hops++) {
      const ref = node["$ref"];
      if (!ref.startsWith("#")) return undefined;
      const target = walkTo(root, parsePointer(ref));
      if (target === undefined) return undefined;
      node = target.value;
    }
    const step = parts[i]!;
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(step) || Number(step) >= node.length) return undefined;
    } else if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, step)) {
      return undefined;
    }
    holder = node as Json | unknown[];
    key = step;
    node = (node as Record<string, unknown>)[step];
  }
  return holder === undefined ? undefined : { holder, key, value: node };
}

const STRUCTURAL = new Set([
  "components",
  "schemas",
  "responses",
  "requestBodies",
  "parameters",
  "headers",
  "content",
  "schema",
  "paths",
  "properties",
]);

function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/** A component name for the schema at `parts`: `SmsToItem` for `…/Sms/properties/to/items`. */
function nameFor(parts: readonly string[]): string {
  const words = parts
    // Path templates (`/sms/{id}`) are kept; media types (`application/json`) and keywords are not.
    .filter((p) => p.startsWith("/") || (!STRUCTURAL.has(p) && !p.includes("/")))
    .map((p) => (p === "items" ? "Item" : pascal(p)));
  const name = words.join("");
  return name === "" ? "Hoisted" : /^\d/.test(name) ? `Schema${name}` : name;
}

/** Keys whose children are named schemas or properties, never a `content` map. */
const NAMING = new Set(["properties", "patternProperties", "schemas", "definitions", "$defs"]);

/**
 * True when the `$ref` at `pointer` (of the `$ref` key) stands where OpenAPI
 * allows no reference: as a `content` map, or as a media type object in one.
 */
function isUnreferenceablePlace(pointer: readonly (string | number)[]): boolean {
  const at = pointer.slice(0, -1).map(String);
  const n = at.length;
  if (at[n - 1] === "content" && !NAMING.has(at[n - 2] ?? "")) return true;
  return at[n - 2] === "content" && !NAMING.has(at[n - 3] ?? "");
}

/**
 * Replaces each `$ref` of `refs` that stands where no reference is allowed by
 * a copy of its target (refs inside the copy stay refs). Returns how many.
 */
function inlineUnreferenceable(root: Json, refs: readonly RefSite[]): number {
  let count = 0;
  for (const site of refs) {
    if (!site.ref.startsWith("#/") || !isUnreferenceablePlace(site.pointer())) continue;
    let target = walkTo(root, parsePointer(site.ref))?.value;
    // A reference to a reference: follow it to the object it names.
    for (let hops = 0; isObject(target) && typeof target["$ref"] === "string" && hops < 32; hops++) {
      const next = target["$ref"] as string;
      target = next.startsWith("#") ? walkTo(root, parsePointer(next))?.value : undefined;
    }
    if (!isObject(target)) continue;
    const holder = site.holder();
    delete holder["$ref"];
    Object.assign(holder, structuredClone(target));
    count++;
  }
  return count;
}

/**
 * Hoists the deep schema targets of `refs` in `data` (mutated), after
 * inlining references that stand where none is allowed. Returns how many
 * targets were hoisted or inlined, so the caller can find the refs again.
 */
export function hoistDeepRefs(data: unknown, found: readonly RefSite[]): number {
  if (!isObject(data)) return 0;
  const inlined = inlineUnreferenceable(data, found);
  // A copy may hold deep references of its own: they are hoisted like the others.
  const refs = inlined > 0 ? findRefs(data) : found;
  const deep = [...new Set(refs.map((r) => r.ref))].filter((ref) => {
    if (!ref.startsWith("#/")) return false;
    const parts = parsePointer(ref);
    return isDeepSchemaPointer(parts) || pathObjectGroup(parts) !== undefined;
  });
  if (deep.length === 0) return inlined;
  const components = isObject(data["components"]) ? data["components"] : (data["components"] = {});
  const groupOf = (kind: Group): Json => (isObject(components[kind]) ? components[kind] : (components[kind] = {}));
  // Resolved before anything moves; deepest first, so a target's own deep parts are hoisted before it.
  const targets = deep
    .map((ref) => ({
      ref,
      parts: parsePointer(ref),
      at: walkTo(data, parsePointer(ref)),
    }))
    .filter((t) => t.at !== undefined && (isObject(t.at.value) || typeof t.at.value === "boolean"))
    .sort((a, b) => b.parts.length - a.parts.length || a.ref.localeCompare(b.ref));
  const renamed = new Map<string, string>();
  const byValue = new Map<unknown, string>();
  const aliases: Array<{ ref: string; to: string }> = [];
  for (const { ref, parts, at } of targets) {
    const { holder, key, value } = at!;
    // A target that is itself a reference: point at what it points at (resolved below), hoist nothing.
    if (isObject(value) && typeof value["$ref"] === "string" && Object.keys(value).length === 1) {
      aliases.push({ ref, to: value["$ref"] });
      continue;
    }
    // Two pointers to one schema (through different $refs) share one component.
    const existing = byValue.get(value);
    if (existing !== undefined) {
      renamed.set(ref, existing);
      continue;
    }
    // openapi-typescript prints a parameter reached through `paths` as an access into an optional
    // `query` group, which does not compile; a named component parameter is printed correctly.
    const kind = pathObjectGroup(parts) ?? "schemas";
    const group = groupOf(kind);
    const base =
      kind === "parameters" && isObject(value) && typeof value["name"] === "string"
        ? pascal(value["name"]) || "Parameter"
        : nameFor(parts);
    let name = base;
    for (let n = 2; Object.prototype.hasOwnProperty.call(group, name); n++) name = `${base}${n}`;
    const target = `#/components/${kind}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    group[name] = value;
    (holder as Record<string, unknown>)[key] = { $ref: target };
    renamed.set(ref, target);
    byValue.set(value, target);
  }
  for (const { ref, to } of aliases) {
    let target = to;
    for (let hops = 0; renamed.has(target) && hops < 32; hops++) target = renamed.get(target)!;
    renamed.set(ref, target);
  }
  let count = 0;
  for (const site of refs) {
    const target = renamed.get(site.ref);
    if (target === undefined) continue;
    const holder = site.holder();
    if (isObject(holder)) {
      holder["$ref"] = target;
      count++;
    }
  }
  return inlined + (count > 0 ? renamed.size : 0);
}
