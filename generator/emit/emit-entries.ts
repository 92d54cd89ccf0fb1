/**
 * `entries/<resource>.ts`: one entry point per resource of the client, a
 * client of just that resource (`new ZepThreadClient({ apiKey })` has the
 * methods of `client.thread` and its nested resources). A bundle that imports
 * only an entry carries only that resource's operations; the package kind
 * publishes each as a subpath (`zep/thread`).
 */
import type { ClientModel, GroupModel } from "../model/ir.js";
import { docText, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { exportFrom } from "./emit-index.js";
import { hasParamsObject } from "./emit-resource.js";

/** `group` and the resources nested under it, in the model's order. */
function subtree(model: ClientModel, group: GroupModel): GroupModel[] {
  return model.groups.filter((g) => group.path.every((segment, i) => g.path[i] === segment));
}

/**
 * What an entry re-exports besides its client: the error classes, and the
 * params and body types of its resources, so a caller of `zep/thread` needs
 * no import from the package's root. Types and classes cost a bundle nothing
 * until used.
 */
function reExports(model: ClientModel, group: GroupModel): string[] {
  const errors = [model.errorBaseName, ...model.statusErrors.map((e) => e.className)];
  return [
    exportFrom("export", errors, "../errors.js"),
    ...subtree(model, group).flatMap((g) => {
      const types = g.operations.flatMap((op) => [
        ...(op.bodyTypeName === undefined ? [] : [op.bodyTypeName]),
        ...(hasParamsObject(op) ? [op.paramsTypeName] : []),
      ]);
      return types.length === 0 ? [] : [exportFrom("export type", types, `../resources/${g.fileName}.js`)];
    }),
  ];
}

function emitEntry(ctx: EmitContext, model: ClientModel, group: GroupModel, className: string): EmittedFile {
  return ctx.createFile(`entries/${group.fileName}.ts`, [
    'import { Transport } from "../runtime/transport.js";',
    `import type { ${model.optionsTypeName} } from "../client.js";`,
    'import { definition } from "../definition.js";',
    `import { ${group.className} } from "../resources/${group.fileName}.js";`,
    (writer) => writer.blankLine(),
    {
      kind: ctx.kind.Class,
      isExported: true,
      name: className,
      extends: group.className,
      docs: toJsDoc(group.docs, {
        before: [
          `\`client.${docText(group.path.join("."))}\` on its own: the same methods and options as {@link ${model.clientName}}, without the other resources, so a bundle carries only these.`,
        ],
      }),
      ctors: [
        {
          parameters: [{ name: "options", type: model.optionsTypeName, initializer: "{}" }],
          statements: ["super(new Transport(definition, options));"],
        },
      ],
    },
    // ts-morph already ends a class with a blank line.
    ...reExports(model, group),
  ]);
}

/** Every top-level resource's entry point. */
export function emitEntries(ctx: EmitContext, model: ClientModel): EmittedFile[] {
  return model.groups.flatMap((group) =>
    group.entryClassName === undefined ? [] : [emitEntry(ctx, model, group, group.entryClassName)],
  );
}
