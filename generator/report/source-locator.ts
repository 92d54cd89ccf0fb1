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
import { isMap, isScalar, type Node } from "yaml";
import type { SourcePosition } from "../check/diagnostic.js";
import { parsePointer, type Pointer } from "../load/json-pointer.js";
import { childOf, parseYaml, type ParsedYaml } from "../load/yaml-positions.js";

/** Follows a logical pointer through the files it crosses; each file is parsed once, on first use. */
export type SourceLocator = (pointer: Pointer) => SourcePosition;

/** The value of a node's `$ref` key, when the node is a reference. */
function refOf(node: unknown): string | undefined {
  const value = isMap(node) ? childOf(node, "$ref")?.node : undefined;
  return isScalar(value) && typeof value.value === "string" ? value.value : undefined;
}

export function createSourceLocator(rootFile: string): SourceLocator {
  const files = new Map<string, ParsedYaml | undefined>();
  const open = (file: string): ParsedYaml | undefined => {
    if (!files.has(file)) {
      try {
        files.set(file, parseYaml(readFileSync(file, "utf8")));
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
      found = position(file, next.offset ?? 0);
      node = next.node;
    }
    return found;
  };
}
