/**
 * Finding every `$ref` in a document in one walk. Values that are data, not
 * structure (`example`, `default`, `enum`, `const`, `x-…`, schema `examples`,
 * an Example Object's `value`), are skipped: a `$ref` key inside an example is
 * the example's content, not a reference. Pointers are built only on demand,
 * so the walk stays cheap on 13 MB documents.
 */
import type { Pointer } from "./json-pointer.js";
import { isDataKey, pointerOf, type Frame } from "./walk-document.js";

export interface RefSite {
  readonly ref: string;
  /** Where the `$ref` key is written. */
  pointer(): Pointer;
  /** The object holding the `$ref` key, to rewrite it in place. */
  holder(): Record<string, unknown>;
}

/** Every `$ref` string in `root`, in document order. */
export function findRefs(root: unknown): RefSite[] {
  const sites: RefSite[] = [];
  const stack: Frame[] = [{ value: root, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: frame, key: i });
      continue;
    }
    const record = value as Record<string, unknown>;
    const ref = record["$ref"];
    if (typeof ref === "string") {
      sites.push({ ref, pointer: () => [...pointerOf(frame), "$ref"], holder: () => record });
    }
    const keys = Object.keys(record);
    const inProperties = frame.key === "properties";
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const child = record[key];
      if (!inProperties && key === "examples") {
        // Schema `examples` (an array) is data; an `examples` map holds Example Objects, whose `value` is data.
        if (Array.isArray(child) || typeof child !== "object" || child === null) continue;
        const examples: Frame = { value: child, parent: frame, key };
        for (const [name, example] of Object.entries(child as Record<string, unknown>)) {
          const exampleRef = (example as { $ref?: unknown } | null)?.$ref;
          if (typeof exampleRef === "string") stack.push({ value: { $ref: exampleRef }, parent: examples, key: name });
        }
        continue;
      }
      if (isDataKey(key, frame.key)) continue;
      if (key !== "$ref") stack.push({ value: child, parent: frame, key });
    }
  }
  return sites;
}
