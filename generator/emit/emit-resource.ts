/**
 * `resources/<group>.ts`: one class per resource. Each operation is a data
 * record the runtime executes, a params type, and a documented one-line
 * method.
 */
import type {
  ClassDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  MethodDeclarationOverloadStructure,
  MethodDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  TypeAliasDeclarationStructure,
} from "ts-morph";
import type { BodyModel, GroupModel, OperationModel, ParamModel } from "../model/ir.js";
import { propertyKey } from "../model/names.js";
import type { BodySpec, PaginationSpec, ParamSpec } from "../runtime/operation.js";
import { docText, toJsDoc } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { CodeReference, printLiteral } from "./print-literal.js";

/** The first doc line of a resource: where it is reached, or the tag it was made from. */
export function resourceLine(group: GroupModel): string {
  return group.tag === undefined
    ? `\`client.${docText(group.path.join("."))}\`.`
    : `Operations tagged \`${docText(group.tag)}\`.`;
}

/** The runtime's encoder for each body encoding (`runtime/encode-body.ts`), named by the records that use it. */
const BODY_ENCODERS: Readonly<Record<BodySpec["encoding"], string>> = {
  json: "jsonBody",
  form: "formBody",
  multipart: "multipartBody",
  binary: "binaryBody",
  text: "textBody",
};

/** The runtime's walk for each pagination style (`runtime/paginate.ts`), named by the records that use it. */
const PAGE_WALKS: Readonly<Record<PaginationSpec["style"], string>> = {
  "page-number": "pageNumbers",
  cursor: "cursors",
};

/**
 * The runtime's serialiser a parameter's record names (`runtime/param-styles.ts`),
 * or none where the built-in exploded form query, simple path or header does.
 */
export function paramStyle(spec: ParamSpec): string | undefined {
  switch (spec.in) {
    case "cookie":
      return "cookieForm";
    case "path":
      return spec.style === "label" || spec.style === "matrix" ? spec.style : undefined;
    case "query":
      if (spec.style === "spaceDelimited" || spec.style === "pipeDelimited" || spec.style === "deepObject") {
        return spec.style;
      }
      return spec.explode === false ? "form" : undefined;
    case "header":
      return undefined;
    case "querystring":
      return spec.encoding === "json" ? "jsonQueryString" : "formQueryString";
  }
}

/** The serialisers that write a whole query string live in a module of their own (`runtime/query-string.ts`). */
const QUERYSTRING_STYLES: ReadonlySet<string> = new Set(["formQueryString", "jsonQueryString"]);

/** A parameter's record: the model's spec, its `style` naming a serialiser or left out. */
function paramRecord(spec: ParamSpec): Record<string, unknown> {
  const { key, name, in: location, style: _style, encoding: _encoding, ...rest } = spec;
  const style = paramStyle(spec);
  // `style` where the spec writes it, before `explode`, so the record reads as the spec does.
  return {
    key,
    name,
    in: location,
    ...(style === undefined ? {} : { style: new CodeReference(style) }),
    ...rest,
  };
}

/**
 * An operation's record, as `runtime/operation.ts`'s `OperationSpec`: the
 * model's data, with the runtime functions it needs named where a string
 * would make the runtime bundle every alternative.
 */
function operationRecord(op: OperationModel): Record<string, unknown> {
  const validators = op.validators;
  const bodySchema = validators?.body === undefined ? {} : { schema: new CodeReference(`schemas.${validators.body}`) };
  // Each validated success names its validator; the others stay the model's data as they are.
  const responses =
    validators === undefined
      ? op.responses
      : Object.fromEntries(
          Object.entries(op.responses).map(([status, spec]) => {
            const name = validators.responses[status];
            return [status, name === undefined ? spec : { ...spec, schema: new CodeReference(`schemas.${name}`) }];
          }),
        );
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    ...(op.server === undefined ? {} : { server: op.server }),
    params: op.params.map((p) => paramRecord(p.spec)),
    ...(op.body === undefined
      ? {}
      : {
          body: {
            ...op.body.spec,
            encoding: new CodeReference(BODY_ENCODERS[op.body.spec.encoding]),
            ...bodySchema,
          },
        }),
    security: op.security,
    ...(op.retrySafe ? { retrySafe: true } : {}),
    responses,
    ...(op.pagination === undefined
      ? {}
      : {
          pagination: {
            ...op.pagination.spec,
            style: new CodeReference(PAGE_WALKS[op.pagination.spec.style]),
          },
        }),
    ...(op.stream === undefined ? {} : { stream: op.stream.spec }),
    ...(op.idempotencyHeader === undefined
      ? {}
      : {
          idempotencyKey: {
            header: op.idempotencyHeader,
            create: new CodeReference("randomKey"),
          },
        }),
    ...(op.errors.length === 0 ? {} : { errors: op.errors }),
  };
}

/** Path parameters: the method's positional arguments. */
function pathParams(op: OperationModel): readonly ParamModel[] {
  return op.params.filter((p) => p.spec.in === "path");
}

/** Parameters that go in the params object. */
function objectParams(op: OperationModel): readonly ParamModel[] {
  return op.params.filter((p) => p.spec.in !== "path");
}

/** True when the method takes a params object at all. */
export function hasParamsObject(op: OperationModel): boolean {
  return objectParams(op).length > 0 || op.body !== undefined;
}

/** True when a caller must pass the params object: a required parameter, or a required body with a required property. */
export function paramsRequired(op: OperationModel): boolean {
  if (objectParams(op).some((p) => p.required)) return true;
  if (op.body === undefined || !op.body.spec.required) return false;
  return op.body.spec.flat !== true || op.body.requiredProperties;
}

/** Where a parameter travels, for its doc comment: a querystring's name is not sent, its value is the query. */
function sentAs(spec: ParamSpec): string {
  if (spec.in !== "querystring") return `Sent in the ${spec.in} as \`${docText(spec.name)}\`.`;
  return spec.encoding === "json"
    ? "Sent as the whole query string, as percent-encoded JSON."
    : "Sent as the whole query string, as form fields (`a=1&b=2`).";
}

/** The params type: an interface of the parameters, extending a flat body's type when there is one. */
function paramsType(
  ctx: EmitContext,
  op: OperationModel,
  className: string,
): Array<InterfaceDeclarationStructure | TypeAliasDeclarationStructure> {
  const properties: PropertySignatureStructure[] = objectParams(op).map((p) => ({
    kind: ctx.kind.PropertySignature,
    name: propertyKey(p.spec.key),
    hasQuestionToken: !p.required,
    type: p.required ? p.type.text : `${p.type.text} | undefined`,
    docs: toJsDoc(p.docs, {
      before: [sentAs(p.spec)],
    }),
  }));
  const flatBody = op.body?.spec.flat === true ? op.body : undefined;
  if (op.body !== undefined && flatBody === undefined) {
    properties.push({
      kind: ctx.kind.PropertySignature,
      name: "body",
      hasQuestionToken: !op.body.spec.required,
      type: op.body.spec.required ? op.body.type.text : `${op.body.type.text} | undefined`,
      docs: toJsDoc(op.body.docs, {
        before: [`The request body, sent as \`${docText(op.body.spec.mediaType)}\`.`],
      }),
    });
  }
  const where = `{@link ${className}.${op.methodName}}: \`${docText(`${op.method} ${op.path}`)}\``;
  const docs = [
    {
      description:
        flatBody === undefined
          ? `Parameters of ${where}.`
          : `Parameters of ${where}: the properties of the \`${docText(flatBody.spec.mediaType)}\` body${properties.length > 0 ? ", and the parameters below" : ""}.`,
    },
  ];
  const bodyAlias: TypeAliasDeclarationStructure[] =
    flatBody === undefined || op.bodyTypeName === undefined || flatBody.properties.length === 0
      ? []
      : [
          {
            kind: ctx.kind.TypeAlias,
            isExported: true,
            name: op.bodyTypeName,
            type: flatBody.type.text,
            docs: toJsDoc(flatBody.docs, {
              before: [`The request body of ${where}.`],
            }),
          },
        ];
  // An empty object body (`{}` on the wire) adds no property, and its type (`Record<string, never>`) would forbid the parameters.
  const bodyType =
    flatBody === undefined || flatBody.properties.length === 0 ? undefined : (op.bodyTypeName ?? flatBody.type.text);
  if (properties.length === 0) {
    return [
      ...bodyAlias,
      {
        kind: ctx.kind.TypeAlias,
        isExported: true,
        name: op.paramsTypeName,
        type: bodyType ?? "Record<string, never>",
        docs,
      },
    ];
  }
  return [
    ...bodyAlias,
    {
      kind: ctx.kind.Interface,
      isExported: true,
      name: op.paramsTypeName,
      ...(bodyType === undefined ? {} : { extends: [bodyType] }),
      properties,
      docs,
    },
  ];
}

/** The params argument as the transport gets it: path arguments joined to the params object. */
function paramsExpression(op: OperationModel): string {
  const args = pathParams(op).map((p) => p.spec.key);
  if (!hasParamsObject(op)) return args.length === 0 ? "{}" : `{ ${args.join(", ")} }`;
  return args.length === 0 ? "params" : `{ ...params, ${args.join(", ")} }`;
}

/** The doc comment of a method or one of its overloads, with `usage` saying what the call gives. */
function methodDocs(op: OperationModel, usage: string): OptionalKind<JSDocStructure>[] {
  return toJsDoc(op.docs, {
    before: [`\`${docText(`${op.method} ${op.path}`)}\``, usage],
    tags: [
      ...pathParams(op).map((p) => ({
        tagName: "param",
        text: `${p.spec.key} - ${p.docs.description === undefined ? `The \`${docText(p.spec.name)}\` path parameter.` : docText(firstLine(p.docs.description))}`,
      })),
      ...(hasParamsObject(op)
        ? [
            {
              tagName: "param",
              text: "params - Parameters, by their wire names.",
            },
          ]
        : []),
      {
        tagName: "param",
        text: "options - Per-call signal, timeout, retries and headers.",
      },
    ],
  });
}

/** How to read what a streaming call resolves to, by its class. */
const STREAM_USAGE: Readonly<Record<NonNullable<OperationModel["stream"]>["className"], string>> = {
  EventStream:
    "Await it for an `EventStream`: `for await` over it yields each event with its `data` typed; `.abort()` closes it.",
  ItemStream: "Await it for an `ItemStream`: `for await` over it yields each item, typed; `.abort()` closes it.",
};

/** The parameters of a method or overload, the params object typed `paramsType` (and optional unless `required`). */
function methodParameters(
  op: OperationModel,
  paramsType: string,
  params: "required" | "optional" | "default",
): OptionalKind<ParameterDeclarationStructure>[] {
  return [
    ...pathParams(op).map((p) => ({ name: p.spec.key, type: p.type.text })),
    ...(hasParamsObject(op)
      ? [
          {
            name: "params",
            type: paramsType,
            ...(params === "default" ? { initializer: "{}" } : params === "optional" ? { hasQuestionToken: true } : {}),
          },
        ]
      : []),
    { name: "options", type: "RequestOptions", hasQuestionToken: true },
  ];
}

/**
 * Overloads for an operation that streams when a params key is `true`: the
 * stream type for `true`, the body type for `false` or absent, and either for
 * a `boolean` known only at run time.
 */
function streamOverloads(
  op: OperationModel,
  selector: string,
  streamType: string,
): OptionalKind<MethodDeclarationOverloadStructure>[] {
  const className = op.stream?.className ?? "EventStream";
  const key = propertyKey(selector);
  const required = paramsRequired(op);
  // A selector inside a body that is not flat: the params' `body` carries it.
  const inBody = op.stream?.spec.selectorIn === "body";
  const bodyType = `NonNullable<${op.paramsTypeName}["body"]>`;
  const on = inBody ? `{ body: ${bodyType} & { ${key}: true } }` : `{ ${key}: true }`;
  const off = inBody
    ? `{ body${op.body?.spec.required === true ? "" : "?"}: ${bodyType} & { ${key}?: false | null | undefined } }`
    : `{ ${key}?: false | null | undefined }`;
  return [
    {
      parameters: methodParameters(op, `${op.paramsTypeName} & ${on}`, "required"),
      returnType: `ApiCall<${streamType}>`,
      docs: methodDocs(op, `With \`${docText(selector)}: true\`. ${STREAM_USAGE[className]}`),
    },
    {
      parameters: methodParameters(op, `${op.paramsTypeName} & ${off}`, required ? "required" : "optional"),
      returnType: `ApiCall<${op.responseType.text}>`,
      docs: methodDocs(op, "Await it for the body; `.withResponse()` also gives the `Response`."),
    },
    {
      parameters: methodParameters(op, op.paramsTypeName, required ? "required" : "optional"),
      returnType: `ApiCall<${op.responseType.text} | ${streamType}>`,
      docs: methodDocs(op, `An \`${className}\` when \`${docText(selector)}\` is true, else the body.`),
    },
  ];
}

/** A method: its signature, docs and the one line that hands its record and arguments to the transport. */
function method(ctx: EmitContext, op: OperationModel): MethodDeclarationStructure {
  const params = paramsRequired(op) ? "required" : "default";
  if (op.stream !== undefined) {
    const streamType = `${op.stream.className}<${op.stream.eventType.text}>`;
    const { selector } = op.stream.spec;
    // The runtime decides per call from the params; the overloads give each call its type.
    const type = selector === undefined ? streamType : `${op.responseType.text} | ${streamType}`;
    return {
      kind: ctx.kind.Method,
      name: propertyKey(op.methodName),
      parameters: methodParameters(op, op.paramsTypeName, params),
      returnType: `ApiCall<${type}>`,
      statements: [`return ${transportCall(op, type)};`],
      ...(selector === undefined
        ? { docs: methodDocs(op, STREAM_USAGE[op.stream.className]) }
        : { overloads: streamOverloads(op, selector, streamType) }),
    };
  }
  const returnType =
    op.pagination === undefined
      ? `ApiCall<${op.responseType.text}>`
      : `PagedCall<${op.responseType.text}, ${op.pagination.itemType.text}>`;
  const usage =
    op.pagination === undefined
      ? "Await it for the body; `.withResponse()` also gives the `Response`."
      : "Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.";
  const typeArguments =
    op.pagination === undefined ? op.responseType.text : `${op.responseType.text}, ${op.pagination.itemType.text}`;
  return {
    kind: ctx.kind.Method,
    name: propertyKey(op.methodName),
    parameters: methodParameters(op, op.paramsTypeName, params),
    returnType,
    statements: [`return ${transportCall(op, typeArguments)};`],
    docs: methodDocs(op, usage),
  };
}

/** The call a method's body makes: the operation's record and the arguments, handed to the transport. */
function transportCall(op: OperationModel, typeArguments: string): string {
  const args = paramsExpression(op);
  if (op.stream !== undefined) {
    return `this.#transport.stream<${typeArguments}>(${op.constName}, ${args}, options, ${op.stream.className})`;
  }
  if (op.pagination !== undefined) return `this.#transport.paginate<${typeArguments}>(${op.constName}, ${args}, options)`;
  return `this.#transport.call<${typeArguments}>(${op.constName}, ${args}, options)`;
}

/** The first line of a description, for a one-line `@param`. */
function firstLine(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, " ");
}

/** What a resource file imports: its child resources, the runtime's functions its records name, the runtime's types, and the model aliases its types mention. */
/**
 * The body's type when this file writes it: a flat body of no properties (`{}` on the wire) adds
 * nothing to its params type, and an import kept for it fails `noUnusedLocals` (AWS's empty requests).
 */
function writtenBodyType(op: OperationModel): BodyModel["type"] | undefined {
  return op.body === undefined || (op.body.spec.flat === true && op.body.properties.length === 0) ? undefined : op.body.type;
}

function resourceImports(group: GroupModel): string[] {
  const ops = group.operations;
  const encoders = [
    ...new Set(ops.flatMap((op) => (op.body === undefined ? [] : [BODY_ENCODERS[op.body.spec.encoding]]))),
  ].sort();
  const uses = [
    ...new Set(
      ops.flatMap((op) => [
        ...op.params.flatMap((p) => p.type.uses),
        ...op.responseType.uses,
        ...(op.pagination?.itemType.uses ?? []),
        ...(op.stream?.eventType.uses ?? []),
        ...(writtenBodyType(op)?.uses ?? []),
      ]),
    ),
  ].sort();
  const allStyles = [...new Set(ops.flatMap((op) => op.params.flatMap((p) => paramStyle(p.spec) ?? [])))].sort();
  const styles = allStyles.filter((style) => !QUERYSTRING_STYLES.has(style));
  const querystrings = allStyles.filter((style) => QUERYSTRING_STYLES.has(style));
  const walks = [
    ...new Set(ops.flatMap((op) => (op.pagination === undefined ? [] : [PAGE_WALKS[op.pagination.spec.style]]))),
  ].sort();
  // Only when a type written in this file reads from `paths`: an unused import fails `noUnusedLocals` (Vite's templates set it).
  const needsPaths = ops.some((op) =>
    [
      ...op.params.map((p) => p.type.text),
      writtenBodyType(op)?.text,
      op.responseType.text,
      op.pagination?.itemType.text,
      op.stream?.eventType.text,
    ].some((text) => text?.includes("paths[") === true),
  );
  const paged = ops.some((op) => op.pagination !== undefined);
  const events = ops.some((op) => op.stream?.className === "EventStream");
  const items = ops.some((op) => op.stream?.className === "ItemStream");
  const plain = ops.some((op) => op.pagination === undefined);
  const records = [...(plain ? ["OperationSpec"] : []), ...(paged ? ["PagedOperationSpec"] : [])];
  const validates = ops.some(
    (op) => op.validators !== undefined && (op.validators.body !== undefined || Object.keys(op.validators.responses).length > 0),
  );
  return [
    ...group.children.map((c) => `import { ${c.className} } from "./${c.fileName}.js";`),
    ...(plain ? ['import type { ApiCall } from "../runtime/api-call.js";'] : []),
    ...(encoders.length > 0 ? [`import { ${encoders.join(", ")} } from "../runtime/encode-body.js";`] : []),
    ...(events ? ['import { EventStream } from "../runtime/event-stream.js";'] : []),
    ...(ops.some((op) => op.idempotencyHeader !== undefined)
      ? ['import { randomKey } from "../runtime/idempotency-key.js";']
      : []),
    ...(items ? ['import { ItemStream } from "../runtime/item-stream.js";'] : []),
    ...(records.length > 0 ? [`import type { ${records.join(", ")} } from "../runtime/operation.js";`] : []),
    ...(walks.length > 0 ? [`import { ${walks.join(", ")}, type PagedCall } from "../runtime/paginate.js";`] : []),
    ...(styles.length > 0 ? [`import { ${styles.join(", ")} } from "../runtime/param-styles.js";`] : []),
    ...(querystrings.length > 0 ? [`import { ${querystrings.join(", ")} } from "../runtime/query-string.js";`] : []),
    // A resource that only holds nested ones (`x-sdk-method: a.b.list` makes `a`) has no method to take options.
    `import type { ${ops.length > 0 ? "RequestOptions, " : ""}Transport } from "../runtime/transport.js";`,
    ...(validates ? ['import * as schemas from "../schemas.js";'] : []),
    ...(uses.length > 0 ? [`import type { ${uses.join(", ")} } from "../models.js";`] : []),
    ...(needsPaths ? ['import type { paths } from "../types.js";'] : []),
  ];
}

/**
 * `resources/<file>.ts`: one resource: a data record per operation, which the
 * runtime executes; the params types; and a class whose documented methods
 * hand their record and arguments to the transport in one line.
 */
export function emitResource(ctx: EmitContext, group: GroupModel): EmittedFile {
  const ops = group.operations;
  const records = ops.map((op) => {
    const type =
      op.pagination === undefined ? "OperationSpec" : "PagedOperationSpec";
    const head = `const ${op.constName}: ${type} = `;
    // One top-level key per line, so a spec change is a line or two of the diff (see print-literal.ts).
    return `${head}${printLiteral(operationRecord(op), { prefix: head.length, suffix: 1, expand: 1 })};`;
  });
  const resource: ClassDeclarationStructure = {
    kind: ctx.kind.Class,
    isExported: true,
    name: group.className,
    docs: toJsDoc(group.docs, { before: [resourceLine(group)] }),
    properties: [
      ...group.children.map((child) => ({
        name: propertyKey(child.propertyName),
        isReadonly: true,
        type: child.className,
        docs: toJsDoc(child.docs, {
          before: [`\`client.${docText([...group.path, child.propertyName].join("."))}\`.`],
        }),
      })),
      // Only methods read it: a resource of nested ones alone passes the transport on and keeps none.
      ...(ops.length > 0 ? [{ name: "#transport", isReadonly: true, type: "Transport" }] : []),
    ],
    ctors: [
      {
        parameters: [{ name: "transport", type: "Transport" }],
        statements: [
          ...(ops.length > 0 ? ["this.#transport = transport;"] : []),
          ...group.children.map((c) => `this.${c.propertyName} = new ${c.className}(transport);`),
        ],
        docs: [`@internal Created by ${group.path.length === 1 ? "the client" : "its parent resource"}.`],
      },
    ],
    methods: ops.map((op) => method(ctx, op)),
  };
  return ctx.createFile(`resources/${group.fileName}.ts`, [
    resourceImports(group).join("\n"),
    // A blank line after the imports, as a person would leave one.
    (writer) => writer.blankLine(),
    // One statement, so the records are set apart by blank lines (ts-morph trims a statement's own).
    ...(records.length === 0 ? [] : [records.join("\n\n")]),
    ...ops.flatMap((op) => (hasParamsObject(op) ? paramsType(ctx, op, group.className) : [])),
    resource,
  ]);
}
