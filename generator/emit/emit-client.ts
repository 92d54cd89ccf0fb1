/**
 * `client.ts`: the client class, its options (shared ones plus one per
 * credential) and the definition the runtime needs: server, schemes, errors.
 */
import type { ClassDeclarationStructure, SourceFile } from "ts-morph";
import type { ClientModel } from "../model/ir.js";
import { dataLiteral, docText, stringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext } from "./emit-context.js";

export function emitClient(ctx: EmitContext, model: ClientModel): SourceFile {
  const { clientName, optionsTypeName } = model;
  const firstOp = model.groups[0]?.operations[0];
  const example =
    firstOp === undefined
      ? []
      : [
          {
            tagName: "example",
            text: `\n\`\`\`ts\nconst client = new ${clientName}(${model.credentialOptions[0] === undefined ? "" : `{ ${model.credentialOptions[0].name}: "…" }`});\nawait client.${model.groups[0]!.propertyName}.${firstOp.methodName}(${firstOp.params.some((p) => p.required) || firstOp.body?.spec.required === true ? "{ … }" : ""});\n\`\`\``,
          },
        ];
  const client: ClassDeclarationStructure = {
    kind: ctx.kind.Class,
    isExported: true,
    name: clientName,
    docs: toJsDoc(model.docs, {
      before: [
        `Client for ${docText(model.baseUrl === "" ? "the API" : `\`${model.baseUrl}\``)}. Requests time out after 60 s per attempt and retryable failures are retried twice; both are options.`,
      ],
      tags: example,
    }),
    properties: model.groups.map((g) => ({
      name: g.propertyName,
      isReadonly: true,
      type: g.className,
      docs: toJsDoc(g.docs, { before: [`Operations tagged \`${docText(g.tag)}\`.`] }),
    })),
    ctors: [
      {
        parameters: [{ name: "options", type: optionsTypeName, initializer: "{}" }],
        statements: [
          "const transport = new Transport(definition, options);",
          ...model.groups.map((g) => `this.${g.propertyName} = new ${g.className}(transport);`),
        ],
      },
    ],
  };
  const definition = [
    "const definition: ClientDefinition = {",
    `  clientName: ${stringLiteral(clientName)},`,
    `  baseUrl: ${stringLiteral(model.baseUrl)},`,
    `  schemes: ${dataLiteral(model.schemes)},`,
    "  errors: statusErrors,",
    "};",
  ].join("\n");
  return ctx.createFile("client.ts", [
    'import { Transport, type ClientDefinition, type ClientOptions } from "./runtime/transport.js";',
    'import { statusErrors } from "./errors.js";',
    ...model.groups.map((g) => `import { ${g.className} } from "./resources/${g.fileName}.js";`),
    definition,
    {
      kind: ctx.kind.Interface,
      isExported: true,
      name: optionsTypeName,
      extends: ["ClientOptions"],
      docs: [{ description: `Options for {@link ${clientName}}.` }],
      properties: model.credentialOptions.map((o) => ({
        name: o.name,
        hasQuestionToken: true,
        type: "string | undefined",
        docs: toJsDoc(o.docs),
      })),
    },
    client,
  ]);
}
