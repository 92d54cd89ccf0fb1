/**
 * The value an Example Object shows. OpenAPI 3.2 splits an example into
 * `dataValue` (the data, as the schema describes it) and `serializedValue`
 * (the text sent on the wire); before 3.2 there is only `value`. The data is
 * what a doc comment's `@example` and the reference show, `value` standing in
 * for it; the serialized form is shown beside it as the wire form.
 */
import { resolveRef } from "../load/resolve-ref.js";
import { isObject } from "./context.js";

export interface ExampleValues {
  /** `dataValue`, else `value`; undefined when neither is given. */
  readonly data?: unknown;
  /** `serializedValue`, when it is a string. */
  readonly serialized?: string | undefined;
}

/** The first example of an `examples` map (following a `$ref` to `components.examples`). */
export function firstExample(root: unknown, examples: unknown): ExampleValues {
  if (!isObject(examples)) return {};
  const first = Object.values(examples)[0];
  const { value } = resolveRef(root, first, []);
  if (!isObject(value)) return {};
  const serialized = typeof value["serializedValue"] === "string" ? value["serializedValue"] : undefined;
  return { data: value["dataValue"] ?? value["value"], serialized };
}
