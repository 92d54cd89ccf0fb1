/**
 * What openapi-typescript (frozen, reading up to OpenAPI 3.1) cannot type in a
 * 3.2 document, routed around it: the QUERY method (a path item's `query`),
 * `additionalOperations` (`COPY`, `PURGE`…) and `in: querystring` parameters.
 *
 * Before its transform, a copy of the document carries each such operation
 * under a stand-in path key (`QUERY /search`, which no real path can be: paths
 * start with `/`) as that path's `post`, and each querystring parameter as a
 * query parameter, which openapi-typescript does type. After it, the stand-in
 * entries are taken out and each operation's type is put back on its own path
 * under its own key (`paths["/search"]["query"]`, `paths["/files/{id}"]["COPY"]`),
 * and the querystring's `query` member is renamed `querystring`: `types.d.ts`
 * then reads as if openapi-typescript had read 3.2, and the resource code
 * indexes `paths` the same way for every operation (see to-operation.ts).
 */
import type ts from "typescript";
import { HTTP_METHODS, listOperations, type OperationSite } from "../load/list-operations.js";
import { isOpenapi32 } from "../load/openapi-version.js";
import { siteParameters } from "../load/querystring-param.js";
import { resolveRef } from "../load/resolve-ref.js";

/** An operation openapi-typescript reads under a stand-in path, to be put back under its own. */
interface MovedOperation {
  readonly standIn: string;
  readonly path: string;
  readonly method: string;
}

/** An operation whose parameters include a querystring, typed as a query parameter in the copy. */
interface QuerystringSite {
  readonly path: string;
  readonly method: string;
  /** The operationId openapi-typescript keys `operations` by, when the operation has one. */
  readonly operationId: string | undefined;
  /** True when the querystring is the path item's: its `parameters` member is renamed too. */
  readonly onPathItem: boolean;
}

export interface TypesCopy {
  /** The document to give openapi-typescript; the original is left as it was. */
  readonly document: unknown;
  readonly moved: readonly MovedOperation[];
  readonly querystrings: readonly QuerystringSite[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const CLASSIC: ReadonlySet<string> = new Set(HTTP_METHODS);

/** A querystring parameter as the query parameter openapi-typescript types: its content's schema, same name. */
function asQueryParameter(root: unknown, raw: unknown, at: (string | number)[]): { value: unknown; changed: boolean } {
  const { value } = resolveRef(root, raw, at);
  if (!isObject(value) || value["in"] !== "querystring") return { value: raw, changed: false };
  const content = isObject(value["content"]) ? Object.values(value["content"])[0] : undefined;
  const schema = isObject(content) ? content["schema"] : undefined;
  const { content: _content, ...rest } = value;
  return { value: { ...rest, in: "query", ...(schema === undefined ? {} : { schema }) }, changed: true };
}

function rewriteParameters(root: unknown, list: unknown, at: (string | number)[]): { list: unknown; changed: boolean } {
  if (!Array.isArray(list)) return { list, changed: false };
  const rewritten = list.map((raw, i) => asQueryParameter(root, raw, [...at, i]));
  return { list: rewritten.map((r) => r.value), changed: rewritten.some((r) => r.changed) };
}

/** The copy of `document` openapi-typescript is given, and what to put back after it. */
export function copyForTypes(document: unknown): TypesCopy {
  // Only 3.2 has these; every other document reaches openapi-typescript as it is, at no cost.
  if (!isObject(document) || !isObject(document["paths"]) || !isOpenapi32(document["openapi"])) {
    return { document, moved: [], querystrings: [] };
  }
  const sites = listOperations(document).filter(
    (site) => !CLASSIC.has(site.method) || siteParameters(document, site).some((p) => p.value["in"] === "querystring"),
  );
  if (sites.length === 0)
    return { document: { ...document, ...componentParameters(document) }, moved: [], querystrings: [] };
  const paths: Record<string, unknown> = { ...document["paths"] };
  const moved: MovedOperation[] = [];
  const querystrings: QuerystringSite[] = [];
  for (const site of sites) {
    const itemParams = rewriteParameters(document, site.pathItem["parameters"], [
      ...site.pathItemPointer,
      "parameters",
    ]);
    const opParams = rewriteParameters(document, site.operation["parameters"], [...site.pointer, "parameters"]);
    const operation = opParams.changed ? { ...site.operation, parameters: opParams.list } : site.operation;
    if (itemParams.changed || opParams.changed) querystrings.push(querystringSite(site, itemParams.changed));
    if (CLASSIC.has(site.method)) {
      // A path item read through `$ref` is written out here, so the rewritten parameters reach it.
      const written = paths[site.path];
      const item = isObject(written) && written["$ref"] === undefined ? written : site.pathItem;
      paths[site.path] = {
        ...(item as object),
        ...(itemParams.changed ? { parameters: itemParams.list } : {}),
        [site.method]: operation,
      };
      continue;
    }
    const standIn = `${site.httpMethod} ${site.path}`;
    paths[standIn] = { ...(itemParams.list === undefined ? {} : { parameters: itemParams.list }), post: operation };
    moved.push({ standIn, path: site.path, method: site.method });
  }
  return { document: { ...document, paths, ...componentParameters(document) }, moved, querystrings };
}

/** `components` with its querystring parameters typed by their schema too (openapi-typescript reads no `content` there). */
function componentParameters(document: Record<string, unknown>): { components?: Record<string, unknown> } {
  const components = document["components"];
  if (!isObject(components) || !isObject(components["parameters"])) return {};
  const parameters = Object.entries(components["parameters"]).map(
    ([name, raw]) => [name, asQueryParameter(document, raw, ["components", "parameters", name])] as const,
  );
  if (!parameters.some(([, p]) => p.changed)) return {};
  return { components: { ...components, parameters: Object.fromEntries(parameters.map(([n, p]) => [n, p.value])) } };
}

function querystringSite(site: OperationSite, onPathItem: boolean): QuerystringSite {
  const id = site.operation["operationId"];
  return {
    path: site.path,
    method: site.method,
    operationId: typeof id === "string" ? id.replace(/#/g, "/") : undefined,
    onPathItem,
  };
}

function memberName(typescript: typeof ts, member: ts.TypeElement): string | undefined {
  const name = member.name;
  return name !== undefined && (typescript.isIdentifier(name) || typescript.isStringLiteral(name))
    ? name.text
    : undefined;
}

function findMember(typescript: typeof ts, members: readonly ts.TypeElement[], name: string) {
  return members.find(
    (m): m is ts.PropertySignature => typescript.isPropertySignature(m) && memberName(typescript, m) === name,
  );
}

/** A property key as openapi-typescript writes one: bare when it is an identifier, quoted otherwise. */
function propertyKey(typescript: typeof ts, name: string): ts.PropertyName {
  return /^[A-Za-z_$][\w$]*$/.test(name)
    ? typescript.factory.createIdentifier(name)
    : typescript.factory.createStringLiteral(name);
}

/** `literal` with its property `name`'s type replaced by `change(type)`; unchanged when there is none. */
function updateProperty(
  typescript: typeof ts,
  literal: ts.TypeLiteralNode,
  name: string,
  change: (type: ts.TypeNode) => ts.TypeNode,
): ts.TypeLiteralNode {
  const { factory } = typescript;
  const members = literal.members.map((m) =>
    typescript.isPropertySignature(m) && m.type !== undefined && memberName(typescript, m) === name
      ? factory.updatePropertySignature(m, m.modifiers, m.name, m.questionToken, change(m.type))
      : m,
  );
  return factory.updateTypeLiteralNode(literal, factory.createNodeArray(members));
}

/** `parameters: { query?: …; … }` with `query` renamed `querystring`, in an operation's or path item's type. */
function renameQueryMember(typescript: typeof ts, type: ts.TypeNode): ts.TypeNode {
  if (!typescript.isTypeLiteralNode(type)) return type;
  return updateProperty(typescript, type, "parameters", (parameters) => {
    if (!typescript.isTypeLiteralNode(parameters)) return parameters;
    const members = parameters.members.map((m) =>
      typescript.isPropertySignature(m) && memberName(typescript, m) === "query"
        ? typescript.factory.updatePropertySignature(
            m,
            m.modifiers,
            typescript.factory.createIdentifier("querystring"),
            m.questionToken,
            m.type,
          )
        : m,
    );
    return typescript.factory.updateTypeLiteralNode(parameters, typescript.factory.createNodeArray(members));
  });
}

/** The interface `name` among the declarations, with its index. */
function findInterface(typescript: typeof ts, nodes: readonly ts.Node[], name: string) {
  const index = nodes.findIndex((n) => typescript.isInterfaceDeclaration(n) && n.name.text === name);
  return index === -1 ? undefined : { index, node: nodes[index] as ts.InterfaceDeclaration };
}

function updateInterface(
  typescript: typeof ts,
  node: ts.InterfaceDeclaration,
  members: readonly ts.TypeElement[],
): ts.InterfaceDeclaration {
  return typescript.factory.updateInterfaceDeclaration(
    node,
    node.modifiers,
    node.name,
    node.typeParameters,
    node.heritageClauses,
    typescript.factory.createNodeArray(members),
  );
}

/** openapi-typescript's output for `copy.document`, with what `copyForTypes` moved put back. */
export function restoreTypes(typescript: typeof ts, nodes: ts.Node[], copy: TypesCopy): ts.Node[] {
  if (copy.moved.length === 0 && copy.querystrings.length === 0) return nodes;
  const { factory } = typescript;
  const found = findInterface(typescript, nodes, "paths");
  if (found === undefined) return nodes;
  const result = [...nodes];
  let members: ts.TypeElement[] = [...found.node.members];
  for (const move of copy.moved) {
    const standIn = findMember(typescript, members, move.standIn);
    const operation =
      standIn?.type !== undefined && typescript.isTypeLiteralNode(standIn.type)
        ? findMember(typescript, standIn.type.members, "post")
        : undefined;
    members = members.filter((m) => m !== standIn);
    if (operation?.type === undefined) continue;
    const property = factory.createPropertySignature(
      operation.modifiers,
      propertyKey(typescript, move.method),
      undefined,
      operation.type,
    );
    // Its doc comment (summary, description) comes with it.
    typescript.setSyntheticLeadingComments(property, typescript.getSyntheticLeadingComments(operation));
    const target = findMember(typescript, members, move.path);
    members = members.map((m) => {
      if (m !== target || target.type === undefined) return m;
      // A path item written as a `$ref` is typed by reference: the operation joins it in an intersection.
      const type = typescript.isTypeLiteralNode(target.type)
        ? factory.updateTypeLiteralNode(target.type, factory.createNodeArray([...target.type.members, property]))
        : factory.createIntersectionTypeNode([target.type, factory.createTypeLiteralNode([property])]);
      return factory.updatePropertySignature(target, target.modifiers, target.name, target.questionToken, type);
    });
  }
  const operations = findInterface(typescript, result, "operations");
  let operationMembers = operations === undefined ? undefined : [...operations.node.members];
  for (const site of copy.querystrings) {
    members = members.map((m) => {
      if (!typescript.isPropertySignature(m) || m.type === undefined || memberName(typescript, m) !== site.path)
        return m;
      const item = m.type;
      if (!typescript.isTypeLiteralNode(item)) return m;
      let type = updateProperty(typescript, item, site.method, (op) => renameQueryMember(typescript, op));
      if (site.onPathItem) type = renameQueryMember(typescript, type) as ts.TypeLiteralNode;
      return factory.updatePropertySignature(m, m.modifiers, m.name, m.questionToken, type);
    });
    if (site.operationId !== undefined && operationMembers !== undefined) {
      operationMembers = operationMembers.map((m) =>
        typescript.isPropertySignature(m) && m.type !== undefined && memberName(typescript, m) === site.operationId
          ? factory.updatePropertySignature(
              m,
              m.modifiers,
              m.name,
              m.questionToken,
              renameQueryMember(typescript, m.type),
            )
          : m,
      );
    }
  }
  result[found.index] = updateInterface(typescript, found.node, members);
  if (operations !== undefined && operationMembers !== undefined) {
    result[operations.index] = updateInterface(typescript, operations.node, operationMembers);
  }
  return result;
}
