/**
 * Bounds a parsed YAML document before it becomes JavaScript values: its
 * nesting depth and its size with every alias expanded (see
 * document-bounds.ts). The `yaml` library's own guard counts alias *uses*
 * (`maxAliasCount`), which rejects real documents that use one small anchor
 * a few hundred times; counting the values an alias produces rejects only
 * expansions that are really large. Aliases that name an anchor not yet
 * defined, or one that contains them (a cycle, which `toJS` turns into a
 * circular object every later walk would loop on), are errors here too.
 *
 * One iterative walk over the syntax tree, in document order: an anchor's
 * size and height are known when its node closes, before any alias to it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import { MAX_DEPTH, MAX_VALUES, shortPointer } from "./document-bounds.js";

export interface ShapeProblem {
  /** Offset in the text of the node at fault. */
  readonly offset: number;
  readonly message: string;
  readonly fix: string;
}

interface Frame {
  readonly node: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number;
  readonly depth: number;
  /** Deepest level reached inside this node, aliases expanded. */
  deepest: number;
  /** Values counted before this node was entered. */
  start: number;
  closing: boolean;
}

interface Anchor {
  open: boolean;
  size: number;
  height: number;
}

function pointerOf(frame: Frame): (string | number)[] {
  const steps: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) steps.push(f.key);
  return steps.reverse();
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : "?";
}

function offsetOf(node: unknown, frame: Frame): number {
  for (let f: Frame | undefined = frame; f !== undefined; f = f.parent) {
    const range = (f.node as Node | null)?.range;
    if (range !== undefined && range !== null) return range[0];
  }
  return (node as Node | null)?.range?.[0] ?? 0;
}

export function checkYamlShape(doc: Document): ShapeProblem | undefined {
  const anchors = new Map<string, Anchor>();
  const open: Anchor[] = [];
  const stack: Frame[] = [
    { node: doc.contents, parent: undefined, key: "", depth: 0, deepest: 0, start: 0, closing: false },
  ];
  let count = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node, depth } = frame;
    if (frame.closing) {
      if (frame.parent !== undefined) frame.parent.deepest = Math.max(frame.parent.deepest, frame.deepest);
      const name = (node as Node).anchor;
      if (name !== undefined) {
        const anchor = open.pop()!;
        anchor.open = false;
        anchor.size = count - frame.start;
        anchor.height = frame.deepest - depth;
      }
      continue;
    }
    if (depth > MAX_DEPTH) {
      return {
        offset: offsetOf(node, frame),
        message: `the document is nested more than ${MAX_DEPTH} levels deep, at ${shortPointer(pointerOf(frame))}`,
        fix: `flatten the structure: name deep schemas under components and refer to them with $ref (real documents stay under ${MAX_DEPTH} levels)`,
      };
    }
    if (frame.parent !== undefined) frame.parent.deepest = Math.max(frame.parent.deepest, depth);
    if (isAlias(node)) {
      const anchor = anchors.get(node.source);
      const where = `*${node.source} at ${shortPointer(pointerOf(frame))}`;
      if (anchor === undefined) {
        return {
          offset: offsetOf(node, frame),
          message: `the alias ${where} names no anchor defined before it`,
          fix: `define \`&${node.source}\` before this alias, or correct its name`,
        };
      }
      if (anchor.open) {
        return {
          offset: offsetOf(node, frame),
          message: `the alias ${where} is inside the node its anchor names, so it would contain itself without end`,
          fix: "use a $ref for recursive structures; a YAML alias copies its anchor's node",
        };
      }
      count += anchor.size;
      if (count > MAX_VALUES) {
        return {
          offset: offsetOf(node, frame),
          message: `the alias ${where} expands to ${anchor.size.toLocaleString("en")} values, and with it the document's aliases expand to more than ${MAX_VALUES.toLocaleString("en")} values`,
          fix: "write the shared part once under components and refer to it with $ref instead of nesting YAML aliases",
        };
      }
      if (depth + anchor.height > MAX_DEPTH) {
        return {
          offset: offsetOf(node, frame),
          message: `the alias ${where} nests the document more than ${MAX_DEPTH} levels deep`,
          fix: "refer to the shared part with $ref instead of nesting YAML aliases",
        };
      }
      if (frame.parent !== undefined) frame.parent.deepest = Math.max(frame.parent.deepest, depth + anchor.height);
      continue;
    }
    count++;
    if (count > MAX_VALUES) {
      return {
        offset: offsetOf(node, frame),
        message: `the document holds more than ${MAX_VALUES.toLocaleString("en")} values`,
        fix: "split the document into smaller ones",
      };
    }
    const name = (node as Node | null)?.anchor;
    const children: Array<[unknown, string | number]> = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        // A key that is a collection or an alias counts too; a scalar key is part of its pair.
        if (!isScalar(pair.key) && pair.key !== null) children.push([pair.key, "?"]);
        children.push([pair.value, keyOf(pair.key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => children.push([item, i]));
    }
    if (name === undefined && children.length === 0) continue;
    frame.start = count - 1;
    frame.closing = true;
    stack.push(frame);
    if (name !== undefined) {
      const anchor: Anchor = { open: true, size: 0, height: 0 };
      anchors.set(name, anchor);
      open.push(anchor);
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const [child, key] = children[i]!;
      stack.push({ node: child, parent: frame, key, depth: depth + 1, deepest: depth + 1, start: 0, closing: false });
    }
  }
  return undefined;
}
