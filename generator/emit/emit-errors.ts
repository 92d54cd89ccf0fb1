/**
 * `errors.ts`: the client's base status error (`ZepError`) and one subclass
 * per documented error status, with the body typed from the spec, plus the
 * status → class table the runtime uses.
 */
import type { ClassDeclarationStructure } from "ts-morph";
import type { ClientModel } from "../model/ir.js";
import { stringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { PRINT_WIDTH } from "./format-files.js";
import { exportFrom } from "./emit-index.js";

/** What a class's `extends` is printed with when it does not fit on its line (see `breakHeritage`). */
const BROKEN = "BrokenHeritage";

/**
 * The text after `extends` for a class whose line is too wide, as prettier breaks it: the type
 * argument on lines of its own, the union on one line when it fits there, else one member per line.
 * GitHub's 503 body is a union of 26 path responses.
 */
function brokenHeritage(base: string, members: readonly string[]): string {
  const inner = members.join(" | ");
  if (`  ${inner}`.length <= PRINT_WIDTH || members.length === 1) return `${base}<\n  ${inner}\n>`;
  return `${base}<\n${members.map((m) => `  | ${m}\n`).join("")}>`;
}

/**
 * Puts each too-wide class's heritage into `text`. ts-morph indents a multi-line `extends` one
 * level, which prettier does not, so those classes are printed with a placeholder first.
 */
function breakHeritage(text: string, broken: ReadonlyMap<string, string>): string {
  return text.replace(
    // As ts-morph prints an empty class: its body's two lines are made one with the rest (emit-client-files.ts).
    new RegExp(`^export class (\\S+) extends ${BROKEN} \\{\\n\\}$`, "gm"),
    (line, name: string) => `export class ${name} extends ${broken.get(name) ?? BROKEN} {\n}`,
  );
}

export function emitErrors(ctx: EmitContext, model: ClientModel): EmittedFile {
  const base = model.errorBaseName;
  const uses = [...new Set(model.statusErrors.flatMap((e) => e.bodyType.uses))].sort();
  const needsPaths = model.statusErrors.some((e) => e.bodyType.text.includes("paths["));
  const broken = new Map(
    model.statusErrors
      .filter((e) => `export class ${e.className} extends ${base}<${e.bodyType.text}> {}`.length > PRINT_WIDTH)
      .map((e) => [e.className, brokenHeritage(base, e.bodyMembers)]),
  );
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
      extends: broken.has(error.className) ? BROKEN : `${base}<${error.bodyType.text}>`,
      docs: toJsDoc(error.docs),
    })),
  ];
  // Printed in prettier's layout (trailing commas, two-space indents): this file skips the prettier pass.
  const table = model.statusErrors
    .map((e) => `    ${stringLiteral(e.status)}: ${e.className} as StatusErrorClass,\n`)
    .join("");
  const file = ctx.createFile("errors.ts", [
    'import { StatusError, type StatusErrorClass } from "./runtime/errors.js";',
    'import type { StatusErrors } from "./runtime/read-response.js";',
    ...(uses.length > 0 ? [exportFrom("import type", uses, "./models.js")] : []),
    ...(needsPaths ? ['import type { paths } from "./types.js";'] : []),
    ...classes,
    `/** Which class each status becomes. */\nexport const statusErrors: StatusErrors = {\n  base: ${base} as StatusErrorClass,\n  byStatus: {${table === "" ? "" : `\n${table}  `}},\n};`,
  ]);
  return broken.size === 0 ? file : { ...file, text: breakHeritage(file.text, broken) };
}
