/**
 * `types.d.ts`: the schema types, from openapi-typescript, which owns
 * schema-to-type translation (composition, nullability in 3.0 and 3.1,
 * discriminators). Binary schemas become `Blob` so files can be sent and
 * received as they are.
 *
 * We call its transform directly instead of `openapiTS()`: that entry point
 * re-reads, re-bundles and lints the document with Redocly, which the load and
 * check stages have already done; on GitHub's document that is 2 s and the
 * whole of Redocly's load time. The context below mirrors the defaults
 * `openapiTS()` sets in openapi-typescript 7.13 (pinned exactly in package.json).
 * Its output then passes our repairs (`repair-types.ts`).
 */
import type ts from "typescript";
import { repairTypes } from "./repair-types.js";

/** Loads openapi-typescript's transform and TypeScript; safe to call early and more than once. */
export function loadTypeEmitter() {
  return Promise.all([
    import("openapi-typescript/dist/transform/index.js"),
    import("openapi-typescript/dist/lib/utils.js"),
    import("openapi-typescript/dist/lib/ts.js"),
    import("./typescript-default.js"),
  ]);
}

export async function emitTypes(document: unknown): Promise<string> {
  const [{ default: transformSchema }, { scanDiscriminators, resolveRef }, { astToString }, { default: typescript }] =
    await loadTypeEmitter();
  const options = { silent: true };
  const ctx: Record<string, unknown> = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, options),
    emptyObjectsUnknown: false,
    // No `enum` declarations: the output must compile under erasableSyntaxOnly.
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    silent: true,
    inject: undefined,
    transform(schema: { format?: unknown }): ts.TypeNode | undefined {
      return schema.format === "binary" ? typescript.factory.createTypeReferenceNode("Blob") : undefined;
    },
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: (ref: string) => resolveRef(document, ref, options),
  };
  return astToString(repairTypes(typescript, transformSchema(document, ctx)));
}
