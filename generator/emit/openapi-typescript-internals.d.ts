/**
 * Types for the openapi-typescript modules the type emitter imports directly
 * (the package exports them as subpaths but ships declarations only for its root).
 */
declare module "openapi-typescript/dist/transform/index.js" {
  import type ts from "typescript";
  export default function transformSchema(schema: unknown, ctx: Record<string, unknown>): ts.Node[];
}
declare module "openapi-typescript/dist/lib/utils.js" {
  export function scanDiscriminators(schema: unknown, options: Record<string, unknown>): unknown;
  export function resolveRef(schema: unknown, ref: string, options: { silent: boolean }): unknown;
}
declare module "openapi-typescript/dist/lib/ts.js" {
  import type ts from "typescript";
  export function astToString(ast: ts.Node[]): string;
}
