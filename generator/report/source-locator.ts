/**
 * Where an element of the surface is written, as the user wrote it. The
 * loaded document is one bundled tree, so its positions stop at the root
 * file; here a pointer read through `$ref`s (`paths › /threads › get ›
 * parameters › 0`) is followed through the original files instead, jumping
 * along each `$ref` the way the user's own reader would, so a parameter
 * defined in `spec/zep/threads.yaml` is reported there. A step that cannot
 * be followed (a remote `$ref`, content added at load) stops at the last
 * place reached.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { SourcePosition } from "../check/diagnostic.js";
import { parsePointer, type Pointer } from "../load/json-pointer.js";

interface SourceFile {
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** Follows a logical pointer through the files it crosses; each file is parsed once, on first use. */
export type SourceLocator = (pointer: Pointer) => SourcePosition;

/** The value of a node's `$ref` key, when the node is a reference. */
function refOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === "$ref");
  const value = pair?.value;
  return isScalar(value) && typeof value.value === "string" ? value.value : undefined;
}

/** The child of `node` named by `step`, with the offset of its key (or item). */
function childOf(node: unknown, step: string | number): { node: unknown; offset: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step),
    );
    if (pair === undefined) return undefined;
    return { node: pair.value, offset: (pair.key as Node).range?.[0] ?? 0 };
  }
  if (isSeq(node)) {
    const item = node.items[Number(step)] as Node | undefined;
    return item === undefined ? undefined : { node: item, offset: item.range?.[0] ?? 0 };
  }
  return undefined;
}

export function createSourceLocator(rootFile: string): SourceLocator {
  const files = new Map<string, SourceFile | undefined>();
  const open = (file: string): SourceFile | undefined => {
    if (!files.has(file)) {
      try {
        const lines = new LineCounter();
        const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines, uniqueKeys: false });
        files.set(file, { doc, lines });
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file);
  };
  const position = (file: string, offset: number): SourcePosition => {
    const { line, col } = open(file)!.lines.linePos(offset);
    return { file, line, column: col };
  };

  /** The node a `$ref` names, and its file; undefined for remote or broken references. */
  const follow = (file: string, ref: string): { file: string; node: unknown } | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return undefined;
    const hash = ref.indexOf("#");
    const path = hash === -1 ? ref : ref.slice(0, hash);
    const target = path === "" ? file : join(dirname(file), path);
    let node: unknown = open(target)?.doc.contents;
    if (node === undefined) return undefined;
    for (const step of parsePointer(hash === -1 ? "" : ref.slice(hash))) {
      node = childOf(node, step)?.node;
      if (node === undefined) return undefined;
    }
    return { file: target, node };
  };

  return (pointer) => {
    const root = open(rootFile);
    if (root === undefined) return { file: rootFile, line: 1, column: 1 };
    let file = rootFile;
    let node: unknown = root.doc.contents;
    let found = position(file, (node as Node | null)?.range?.[0] ?? 0);
    for (const step of pointer) {
      // A reference is transparent: the step is taken in the node it names (cycles end at the hop limit).
      for (let hops = 0, ref = refOf(node); ref !== undefined && hops < 32; hops++, ref = refOf(node)) {
        const target = follow(file, ref);
        if (target === undefined) return found;
        ({ file, node } = target);
      }
      const next = childOf(node, step);
      if (next === undefined) return found;
      found = position(file, next.offset);
      node = next.node;
    }
    return found;
  };
}
