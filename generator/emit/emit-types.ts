/**
 * `types.ts`: the schema types, from openapi-typescript, which owns
 * schema-to-type translation (composition, nullability in 3.0 and 3.1,
 * discriminators). Binary schemas become `Blob` so files can be sent and
 * received as they are.
 */
import type { SchemaObject } from "openapi-typescript";

export async function emitTypes(document: unknown): Promise<string> {
  // Loaded here so a run that fails its checks never pays for TypeScript.
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ts = (await import("typescript")).default;
  const nodes = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    silent: true,
    // No `enum` declarations: the output must compile under erasableSyntaxOnly.
    enum: false,
    transform(schema: SchemaObject) {
      if ("format" in schema && schema.format === "binary") {
        return ts.factory.createTypeReferenceNode("Blob");
      }
      return undefined;
    },
  });
  return astToString(nodes);
}
