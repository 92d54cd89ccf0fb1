/**
 * `index.ts`: the client's public surface, by explicit name so that nothing
 * internal leaks and every exported name is one the model claimed.
 */
import type { SourceFile } from "ts-morph";
import type { ClientModel } from "../model/ir.js";
import type { EmitContext } from "./emit-context.js";
import { hasParamsObject } from "./emit-resource.js";

export function emitIndex(ctx: EmitContext, model: ClientModel): SourceFile {
  const errors = [model.errorBaseName, ...model.statusErrors.map((e) => e.className)];
  const lines = [
    `export { ${model.clientName}, type ${model.optionsTypeName} } from "./client.js";`,
    `export { ${errors.join(", ")} } from "./errors.js";`,
    ...model.groups.map((g) => {
      const names = [
        g.className,
        ...g.operations.flatMap((op) => [
          ...(op.bodyTypeName === undefined ? [] : [`type ${op.bodyTypeName}`]),
          ...(hasParamsObject(op) ? [`type ${op.paramsTypeName}`] : []),
        ]),
      ];
      return `export { ${names.join(", ")} } from "./resources/${g.fileName}.js";`;
    }),
    ...(model.schemas.length > 0
      ? [`export type { ${model.schemas.map((s) => s.typeName).join(", ")} } from "./models.d.ts";`]
      : []),
    'export type { paths, components, operations, webhooks } from "./types.d.ts";',
    'export * from "./runtime/index.js";',
  ];
  return ctx.createFile("index.ts", lines);
}
