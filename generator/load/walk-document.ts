/**
 * One walk over the structure of a document, shared by every stage that looks
 * at all of its objects (normalisation, schema checks, the model's scan of
 * discriminators; `findRefs` uses the same notion of data). Values that are
 * data, not structure, are not entered: `example(s)`, `enum`, `const`,
 * `default` and `x-…` extensions; but under `properties` every key is a
 * property name, and under `responses` `default` is a status. Frames keep a
 * link to their parent, so a pointer is built only when one is needed.
 */
import type { Pointer } from "./json-pointer.js";

export interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

const DATA_KEYS = new Set(["example", "examples", "enum", "const", "default"]);

/** True when the value at `key` of an object found at `parentKey` is data, not structure. */
export function isDataKey(key: string, parentKey: string | number): boolean {
  if (parentKey === "properties") return false;
  if (key === "default" && parentKey === "responses") return false;
  return DATA_KEYS.has(key) || key.startsWith("x-");
}

/** Where `frame` is, with `rest` appended. */
export function pointerOf(frame: Frame, ...rest: (string | number)[]): Pointer {
  const steps: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) steps.push(f.key);
  return [...steps.reverse(), ...rest];
}

/**
 * Calls `visit` on every object of `root` outside data, before its children
 * are read (so a visit may rewrite them), depth first.
 */
export function walkDocument(root: unknown, visit: (record: Record<string, unknown>, frame: Frame) => void): void {
  const stack: Frame[] = [{ value: root, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (typeof value[i] === "object" && value[i] !== null) stack.push({ value: value[i], parent: frame, key: i });
      }
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const record = value as Record<string, unknown>;
    visit(record, frame);
    for (const key in record) {
      if (isDataKey(key, frame.key)) continue;
      const child = record[key];
      if (typeof child === "object" && child !== null) stack.push({ value: child, parent: frame, key });
    }
  }
}
