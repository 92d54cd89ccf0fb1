/**
 * `entries/<resource>.ts`: one entry point per resource of the client, a
 * client of just that resource (`new ZepThreadClient({ apiKey })` has the
 * methods of `client.thread` and its nested resources). A bundle that imports
 * only an entry carries only that resource's operations; the package kind
 * publishes each as a subpath (`zep/thread`).
 */
import type { SourceFile } from "ts-morph";
import type { ClientModel, GroupModel } from "../model/ir.js";
import { docText, toJsDoc } from "./escape.js";
import type { EmitContext } from "./emit-context.js";

function emitEntry(ctx: EmitContext, model: ClientModel, group: GroupModel, className: string): SourceFile {
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
  ]);
}

/** Every top-level resource's entry point. */
export function emitEntries(ctx: EmitContext, model: ClientModel): SourceFile[] {
  return model.groups.flatMap((group) =>
    group.entryClassName === undefined ? [] : [emitEntry(ctx, model, group, group.entryClassName)],
  );
}
