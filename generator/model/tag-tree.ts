/**
 * The document's tags as a tree: OpenAPI 3.2's tag `parent` nests a tag under
 * another, and its `kind` says what the tag is for. Owns which tags can make
 * a resource, each tag's place (the chain of tag names from the top), and the
 * diagnostics for a `parent` that names no tag or leads back to itself.
 *
 * Kinds: no `kind` and `nav` are navigation, so they make resources; any other
 * kind (the registry's `badge` and `audience`, or a kind of the document's own)
 * labels operations for readers and makes none. Before 3.2 `parent` and `kind`
 * are not keywords (check-version-keywords.ts warns about them), so every tag
 * is a navigational top-level tag, as it always was.
 */
import type { Pointer } from "../load/json-pointer.js";
import { isOpenapi32 } from "../load/openapi-version.js";
import { isObject, report, text, type ModelContext } from "./context.js";

/** The kinds that make resources; a tag without `kind` is navigation too. */
const NAVIGATION_KINDS: ReadonlySet<string> = new Set(["nav"]);

export interface TagNode {
  readonly name: string;
  /** Index in the document's `tags` list. */
  readonly index: number;
  /** Tag names from the top down to this one (`["graph", "edge"]`); just the name when it has no usable parent. */
  readonly chain: readonly string[];
  /** False for a `kind` that is not navigation: the tag makes no resource. */
  readonly navigational: boolean;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
}

export interface TagTree {
  /** Declared tags by name, in document order (the first of two tags with one name wins). */
  readonly tags: ReadonlyMap<string, TagNode>;
  /** The first of an operation's tags that can make a resource, or undefined (its resource is then the default one). */
  readonly resourceTagOf: (tags: unknown) => { readonly name: string; readonly index: number } | undefined;
}

interface RawTag {
  readonly index: number;
  readonly parent?: string | undefined;
  readonly navigational: boolean;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
}

function readRawTags(root: Record<string, unknown>, is32: boolean): Map<string, RawTag> {
  const raw = new Map<string, RawTag>();
  if (!Array.isArray(root["tags"])) return raw;
  for (const [index, tag] of root["tags"].entries()) {
    if (!isObject(tag) || typeof tag["name"] !== "string" || raw.has(tag["name"])) continue;
    const kind = is32 ? tag["kind"] : undefined;
    raw.set(tag["name"], {
      index,
      parent: is32 && typeof tag["parent"] === "string" ? tag["parent"] : undefined,
      navigational: typeof kind !== "string" || NAVIGATION_KINDS.has(kind),
      summary: is32 ? text(tag["summary"]) : undefined,
      description: text(tag["description"]),
    });
  }
  return raw;
}

/** Reads `tags`, reporting each unusable `parent` once, at that tag's `parent`. */
export function toTagTree(ctx: ModelContext): TagTree {
  const raw = readRawTags(ctx.root, isOpenapi32(ctx.root["openapi"]));
  const parentAt = (name: string): Pointer => ["tags", raw.get(name)!.index, "parent"];
  const chains = new Map<string, readonly string[]>();
  const chainOf = (name: string): readonly string[] => {
    const known = chains.get(name);
    if (known !== undefined) return known;
    // Walk up until the top, a missing parent or a tag seen before on this walk (a cycle).
    const walk = [name];
    let chain: readonly string[] | undefined;
    for (let current = raw.get(name)!; ; ) {
      const parent = current.parent;
      if (parent === undefined) break;
      const cycleStart = walk.indexOf(parent);
      if (cycleStart !== -1) {
        const loop = [...walk.slice(cycleStart), parent];
        report(
          ctx,
          "error",
          parentAt(walk.at(-1)!),
          `the tag parents go round in a circle (${loop.map((t) => JSON.stringify(t)).join(" → ")}), so none of these tags has a place in the client's resource tree`,
          `remove \`parent\` from one of these tags (the one that should be at the top)`,
        );
        // Each tag of the loop stands at the top, so the rest of the run still has a tree.
        for (const tag of walk.slice(cycleStart)) chains.set(tag, [tag]);
        break;
      }
      const next = raw.get(parent);
      if (next === undefined) {
        report(
          ctx,
          "warning",
          parentAt(walk.at(-1)!),
          `the tag ${JSON.stringify(walk.at(-1))} names the parent ${JSON.stringify(parent)}, but no tag in \`tags\` has that name, so its resource is placed at the top of the client`,
          `declare a tag named ${JSON.stringify(parent)} in \`tags\`, or correct the name in \`parent\``,
        );
        break;
      }
      if (!next.navigational) {
        report(
          ctx,
          "warning",
          parentAt(walk.at(-1)!),
          `the tag ${JSON.stringify(walk.at(-1))} names the parent ${JSON.stringify(parent)}, whose \`kind\` is not navigation (no kind, or \`nav\`), so it makes no resource to nest under; the tag's resource is placed at the top of the client`,
          `give ${JSON.stringify(parent)} no \`kind\` or \`kind: nav\`, or choose a navigation tag as the parent`,
        );
        break;
      }
      const above = chains.get(parent);
      if (above !== undefined) {
        chain = above;
        break;
      }
      walk.push(parent);
      current = next;
    }
    // Fill the chains of the walk from the top down; a cycle has set some of them already.
    for (let i = walk.length - 1; i >= 0; i--) {
      const tag = walk[i]!;
      const settled = chains.get(tag);
      if (settled !== undefined) {
        chain = settled;
        continue;
      }
      chain = chain === undefined ? [tag] : [...chain, tag];
      chains.set(tag, chain);
    }
    return chains.get(name)!;
  };
  const tags = new Map<string, TagNode>();
  for (const [name, tag] of raw) {
    tags.set(name, {
      name,
      index: tag.index,
      chain: tag.navigational ? chainOf(name) : [name],
      navigational: tag.navigational,
      summary: tag.summary,
      description: tag.description,
    });
  }
  // Tags of a kind that is not navigation are passed over; the first other entry decides, as tags[0] did before 3.2.
  const resourceTagOf = (opTags: unknown): { name: string; index: number } | undefined => {
    if (!Array.isArray(opTags)) return undefined;
    const index = opTags.findIndex((t) => typeof t !== "string" || tags.get(t)?.navigational !== false);
    const name: unknown = opTags[index];
    return typeof name === "string" && name.trim() !== "" ? { name, index } : undefined;
  };
  return { tags, resourceTagOf };
}
