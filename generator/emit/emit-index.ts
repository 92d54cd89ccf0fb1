/**
 * `index.ts`: the client's public surface, by explicit name so that nothing
 * internal leaks and every exported name is one the model claimed.
 */
import type { ClientModel } from "../model/ir.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { PRINT_WIDTH } from "./format-files.js";
import { hasParamsObject } from "./emit-resource.js";

/**
 * `export { a, b } from "…";` on one line when it fits (or holds one name),
 * else one name per line with a trailing comma: the layout prettier gives it,
 * so the file needs no formatting pass.
 */
export function exportFrom(keyword: "export" | "export type" | "import type", names: readonly string[], from: string): string {
  const line = `${keyword} { ${names.join(", ")} } from "${from}";`;
  // Prettier keeps a single name on one line however long the line.
  if (line.length <= PRINT_WIDTH || names.length === 1) return line;
  return `${keyword} {\n${names.map((name) => `  ${name},\n`).join("")}} from "${from}";`;
}

export function emitIndex(ctx: EmitContext, model: ClientModel): EmittedFile {
  const errors = [model.errorBaseName, ...model.statusErrors.map((e) => e.className)];
  const lines = [
    exportFrom("export", [model.clientName, `type ${model.optionsTypeName}`], "./client.js"),
    exportFrom("export", errors, "./errors.js"),
    ...model.groups.map((g) => {
      const names = [
        g.className,
        ...g.operations.flatMap((op) => [
          ...(op.bodyTypeName === undefined ? [] : [`type ${op.bodyTypeName}`]),
          ...(hasParamsObject(op) ? [`type ${op.paramsTypeName}`] : []),
        ]),
      ];
      return exportFrom("export", names, `./resources/${g.fileName}.js`);
    }),
    ...(model.schemas.length > 0
      ? [
          exportFrom(
            "export type",
            model.schemas.map((s) => s.typeName),
            "./models.js",
          ),
        ]
      : []),
    'export type { paths, components, operations, webhooks } from "./types.js";',
    'export * from "./runtime/index.js";',
    ...(model.validation === undefined
      ? []
      : [
          'export * as schemas from "./schemas.js";',
          'export { ResponseValidationError, RequestValidationError } from "./runtime/validation.js";',
          'export type { ValidationIssue } from "./runtime/operation.js";',
          'export type { ValidationMode } from "./runtime/transport.js";',
        ]),
  ];
  return ctx.createFile("index.ts", lines);
}
