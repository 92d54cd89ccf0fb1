/**
 * Schema rules that openapi-typescript would otherwise trip over with a
 * message about a construct the document does not have: an `enum` whose
 * values cannot be of the schema's `type` (mercedes-benz's configurator:
 * `type: object` with `enum: [PKW, VAN]`, which openapi-typescript reports as
 * "Expected SchemaObject, received string at …/oneOf/0").
 */
import type { LoadedDocument } from "../load/load-document.js";
import type { Pointer } from "../load/json-pointer.js";
import type { Diagnostic } from "./diagnostic.js";

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

function pointerOf(frame: Frame, ...rest: (string | number)[]): Pointer {
  const steps: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) steps.push(f.key);
  return [...steps.reverse(), ...rest];
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Keys whose values are data, not schemas (under `properties` they are property names). */
const DATA_KEYS = new Set(["example", "examples", "enum", "const", "default"]);

export function checkSchemas(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stack: Frame[] = [{ value: document.data, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, parent: frame, key: i }));
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const record = value as Record<string, unknown>;
    const type = record["type"];
    const values = record["enum"];
    // Only `object`: openapi-typescript fails on it, while an `array` with scalar values (bbc, daniweb…)
    // still gives a usable type, so refusing it would lose clients that work.
    if (type === "object" && Array.isArray(values) && frame.key !== "properties") {
      const wanted = "an object";
      const stray = values.find((v) => v !== null && kindOf(v) !== wanted);
      if (stray !== undefined) {
        diagnostics.push({
          severity: "error",
          position: document.locate(pointerOf(frame, "enum", values.indexOf(stray))),
          message: `an enum value of a \`type: ${type}\` schema is ${kindOf(stray)} (${JSON.stringify(stray)}), not ${wanted}`,
          fix: `give the schema the type of its values (e.g. \`type: ${typeof stray === "number" ? "number" : typeof stray}\`), or remove the enum`,
        });
      }
    }
    const inProperties = frame.key === "properties";
    for (const [key, child] of Object.entries(record)) {
      if (
        !inProperties &&
        (DATA_KEYS.has(key) || key.startsWith("x-")) &&
        !(key === "default" && frame.key === "responses")
      )
        continue;
      if (typeof child === "object" && child !== null) stack.push({ value: child, parent: frame, key });
    }
  }
  return diagnostics;
}
