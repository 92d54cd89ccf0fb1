/**
 * `resources/<group>.ts`: one class per tag. Each operation is a params
 * interface, a data record the runtime executes, and a one-line method.
 */
import type {
  ClassDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodDeclarationStructure,
  PropertySignatureStructure,
  SourceFile,
  TypeAliasDeclarationStructure,
} from "ts-morph";
import type { GroupModel, OperationModel } from "../model/ir.js";
import { propertyKey } from "../model/names.js";
import type { OperationSpec } from "../runtime/operation.js";
import { docText, jsonStringLiteral, toJsDoc } from "./escape.js";
import type { EmitContext } from "./emit-context.js";

function operationRecord(op: OperationModel): OperationSpec {
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    ...(op.server === undefined ? {} : { server: op.server }),
    params: op.params.map((p) => p.spec),
    ...(op.body === undefined ? {} : { body: op.body.spec }),
    security: op.security,
    ...(op.retrySafe ? { retrySafe: true } : {}),
    responses: op.responses,
    ...(op.pagination === undefined ? {} : { pagination: op.pagination.spec }),
    ...(op.errors.length === 0 ? {} : { errors: op.errors }),
  };
}

function paramsRequired(op: OperationModel): boolean {
  return op.params.some((p) => p.required) || op.body?.spec.required === true;
}

function paramsType(
  ctx: EmitContext,
  op: OperationModel,
  className: string,
): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const properties: PropertySignatureStructure[] = op.params.map((p) => ({
    kind: ctx.kind.PropertySignature,
    name: propertyKey(p.spec.key),
    hasQuestionToken: !p.required,
    type: p.required ? p.type.text : `${p.type.text} | undefined`,
    docs: toJsDoc(p.docs, { before: [`Sent in the ${p.spec.in} as \`${docText(p.spec.name)}\`.`] }),
  }));
  if (op.body !== undefined) {
    properties.push({
      kind: ctx.kind.PropertySignature,
      name: "body",
      hasQuestionToken: !op.body.spec.required,
      type: op.body.spec.required ? op.body.type.text : `${op.body.type.text} | undefined`,
      docs: toJsDoc(op.body.docs, { before: [`The request body, sent as \`${docText(op.body.spec.mediaType)}\`.`] }),
    });
  }
  const docs = [
    { description: `Parameters of {@link ${className}.${op.methodName}}: \`${docText(`${op.method} ${op.path}`)}\`.` },
  ];
  if (properties.length === 0) {
    return { kind: ctx.kind.TypeAlias, isExported: true, name: op.paramsTypeName, type: "Record<string, never>", docs };
  }
  return { kind: ctx.kind.Interface, isExported: true, name: op.paramsTypeName, properties, docs };
}

function method(ctx: EmitContext, op: OperationModel): MethodDeclarationStructure {
  const required = paramsRequired(op);
  const call =
    op.pagination === undefined
      ? `return this.#transport.call<${op.responseType.text}>(${op.constName}, params, options);`
      : `return this.#transport.paginate<${op.responseType.text}, ${op.pagination.itemType.text}>(${op.constName}, params, options);`;
  const returnType =
    op.pagination === undefined
      ? `ApiCall<${op.responseType.text}>`
      : `PagedCall<${op.responseType.text}, ${op.pagination.itemType.text}>`;
  const usage =
    op.pagination === undefined
      ? "Await it for the body; `.withResponse()` also gives the `Response`."
      : "Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.";
  return {
    kind: ctx.kind.Method,
    name: propertyKey(op.methodName),
    parameters: [
      { name: "params", type: op.paramsTypeName, ...(required ? {} : { initializer: "{}" }) },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    returnType,
    statements: [call],
    docs: toJsDoc(op.docs, {
      before: [`\`${docText(`${op.method} ${op.path}`)}\``, usage],
      tags: [
        { tagName: "param", text: "params - Parameters, by their wire names." },
        { tagName: "param", text: "options - Per-call signal, timeout, retries and headers." },
      ],
    }),
  };
}

export function emitResource(ctx: EmitContext, group: GroupModel): SourceFile {
  const ops = group.operations;
  const uses = [
    ...new Set(ops.flatMap((op) => [...op.responseType.uses, ...(op.pagination?.itemType.uses ?? [])])),
  ].sort();
  const needsPaths = ops.some(
    (op) => op.params.length > 0 || op.body !== undefined || op.responseType.text.includes("paths["),
  );
  const paged = ops.some((op) => op.pagination !== undefined);
  const plain = ops.some((op) => op.pagination === undefined);
  const records = ops.map((op) => {
    const type =
      op.pagination === undefined ? "OperationSpec" : "OperationSpec & { readonly pagination: PaginationSpec }";
    return `const ${op.constName}: ${type} = JSON.parse(${jsonStringLiteral(operationRecord(op))});`;
  });
  const resource: ClassDeclarationStructure = {
    kind: ctx.kind.Class,
    isExported: true,
    name: group.className,
    docs: toJsDoc(group.docs, { before: [`Operations tagged \`${docText(group.tag)}\`.`] }),
    properties: [{ name: "#transport", isReadonly: true, type: "Transport" }],
    ctors: [
      {
        parameters: [{ name: "transport", type: "Transport" }],
        statements: ["this.#transport = transport;"],
        docs: ["@internal Created by the client."],
      },
    ],
    methods: ops.map((op) => method(ctx, op)),
  };
  const runtimeTypes = [...(plain ? ["ApiCall"] : []), ...(paged ? ["PagedCall"] : [])];
  return ctx.createFile(`resources/${group.fileName}.ts`, [
    ...runtimeTypes.map((name) =>
      name === "ApiCall"
        ? 'import type { ApiCall } from "../runtime/api-call.js";'
        : 'import type { PagedCall } from "../runtime/paginate.js";',
    ),
    `import type { OperationSpec${paged ? ", PaginationSpec" : ""} } from "../runtime/operation.js";`,
    'import type { RequestOptions, Transport } from "../runtime/transport.js";',
    ...(uses.length > 0 ? [`import type { ${uses.join(", ")} } from "../models.js";`] : []),
    ...(needsPaths ? ['import type { paths } from "../types.js";'] : []),
    ...records,
    ...ops.map((op) => paramsType(ctx, op, group.className)),
    resource,
  ]);
}
