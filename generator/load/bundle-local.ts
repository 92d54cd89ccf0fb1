/**
 * Joining a document split over local files without Redocly: the same result
 * as `bundle()` of @redocly/openapi-core 1.34 (dereference off), key for key
 * and in the same order, for OpenAPI 3.0 and 3.1 documents whose `$ref`s all
 * name files on this machine. Component names and their order decide the
 * generated types, so this module reproduces Redocly's two passes: one that
 * resolves every reachable `$ref` on the documents as parsed, and one that
 * walks the typed tree in Redocly's order, saving what sits at a component
 * position under `components` and inlining everything else. Whenever a
 * document holds something whose handling is not certain to match (a URL, a
 * file that cannot be read, a target that does not resolve, a refused `$ref`,
 * a rename Redocly warns about…), it answers "not sure" with the reason and
 * bundle-refs.ts runs Redocly, which reports problems as it always did.
 * Files are read with Redocly's own YAML reader (js-yaml, its schema), so the
 * data is what its bundle would hold, at a quarter of the `yaml` package's
 * cost; not loading the bundler saves about 100 ms more.
 */
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { checkDataShape } from "./check-data-shape.js";
import { bundlerDataAt, type ParseMemo } from "./parse-memo.js";
import type { RefPolicy } from "./ref-policy.js";
import { hasUrlScheme, isRemote } from "./remote-text.js";

export type LocalBundle =
  | {
      readonly ok: true;
      readonly data: Record<string, unknown>;
      /** Every local file read, the root included when it was read from disk (as Redocly's `fileDependencies`). */
      readonly files: string[];
      /** Components renamed `-2`, `-3`… because another of that name differs, with the `$ref` that led to each, as Redocly warns of them. */
      readonly renames: Rename[];
    }
  | { readonly ok: false; readonly reason: string };

export interface Rename {
  /** The file (absolute) and pointer (`#/a/b`, as Redocly writes it) of the `$ref` or mapping saved under the new name. */
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
}

export interface LocalBundleOptions {
  /** The root document already in memory (changed by an overlay); by default `file` is read. */
  readonly document?: unknown;
  /** Decides on every file a `$ref` names, as for Redocly (ref-policy.ts). */
  readonly policy: RefPolicy;
  /** A long-lived session's parses, reused for files whose text has not changed (parse-memo.ts). */
  readonly memo?: ParseMemo | undefined;
}

/** Redocly's YAML reader: js-yaml with its schema (no timestamps). A small module, not the bundler. */
function redoclyYaml(): { parseYaml(text: string): unknown } {
  return createRequire(import.meta.url)("@redocly/openapi-core/lib/js-yaml/index.js") as { parseYaml(text: string): unknown };
}

/** A case the fast path does not handle exactly as Redocly would: Redocly then runs. */
class NotSure extends Error {}

// ---------------------------------------------------------------------------
// The node types of an OpenAPI 3.x document, as Redocly's walker knows them:
// which key holds which type, in the order it visits them.

/** What a key holds: a node type by name, or one of these markers. */
const SCALAR = "~scalar"; // resolved, but not walked: a `$ref` there is inlined by Redocly
const SKIP = "~skip"; // never resolved nor walked (`default`, `const`…)
const MAPPING_REF = "~mapping-ref"; // a discriminator mapping value that names a schema

type Slot = string | ((value: unknown, key: string) => string | undefined);

interface NodeType {
  readonly name: string;
  readonly props: ReadonlyMap<string, Slot>;
  /** Each key of `props` by its place in the walk order. */
  readonly order: ReadonlyMap<string, number>;
  readonly rest?: Slot | undefined;
  readonly items?: string | undefined;
  /** Keys starting `x-` are extensions. */
  readonly ext: boolean;
}

interface TypeSpec {
  /** Keys in walk order: `key` holds a scalar, `key:Type` a node type, `key:-` nothing walked. */
  readonly props?: string;
  readonly rest?: Slot;
  readonly items?: string;
  readonly ext?: boolean;
}

const booleanOr =
  (type: string): Slot =>
  (value) =>
    typeof value === "boolean" ? SCALAR : type;
const mapOf = (type: string): TypeSpec => ({ rest: type });
const listOf = (type: string): TypeSpec => ({ items: type });

function isMappingRef(value: string): boolean {
  return /^(#|https?:\/\/|\.\.?\/)/.test(value) || value.includes("/");
}

const SCHEMA_30 =
  "externalDocs:ExternalDocs discriminator:Discriminator title multipleOf maximum minimum exclusiveMaximum " +
  "exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxProperties minProperties required " +
  "enum type allOf:SchemaList anyOf:SchemaList oneOf:SchemaList not:Schema properties:SchemaProperties items " +
  "additionalProperties description format default:- nullable readOnly writeOnly xml:Xml example deprecated x-tags " +
  "x-additionalPropertiesName x-explicitMappingOnly";

const SCHEMA_31 =
  "$id $anchor id $schema definitions:NamedSchemas $defs:NamedSchemas $vocabulary externalDocs:ExternalDocs " +
  "discriminator:Discriminator title multipleOf maximum minimum exclusiveMaximum exclusiveMinimum maxLength minLength " +
  "pattern maxItems minItems uniqueItems maxProperties minProperties required enum type allOf:SchemaList " +
  "anyOf:SchemaList oneOf:SchemaList not:Schema if:Schema then:Schema else:Schema dependentSchemas:SchemaMap " +
  "dependentRequired:DependentRequired prefixItems:SchemaList contains:Schema minContains maxContains " +
  "patternProperties:PatternProperties propertyNames:Schema unevaluatedItems unevaluatedProperties summary " +
  "properties:SchemaProperties items additionalProperties description format contentEncoding contentMediaType " +
  "contentSchema:Schema default:- readOnly writeOnly xml:Xml examples example deprecated const:- $comment x-tags " +
  "$dynamicAnchor $dynamicRef";

const COMPONENTS_30 =
  "parameters:NamedParameters schemas:NamedSchemas responses:NamedResponses examples:NamedExamples " +
  "requestBodies:NamedRequestBodies headers:NamedHeaders securitySchemes:NamedSecuritySchemes links:NamedLinks " +
  "callbacks:NamedCallbacks";

const OAS3_0: Record<string, TypeSpec> = {
  Root: {
    props:
      "openapi:- info:Info servers:ServerList security:SecurityRequirementList tags:TagList externalDocs:ExternalDocs " +
      "paths:Paths components:Components x-webhooks:WebhooksMap x-tagGroups:TagGroups x-ignoredHeaderParameters",
    ext: true,
  },
  Tag: { props: "name description externalDocs:ExternalDocs x-traitTag x-displayName", ext: true },
  TagList: listOf("Tag"),
  TagGroups: listOf("TagGroup"),
  TagGroup: { props: "name tags", ext: true },
  ExternalDocs: { props: "description url", ext: true },
  Server: { props: "url description variables:ServerVariablesMap", ext: true },
  ServerList: listOf("Server"),
  ServerVariable: { props: "enum default description", ext: true },
  ServerVariablesMap: mapOf("ServerVariable"),
  SecurityRequirement: { rest: SCALAR },
  SecurityRequirementList: listOf("SecurityRequirement"),
  Info: {
    props: "title version description termsOfService contact:Contact license:License x-logo:Logo",
    ext: true,
  },
  Contact: { props: "name url email", ext: true },
  License: { props: "name url", ext: true },
  Logo: { props: "url altText backgroundColor href" },
  Paths: { rest: (_value, key) => (key.startsWith("/") ? "PathItem" : undefined) },
  WebhooksMap: mapOf("PathItem"),
  PathItem: {
    props:
      "$ref servers:ServerList parameters:ParameterList summary description get:Operation put:Operation " +
      "post:Operation delete:Operation options:Operation head:Operation patch:Operation trace:Operation",
    ext: true,
  },
  Parameter: {
    props:
      "name in description required deprecated allowEmptyValue style explode allowReserved schema:Schema example " +
      "examples:ExamplesMap content:MediaTypesMap",
    ext: true,
  },
  ParameterList: listOf("Parameter"),
  Operation: {
    props:
      "tags summary description externalDocs:ExternalDocs operationId parameters:ParameterList " +
      "security:SecurityRequirementList servers:ServerList requestBody:RequestBody responses:Responses deprecated " +
      "callbacks:CallbacksMap x-codeSamples:XCodeSampleList x-code-samples:XCodeSampleList x-hideTryItPanel",
    ext: true,
  },
  XCodeSample: { props: "lang label source" },
  XCodeSampleList: listOf("XCodeSample"),
  Callback: mapOf("PathItem"),
  CallbacksMap: mapOf("Callback"),
  RequestBody: { props: "description required content:MediaTypesMap", ext: true },
  MediaTypesMap: mapOf("MediaType"),
  MediaType: { props: "schema:Schema example examples:ExamplesMap encoding:EncodingMap", ext: true },
  Example: { props: "value summary description externalValue", ext: true },
  ExamplesMap: mapOf("Example"),
  Encoding: { props: "contentType headers:HeadersMap style explode allowReserved", ext: true },
  EncodingMap: mapOf("Encoding"),
  Header: {
    props:
      "description required deprecated allowEmptyValue style explode allowReserved schema:Schema example " +
      "examples:ExamplesMap content:MediaTypesMap",
    ext: true,
  },
  HeadersMap: mapOf("Header"),
  Responses: {
    props: "default:Response",
    rest: (_value, key) => (/^[0-9][0-9Xx]{2}$/.test(key) ? "Response" : undefined),
  },
  Response: { props: "description headers:HeadersMap content:MediaTypesMap links:LinksMap x-summary", ext: true },
  Link: { props: "operationRef operationId parameters:- requestBody:- description server:Server", ext: true },
  LinksMap: mapOf("Link"),
  Schema: { props: SCHEMA_30, ext: true },
  SchemaList: listOf("Schema"),
  Xml: { props: "name namespace prefix attribute wrapped", ext: true },
  SchemaProperties: mapOf("Schema"),
  Discriminator: { props: "propertyName mapping:DiscriminatorMapping", ext: true },
  DiscriminatorMapping: {
    rest: (value) => {
      // Redocly calls `startsWith` on the value: anything but a string stops its run.
      if (typeof value !== "string") throw new NotSure("a discriminator mapping value is not a string");
      return isMappingRef(value) ? MAPPING_REF : SCALAR;
    },
  },
  Components: { props: COMPONENTS_30, ext: true },
  NamedSchemas: mapOf("Schema"),
  NamedResponses: mapOf("Response"),
  NamedParameters: mapOf("Parameter"),
  NamedExamples: mapOf("Example"),
  NamedRequestBodies: mapOf("RequestBody"),
  NamedHeaders: mapOf("Header"),
  NamedSecuritySchemes: mapOf("SecurityScheme"),
  NamedLinks: mapOf("Link"),
  NamedCallbacks: mapOf("Callback"),
  ImplicitFlow: { props: "refreshUrl scopes authorizationUrl", ext: true },
  PasswordFlow: { props: "refreshUrl scopes tokenUrl", ext: true },
  ClientCredentials: { props: "refreshUrl scopes tokenUrl", ext: true },
  AuthorizationCode: { props: "refreshUrl authorizationUrl scopes tokenUrl x-usePkce", ext: true },
  XUsePkce: { props: "disableManualConfiguration hideClientSecretInput" },
  OAuth2Flows: {
    props:
      "implicit:ImplicitFlow password:PasswordFlow clientCredentials:ClientCredentials " +
      "authorizationCode:AuthorizationCode",
    ext: true,
  },
  SecurityScheme: {
    props: "type description name in scheme bearerFormat flows:OAuth2Flows openIdConnectUrl x-defaultClientId",
    ext: true,
  },
};

const OAS3_1: Record<string, TypeSpec> = {
  ...OAS3_0,
  Root: {
    props:
      "openapi:- info:Info servers:ServerList security:SecurityRequirementList tags:TagList externalDocs:ExternalDocs " +
      "paths:Paths webhooks:WebhooksMap components:Components jsonSchemaDialect",
    ext: true,
  },
  Info: {
    props: "title version description termsOfService summary contact:Contact license:License x-logo:Logo",
    ext: true,
  },
  License: { props: "name url identifier", ext: true },
  Components: { props: `${COMPONENTS_30} pathItems:NamedPathItems`, ext: true },
  NamedPathItems: mapOf("PathItem"),
  Schema: { props: SCHEMA_31, ext: true },
  SchemaMap: mapOf("Schema"),
  SchemaProperties: { rest: booleanOr("Schema") },
  PatternProperties: { rest: booleanOr("Schema") },
  DependentRequired: { rest: SCALAR },
  SecurityScheme: {
    props: "type description name in scheme bearerFormat flows:OAuth2Flows openIdConnectUrl",
    ext: true,
  },
};

/**
 * 3.2 as 3.1, plus the operations a path item gains (QUERY, `additionalOperations`):
 * their `$ref`s to other files are bundled like any operation's. Redocly 1.34
 * does not know them, so a 3.2 document that holds something else this
 * module is unsure of still falls back to it as before.
 */
const OAS3_2: Record<string, TypeSpec> = {
  ...OAS3_1,
  PathItem: {
    props: `${OAS3_1["PathItem"]!.props} query:Operation additionalOperations:OperationsMap`,
    ext: true,
  },
  OperationsMap: mapOf("Operation"),
};

/** Keys whose slot depends on the value, by type and key. */
const VALUE_SLOTS: Record<string, Record<string, Slot>> = {
  "3.0 Schema": {
    items: (value) => (Array.isArray(value) ? "SchemaList" : "Schema"),
    additionalProperties: booleanOr("Schema"),
  },
  "3.1 Schema": {
    items: booleanOr("Schema"),
    additionalProperties: booleanOr("Schema"),
    unevaluatedItems: booleanOr("Schema"),
    unevaluatedProperties: booleanOr("Schema"),
  },
  "3.0 AuthorizationCode": { "x-usePkce": booleanOr("XUsePkce") },
  "3.1 AuthorizationCode": { "x-usePkce": booleanOr("XUsePkce") },
};

/** Redocly's extension type: its keys hold scalars. */
const SPEC_EXTENSION: NodeType = {
  name: "SpecExtension",
  props: new Map(),
  order: new Map(),
  rest: SCALAR,
  ext: false,
};

function buildTypes(version: "3.0" | "3.1", specs: Record<string, TypeSpec>): ReadonlyMap<string, NodeType> {
  const types = new Map<string, NodeType>();
  for (const [name, spec] of Object.entries(specs)) {
    const props = new Map<string, Slot>();
    for (const word of (spec.props ?? "").split(" ").filter(Boolean)) {
      const [key = word, type] = word.split(":");
      props.set(key, type === undefined ? SCALAR : type === "-" ? SKIP : type);
    }
    for (const [key, slot] of Object.entries(VALUE_SLOTS[`${version} ${name}`] ?? {})) props.set(key, slot);
    const order = new Map([...props.keys()].map((key, i) => [key, i]));
    types.set(name, { name, props, order, rest: spec.rest, items: spec.items, ext: spec.ext === true });
  }
  types.set(SPEC_EXTENSION.name, SPEC_EXTENSION);
  return types;
}

/** The group under `components` a `$ref` at a position of this type is saved in; others are inlined. */
const COMPONENT_GROUPS: Readonly<Record<string, string>> = {
  Schema: "schemas",
  Parameter: "parameters",
  Response: "responses",
  Example: "examples",
  RequestBody: "requestBodies",
  Header: "headers",
  Link: "links",
  Callback: "callbacks",
  // Not SecurityScheme: Redocly 1.34 maps the misspelt "SecuritySchema", so such refs are inlined.
};

// ---------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRef(value: unknown): value is Json & { $ref: string } {
  return isPlainObject(value) && typeof value["$ref"] === "string";
}

/**
 * Where a node was reached: its file, and its pointer as Redocly writes it (`#/a/b`), worked out only
 * when a name or a warning needs it (most nodes never do).
 */
interface Place {
  readonly file: string;
  readonly pointer?: string;
  readonly up?: Place;
  readonly step?: string | number;
}

interface Target {
  readonly file: string;
  readonly pointer: string;
  readonly node: unknown;
}

function escapeStep(step: string | number): string | number {
  return typeof step === "number" ? step : step.replace(/~/g, "~0").replace(/\//g, "~1");
}

function joinPointer(base: string, step: string | number): string {
  const from = base === "" ? "#/" : base;
  return from.endsWith("/") ? `${from}${step}` : `${from}/${step}`;
}

function child(place: Place, step: string | number): Place {
  return { file: place.file, up: place, step };
}

function pointerOf(place: Place): string {
  if (place.pointer !== undefined) return place.pointer;
  if (place.up === undefined || place.step === undefined) return "#/";
  return joinPointer(pointerOf(place.up), escapeStep(place.step));
}

function refId(file: string, ref: string): string {
  return `${file}::${ref}`;
}

/** Deep equality as Redocly decides whether two components are the same (key order does not count). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && Array.isArray(b)) {
      return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
    }
    const aKeys = Object.keys(a);
    if (aKeys.length !== Object.keys(b).length) return false;
    return aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Json)[key], (b as Json)[key]));
  }
  return a !== a && b !== b;
}

/** A file named by a `$ref`, parsed as the loader parses a spec (load-document.ts), within the same bounds. */
async function readDocument(path: string, isRoot: boolean, memo: ParseMemo | undefined): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new NotSure(`${path} cannot be read: ${(error as Error).message}`);
  }
  // Redocly reads every file with Windows line ends made Unix ones.
  if (text.includes("\r\n")) text = text.replace(/\r\n/g, "\n");
  // It takes other files (a description in Markdown) as text; only a root is always parsed.
  if (!isRoot && ![".json", ".yml", ".yaml"].includes(path.slice(path.lastIndexOf(".")))) return text;
  return bundlerDataAt(memo, path, text, () => parseForBundle(path, text));
}

/** `text` as Redocly's bundler would hold it; NotSure when it cannot say. */
function parseForBundle(path: string, text: string): unknown {
  if (path.endsWith(".json") || /^\s*\{/.test(text)) {
    let data: unknown;
    let parsed = false;
    try {
      data = JSON.parse(text) as unknown;
      parsed = true;
    } catch {
      // As the loader does: the YAML parser takes what JSON.parse refuses.
    }
    if (parsed) {
      if (checkDataShape(data) !== undefined) throw new NotSure(`${path} is beyond the document bounds`);
      return data;
    }
  }
  // Read as Redocly reads it (its js-yaml schema), so the data is what its bundle would hold; and js-yaml
  // is four times faster than the yaml package, whose positions are only needed for a diagnostic.
  let data: unknown;
  try {
    data = redoclyYaml().parseYaml(text);
  } catch {
    throw new NotSure(`${path} does not parse (or has a key twice)`);
  }
  // Aliases come back as shared objects: the data-shape bounds count every visit, as for Redocly's bundle.
  if (checkDataShape(data) !== undefined) throw new NotSure(`${path} is beyond the document bounds`);
  return data;
}

/** The file and JSON pointer steps of a `$ref`, split and decoded as Redocly does. */
function splitRef(ref: string): { uri: string; steps: string[] } {
  if (/^#[A-Za-z][A-Za-z0-9\-_:.]*$/.test(ref)) throw new NotSure(`$ref ${JSON.stringify(ref)} names an anchor`);
  const parts = ref.split("#/");
  if (parts.length > 2) throw new NotSure(`$ref ${JSON.stringify(ref)} has two fragments`);
  const [head = "", fragment = ""] = parts;
  const uri = head.endsWith("#") ? head.slice(0, -1) : head;
  if (uri.includes("#")) throw new NotSure(`$ref ${JSON.stringify(ref)} has a fragment that is not a pointer`);
  try {
    const steps = fragment
      .split("/")
      .map((step) => decodeURIComponent(step.replace(/~1/g, "/").replace(/~0/g, "~")))
      .filter(Boolean);
    return { uri, steps };
  } catch {
    throw new NotSure(`$ref ${JSON.stringify(ref)} holds a malformed escape`);
  }
}

/**
 * The first pass: every `$ref` (and example `externalValue`) reachable from the root, resolved on the
 * documents as parsed, by the file it is written in and its text; and the files read, in reading order.
 */
async function resolveAll(
  rootFile: string,
  root: unknown,
  types: ReadonlyMap<string, NodeType>,
  policy: RefPolicy,
  files: string[],
  memo: ParseMemo | undefined,
): Promise<Map<string, Target>> {
  const unknown: NodeType = { name: "unknown", props: new Map(), order: new Map(), ext: false };
  const scalar: NodeType = { name: "scalar", props: new Map(), order: new Map(), ext: false };
  const documents = new Map<string, Promise<unknown>>();
  const loaded = new Map<string, unknown>([[rootFile, root]]);
  const targets = new Map<string, Target>();
  // By node rather than by place as Redocly does: a node has one file, and walking it again finds the same $refs.
  const seen = new Map<NodeType, Set<object>>();
  const pending: Promise<void>[] = [];
  let failure: unknown;

  const typeOf = (name: string): NodeType => {
    const type = types.get(name);
    if (type === undefined) throw new Error(`no node type ${name}`);
    return type;
  };

  const load = (path: string): Promise<unknown> => {
    let document = documents.get(path);
    if (document === undefined) {
      files.push(path);
      document = readDocument(path, false, memo).then((data) => {
        loaded.set(path, data);
        return data;
      });
      documents.set(path, document);
    }
    return document;
  };

  const follow = async (file: string, ref: string, chain: Set<unknown>): Promise<Target> => {
    const { uri, steps } = splitRef(ref);
    let at = file;
    let node: unknown;
    if (uri === "") {
      node = loaded.get(file);
    } else {
      if (isRemote(uri) || hasUrlScheme(uri)) throw new NotSure(`$ref ${JSON.stringify(ref)} is a URL`);
      const path = resolve(dirname(file), uri);
      const decision = policy.check(file, uri, path);
      if (!decision.ok || decision.target !== path || decision.lookupHost !== undefined) {
        throw new NotSure(`$ref ${JSON.stringify(ref)} is not plainly allowed by the reference policy`);
      }
      // Redocly reads the root again when a file names it, as a document of its own.
      if (path === rootFile) throw new NotSure(`$ref ${JSON.stringify(ref)} in ${file} names the root file`);
      at = path;
      node = await load(path);
    }
    let pointer = "#/";
    for (const step of steps) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, step)) {
        throw new NotSure(`$ref ${JSON.stringify(ref)} in ${file} does not resolve`);
      }
      node = (node as Json)[step];
      if (node === undefined) throw new NotSure(`$ref ${JSON.stringify(ref)} in ${file} does not resolve`);
      pointer = joinPointer(pointer, escapeStep(step));
    }
    let target: Target = { file: at, pointer, node };
    if (isRef(node)) {
      if (chain.has(node)) throw new NotSure(`$ref ${JSON.stringify(ref)} in ${file} is a circular chain of $refs`);
      target = await follow(at, node.$ref, new Set([...chain, node]));
    }
    targets.set(refId(file, ref), target);
    return target;
  };

  const followThenWalk = (file: string, ref: string, node: unknown, type: NodeType): void => {
    pending.push(
      follow(file, ref, new Set([node]))
        .then((target) => walk(target.node, type, target.file))
        .catch((error: unknown) => {
          failure ??= error;
        }),
    );
  };

  const walk = (node: unknown, type: NodeType, file: string): void => {
    if (typeof node !== "object" || node === null) return;
    let seenOfType = seen.get(type);
    if (seenOfType === undefined) seen.set(type, (seenOfType = new Set()));
    if (seenOfType.has(node)) return;
    seenOfType.add(node);
    const open = type === unknown || type === SPEC_EXTENSION;
    if (Array.isArray(node)) {
      if (type.items === undefined && !open) return;
      const items = type.items === undefined ? unknown : typeOf(type.items);
      for (const item of node) walk(item, items, file);
      return;
    }
    const object = node as Json;
    for (const key of Object.keys(object)) {
      let value = object[key];
      let slot = type.props.get(key) ?? type.rest;
      if (typeof slot === "function") slot = slot(value, key);
      let next: NodeType;
      if (slot === undefined) next = type.ext && key.startsWith("x-") ? SPEC_EXTENSION : unknown;
      else if (slot === SKIP) continue;
      else if (slot === SCALAR) next = scalar;
      else if (slot === MAPPING_REF) {
        next = typeOf("Schema");
        value = { $ref: value };
      } else next = typeOf(slot);
      if (typeof value !== "object") continue;
      walk(value, next, file);
    }
    if (isRef(object)) followThenWalk(file, object.$ref, object, type);
    if (typeof object["externalValue"] === "string") followThenWalk(file, object["externalValue"], object, type);
  };

  walk(root, typeOf("Root"), rootFile);
  let settled = 0;
  while (settled < pending.length) {
    const batch = pending.length;
    await Promise.all(pending);
    settled = batch;
  }
  if (failure !== undefined) throw failure;
  return targets;
}

/**
 * The second pass, over the documents in place: Redocly's walk, in its order, saving each `$ref` at a
 * component position under `components` and inlining the others.
 */
function bundleWalk(
  rootFile: string,
  root: Json,
  types: ReadonlyMap<string, NodeType>,
  targets: Map<string, Target>,
  renames: Rename[],
): void {
  const seen = new Map<string, Set<unknown>>();
  let components: Record<string, unknown> = {};

  const typeOf = (name: string): NodeType => {
    const type = types.get(name);
    if (type === undefined) throw new Error(`no node type ${name}`);
    return type;
  };

  const absolute = (target: Target): string => target.file + (target.pointer === "#/" ? "" : target.pointer);

  const sameComponent = (existing: unknown, target: Target): boolean => {
    if (isRef(existing)) {
      const resolved = targets.get(refId(rootFile, existing.$ref));
      if (resolved !== undefined && absolute(resolved) === absolute(target)) return true;
    }
    return sameValue(existing, target.node);
  };

  const componentName = (group: Record<string, unknown>, target: Target, where: Place): string => {
    const parts = target.pointer.slice(2).split("/").filter(Boolean);
    let name = "";
    while (parts.length > 0) {
      name = `${parts.pop()}${name === "" ? "" : `-${name}`}`;
      if (!group[name] || sameComponent(group[name], target)) return name;
    }
    const base = (target.file.split(/[/\\]/).pop() ?? "").replace(/\.[^.]+$/, "");
    name = `${base}${name === "" ? "" : `_${name}`}`;
    if (!group[name] || sameComponent(group[name], target)) return name;
    const first = name;
    let serial = 2;
    while (group[name] && !sameComponent(group[name], target)) name = `${first}-${serial++}`;
    if (!group[name]) {
      renames.push({
        file: where.file,
        pointer: pointerOf(where),
        message: `Two schemas are referenced with the same name but different content. Renamed ${first} to ${name}.`,
      });
    }
    return name;
  };

  const saveComponent = (groupName: string, target: Target, where: Place): string => {
    const existing = components[groupName];
    if (existing !== undefined && existing !== null && !isPlainObject(existing)) {
      throw new NotSure(`components.${groupName} is not an object`);
    }
    const group = (existing as Json | null | undefined) || {};
    components[groupName] = group;
    const name = componentName(group, target, where);
    if (name === "__proto__") throw new NotSure("a component would be named __proto__");
    group[name] = target.node;
    return `#/components/${groupName}/${name}`;
  };

  const inline = (ref: Json, target: Target, parent: unknown, key: string | number): void => {
    if (!isPlainObject(target.node)) {
      if (parent === undefined) throw new NotSure("the root is a $ref");
      (parent as Json)[key] = target.node;
      return;
    }
    delete ref["$ref"];
    // The `$ref`'s own keys stay first and win; the target's others follow.
    Object.assign(ref, Object.assign({}, target.node, ref));
  };

  const leaveExample = (example: unknown, place: Place): void => {
    if (!isPlainObject(example) || typeof example["externalValue"] !== "string" || example["value"] !== undefined) {
      return;
    }
    const target = targets.get(refId(place.file, example["externalValue"]));
    if (target === undefined) throw new NotSure("an example's externalValue does not resolve");
    example["value"] = target.node;
    delete example["externalValue"];
  };

  const leaveMapping = (mapping: unknown, place: Place): void => {
    if (!isPlainObject(mapping)) throw new NotSure("a discriminator mapping is not an object");
    for (const name of Object.keys(mapping)) {
      const ref = mapping[name];
      const target = typeof ref === "string" ? targets.get(refId(place.file, ref)) : undefined;
      if (target === undefined) throw new NotSure(`discriminator mapping ${JSON.stringify(name)} does not resolve`);
      mapping[name] = saveComponent("schemas", target, place);
    }
  };

  const leaveRef = (
    ref: Json & { $ref: string },
    target: Target,
    type: NodeType,
    place: Place,
    parent: unknown,
    key: string | number,
  ): void => {
    // A `$ref` of the root into the root stays as written.
    if (target.file === rootFile && place.file === rootFile) return;
    const group = COMPONENT_GROUPS[type.name];
    if (group === undefined) {
      inline(ref, target, parent, key);
      return;
    }
    ref["$ref"] = saveComponent(group, target, place);
    // Later `$ref`s with the same text in the same file now lead to the saved component.
    targets.set(refId(place.file, ref["$ref"]), { file: rootFile, pointer: ref["$ref"], node: target.node });
  };

  const walk = (node: unknown, type: NodeType, place: Place, parent: unknown, key: string | number): void => {
    let resolved = node;
    let at = place;
    let target: Target | undefined;
    if (isRef(node)) {
      target = targets.get(refId(place.file, node.$ref));
      if (target === undefined)
        throw new NotSure(`$ref ${JSON.stringify(node.$ref)} in ${place.file} was not resolved`);
      resolved = target.node;
      at = target;
    }
    let seenOfType = seen.get(type.name);
    if (seenOfType === undefined) seen.set(type.name, (seenOfType = new Set()));
    if (!seenOfType.has(resolved)) {
      seenOfType.add(resolved);
      if (type.name === "Root") {
        if (!isPlainObject(resolved)) throw new NotSure("the root is not an object");
        const existing = resolved["components"];
        if (existing && !isPlainObject(existing)) throw new NotSure("components is not an object");
        components = (existing as Json | undefined) || {};
        resolved["components"] = components;
      }
      if (Array.isArray(resolved)) {
        if (type.items !== undefined) {
          const items = typeOf(type.items);
          resolved.forEach((item, i) => walk(item, items, child(at, i), resolved, i));
        }
      } else if (isPlainObject(resolved)) {
        walkKeys(node, resolved, type, place, at);
      }
      if (type.name === "Example") leaveExample(resolved, at);
      if (type.name === "DiscriminatorMapping") leaveMapping(resolved, at);
    }
    if (target !== undefined) leaveRef(node as Json & { $ref: string }, target, type, place, parent, key);
  };

  const walkKeys = (node: unknown, resolved: Json, type: NodeType, place: Place, at: Place): void => {
    // Redocly visits every key of the type in the type's order, then the others; only those present matter.
    const keys = Object.keys(resolved).filter((k) => type.props.has(k));
    const beside = node === resolved || !isPlainObject(node) ? [] : Object.keys(node);
    for (const k of beside) if (type.props.has(k) && !keys.includes(k)) keys.push(k);
    if (keys.length > 1) keys.sort((a, b) => (type.order.get(a) ?? 0) - (type.order.get(b) ?? 0));
    if (type.rest !== undefined) keys.push(...Object.keys(resolved).filter((k) => !type.props.has(k)));
    // Keys of the type that start with `x-` come twice, as in Redocly.
    else if (type.ext) keys.push(...Object.keys(resolved).filter((k) => k.startsWith("x-")));
    if (isRef(node)) {
      const listed = new Set(keys);
      keys.push(...beside.filter((k) => k !== "$ref" && !type.props.has(k) && !listed.has(k)));
    }
    for (const key of keys) {
      let value = resolved[key];
      let from = at;
      if (value === undefined) {
        // A key beside the `$ref`, read where the `$ref` is written.
        value = (node as Json)[key];
        from = place;
      }
      if (value === undefined) continue;
      let slot = type.props.get(key) ?? type.rest;
      if (typeof slot === "function") slot = slot(value, key);
      let next: NodeType;
      if (slot === undefined) {
        if (!type.ext || !key.startsWith("x-")) continue;
        next = SPEC_EXTENSION;
      } else if (slot === SKIP) continue;
      else if (slot === SCALAR) {
        // A `$ref` standing for a plain value (a description in a Markdown file) is replaced by it, even within the root.
        if (!isRef(value)) continue;
        const target = targets.get(refId(from.file, value.$ref));
        if (target === undefined)
          throw new NotSure(`$ref ${JSON.stringify(value.$ref)} in ${from.file} was not resolved`);
        inline(value, target, resolved, key);
        continue;
      } else if (slot === MAPPING_REF) {
        next = typeOf("Schema");
        value = { $ref: value };
      } else next = typeOf(slot);
      walk(value, next, child(from, key), resolved, key);
    }
  };

  walk(root, typeOf("Root"), { file: rootFile, pointer: "#/" }, undefined, "");
}

/** The type table for the root's version, or undefined when the root is not OpenAPI 3.0 or 3.1. */
function typesFor(root: unknown): ReadonlyMap<string, NodeType> | undefined {
  if (!isPlainObject(root) || typeof root["openapi"] !== "string") return undefined;
  if (root["openapi"].startsWith("3.0")) return buildTypes("3.0", OAS3_0);
  if (root["openapi"].startsWith("3.1")) return buildTypes("3.1", OAS3_1);
  // The 3.1 rules for the slots that depend on a value (JSON Schema 2020-12 is shared).
  if (root["openapi"].startsWith("3.2")) return buildTypes("3.1", OAS3_2);
  return undefined;
}

/**
 * `file`'s document with every `$ref` to another local file made local, exactly as Redocly bundles it,
 * or the reason this is not certain (Redocly must run).
 */
export async function bundleLocal(file: string, options: LocalBundleOptions): Promise<LocalBundle> {
  if (isRemote(file)) return { ok: false, reason: "the document is named by URL" };
  const rootFile = resolve(file);
  const files: string[] = [];
  try {
    // Given in memory, the root is changed in place as Redocly does, but only once the bundle is certain.
    const root =
      options.document === undefined
        ? await readDocument(rootFile, true, options.memo)
        : (structuredClone(options.document) as unknown);
    if (options.document === undefined) files.push(rootFile);
    const types = typesFor(root);
    if (types === undefined || !isPlainObject(root))
      return { ok: false, reason: "the document is not OpenAPI 3.0 or 3.1" };
    const targets = await resolveAll(rootFile, root, types, options.policy, files, options.memo);
    const renames: Rename[] = [];
    bundleWalk(rootFile, root, types, targets, renames);
    if (!isPlainObject(options.document)) return { ok: true, data: root, files, renames };
    const document = options.document;
    for (const key of Object.keys(document)) delete document[key];
    Object.assign(document, root);
    return { ok: true, data: document, files, renames };
  } catch (error) {
    // Anything unforeseen (a stack overflow on a deep chain included) is Redocly's to report.
    return { ok: false, reason: error instanceof NotSure ? error.message : `unexpected: ${(error as Error).message}` };
  }
}
