/**
 * `models.d.ts`: one exported alias per `components.schemas` entry, so users
 * write `Session` rather than `components["schemas"]["Session"]`.
 */
import type { TypeAliasDeclarationStructure } from "ts-morph";
import type { ClientModel } from "../model/ir.js";
import { stringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";

export function emitModels(ctx: EmitContext, model: ClientModel): EmittedFile {
  const aliases: TypeAliasDeclarationStructure[] = model.schemas.map((schema) => ({
    kind: ctx.kind.TypeAlias,
    isExported: true,
    name: schema.typeName,
    type: `components["schemas"][${stringLiteral(schema.specName)}]`,
    docs: toJsDoc(schema.docs),
  }));
  return ctx.createFile("models.d.ts", [
    ...(aliases.length > 0 ? ['import type { components } from "./types.js";'] : ["export {};"]),
    ...aliases,
  ]);
}
