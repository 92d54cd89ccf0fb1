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
import { installFastCreateRef } from "./fast-create-ref.js";
import { repairTypes } from "./repair-types.js";
import { openapiTypescriptRequire } from "./shared-typescript.js";
import { copyForTypes, restoreTypes } from "./types-beyond-31.js";
import { transformWithMemo, type TypesMemo } from "./types-memo.js";

/** The parts of openapi-typescript the emitter calls, and the TypeScript its nodes are made with. */
export interface TypeEmitter {
  readonly transformSchema: (schema: unknown, ctx: Record<string, unknown>) => ts.Node[];
  readonly scanDiscriminators: (schema: unknown, options: Record<string, unknown>) => unknown;
  readonly resolveRef: (schema: unknown, ref: string, options: { silent: boolean }) => unknown;
  readonly astToString: (ast: ts.Node[]) => string;
  readonly typescript: typeof ts;
}

/**
 * Loads openapi-typescript's CommonJS build, and TypeScript as it resolves it. Through require(),
 * TypeScript's 9 MB is compiled once (and kept in Node's compile cache); its ES modules'
 * `import ts from "typescript"` made Node scan that file for export names and compile it once more
 * to detect its syntax, which cost the types thread a second on a loaded machine and needed a
 * resolution hook (on a thread of its own before Node 22.15) to route around.
 */
export function loadTypeEmitter(): TypeEmitter {
  const fromTransform = openapiTypescriptRequire();
  const utils = fromTransform("../lib/utils.cjs") as Pick<TypeEmitter, "scanDiscriminators" | "resolveRef"> & {
    createRef: (parts: readonly unknown[]) => string;
  };
  installFastCreateRef(utils);
  return {
    transformSchema: fromTransform("./index.cjs") as TypeEmitter["transformSchema"],
    scanDiscriminators: utils.scanDiscriminators,
    resolveRef: utils.resolveRef,
    astToString: (fromTransform("../lib/ts.cjs") as Pick<TypeEmitter, "astToString">).astToString,
    // The copy openapi-typescript itself requires: its syntax kinds are the ones the repairs compare with.
    typescript: fromTransform("typescript") as typeof ts,
  };
}

/**
 * `types.d.ts` for `document`, which it changes: openapi-typescript patches the enum of a
 * discriminator's property into the schemas it maps. Pass a copy of anything still needed.
 * `memo`: a long-lived thread's last components, reused when unchanged (types-memo.ts).
 */
export async function emitTypes(original: unknown, memo?: TypesMemo): Promise<string> {
  // OpenAPI 3.2's QUERY, additional methods and querystrings, carried where openapi-typescript reads them.
  const copy = copyForTypes(original);
  const { document } = copy;
  const { transformSchema, scanDiscriminators, resolveRef, astToString, typescript } = loadTypeEmitter();
  const options = { silent: true };
  const resolved = new Map<string, unknown>();
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
    resolve: (ref: string) => {
      // openapi-typescript resolves the same few thousand $refs again at every use (GitHub's 13 MB:
      // about a tenth of the transform); nothing changes the document while it runs.
      if (!resolved.has(ref)) resolved.set(ref, resolveRef(document, ref, options));
      return resolved.get(ref);
    },
  };
  const nodes =
    memo === undefined
      ? transformSchema(document, ctx)
      : transformWithMemo(typescript, transformSchema, document as Record<string, unknown>, ctx, memo);
  return astToString(repairTypes(typescript, restoreTypes(typescript, nodes, copy)));
}
