/**
 * `api.md`: the client's reference, one section per resource in tree order
 * (`client.graph`, then `client.graph.edge`), one per method: its signature,
 * HTTP method and path, a table of its parameters, the response type, the
 * error classes, pagination and streaming, and an example call made from the
 * spec's examples. Names and types come from the model; descriptions, schema
 * types and examples are read from the bundled document. Spec prose goes
 * through markdown.ts, so it renders as text, never as HTML or a script link.
 */
import { getAt } from "../load/json-pointer.js";
import type { ClientModel, GroupModel, OperationModel, ParamModel } from "../model/ir.js";
import { jsonSequenceFraming } from "../model/media-types.js";
import { isIdentifier } from "../model/names.js";
import { hasParamsObject, paramsRequired } from "./emit-resource.js";
import { codeBlock, codeSpan, inlineText, markdownText, tableCell } from "./markdown.js";
import { stringLiteral } from "./escape.js";
import { printLiteral } from "./print-literal.js";
import { firstExample } from "../model/example-values.js";
import { exampleObject, exampleValue, resolveLocal, shortType, type AliasNames } from "./schema-summary.js";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One row of a method's parameter table. */
export interface ParameterRow {
  readonly name: string;
  readonly where: "path" | "query" | "querystring" | "header" | "cookie" | "body";
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** What the reference reads from the document for one operation. */
interface OperationSource {
  readonly rows: ParameterRow[];
  /** The call's arguments as values: each path parameter, then the params object (if any). */
  readonly pathValues: unknown[];
  readonly params: JsonObject;
}

/** The operation object of the document, and its parameters (path item's overridden by the operation's). */
function rawOperation(root: unknown, op: OperationModel): { operation: JsonObject; parameters: JsonObject[] } {
  const paths = isObject(root) && isObject(root["paths"]) ? root["paths"] : {};
  const item = resolveLocal(root, paths[op.path]);
  const operation = isObject(item) ? resolveLocal(root, getAt(item, op.specKey)) : undefined;
  const byKey = new Map<string, JsonObject>();
  for (const list of [
    isObject(item) ? item["parameters"] : undefined,
    isObject(operation) ? operation["parameters"] : undefined,
  ]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const parameter = resolveLocal(root, raw);
      if (isObject(parameter)) byKey.set(`${String(parameter["in"])}:${String(parameter["name"])}`, parameter);
    }
  }
  return { operation: isObject(operation) ? operation : {}, parameters: [...byKey.values()] };
}

/** A parameter's schema: `schema`, or that of its single `content` entry. */
function parameterSchema(parameter: JsonObject | undefined): unknown {
  if (parameter === undefined) return undefined;
  if (parameter["schema"] !== undefined) return parameter["schema"];
  const media = isObject(parameter["content"]) ? Object.values(parameter["content"])[0] : undefined;
  return isObject(media) ? media["schema"] : undefined;
}

/** A parameter's example: its own (`example`, first of `examples`), the model's, else one from its schema. */
function parameterExample(root: unknown, param: ParamModel, raw: JsonObject | undefined): unknown {
  if (raw !== undefined && raw["example"] !== undefined) return raw["example"];
  const named = firstExample(root, raw?.["examples"]).data;
  if (named !== undefined) return named;
  if (param.docs.example !== undefined) return param.docs.example;
  return exampleValue(root, parameterSchema(raw), param.spec.name);
}

function hasOwnExample(raw: JsonObject | undefined, root: unknown): boolean {
  if (raw === undefined) return false;
  if (raw["example"] !== undefined || isObject(raw["examples"])) return true;
  const schema = resolveLocal(root, parameterSchema(raw));
  return isObject(schema) && (schema["example"] !== undefined || Array.isArray(schema["examples"]));
}

/** The media type object of the body the client sends. */
function bodyMedia(root: unknown, operation: JsonObject, mediaType: string): JsonObject {
  const body = resolveLocal(root, operation["requestBody"]);
  const content = isObject(body) && isObject(body["content"]) ? body["content"] : {};
  const media = content[mediaType] ?? Object.values(content)[0];
  return isObject(media) ? media : {};
}

/** The body's example: the media type's `example` or first of `examples`, else one from its schema. */
function bodyExample(root: unknown, media: JsonObject): unknown {
  if (media["example"] !== undefined) return media["example"];
  const named = firstExample(root, media["examples"]).data;
  if (named !== undefined) return named;
  const schema = resolveLocal(root, media["schema"]);
  return isObject(schema) && isObject(schema["properties"])
    ? exampleObject(root, schema)
    : exampleValue(root, media["schema"], "body");
}

function readSource(root: unknown, op: OperationModel, aliases: AliasNames): OperationSource {
  const { operation, parameters } = rawOperation(root, op);
  const rows: ParameterRow[] = [];
  const pathValues: unknown[] = [];
  const params: JsonObject = {};
  for (const param of op.params) {
    const raw = parameters.find((p) => p["name"] === param.spec.name && p["in"] === param.spec.in);
    const about = param.docs.description ?? param.docs.summary ?? "";
    const wire = param.docs.wireExample === undefined ? "" : `On the wire: ${codeSpan(param.docs.wireExample)}`;
    const description = [about, wire].filter((t) => t !== "").join(" ");
    rows.push({
      name:
        param.spec.in === "path" || param.spec.key === param.spec.name
          ? param.spec.key
          : `${param.spec.key} (${param.spec.name})`,
      where: param.spec.in,
      type: shortType(root, parameterSchema(raw), aliases),
      required: param.required,
      description,
    });
    if (param.spec.in === "path") pathValues.push(parameterExample(root, param, raw));
    else if (param.required || hasOwnExample(raw, root)) params[param.spec.key] = parameterExample(root, param, raw);
  }
  if (op.body !== undefined) {
    const media = bodyMedia(root, operation, op.body.spec.mediaType);
    const schema = resolveLocal(root, media["schema"]);
    const example = bodyExample(root, media);
    if (op.body.spec.flat === true && isObject(schema)) {
      const properties = isObject(schema["properties"]) ? schema["properties"] : {};
      const required = Array.isArray(schema["required"]) ? schema["required"] : [];
      for (const name of op.body.properties) {
        const property = resolveLocal(root, properties[name]);
        const text = isObject(property) ? (property["description"] ?? property["title"]) : undefined;
        rows.push({
          name,
          where: "body",
          type: shortType(root, properties[name], aliases),
          required: op.body.spec.required && required.includes(name),
          description: typeof text === "string" ? text : "",
        });
      }
      if (isObject(example)) Object.assign(params, example);
    } else {
      rows.push({
        name: "body",
        where: "body",
        type: op.body.type.text,
        required: op.body.spec.required,
        description: op.body.docs.description ?? `Sent as ${op.body.spec.mediaType}.`,
      });
      params["body"] = example;
    }
  }
  // A call that streams only when asked shows the asking.
  const selector = op.stream?.spec.selector;
  if (selector !== undefined && op.stream?.spec.selectorIn === "body")
    params["body"] = { ...(isObject(params["body"]) ? params["body"] : {}), [selector]: true };
  else if (selector !== undefined) params[selector] = true;
  // The runtime sets the page or cursor while it walks; a first call leaves it out.
  const p = op.pagination?.spec;
  if (p !== undefined) delete params[p.style === "cursor" ? p.cursor : p.page];
  return { rows, pathValues, params };
}

/** The parameter table, escaped for Markdown. */
export function parameterTable(rows: readonly ParameterRow[]): string {
  if (rows.length === 0) return "No parameters.";
  return [
    "| Name | In | Type | Required | Description |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${tableCell(codeSpan(r.name))} | ${r.where} | ${tableCell(codeSpan(r.type))} | ${r.required ? "yes" : "no"} | ${tableCell(r.description)} |`,
    ),
  ].join("\n");
}

/** `.name`, or `["name"]` when it is not an identifier. */
function member(name: string): string {
  return isIdentifier(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

function returnType(op: OperationModel): string {
  if (op.stream !== undefined) {
    const stream = `${op.stream.className}<${op.stream.eventType.text}>`;
    return `ApiCall<${op.stream.spec.selector === undefined ? stream : `${op.responseType.text} | ${stream}`}>`;
  }
  return op.pagination === undefined
    ? `ApiCall<${op.responseType.text}>`
    : `PagedCall<${op.responseType.text}, ${op.pagination.itemType.text}>`;
}

/** The method as declared, with `params?` for a params object with a default. */
export function signature(op: OperationModel): string {
  const args = [
    ...op.params.filter((p) => p.spec.in === "path").map((p) => `${p.spec.key}: ${p.type.text}`),
    ...(hasParamsObject(op) ? [`params${paramsRequired(op) ? "" : "?"}: ${op.paramsTypeName}`] : []),
    "options?: RequestOptions",
  ];
  return `${op.methodName}(${args.join(", ")}): ${returnType(op)}`;
}

/** A value as code, or a placeholder comment for one no literal can show (a Blob, say). */
function valueSource(value: unknown, head: number): string {
  try {
    return printLiteral(value, { prefix: head, suffix: 2 });
  } catch {
    return "/* … */ undefined";
  }
}

/** The example call: path arguments, then the params object when the method takes one. */
function exampleCall(group: GroupModel, op: OperationModel, source: OperationSource): string {
  const target = `client${group.path.map(member).join("")}${member(op.methodName)}`;
  const args = source.pathValues.map((v) => valueSource(v, 0));
  const withParams = hasParamsObject(op) && (paramsRequired(op) || Object.keys(source.params).length > 0);
  // An event carries its value in `data`; an item is the value.
  const each = op.stream?.className === "ItemStream" ? "item" : "event";
  const open =
    op.stream !== undefined
      ? `for await (const ${each} of await ${target}(`
      : op.pagination === undefined
        ? `const result = await ${target}(`
        : `for await (const item of ${target}(`;
  const head = `${open}${args.map((a) => `${a}, `).join("")}`;
  const call = withParams ? `${head}${valueSource(source.params, head.length)})` : `${head.replace(/, $/, "")})`;
  if (op.stream !== undefined) return `${call}) {\n  console.log(${each === "item" ? "item" : "event.data"});\n}`;
  return op.pagination === undefined ? `${call};` : `${call}) {\n  console.log(item);\n}`;
}

function paginationLine(op: OperationModel): string {
  const p = op.pagination?.spec;
  if (p === undefined) return "no";
  const detail =
    p.style === "cursor"
      ? `cursor in ${codeSpan(p.cursor)}, the next one from ${p.nextHeader === undefined ? `the response's ${codeSpan(p.next ?? "")}` : `the ${codeSpan(p.nextHeader)} header`}`
      : `page number in ${codeSpan(p.page)}, from ${p.first}`;
  return `yes (${detail}); \`for await\` walks every ${codeSpan(op.pagination!.itemType.text)}, \`.pages()\` yields whole pages`;
}

/** What awaiting the call gives: the body's type, or the stream. */
function returnsLine(op: OperationModel): string {
  if (op.stream === undefined) return codeSpan(op.responseType.text);
  const stream = codeSpan(`${op.stream.className}<${op.stream.eventType.text}>`);
  const { selector } = op.stream.spec;
  return selector === undefined
    ? stream
    : `${codeSpan(op.responseType.text)}, or an ${stream} with ${codeSpan(`${selector}: true`)}`;
}

/** How the items of a JSON sequence are framed, in words. */
const ITEM_FRAMING: Readonly<Record<NonNullable<ReturnType<typeof jsonSequenceFraming>>, string>> = {
  "json-lines": "JSON Lines, one JSON value a line",
  "json-seq": "a JSON text sequence, each value after an RS",
};

/** Whether the method streams (server-sent events or JSON items), what each carries, and what asks for the stream. */
function streamingLine(op: OperationModel): string {
  const stream = op.stream;
  if (stream === undefined) return "no";
  const { data, terminator, selector } = stream.spec;
  return [
    stream.className === "ItemStream"
      ? `yes (${ITEM_FRAMING[jsonSequenceFraming(stream.spec.items ?? "") ?? "json-lines"]}); each item is ${codeSpan(stream.eventType.text)}, parsed from JSON`
      : `yes (server-sent events); each event's \`data\` is ${codeSpan(stream.eventType.text)}${data === "json" ? ", parsed from JSON" : ", as text"}`,
    ...(terminator === undefined ? [] : [`the stream ends at the \`data\` ${codeSpan(terminator)}`]),
    ...(selector === undefined
      ? []
      : [
          `only with ${codeSpan(`${selector}: true`)} in the ${stream.spec.selectorIn === "body" ? "params' `body`" : "params"}; without it the call returns ${codeSpan(op.responseType.text)}`,
        ]),
  ].join("; ");
}

function errorsLine(model: ClientModel, op: OperationModel): string {
  const named = op.errors.map((status) => {
    const error = model.statusErrors.find((e) => e.status === status);
    return error === undefined
      ? `${status}: ${codeSpan(model.errorBaseName)}`
      : `${status}: ${codeSpan(error.className)}`;
  });
  return [...named, `any other status: ${codeSpan(model.errorBaseName)}`].join(", ");
}

function operationSection(
  model: ClientModel,
  root: unknown,
  aliases: AliasNames,
  group: GroupModel,
  op: OperationModel,
): string {
  const source = readSource(root, op, aliases);
  const parts = [`### ${codeSpan(`client.${[...group.path, op.methodName].join(".")}()`)}`];
  if (op.docs.summary !== undefined) parts.push(inlineText(op.docs.summary));
  if (op.docs.description !== undefined && op.docs.description.trim() !== op.docs.summary?.trim())
    parts.push(markdownText(op.docs.description));
  if (op.docs.deprecated === true) parts.push("**Deprecated.**");
  parts.push(
    codeBlock(signature(op), "ts"),
    `${codeSpan(`${op.method} ${op.path}`)}`,
    parameterTable(source.rows),
    [
      `- Returns: ${returnsLine(op)}${op.docs.returns === undefined ? "" : `: ${inlineText(op.docs.returns)}`}`,
      `- Errors: ${errorsLine(model, op)}`,
      `- Paginates: ${paginationLine(op)}`,
      `- Streams: ${streamingLine(op)}`,
    ].join("\n"),
    codeBlock(exampleCall(group, op, source), "ts"),
  );
  return parts.join("\n\n");
}

/** Groups in tree order: each resource, then its children, siblings in model order. */
function treeOrder(groups: readonly GroupModel[]): GroupModel[] {
  const byFile = new Map(groups.map((g) => [g.fileName, g]));
  const ordered: GroupModel[] = [];
  const visit = (group: GroupModel): void => {
    ordered.push(group);
    for (const child of group.children) {
      const found = byFile.get(child.fileName);
      if (found !== undefined) visit(found);
    }
  };
  for (const group of groups.filter((g) => g.path.length === 1)) visit(group);
  return ordered;
}

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** A line naming the credential options whose security scheme is `deprecated` (OpenAPI 3.2), if any. */
function deprecatedCredentials(model: ClientModel): string[] {
  const names = model.credentialOptions.filter((c) => c.docs.deprecated === true).map((c) => codeSpan(c.name));
  return names.length === 0
    ? []
    : [`**Deprecated:** the spec marks the security scheme of ${names.join(", ")} deprecated; prefer another credential.`];
}

/** The whole `api.md`, with `header` (a Markdown comment) as its first line. */
export function emitReference(model: ClientModel, document: unknown, header: string): string {
  const aliases: AliasNames = new Map(model.schemas.map((s) => [s.specName, s.typeName]));
  const groups = treeOrder(model.groups);
  const title = model.docs.summary === undefined ? model.clientName : inlineText(model.docs.summary);
  const credentials = model.credentialOptions.map((c) => `${c.name}: "…"`).join(", ");
  const sections: string[] = [
    header,
    `# ${title}: API reference`,
    `Every resource and method of ${codeSpan(model.clientName)}, the client for ${codeSpan(model.baseUrl)}${model.baseUrlName === undefined ? "" : ` (${inlineText(model.baseUrlName)})`}.`,
    codeBlock(`const client = new ${model.clientName}(${credentials === "" ? "" : `{ ${credentials} }`});`, "ts"),
    ...deprecatedCredentials(model),
    "Every method takes per-call `options` (signal, timeout, retries, headers) last. A status the spec documents as an error throws its own class below; any other non-2xx status throws " +
      `${codeSpan(model.errorBaseName)}.`,
    "## Resources",
    groups
      .map((g) => {
        const heading = `client.${g.path.join(".")}`;
        return `${"  ".repeat(g.path.length - 1)}- [${codeSpan(heading)}](#${anchor(heading)}) (${g.operations.length})`;
      })
      .join("\n"),
    "## Errors",
    model.statusErrors.length === 0
      ? "The spec documents no error statuses."
      : [
          "| Status | Class | Body |",
          "| --- | --- | --- |",
          ...model.statusErrors.map(
            (e) =>
              `| ${tableCell(e.status)} | ${tableCell(codeSpan(e.className))} | ${tableCell(codeSpan(e.bodyType.text))} |`,
          ),
        ].join("\n"),
  ];
  for (const group of groups) {
    sections.push(`## ${codeSpan(`client.${group.path.join(".")}`)}`);
    // A 3.2 tag's `summary` is its short title, shown above the description.
    if (group.docs.summary !== undefined) sections.push(inlineText(group.docs.summary));
    if (group.docs.description !== undefined && group.docs.description.trim() !== group.docs.summary?.trim())
      sections.push(markdownText(group.docs.description));
    for (const op of group.operations) sections.push(operationSection(model, document, aliases, group, op));
  }
  return `${sections.join("\n\n")}\n`;
}
