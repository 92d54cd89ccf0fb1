/**
 * The model stage: the whole document to one `ClientModel`. Names are claimed
 * in priority order (runtime and openapi-typescript exports, the client,
 * schema aliases, status errors, then resources and params) so that the names
 * a user reads most, the schemas, stay as the spec wrote them.
 */
import type { Diagnostic } from "../check/diagnostic.js";
import type { Pointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import { isObject, report, text, type ModelContext } from "./context.js";
import type { ClientModel, ResourceRef, SchemaAliasModel } from "./ir.js";
import { listOperations, type OperationSite } from "../load/list-operations.js";
import { FileNameRegistry } from "./file-names.js";
import { isInheritedName, NameRegistry, toCamelCase, toPascalCase, toTypeName } from "./names.js";
import { readClientName, readIdempotencyHeader, readImportExtension, readSdkMethod } from "./read-extensions.js";
import { serverName, serverUrl } from "./server-url.js";
import { discriminatedSchemas } from "./discriminated-schemas.js";
import { deriveOperationId, toOperation } from "./to-operation.js";
import { toSecurity } from "./to-security.js";
import { toStatusErrors } from "./to-status-errors.js";
import { toValidation, type ValidatedPayloads } from "./to-validation.js";
import { toTagTree, type TagNode } from "./tag-tree.js";

/**
 * Names nothing generated may reuse: what the runtime and `types.ts` export,
 * and what generated modules import or declare beside the exported names.
 */
/** What a client with validation exports besides (index.ts), which nothing generated may reuse then. */
export const VALIDATION_EXPORTS = ["schemas", "ResponseValidationError", "RequestValidationError", "ValidationIssue", "ValidationMode"];

export const FIXED_EXPORTS = [
  // runtime/index.ts
  "ApiCall",
  "WithResponse",
  "AbortError",
  "ClientError",
  "ConnectionError",
  "RequestBuildError",
  "ResponseError",
  "ResponseParseError",
  "StatusError",
  "TimeoutError",
  "PagedCall",
  "ClientOptions",
  "RequestOptions",
  "EventStream",
  "ItemStream",
  "StreamEvent",
  "StreamEventError",
  "FetchOptions",
  "Logger",
  "LogLevel",
  // imported by client.ts, errors.ts and resources/*.ts
  "Transport",
  "ClientDefinition",
  "OperationSpec",
  "PaginationSpec",
  "PagedOperationSpec",
  // runtime functions resources/*.ts import for their records
  "jsonBody",
  "formBody",
  "multipartBody",
  "binaryBody",
  "textBody",
  "pageNumbers",
  "cursors",
  "randomKey",
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "deepObject",
  "label",
  "matrix",
  "cookieForm",
  "StatusErrors",
  "StatusErrorClass",
  // declared in client.ts and errors.ts
  "definition",
  "statusErrors",
  // types.ts
  "paths",
  "components",
  "operations",
  "webhooks",
  "$defs",
];

const DEFAULT_GROUP = "default";

function toSchemas(ctx: ModelContext): SchemaAliasModel[] {
  const components = ctx.root["components"];
  const schemas = isObject(components) && isObject(components["schemas"]) ? components["schemas"] : {};
  return Object.entries(schemas).map(([specName, schema]) => ({
    specName,
    typeName: ctx.exports.claim(toTypeName(specName), "Schema"),
    docs: isObject(schema)
      ? {
          summary: text(schema["title"]),
          description: text(schema["description"]),
          deprecated: schema["deprecated"] === true,
        }
      : {},
  }));
}

/** An operation's place: its resource path and method name, from `x-sdk-method` or its tag. */
interface Route {
  readonly site: OperationSite;
  readonly resources: readonly string[];
  readonly method: string;
  /** True when `x-sdk-method` named it: the name is kept exactly, and a clash is an error. */
  readonly explicit: boolean;
  /** The tag that placed it, when no `x-sdk-method` did. */
  readonly tag?: string;
  /** Where its resource is named: the `x-sdk-method`, the first tag, or the operation (untagged). */
  readonly namedAt: Pointer;
}

/** A resource while the tree is being built. */
interface ResourceNode {
  readonly path: readonly string[];
  tag: string | undefined;
  readonly routes: Route[];
  readonly children: ResourceNode[];
  readonly members: NameRegistry;
  ref: ResourceRef;
}

/** Claims an `x-sdk-method` name in its resource; a clash is an error, not a silent rename. */
/** Claims a member name for a document's name, with a warning saying from what to what when it cannot be used as it is. */
function claimMember(ctx: ModelContext, members: NameRegistry, candidate: string, at: Pointer, what: string): string {
  const reason = members.unusable(candidate);
  const name = members.claim(candidate);
  if (reason !== undefined) {
    report(
      ctx,
      "warning",
      at,
      `${what} \`${candidate}\` ${reason}, so the client calls it \`${name}\``,
      "rename it in the document (or an overlay) to choose the name yourself",
    );
  }
  return name;
}

function claimSdkMethod(ctx: ModelContext, node: ResourceNode, route: Route): string {
  if (node.members.has(route.method)) {
    report(
      ctx,
      "error",
      [...route.site.pointer, "x-sdk-method"],
      `x-sdk-method ${[...node.path, route.method].join(".")} is taken: another operation or a nested resource already has that name`,
      "give each operation its own call path",
    );
    return node.members.claim(route.method);
  }
  return claimMember(ctx, node.members, route.method, [...route.site.pointer, "x-sdk-method"], "the method");
}

/**
 * The resource tree, flattened parents first. Operations with `x-sdk-method`
 * go where it says; the others go to a resource per first tag (declared tags
 * first, then in order of use), named after the tag, as before nesting existed.
 */
function toResources(ctx: ModelContext, root: Record<string, unknown>, sites: readonly OperationSite[]): ResourceNode[] {
  const tree = toTagTree(ctx);
  const tagDocs = tree.tags;
  // Tags own their camelCased property name; two tags that camelCase alike get distinct ones, as before.
  const topNames = new NameRegistry([], { kind: "member" });
  const tagProperty = new Map<string, string>();
  const propertyOfTag = (tag: string, at: Pointer): string => {
    let name = tagProperty.get(tag);
    if (name === undefined) {
      name = claimMember(ctx, topNames, toCamelCase(tag), at, `the resource of tag ${JSON.stringify(tag)},`);
      tagProperty.set(tag, name);
    }
    return name;
  };
  // A 3.2 tag with a `parent` is a property of its parent's resource, named apart from its siblings.
  const childNames = new Map<string, NameRegistry>();
  const tagPaths = new Map<string, string[]>();
  const pathOfTag = (tag: string, at: Pointer): string[] => {
    const known = tagPaths.get(tag);
    if (known !== undefined) return known;
    const chain = tagDocs.get(tag)?.chain ?? [tag];
    let path: string[];
    if (chain.length === 1) path = [propertyOfTag(tag, at)];
    else {
      const parent = pathOfTag(chain.at(-2)!, at);
      const key = parent.join(".");
      let siblings = childNames.get(key);
      if (siblings === undefined) childNames.set(key, (siblings = new NameRegistry([], { kind: "member" })));
      path = [...parent, claimMember(ctx, siblings, toCamelCase(tag), at, `the resource of tag ${JSON.stringify(tag)},`)];
    }
    tagPaths.set(tag, path);
    return path;
  };
  // A resource named by x-sdk-method is a property too: `a.constructor.list` must not make a `constructor` field.
  const renamedSegments = new Set<string>();
  const resourceSegment = (segment: string, at: Pointer): string => {
    if (!isInheritedName(segment)) return segment;
    if (!renamedSegments.has(segment)) {
      renamedSegments.add(segment);
      report(
        ctx,
        "warning",
        at,
        `the resource \`${segment}\` is a name every JavaScript object already has, so the client calls it \`${segment}_\``,
        "rename it in the document (or an overlay) to choose the name yourself",
      );
    }
    return `${segment}_`;
  };
  const routes: Route[] = sites.map((site) => {
    const sdkAt = [...site.pointer, "x-sdk-method"];
    const sdk = readSdkMethod(ctx, site.operation["x-sdk-method"], sdkAt);
    const placedBy = tree.resourceTagOf(site.operation["tags"]);
    if (sdk !== undefined) {
      const resources = sdk.slice(0, -1).map((segment) => resourceSegment(segment, sdkAt));
      noteSdkMethodOverParent(ctx, placedBy && tagDocs.get(placedBy.name), resources, sdkAt);
      return { site, resources, method: sdk.at(-1)!, explicit: true, namedAt: sdkAt };
    }
    const tag = placedBy?.name ?? DEFAULT_GROUP;
    const id = site.operation["operationId"];
    const method = toCamelCase(typeof id === "string" ? id : deriveOperationId(site.method, site.path));
    const tagAt = placedBy === undefined ? site.pointer : [...site.pointer, "tags", placedBy.index];
    return { site, resources: pathOfTag(tag, tagAt), method, explicit: false, tag, namedAt: tagAt };
  });
  const nodes = new Map<string, ResourceNode>();
  const top: ResourceNode[] = [];
  const nodeAt = (path: readonly string[]): ResourceNode => {
    const key = path.join(".");
    let node = nodes.get(key);
    if (node !== undefined) return node;
    node = {
      path,
      tag: undefined,
      routes: [],
      children: [],
      members: new NameRegistry([], { kind: "member" }),
      ref: { propertyName: path.at(-1)!, className: "", fileName: "", docs: {} },
    };
    nodes.set(key, node);
    if (path.length === 1) top.push(node);
    else nodeAt(path.slice(0, -1)).children.push(node);
    return node;
  };
  // Declared tags first, so resources keep the order the document gives its tags.
  const usedTags = new Set(routes.flatMap((r) => (r.tag === undefined ? [] : [r.tag])));
  for (const [tag, { index }] of tagDocs) {
    if (usedTags.has(tag)) nodeAt(pathOfTag(tag, ["tags", index, "name"]));
    else if (routes.some((r) => r.explicit && r.resources[0] === tag)) nodeAt([tag]);
  }
  for (const route of routes) {
    const node = nodeAt(route.resources);
    node.routes.push(route);
    if (route.tag !== undefined) node.tag ??= route.tag;
  }
  const files = new FileNameRegistry();
  const flat: ResourceNode[] = [];
  const visit = (node: ResourceNode): void => {
    const dotted = node.path.join(".");
    const tag = node.tag ?? [...tagDocs.values()].find((t) => describes(t, node.path))?.name;
    const file = files.claim(node.path.map(toKebabCase).join("-"));
    if (file.renamed !== undefined) {
      report(
        ctx,
        "warning",
        flatRoutes(node)[0]?.namedAt ?? [],
        `resource \`${dotted}\` would be the file ${node.path.map(toKebabCase).join("-")}.ts, which ${file.renamed}: it is ${file.name}.ts (in resources/${node.path.length === 1 ? " and entries/" : ""})`,
        "rename the tag (or x-sdk-method) in the document or an overlay to choose the name yourself",
      );
    }
    node.ref = {
      propertyName: node.path.at(-1)!,
      // A nested tag's class is named by its whole path (`GraphEdgeResource`), as an x-sdk-method resource's is.
      className: ctx.exports.claim(`${toPascalCase(node.path.length === 1 ? (node.tag ?? node.path[0]!) : node.path.join(" "))}Resource`),
      fileName: file.name,
      docs: { summary: tag && tagDocs.get(tag)?.summary, description: tag && tagDocs.get(tag)?.description },
    };
    // Nested resources claim their names before any method, so a method cannot take one.
    for (const child of node.children) node.members.claim(child.path.at(-1)!);
    flat.push(node);
    node.children.forEach(visit);
  };
  top.forEach(visit);
  return flat;
}

/**
 * True when `tag` documents the resource at `path`: a dotted name (`graph.edge`),
 * a 3.2 chain of parents (`edge` under `graph`), or a top-level tag of that name.
 */
function describes(tag: TagNode, path: readonly string[]): boolean {
  const dotted = path.join(".");
  if (!tag.navigational) return false;
  // A nested tag documents only the resource at its place, not a top-level one that shares its name.
  if (tag.chain.length > 1) return tag.chain.join(".") === dotted;
  return tag.name === dotted || (path.length === 1 && tag.name === path[0]);
}

/**
 * An operation placed by `x-sdk-method` whose tag has a 3.2 `parent` that
 * would place it elsewhere: the extension wins, and a warning says so.
 */
function noteSdkMethodOverParent(
  ctx: ModelContext,
  tag: TagNode | undefined,
  resources: readonly string[],
  sdkAt: Pointer,
): void {
  if (tag === undefined || tag.chain.length < 2) return;
  const byTag = tag.chain.map(toCamelCase).join(".");
  if (byTag === resources.join(".")) return;
  report(
    ctx,
    "warning",
    sdkAt,
    `x-sdk-method places this operation in \`${resources.join(".")}\`; its tag ${JSON.stringify(tag.name)} (nested by \`parent\` as ${tag.chain.map((t) => JSON.stringify(t)).join(" → ")}) would place it in \`${byTag}\`. x-sdk-method wins`,
    "remove x-sdk-method to let the tag tree place the operation, or make the two agree",
  );
}

/** The routes of `node` and of every resource under it, for a node whose own routes are none. */
function flatRoutes(node: ResourceNode): Route[] {
  return [...node.routes, ...node.children.flatMap(flatRoutes)];
}

/** `userGroup` → `user-group`, for file names. */
function toKebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^[-_]+/, "");
}

export interface ModelResult {
  readonly model: ClientModel;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the IR. `baseName` (e.g. `Zep` from `spec/zep.yaml`) names the client
 * unless the document sets `info.x-client-name`.
 */
export function toClientModel(
  document: LoadedDocument,
  specFile: string,
  baseName: string,
  clientName?: string,
  validate: ValidatedPayloads = { responses: false, requests: false },
): ModelResult {
  const root = document.data as Record<string, unknown>;
  const validates = validate.responses || validate.requests;
  const reserved = validates ? [...FIXED_EXPORTS, ...VALIDATION_EXPORTS] : FIXED_EXPORTS;
  const ctx: ModelContext = { document, root, diagnostics: [], exports: new NameRegistry(reserved) };
  const info = isObject(root["info"]) ? root["info"] : {};
  // The config's name is the consumer's choice, so it wins over the document's.
  const prefix =
    clientName ?? readClientName(ctx, info["x-client-name"], ["info", "x-client-name"]) ?? toPascalCase(baseName);
  const claimedName = ctx.exports.claim(`${prefix}Client`);
  const optionsTypeName = ctx.exports.claim(`${claimedName}Options`);
  const errorBaseName = ctx.exports.claim(`${prefix}Error`);
  const security = toSecurity(ctx);
  const sites = listOperations(root);
  const schemas = toSchemas(ctx);
  const schemaAliases = new Map(schemas.map((s) => [s.specName, s.typeName]));
  const statusErrors = toStatusErrors(ctx, sites, schemaAliases);

  const defaultSecurity = Array.isArray(root["security"])
    ? root["security"].filter(isObject).map((r) => Object.keys(r))
    : [];
  const discriminated = discriminatedSchemas(root);
  const idempotencyHeader = readIdempotencyHeader(ctx, root["x-idempotency-header"], ["x-idempotency-header"]);
  const resources = toResources(ctx, root, sites).map((node) => {
    const operations = node.routes.map((route) => {
      const methodName = route.explicit
        ? claimSdkMethod(ctx, node, route)
        : claimMember(ctx, node.members, route.method, [...route.site.pointer, "operationId"], "the method");
      const namePrefix = route.explicit ? toPascalCase(node.path.join(" ")) : "";
      return toOperation(ctx, { schemaAliases, defaultSecurity, discriminated, idempotencyHeader }, route.site, {
        methodName,
        namePrefix,
      });
    });
    const entryClassName =
      node.path.length === 1 ? ctx.exports.claim(`${prefix}${toPascalCase(node.path[0]!)}Client`) : undefined;
    return {
      ...node.ref,
      tag: node.tag,
      path: node.path,
      operations,
      children: node.children.map((c) => c.ref),
      entryClassName,
    };
  });
  const validated = validates ? toValidation(schemas, resources, validate) : undefined;
  const groups = validated?.groups ?? resources;
  return {
    model: {
      specFile,
      importExtension: readImportExtension(ctx, info["x-import-extension"], ["info", "x-import-extension"]),
      clientName: claimedName,
      optionsTypeName,
      errorBaseName,
      baseUrl: serverUrl(root["servers"]) ?? "",
      baseUrlName: serverName(root["servers"]),
      logEnv: `${prefix.replace(/([a-z\d])([A-Z])/g, "$1_$2").toUpperCase()}_LOG`,
      docs: { summary: text(info["title"]), description: text(info["description"]) },
      schemes: security.schemes,
      credentialOptions: security.options,
      groups,
      schemas,
      statusErrors,
      validation: validated?.validation,
    },
    diagnostics: ctx.diagnostics,
  };
}
