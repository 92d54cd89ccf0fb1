/**
 * `models.d.ts`: one exported alias per `components.schemas` entry, so users
 * write `Session` rather than `components["schemas"]["Session"]`. Printed in
 * prettier's layout, so it never needs prettier (which GitHub's, Stripe's and
 * OpenAI's long schema names used to start a thread for).
 */
import type { TypeAliasDeclarationStructure } from "ts-morph";
import type { ClientModel } from "../model/ir.js";
import { stringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { PRINT_WIDTH } from "./format-files.js";

/** An alias wider than the print width breaks after its `=`, as prettier breaks it (format-files.test.ts). */
function breakWideAliases(text: string): string {
  return text.replace(/^(export type \S+) = (.*)$/gm, (line: string, left: string, right: string) =>
    line.length > PRINT_WIDTH ? `${left} =\n  ${right}` : line,
  );
}

export function emitModels(ctx: EmitContext, model: ClientModel): EmittedFile {
  const aliases: TypeAliasDeclarationStructure[] = model.schemas.map((schema) => ({
    kind: ctx.kind.TypeAlias,
    isExported: true,
    name: schema.typeName,
    type: `components["schemas"][${stringLiteral(schema.specName)}]`,
    docs: toJsDoc(schema.docs),
  }));
  const file = ctx.createFile("models.d.ts", [
    ...(aliases.length > 0 ? ['import type { components } from "./types.js";'] : ["export {};"]),
    ...aliases,
  ]);
  return { ...file, text: breakWideAliases(file.text) };
}
