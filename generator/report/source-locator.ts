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
import type { SourcePosition } from "../check/diagnostic.js";
import { createJsonLocator } from "../load/json-positions.js";
import { parsePointer, type Pointer } from "../load/json-pointer.js";
import { yamlOffset } from "../load/yaml-positions.js";
import { parseYamlAt, type ParseMemo } from "../load/parse-memo.js";

/** Follows a logical pointer through the files it crosses; each file is parsed once, on first use. */
export type SourceLocator = (pointer: Pointer) => SourcePosition;

/** One file as the locator reads it: its data, and where a pointer within it is written. */
interface SourceText {
  readonly data: unknown;
  position(pointer: Pointer): SourcePosition;
}

/** Parses `file`: JSON through JSON.parse and the scanner (fast on 13 MB), YAML with its positions. */
function readSource(file: string, memo: ParseMemo | undefined): SourceText {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".json") || text.trimStart().startsWith("{")) {
    try {
      return { data: JSON.parse(text) as unknown, position: createJsonLocator(file, text) };
    } catch {
      // Not JSON after all: YAML reads JSON-like text too.
    }
  }
  const parsed = parseYamlAt(memo, file, text);
  return {
    data: parsed.doc.toJS() as unknown,
    position: (pointer) => {
      const { line, col } = parsed.lines.linePos(yamlOffset(parsed.doc, pointer));
      return { file, line, column: col };
    },
  };
}

/** The value of `value`'s own `$ref` key, when it is a reference. */
function refOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, "$ref")) return undefined;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === "string" ? ref : undefined;
}

/** The child of `value` at `step` (own properties and array items only). */
function childOf(value: unknown, step: string | number): unknown {
  if (Array.isArray(value)) return value[Number(step)];
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, String(step))) return undefined;
  return (value as Record<string, unknown>)[String(step)];
}

/** `memo`: a long-lived session's parses (watch mode), shared with the load stage's. */
export function createSourceLocator(rootFile: string, memo?: ParseMemo): SourceLocator {
  const files = new Map<string, SourceText | undefined>();
  const open = (file: string): SourceText | undefined => {
    if (!files.has(file)) {
      try {
        files.set(file, readSource(file, memo));
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file);
  };

  /** Where a `$ref` leads: its file, the pointer within it and the value there; undefined for remote or broken references. */
  const follow = (file: string, ref: string): { file: string; at: Pointer; value: unknown } | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return undefined;
    const hash = ref.indexOf("#");
    const path = hash === -1 ? ref : ref.slice(0, hash);
    const target = path === "" ? file : join(dirname(file), path);
    const source = open(target);
    if (source === undefined) return undefined;
    const at = parsePointer(hash === -1 ? "" : ref.slice(hash));
    let value = source.data;
    for (const step of at) {
      value = childOf(value, step);
      if (value === undefined) return undefined;
    }
    return { file: target, at, value };
  };

  return (pointer) => {
    const root = open(rootFile);
    if (root === undefined) return { file: rootFile, line: 1, column: 1 };
    let file = rootFile;
    let at: Pointer = [];
    let value = root.data;
    let found = root.position(at);
    for (const step of pointer) {
      // A reference is transparent: the step is taken in the value it names (cycles end at the hop limit).
      for (let hops = 0, ref = refOf(value); ref !== undefined && hops < 32; hops++, ref = refOf(value)) {
        const target = follow(file, ref);
        if (target === undefined) return found;
        ({ file, at, value } = target);
      }
      const next = childOf(value, step);
      if (next === undefined) return found;
      at = [...at, step];
      found = open(file)!.position(at);
      value = next;
    }
    return found;
  };
}
