/**
 * `errors.ts`: the client's base status error (`ZepError`) and one subclass
 * per documented error status, with the body typed from the spec, plus the
 * status → class table the runtime uses.
 */
import type { ClassDeclarationStructure } from "ts-morph";
import type { ClientModel } from "../model/ir.js";
import { stringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";

export function emitErrors(ctx: EmitContext, model: ClientModel): EmittedFile {
  const base = model.errorBaseName;
  const uses = [...new Set(model.statusErrors.flatMap((e) => e.bodyType.uses))].sort();
  const needsPaths = model.statusErrors.some((e) => e.bodyType.text.includes("paths["));
  const classes: ClassDeclarationStructure[] = [
    {
      kind: ctx.kind.Class,
      isExported: true,
      name: base,
      typeParameters: [{ name: "TBody", default: "unknown" }],
      extends: "StatusError<TBody>",
      docs: [
        {
          description: `The server answered with a status that is not 2xx. Statuses the spec documents have their own subclass with a typed \`body\`; others arrive as this class.`,
        },
      ],
    },
    ...model.statusErrors.map((error): ClassDeclarationStructure => ({
      kind: ctx.kind.Class,
      isExported: true,
      name: error.className,
      extends: `${base}<${error.bodyType.text}>`,
      docs: toJsDoc(error.docs),
    })),
  ];
  // Printed in prettier's layout (trailing commas, two-space indents): this file skips the prettier pass.
  const table = model.statusErrors
    .map((e) => `    ${stringLiteral(e.status)}: ${e.className} as StatusErrorClass,\n`)
    .join("");
  return ctx.createFile("errors.ts", [
    'import { StatusError, type StatusErrorClass } from "./runtime/errors.js";',
    'import type { StatusErrors } from "./runtime/read-response.js";',
    ...(uses.length > 0 ? [`import type { ${uses.join(", ")} } from "./models.js";`] : []),
    ...(needsPaths ? ['import type { paths } from "./types.js";'] : []),
    ...classes,
    `/** Which class each status becomes. */\nexport const statusErrors: StatusErrors = {\n  base: ${base} as StatusErrorClass,\n  byStatus: {${table === "" ? "" : `\n${table}  `}},\n};`,
  ]);
}
