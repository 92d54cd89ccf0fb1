/**
 * Where a key of the configuration is written, for a located error. A JSON
 * config is parsed with positions, so the place is exact. A script config
 * (`.ts`, `.mjs`) is code that only running gives the value of, so its
 * place is found in the text: the `clients` entry by the n-th `input:` key
 * after `clients`, then the key after it. Good enough to point at the line,
 * and never wrong about the file.
 */
import { childOf, parseYaml } from "../load/yaml-positions.js";
import type { SourcePosition } from "../check/diagnostic.js";

export type ConfigPath = ReadonlyArray<string | number>;

/** 1-based line and column of `offset` in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The offset of `path` in a JSON text, or of the nearest parent that is there. */
function jsonOffset(text: string, path: ConfigPath): number {
  const { doc } = parseYaml(text);
  let node: unknown = doc.contents;
  let offset = 0;
  for (const step of path) {
    const child = childOf(node, step);
    if (child === undefined) break;
    node = child.node;
    offset = child.offset ?? offset;
  }
  return offset;
}

/** The offset of `key:` (bare or quoted) at or after `from`, or -1. */
function keyAfter(text: string, key: string, from: number): number {
  const pattern = new RegExp(`(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\1\\s*:`, "g");
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The offset of `path` in a script config's text, as near as the text tells. */
function scriptOffset(text: string, path: ConfigPath): number {
  let offset = Math.max(0, keyAfter(text, "clients", 0));
  const [, index, key] = path;
  if (path[0] !== "clients" || typeof index !== "number") return path[0] === undefined ? 0 : Math.max(0, keyAfter(text, String(path[0]), 0));
  // Each client has an `input`: the n-th one after `clients` is in the n-th client.
  let at = offset;
  for (let i = 0; i <= index; i++) {
    const next = keyAfter(text, "input", at + (i === 0 ? 0 : 1));
    if (next === -1) return offset;
    at = next;
  }
  // Keys may come before `input` in an entry: look back to the entry's opening brace first.
  const start = text.lastIndexOf("{", at);
  offset = start === -1 ? at : start;
  if (key === undefined) return offset;
  const found = keyAfter(text, String(key), offset);
  return found === -1 ? offset : found;
}

/** Where `path` of the config in `file` (whose text is `text`) is written. */
export function locateKey(file: string, text: string, path: ConfigPath): SourcePosition {
  const offset = file.endsWith(".json") ? jsonOffset(text, path) : scriptOffset(text, path);
  return { file, ...lineColumn(text, offset) };
}
