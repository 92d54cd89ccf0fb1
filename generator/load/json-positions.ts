/**
 * Positions in a JSON text without building a tree of it: a pointer is
 * followed by scanning the text, stepping over every value not on its way.
 * The documents that come as JSON are the big ones (GitHub's is 13 MB), where
 * parsing with positions (the `yaml` package, as for YAML files) costs two
 * seconds and a gigabyte; scanning to one pointer costs what reading the text
 * up to it does. Same answers as yaml-positions.ts: the offset of the last
 * step's key (or item), stopping at the deepest step found, first key of a
 * repeated name.
 */
import type { SourcePosition } from "../check/diagnostic.js";
import type { Pointer } from "./json-pointer.js";

const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index after the string starting at `i` (its opening quote). */
function skipString(text: string, i: number): number {
  for (let end = text.indexOf('"', i + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end + 1;
  }
  return text.length;
}

/** The index after the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first === 123 || first === 91) {
    let depth = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) i = skipString(text, i) - 1;
      else if (code === 123 || code === 91) depth++;
      else if ((code === 125 || code === 93) && --depth === 0) return i + 1;
    }
    return text.length;
  }
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 125 || code === 93 || isSpace(code)) break;
    i++;
  }
  return i;
}

/** The key starting at `i` as JSON reads it (escapes decoded only when there are any). */
function keyAt(text: string, i: number, end: number): string {
  const raw = text.slice(i + 1, end - 1);
  return raw.includes("\\") ? (JSON.parse(text.slice(i, end)) as string) : raw;
}

/** Where the value at `step` of the container starting at `i` begins, and where its key (or item) does. */
function childAt(text: string, i: number, step: string | number): { value: number; at: number } | undefined {
  const open = text.charCodeAt(i);
  if (open === 123) {
    const want = String(step);
    for (i = skipSpace(text, i + 1); text.charCodeAt(i) === QUOTE; ) {
      const keyEnd = skipString(text, i);
      const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
      if (keyAt(text, i, keyEnd) === want) return { value, at: i };
      i = skipSpace(text, skipValue(text, value));
      if (text.charCodeAt(i) !== 44) return undefined;
      i = skipSpace(text, i + 1);
    }
    return undefined;
  }
  if (open === 91) {
    const index = Number(step);
    if (!Number.isInteger(index) || index < 0) return undefined;
    i = skipSpace(text, i + 1);
    for (let n = 0; i < text.length && text.charCodeAt(i) !== 93; n++) {
      if (n === index) return { value: i, at: i };
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) !== 44) return undefined;
      i = skipSpace(text, i + 1);
    }
  }
  return undefined;
}

/** The offset of `pointer` in `text`: its last step's key or item, or the deepest step found. */
export function jsonOffset(text: string, pointer: Pointer): number {
  let value = skipSpace(text, 0);
  let offset = value;
  for (const step of pointer) {
    const child = childAt(text, value, step);
    if (child === undefined) return offset;
    offset = child.at;
    value = child.value;
  }
  return offset;
}

/** Locates pointers in one JSON file; line starts are indexed on first use. */
export function createJsonLocator(file: string, text: string): (pointer: Pointer) => SourcePosition {
  let starts: number[] | undefined;
  return (pointer) => {
    const offset = jsonOffset(text, pointer);
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: offset - starts[low]! + 1 };
  };
}
