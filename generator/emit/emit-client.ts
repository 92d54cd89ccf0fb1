/**
 * `client.ts`: the client class and its options (shared ones plus one per
 * credential); and `definition.ts`, what the runtime needs to know of the
 * API: server, schemes, errors.
 */
import type { ClassDeclarationStructure } from "ts-morph";
import type { ClientModel, OperationModel } from "../model/ir.js";
import { docText, stringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { paramsRequired, resourceLine } from "./emit-resource.js";
import { CodeReference, printLiteral } from "./print-literal.js";

/** The arguments of the doc example's call: placeholders for path arguments and a params object a caller must pass. */
function exampleArguments(op: OperationModel): string {
  const args = op.params.filter((p) => p.spec.in === "path").map((p) => `"${p.spec.key}"`);
  if (paramsRequired(op)) args.push("{ … }");
  return args.join(", ");
}

/**
 * `definition.ts`: the API as the runtime needs it (server, schemes, errors),
 * shared by the client and the per-resource entry points. The schemes record
 * is `as const`: TypeScript types a property named `toString` or
 * `constructor` in an object literal against `Object`'s member of that name
 * rather than the record's index signature, which widens `in: "query"` to
 * `string` and fails; a constant literal needs no contextual type.
 */
export function emitDefinition(ctx: EmitContext, model: ClientModel): EmittedFile {
  // Each scheme names the runtime function of its type (`type: apiKey`), so a bundle carries only those.
  const schemes = Object.fromEntries(
    Object.entries(model.schemes).map(([name, scheme]) => [name, { ...scheme, type: new CodeReference(scheme.type) }]),
  );
  const types = [...new Set(Object.values(model.schemes).map((scheme) => scheme.type))].sort();
  return ctx.createFile("definition.ts", [
    ...(types.length === 0 ? [] : [`import { ${types.join(", ")} } from "./runtime/security.js";`]),
    'import type { ClientDefinition } from "./runtime/transport.js";',
    'import { statusErrors } from "./errors.js";',
    ...(model.validation === undefined ? [] : ['import { payloadValidation } from "./runtime/validation.js";']),
    (writer) => writer.blankLine(),
    [
      "/** What the runtime needs to know of the API: its server, its security schemes and its error classes. */",
      "export const definition: ClientDefinition = {",
      `  clientName: ${stringLiteral(model.clientName)},`,
      `  baseUrl: ${stringLiteral(model.baseUrl)},`,
      `  schemes: ${printLiteral(schemes, { indent: 2, prefix: "schemes: ".length, suffix: " as const,".length })} as const,`,
      "  errors: statusErrors,",
      `  logEnv: ${stringLiteral(model.logEnv)},`,
      ...(model.validation === undefined ? [] : ["  validation: payloadValidation,"]),
      "};",
    ].join("\n"),
  ]);
}

export function emitClient(ctx: EmitContext, model: ClientModel): EmittedFile {
  const { clientName, optionsTypeName } = model;
  const top = model.groups.filter((g) => g.path.length === 1);
  const firstGroup = model.groups.find((g) => g.operations.length > 0);
  const firstOp = firstGroup?.operations[0];
  const example =
    firstGroup === undefined || firstOp === undefined
      ? []
      : [
          {
            tagName: "example",
            text: `\n\`\`\`ts\nconst client = new ${clientName}(${model.credentialOptions[0] === undefined ? "" : `{ ${model.credentialOptions[0].name}: "…" }`});\nawait client.${firstGroup.path.join(".")}.${firstOp.methodName}(${exampleArguments(firstOp)});\n\`\`\``,
          },
        ];
  const client: ClassDeclarationStructure = {
    kind: ctx.kind.Class,
    isExported: true,
    name: clientName,
    docs: toJsDoc(model.docs, {
      before: [
        top.length === 0
          ? "The document declares no operations, so this client has no methods; its schemas are the types exported from `models.d.ts`."
          : `Client for ${docText(model.baseUrl === "" ? "the API" : `\`${model.baseUrl}\`${model.baseUrlName === undefined ? "" : ` (${model.baseUrlName})`}`)}. Requests time out after 60 s per attempt and retryable failures are retried twice; both are options.`,
      ],
      tags: example,
    }),
    properties: top.map((g) => ({
      name: g.propertyName,
      isReadonly: true,
      type: g.className,
      docs: toJsDoc(g.docs, { before: [resourceLine(g)] }),
    })),
    ctors: [
      top.length === 0
        ? // A schema library (no operations): the options are accepted, as by any client, but nothing uses them,
          // and nothing is declared unused (a project with `noUnusedLocals` compiles the client too).
          { parameters: [{ name: "_options", type: optionsTypeName, initializer: "{}" }], statements: [] }
        : {
            parameters: [{ name: "options", type: optionsTypeName, initializer: "{}" }],
            statements: [
              "const transport = new Transport(definition, options);",
              ...top.map((g) => `this.${g.propertyName} = new ${g.className}(transport);`),
            ],
          },
    ],
  };
  return ctx.createFile("client.ts", [
    ...(top.length === 0
      ? ['import type { ClientOptions } from "./runtime/transport.js";']
      : [
          'import { Transport, type ClientOptions } from "./runtime/transport.js";',
          'import { definition } from "./definition.js";',
          ...top.map((g) => `import { ${g.className} } from "./resources/${g.fileName}.js";`),
        ]),
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
