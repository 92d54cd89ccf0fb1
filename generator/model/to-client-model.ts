/**
 * The model stage: the whole document to one `ClientModel`. Names are claimed
 * in priority order (runtime and openapi-typescript exports, the client,
 * schema aliases, status errors, then resources and params) so that the names
 * a user reads most, the schemas, stay as the spec wrote them.
 */
import type { Diagnostic } from "../check/diagnostic.js";
import type { LoadedDocument } from "../load/load-document.js";
import { isObject, text, type ModelContext } from "./context.js";
import type { ClientModel, GroupModel, OperationModel, SchemaAliasModel } from "./ir.js";
import { listOperations } from "./list-operations.js";
import { NameRegistry, toCamelCase, toPascalCase, toTypeName } from "./names.js";
import { readClientName } from "./read-extensions.js";
import { serverUrl } from "./server-url.js";
import { toOperation } from "./to-operation.js";
import { toSecurity } from "./to-security.js";
import { toStatusErrors } from "./to-status-errors.js";

/**
 * Names nothing generated may reuse: what the runtime and `types.ts` export,
 * and what generated modules import or declare beside the exported names.
 */
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
  // imported by client.ts, errors.ts and resources/*.ts
  "Transport",
  "ClientDefinition",
  "OperationSpec",
  "PaginationSpec",
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

/** Members a resource class or the client already has. */
const CLASS_MEMBERS = ["constructor", "prototype", "then"];

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

export interface ModelResult {
  readonly model: ClientModel;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the IR. `baseName` (e.g. `Zep` from `spec/zep.yaml`) names the client
 * unless the document sets `info.x-client-name`.
 */
export function toClientModel(document: LoadedDocument, specFile: string, baseName: string): ModelResult {
  const root = document.data as Record<string, unknown>;
  const ctx: ModelContext = { document, root, diagnostics: [], exports: new NameRegistry(FIXED_EXPORTS) };
  const info = isObject(root["info"]) ? root["info"] : {};
  const prefix = readClientName(ctx, info["x-client-name"], ["info", "x-client-name"]) ?? toPascalCase(baseName);
  const clientName = ctx.exports.claim(`${prefix}Client`);
  const optionsTypeName = ctx.exports.claim(`${clientName}Options`);
  const errorBaseName = ctx.exports.claim(`${prefix}Error`);
  const security = toSecurity(ctx);
  const sites = listOperations(root);
  const schemas = toSchemas(ctx);
  const schemaAliases = new Map(schemas.map((s) => [s.specName, s.typeName]));
  const statusErrors = toStatusErrors(ctx, sites, schemaAliases);

  // Group by first tag, in the order tags are declared, then first use.
  const tagDocs = new Map<string, string | undefined>();
  if (Array.isArray(root["tags"])) {
    for (const tag of root["tags"])
      if (isObject(tag) && typeof tag["name"] === "string") tagDocs.set(tag["name"], text(tag["description"]));
  }
  const byTag = new Map<string, typeof sites>();
  for (const name of tagDocs.keys()) byTag.set(name, []);
  for (const site of sites) {
    const tags = site.operation["tags"];
    const tag = Array.isArray(tags) && typeof tags[0] === "string" && tags[0].trim() !== "" ? tags[0] : DEFAULT_GROUP;
    const list = byTag.get(tag) ?? [];
    list.push(site);
    byTag.set(tag, list);
  }
  const defaultSecurity = Array.isArray(root["security"])
    ? root["security"].filter(isObject).map((r) => Object.keys(r))
    : [];
  const properties = new NameRegistry(CLASS_MEMBERS, { members: true });
  const files = new NameRegistry([], { members: true });
  const groups: GroupModel[] = [];
  for (const [tag, tagSites] of byTag) {
    if (tagSites.length === 0) continue;
    const propertyName = properties.claim(toCamelCase(tag));
    const members = new NameRegistry(CLASS_MEMBERS, { members: true });
    const operations: OperationModel[] = tagSites.map((site) =>
      toOperation(ctx, { members, schemaAliases, defaultSecurity }, site),
    );
    groups.push({
      tag,
      propertyName,
      className: ctx.exports.claim(`${toPascalCase(tag)}Resource`),
      fileName: files.claim(propertyName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^[-_]+/, "")),
      docs: { description: tagDocs.get(tag) },
      operations,
    });
  }
  return {
    model: {
      specFile,
      clientName,
      optionsTypeName,
      errorBaseName,
      baseUrl: serverUrl(root["servers"]) ?? "",
      docs: { summary: text(info["title"]), description: text(info["description"]) },
      schemes: security.schemes,
      credentialOptions: security.options,
      groups,
      schemas,
      statusErrors,
    },
    diagnostics: ctx.diagnostics,
  };
}
