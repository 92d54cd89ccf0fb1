/**
 * Every local `$ref` must name something that exists. Values that are data,
 * not structure (`example`, `examples` values, `default`, `enum`, `const`), are
 * skipped: a `$ref` key inside an example is the example's content.
 */
import { formatPointer, getAt, parsePointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import type { Diagnostic } from "./diagnostic.js";

const DATA_KEYS = new Set(["example", "default", "enum", "const"]);

export function checkRefs(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const root = document.data;
  const stack: Array<{ value: unknown; pointer: (string | number)[] }> = [{ value: root, pointer: [] }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: [...pointer, i] }));
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const record = value as Record<string, unknown>;
    const ref = record["$ref"];
    if (typeof ref === "string" && ref.startsWith("#") && getAt(root, parsePointer(ref)) === undefined) {
      diagnostics.push({
        severity: "error",
        position: document.locate([...pointer, "$ref"]),
        message: `$ref "${ref}" points to nothing: ${formatPointer(parsePointer(ref))} does not exist in ${document.file}`,
        fix: "correct the reference or add the component it names",
      });
    }
    for (const [key, child] of Object.entries(record)) {
      if (DATA_KEYS.has(key) || key.startsWith("x-")) continue;
      if (key === "examples") {
        // Schema `examples` (an array) is data; an `examples` map holds Example Objects, whose `value` is data.
        if (Array.isArray(child) || typeof child !== "object" || child === null) continue;
        for (const [name, example] of Object.entries(child as Record<string, unknown>)) {
          if (typeof example === "object" && example !== null && typeof (example as { $ref?: unknown }).$ref === "string") {
            stack.push({ value: { $ref: (example as { $ref: string }).$ref }, pointer: [...pointer, key, name] });
          }
        }
        continue;
      }
      // Under `properties`, `enum`/`default`/… are property names, not keywords.
      if (key === "properties" && typeof child === "object" && child !== null) {
        for (const [name, schema] of Object.entries(child as Record<string, unknown>)) {
          stack.push({ value: schema, pointer: [...pointer, key, name] });
        }
        continue;
      }
      stack.push({ value: child, pointer: [...pointer, key] });
    }
  }
  // The stack walks in reverse; report in document order.
  return diagnostics.reverse();
}
