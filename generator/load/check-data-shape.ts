/**
 * Bounds a document already made of JavaScript values (parsed JSON, or the
 * result of bundling files the `yaml` walk never saw): its nesting depth and
 * its size counted as every later walk counts it, so an object shared from
 * many places (what an external file's YAML aliases become) counts each
 * time, and a circular one ends at the depth bound instead of looping. One
 * iterative walk that stops at the first bound crossed; see document-bounds.ts.
 * The same walk refuses a `$ref` that is not a string (outside data such as
 * examples), which the Swagger 2 converter and the bundler crash on.
 */
import { MAX_DEPTH, MAX_VALUES, shortPointer } from "./document-bounds.js";
import type { Pointer } from "./json-pointer.js";
import { isDataKey } from "./walk-document.js";

export interface DataShapeProblem {
  /** Where the walk was when the bound was crossed. */
  readonly pointer: Pointer;
  readonly message: string;
  readonly fix: string;
}

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number;
  readonly depth: number;
  /** Inside an example, default, enum or extension: values, not structure. */
  readonly inData: boolean;
}

function pointerOf(frame: Frame): (string | number)[] {
  const steps: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) steps.push(f.key);
  return steps.reverse();
}

export function checkDataShape(root: unknown): DataShapeProblem | undefined {
  const stack: Frame[] = [{ value: root, parent: undefined, key: "", depth: 0, inData: false }];
  let count = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (++count > MAX_VALUES) {
      const pointer = pointerOf(frame);
      return {
        pointer,
        message: `the document holds more than ${MAX_VALUES.toLocaleString("en")} values (counting each use of a shared part), reached at ${shortPointer(pointer)}`,
        fix: "split the document, or refer to shared parts with $ref instead of YAML aliases",
      };
    }
    const { value, depth } = frame;
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) {
      // Only a container can be too deep: a scalar at the bound adds no level a walk must descend.
      const first = Array.isArray(value) ? (value.length > 0 ? 0 : undefined) : Object.keys(value)[0];
      if (first === undefined) continue;
      const pointer = [...pointerOf(frame), first];
      return {
        pointer,
        message: `the document is nested more than ${MAX_DEPTH} levels deep, at ${shortPointer(pointer)}`,
        fix: `flatten the structure: name deep schemas under components and refer to them with $ref (real documents stay under ${MAX_DEPTH} levels)`,
      };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1, inData: frame.inData });
      }
    } else {
      const record = value as Record<string, unknown>;
      // Under `properties` a key named `$ref` is a property, not a reference.
      if (!frame.inData && frame.key !== "properties" && "$ref" in record && typeof record["$ref"] !== "string") {
        const pointer = [...pointerOf(frame), "$ref"];
        return {
          pointer,
          message: `$ref is ${JSON.stringify(record["$ref"])?.slice(0, 40) ?? "undefined"}, not a string (at ${shortPointer(pointer)})`,
          fix: 'write the reference as a string, e.g. `$ref: "#/components/schemas/Thing"`',
        };
      }
      const keys = Object.keys(record);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const inData = frame.inData || isDataKey(key, frame.key);
        stack.push({ value: record[key], parent: frame, key, depth: depth + 1, inData });
      }
    }
  }
  return undefined;
}
