/**
 * Positions in a YAML (or JSON) text: parsing with a line counter, and
 * walking the parsed tree by JSON pointer steps to the offset of a key or an
 * item. Shared by the load stage (locating diagnostics) and the change report
 * (locating a change in the file the user wrote it in).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export interface ParsedYaml {
  readonly doc: Document;
  readonly lines: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, merge: true, uniqueKeys: false, prettyErrors: false });
  return { doc, lines };
}

/** The child of `node` named by `step`, with the offset of its key (or of the item); undefined when absent. */
export function childOf(
  node: unknown,
  step: string | number,
): { node: unknown; offset: number | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step),
    );
    return pair === undefined ? undefined : { node: pair.value, offset: (pair.key as Node).range?.[0] };
  }
  if (isSeq(node)) {
    const item = node.items[Number(step)] as Node | undefined;
    return item === undefined ? undefined : { node: item, offset: item.range?.[0] };
  }
  return undefined;
}

/** The offset of `pointer` in `doc`: the key of its last step (or the item), or the deepest step found. */
export function yamlOffset(doc: Document, pointer: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const step of pointer) {
    const child = childOf(node, step);
    if (child === undefined) return offset;
    offset = child.offset ?? offset;
    node = child.node;
  }
  return offset;
}
