/**
 * Contract: our generated Zep client sends the same requests as Zep's official
 * SDK (`@getzep/zep-cloud`, pinned as a devDependency) for every operation of
 * `spec/zep.yaml` that names an SDK method (`x-sdk-method`; the seed
 * `listSessions` has none, the 3.x SDK dropped it): 99 operations.
 *
 * One `node:http` server on 127.0.0.1 records every request and answers 200
 * with the smallest body the documented response allows (`{}`, `[]`, or none
 * for a response without a body). For each operation the "all parameters"
 * case of `operationCases` (every parameter, and the body from the spec's
 * examples) is sent twice: through the committed client in `generated/zep/`
 * and through the SDK method of the same name. The two requests must agree on
 * method, path, query (as a multimap), the `authorization` header and the
 * JSON body (deep equal); a difference fails the test with a line per
 * difference. Other headers are deliberately not compared: the SDK adds its
 * own `X-Fern-*` headers and `User-Agent: zep-cloud/<version>`, and sends
 * `Accept: *\/*` where we send `Accept: application/json`; none of that is
 * part of the API.
 *
 * The SDK's arguments are derived, not hand-written: each SDK method's source
 * (`dist/cjs/api/resources/**\/client/Client.js`) is read for its positional
 * path arguments (mapped to ours by their order in the URL template), the
 * wire name of each query parameter (`_queryParams["page_number"] = pageNumber`)
 * and where the body goes (the request object itself, the request object
 * beside the query parameters, or its `body` key), and the serializer it
 * writes the body with (`serializers.X.jsonOrThrow(...)`). Our wire-named
 * example body is turned into the SDK's camelCase form with that serializer's
 * own `parseOrThrow`, unknown keys passed through, so a property the SDK does
 * not know reaches its `jsonOrThrow`, which strips it, and shows up as a body
 * difference.
 *
 * A request only shows what its example sets, so the SDK's declarations are
 * compared as well: per operation, the query parameters the method sends (and
 * whether it always sends them) and the top-level properties of its body
 * serializer; per named type a request body is built from (transitively), the
 * SDK serializer of the same name: property names, required properties and
 * enum values. Last, "the check bites" generates a copy of the document with
 * deliberate mistakes and requires each to be reported.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ZepClient as SdkClient, serialization } from "@getzep/zep-cloud";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import type { ClientModel, OperationModel } from "../../generator/model/ir.js";
import { toClientModel } from "../../generator/model/to-client-model.js";
import { ZepClient } from "../../generated/zep/index.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { callArguments, resourceAt } from "../support/call-arguments.js";
import { operationCases, resolveRef, toCallParams, type OperationCase } from "../support/example-values.js";
import { startServer, type RecordedRequest, type TestServer } from "../support/http-server.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SPEC_PATH = join(REPO_ROOT, "spec", "zep.yaml");
const TMP_ROOT = join(REPO_ROOT, "test", ".tmp");
const API_KEY = "parity-test-key";
/** Both clients are pointed here (plus the server's origin); the SDK joins its paths onto it the same way. */
const BASE_PATH = "/api/v2";
/** The operations `zep-api.md` lists for `@getzep/zep-cloud@3.30.0`. */
const SDK_OPERATION_COUNT = 99;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// The SDK's methods, read from its source.

const require = createRequire(import.meta.url);
const SDK_ROOT = dirname(require.resolve("@getzep/zep-cloud/package.json"));

/** Where an SDK method puts the body it sends. */
type BodyMode =
  /** No body. */
  | "none"
  /** The request object is the body (no query parameters). */
  | "request"
  /** The body's properties sit in the request object beside the query parameters (`__rest`). */
  | "rest"
  /** The body is the request object's `body` key. */
  | "key";

/** How to call one SDK method, as its source says. */
interface SdkRecipe {
  /** `graph.edge.getByGraphId` */
  readonly sdkMethod: string;
  readonly file: string;
  /** Its parameters before `requestOptions`, in order: path arguments, then maybe `request`. */
  readonly signature: readonly string[];
  /** Path argument names in the order they appear in the URL template. */
  readonly pathOrder: readonly string[];
  readonly httpMethod: string;
  /** The URL template relative to the base URL, e.g. `graph/edge/graph/${graphId}`. */
  readonly urlTemplate: string;
  /** Wire name → the request object's key, with whether the SDK always sends it. */
  readonly query: ReadonlyMap<string, { readonly key: string; readonly always: boolean }>;
  readonly bodyMode: BodyMode;
  /** The serializer's path under `serialization`, e.g. `graph.UpdateEdgeRequest`. */
  readonly bodySerializer?: string | undefined;
}

const sourceCache = new Map<string, string>();

function sdkSource(file: string): string {
  let source = sourceCache.get(file);
  if (source === undefined) {
    source = readFileSync(join(SDK_ROOT, file), "utf8");
    sourceCache.set(file, source);
  }
  return source;
}

/** The text of a class member starting at `header` (4-space indented), up to its closing brace. */
function memberText(source: string, header: string): string | undefined {
  const start = source.indexOf(`\n    ${header}`);
  if (start < 0) return undefined;
  const end = source.indexOf("\n    }\n", start + 1);
  return source.slice(start, end < 0 ? undefined : end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Reads how `sdkMethod` (`graph.edge.getByGraphId`) builds its request from the SDK's CommonJS source. */
function sdkRecipe(sdkMethod: string): SdkRecipe {
  const parts = sdkMethod.split(".");
  const name = parts.pop() as string;
  const [top, ...nested] = parts;
  const file = join(
    "dist/cjs/api/resources",
    top ?? "",
    ...nested.flatMap((n) => ["resources", n]),
    "client/Client.js",
  );
  const source = sdkSource(file);
  const signatureMatch = new RegExp(`\\n    ${escapeRegExp(name)}\\(([^)]*)\\) \\{`).exec(source);
  if (signatureMatch === null) throw new Error(`${file} has no method ${name}`);
  const signature = (signatureMatch[1] ?? "")
    .split(",")
    .map((p) => p.trim().replace(/\s*=.*$/, ""))
    .filter((p) => p !== "" && p !== "requestOptions");
  const body = memberText(source, `__${name}(`);
  if (body === undefined) throw new Error(`${file} has no __${name}`);

  const httpMethod = /method: "([A-Z]+)"/.exec(body)?.[1];
  const urlMatch = /ZepEnvironment\.Default, (`[^`]*`|"[^"]*")\)/.exec(body);
  if (httpMethod === undefined || urlMatch === null) throw new Error(`cannot read the request of ${sdkMethod}`);
  const urlTemplate = (urlMatch[1] ?? "").slice(1, -1).replace(/\$\{encodeURIComponent\((\w+)\)\}/g, "${$1}");
  const pathOrder = [...urlTemplate.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1] as string);

  const query = new Map<string, { key: string; always: boolean }>();
  for (const m of body.matchAll(/_queryParams\["([^"]+)"\] = (\w+)/g)) {
    const key = m[2] as string;
    const before = body.slice(Math.max(0, (m.index ?? 0) - 80), m.index);
    query.set(m[1] as string, { key, always: !new RegExp(`if \\(${key} != null\\) \\{\\s*$`).test(before) });
  }

  const serializerMatch = /body: serializers\.([\w.]+)\.jsonOrThrow\((request|_body),/.exec(body);
  let bodyMode: BodyMode = "none";
  if (serializerMatch !== null) {
    if (serializerMatch[2] === "request") bodyMode = "request";
    else if (/const \{[^}]*\bbody: _body\b[^}]*\} = request/.test(body)) bodyMode = "key";
    else if (/_body = __rest\(request,/.test(body)) bodyMode = "rest";
    else throw new Error(`cannot tell where ${sdkMethod} takes its body from`);
  } else if (/\bbody: /.test(body.replace(/body: _response|\.body\b/g, ""))) {
    throw new Error(`${sdkMethod} sends a body this test cannot read`);
  }
  return {
    sdkMethod,
    file,
    signature,
    pathOrder,
    httpMethod,
    urlTemplate,
    query,
    bodyMode,
    bodySerializer: serializerMatch?.[1],
  };
}

/** A serializer of the SDK (`serialization.graph.UpdateEdgeRequest`). */
interface SdkSerializer {
  parseOrThrow(raw: unknown, options?: Record<string, unknown>): unknown;
  jsonOrThrow(parsed: unknown, options?: Record<string, unknown>): unknown;
  json?(
    parsed: unknown,
    options?: Record<string, unknown>,
  ): { ok: true } | { ok: false; errors: { message: string }[] };
  getType?(): string;
  _getRawProperties?(): string[];
  _getParsedProperties?(): string[];
}

function serializerAt(path: string): SdkSerializer {
  let node: unknown = serialization;
  for (const step of path.split(".")) node = isObject(node) ? node[step] : undefined;
  if (!isObject(node) || typeof node["parseOrThrow"] !== "function")
    throw new Error(`the SDK has no serializer serialization.${path}`);
  return node as unknown as SdkSerializer;
}

/** Our wire-named value in the SDK's own (camelCase) form, read by the SDK's serializer. */
function toSdkBody(serializerPath: string, wire: unknown): unknown {
  return serializerAt(serializerPath).parseOrThrow(wire, {
    // Keys the SDK does not know are kept, so that its `jsonOrThrow` (which strips them) shows the loss.
    unrecognizedObjectKeys: "passthrough",
    allowUnrecognizedUnionMembers: true,
    allowUnrecognizedEnumValues: true,
    breadcrumbsPrefix: ["body"],
  });
}

// ---------------------------------------------------------------------------
// Our side: the model, the document, the example values.

/** A document with its model: what one client was generated from. */
interface OurSide {
  readonly root: JsonObject;
  readonly model: ClientModel;
}

async function loadOurSide(specPath: string): Promise<OurSide> {
  const loaded = await loadDocument(specPath);
  if (!loaded.ok) throw new Error(`${specPath} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  const { model } = toClientModel(loaded.document, specPath, "zep");
  return { root: loaded.document.data as JsonObject, model };
}

/** The operation object of the document behind a model operation. */
function operationObject(root: JsonObject, op: OperationModel): JsonObject {
  const paths = root["paths"] as JsonObject;
  const item = resolveRef(root, paths[op.path]) as JsonObject;
  return item[op.method.toLowerCase()] as JsonObject;
}

/** The top-level property names of the operation's JSON body schema; undefined for a non-object body. */
function specBodyProperties(root: JsonObject, op: OperationModel): string[] | undefined {
  const requestBody = resolveRef(root, operationObject(root, op)["requestBody"]);
  if (!isObject(requestBody) || !isObject(requestBody["content"])) return undefined;
  const media = requestBody["content"]["application/json"];
  const schema = isObject(media) ? resolveRef(root, media["schema"]) : undefined;
  if (!isObject(schema) || !isObject(schema["properties"])) return undefined;
  return Object.keys(schema["properties"]);
}

interface PlannedOperation {
  readonly sdkMethod: string;
  readonly group: readonly string[];
  readonly operation: OperationModel;
  /** The "all parameters" case: every parameter, and the body from the spec's examples. */
  readonly testCase: OperationCase;
}

/** One call for every operation that names an SDK method. */
function planOperations({ root, model }: OurSide): PlannedOperation[] {
  return model.groups.flatMap((group) =>
    group.operations.flatMap((operation) => {
      const sdkMethod = operationObject(root, operation)["x-sdk-method"];
      if (typeof sdkMethod !== "string") return [];
      const cases = operationCases(root, operation.path, operation.method, {
        mediaType: operation.body?.spec.mediaType,
      });
      const testCase = cases.find((c) => c.name === "all parameters") ?? cases[0];
      if (testCase === undefined) throw new Error(`no call planned for ${operation.id}`);
      return [{ sdkMethod, group: group.path, operation, testCase }];
    }),
  );
}

const OURS = await loadOurSide(SPEC_PATH);
const PLANNED = planOperations(OURS);

// ---------------------------------------------------------------------------
// Comparing two requests.

/** What is compared of one request. */
interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string[]>;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

function toWire(request: RecordedRequest): WireRequest {
  const url = new URL(request.url, "http://127.0.0.1");
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
  const text = request.body.toString("utf8");
  let body: unknown;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = { "<not JSON>": text };
    }
  }
  const auth = request.headers["authorization"];
  return {
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(Object.entries(query).sort(([a], [b]) => a.localeCompare(b))),
    authorization: Array.isArray(auth) ? auth.join(", ") : auth,
    body,
  };
}

function show(value: unknown): string {
  return value === undefined ? "<absent>" : JSON.stringify(value);
}

/** Every difference between two JSON values, one line each, as `where: ours … / sdk …`. */
function jsonDiff(where: string, ours: unknown, sdk: unknown, out: string[]): void {
  if (isObject(ours) && isObject(sdk)) {
    for (const key of new Set([...Object.keys(ours), ...Object.keys(sdk)]))
      jsonDiff(`${where}.${key}`, ours[key], sdk[key], out);
  } else if (Array.isArray(ours) && Array.isArray(sdk)) {
    for (let i = 0; i < Math.max(ours.length, sdk.length); i++) jsonDiff(`${where}[${i}]`, ours[i], sdk[i], out);
  } else if (JSON.stringify(ours) !== JSON.stringify(sdk)) {
    out.push(`${where}: ours ${show(ours)} / sdk ${show(sdk)}`);
  }
}

function requestDiff(ours: WireRequest, sdk: WireRequest): string[] {
  const out: string[] = [];
  if (ours.method !== sdk.method) out.push(`method: ours ${ours.method} / sdk ${sdk.method}`);
  if (ours.path !== sdk.path) out.push(`path: ours ${ours.path} / sdk ${sdk.path}`);
  if (ours.authorization !== sdk.authorization)
    out.push(`authorization: ours ${show(ours.authorization)} / sdk ${show(sdk.authorization)}`);
  for (const name of new Set([...Object.keys(ours.query), ...Object.keys(sdk.query)])) {
    if (JSON.stringify(ours.query[name]) !== JSON.stringify(sdk.query[name]))
      out.push(`query ${name}: ours ${show(ours.query[name])} / sdk ${show(sdk.query[name])}`);
  }
  jsonDiff("body", ours.body, sdk.body, out);
  return out;
}

/** Differences between what the SDK method declares and what the operation declares. */
function declarationDiff(root: JsonObject, op: OperationModel, recipe: SdkRecipe): string[] {
  const out: string[] = [];
  const ourQuery = new Map(op.params.filter((p) => p.spec.in === "query").map((p) => [p.spec.name, p.required]));
  for (const [wire, { always }] of recipe.query) {
    const required = ourQuery.get(wire);
    if (required === undefined) out.push(`query parameter ${wire}: the SDK sends it, the spec lacks it`);
    else if (required !== always)
      out.push(`query parameter ${wire}: required ${required} in the spec, ${always} in the SDK`);
  }
  for (const wire of ourQuery.keys())
    if (!recipe.query.has(wire)) out.push(`query parameter ${wire}: in the spec, unknown to the SDK`);
  const ourPath = op.params.filter((p) => p.spec.in === "path").length;
  if (ourPath !== recipe.pathOrder.length)
    out.push(`path parameters: ${ourPath} in the spec, ${recipe.pathOrder.length} in the SDK`);

  if ((op.body === undefined) !== (recipe.bodyMode === "none"))
    out.push(
      `body: ${op.body === undefined ? "none" : "one"} in the spec, ${recipe.bodyMode === "none" ? "none" : "one"} in the SDK`,
    );
  if (recipe.bodySerializer !== undefined && op.body !== undefined) {
    const serializer = serializerAt(recipe.bodySerializer);
    const sdkProps = serializer._getRawProperties?.();
    const specProps = specBodyProperties(root, op);
    if (sdkProps !== undefined && specProps === undefined)
      out.push(`body: an object (${recipe.bodySerializer}) in the SDK, not an object schema in the spec`);
    if (sdkProps !== undefined && specProps !== undefined) {
      for (const p of sdkProps)
        if (!specProps.includes(p)) out.push(`body property ${p}: the SDK sends it, the spec lacks it`);
      for (const p of specProps)
        if (!sdkProps.includes(p)) out.push(`body property ${p}: in the spec, unknown to the SDK (it strips it)`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Calling both clients.

/** An answer both clients accept, from the documented success response: `[]`, `{}` or no body. */
function replyFor(op: OperationModel): { status: number; headers?: Record<string, string>; body?: string } {
  const status = Object.keys(op.responses).find((s) => /^2/.test(s)) ?? "200";
  const spec = op.responses[status];
  if (spec === undefined || spec.kind === "void") return { status: 200 };
  const body = spec.shape === "array" ? "[]" : spec.shape === "string" ? '""' : "{}";
  return { status: 200, headers: { "content-type": "application/json" }, body };
}

/** The SDK's positional arguments (then request options) for the wire values of a case. */
function sdkArguments(op: OperationModel, testCase: OperationCase, recipe: SdkRecipe): unknown[] {
  const ourPath = op.params.filter((p) => p.spec.in === "path").map((p) => p.spec.name);
  const pathValues = new Map<string, unknown>();
  recipe.pathOrder.forEach((sdkName, i) => {
    const wire = ourPath[i];
    pathValues.set(sdkName, testCase.parameters.find((p) => p.in === "path" && p.name === wire)?.value);
  });

  let request: JsonObject | undefined;
  if (recipe.signature.includes("request")) {
    request = {};
    const body = testCase.body?.value;
    if (body !== undefined && recipe.bodySerializer !== undefined) {
      const sdkBody = toSdkBody(recipe.bodySerializer, body);
      if (recipe.bodyMode === "key") request["body"] = sdkBody;
      else if (isObject(sdkBody)) Object.assign(request, sdkBody);
      else throw new Error(`${recipe.sdkMethod} takes its body in the request object, but the body is not an object`);
    }
    for (const p of testCase.parameters) {
      if (p.in !== "query") continue;
      // A query parameter the SDK does not know cannot be passed; the request diff shows it.
      const key = recipe.query.get(p.name)?.key;
      if (key !== undefined) request[key] = p.value;
    }
  }
  const args = recipe.signature.map((name) => (name === "request" ? request : pathValues.get(name)));
  return [...args, { maxRetries: 0, timeoutInSeconds: 10 }];
}

type AnyMethod = (...args: unknown[]) => unknown;
type ClientConstructor = new (options: { apiKey: string; baseUrl: string; maxRetries: number }) => object;

/** Sends one call through `send` and returns the one request it made (or what went wrong). */
async function capture(
  server: TestServer,
  who: string,
  op: OperationModel,
  send: () => unknown,
): Promise<{ request?: WireRequest; error?: unknown }> {
  const before = server.requests.length;
  server.setDefault(replyFor(op));
  let error: unknown;
  try {
    await send();
  } catch (e) {
    error = e;
  }
  const sent = server.requests.slice(before);
  if (sent.length !== 1) return { error: error ?? new Error(`${who} sent ${sent.length} requests`) };
  return { request: toWire(sent[0] as RecordedRequest), error };
}

/**
 * Makes one operation's call through our client (`Client`, generated from
 * `root`) and through the SDK, and returns every difference (empty when
 * they agree) with a report to print.
 */
async function compareOperation(
  server: TestServer,
  Client: ClientConstructor,
  root: JsonObject,
  { sdkMethod, group, operation, testCase }: PlannedOperation,
): Promise<{ problems: string[]; report: string }> {
  const recipe = sdkRecipe(sdkMethod);
  const baseUrl = `${server.origin}${BASE_PATH}`;

  const ours = new Client({ apiKey: API_KEY, baseUrl, maxRetries: 0 });
  const resource = resourceAt(ours, group);
  const method = resource?.[operation.methodName] as AnyMethod | undefined;
  if (method === undefined) throw new Error(`our client has no ${[...group, operation.methodName].join(".")}`);
  const params = toCallParams(
    testCase,
    (wire, location) => operation.params.find((p) => p.spec.name === wire && p.spec.in === location)?.spec.key,
  );
  const oursSent = await capture(server, "our client", operation, () =>
    (method.apply(resource, callArguments(operation, params)) as { withResponse(): Promise<unknown> }).withResponse(),
  );

  // The SDK's `maxRetries` and timeout are per-call options (its last argument, see sdkArguments).
  const sdk = new SdkClient({ apiKey: API_KEY, baseUrl });
  const sdkPath = sdkMethod.split(".");
  const sdkResource = resourceAt(sdk, sdkPath.slice(0, -1));
  const sdkFn = sdkResource?.[sdkPath[sdkPath.length - 1] as string] as AnyMethod | undefined;
  if (sdkFn === undefined) throw new Error(`the SDK has no ${sdkMethod}`);
  const sdkSent = await capture(server, "the SDK", operation, () =>
    sdkFn.apply(sdkResource, sdkArguments(operation, testCase, recipe)),
  );

  const problems: string[] = [];
  if (oursSent.request === undefined) problems.push(`our client sent nothing: ${String(oursSent.error)}`);
  if (sdkSent.request === undefined) problems.push(`the SDK sent nothing: ${String(sdkSent.error)}`);
  if (oursSent.request !== undefined && sdkSent.request !== undefined)
    problems.push(...requestDiff(oursSent.request, sdkSent.request));
  problems.push(...declarationDiff(root, operation, recipe));

  const report = [
    `${sdkMethod}: our client and the SDK differ`,
    ...problems.map((p) => `  - ${p}`),
    `  our request: ${JSON.stringify(oursSent.request)}`,
    `  SDK request: ${JSON.stringify(sdkSent.request)}`,
    `  SDK call: ${recipe.httpMethod} ${recipe.urlTemplate} (${recipe.signature.join(", ")}), ` +
      `body ${recipe.bodyMode}${recipe.bodySerializer === undefined ? "" : ` via ${recipe.bodySerializer}`}`,
  ].join("\n");
  return { problems, report };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe("the generated Zep client sends what @getzep/zep-cloud sends", () => {
  it(`covers the SDK's ${SDK_OPERATION_COUNT} operations, each reached by its x-sdk-method`, () => {
    expect(PLANNED).toHaveLength(SDK_OPERATION_COUNT);
    expect(new Set(PLANNED.map((p) => p.sdkMethod)).size).toBe(SDK_OPERATION_COUNT);
    for (const { sdkMethod, group, operation } of PLANNED)
      expect([...group, operation.methodName].join("."), operation.id).toBe(sdkMethod);
  });

  for (const planned of PLANNED) {
    it(`${planned.sdkMethod} (${planned.operation.method} ${planned.operation.path})`, async () => {
      const { problems, report } = await compareOperation(server, ZepClient, OURS.root, planned);
      expect(problems, report).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------
// Nested request types: the example body of a call sets only what its schema's
// examples reach, so the named types a request body is built from are also
// compared with the SDK's serializers of the same name, property by property
// (object types) and value by value (enums).

/** Every named schema a request body of an SDK operation is built from, transitively. */
function requestSchemaNames(root: JsonObject, planned: readonly PlannedOperation[]): string[] {
  const schemas = (root["components"] as JsonObject)["schemas"] as JsonObject;
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isObject(value)) {
      const ref = value["$ref"];
      if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
        const name = ref.slice("#/components/schemas/".length);
        if (!found.has(name)) {
          found.add(name);
          walk(schemas[name]);
        }
      }
      for (const [key, inner] of Object.entries(value)) if (key !== "$ref") walk(inner);
    }
  };
  for (const { operation } of planned) walk(operationObject(root, operation)["requestBody"]);
  return [...found].sort();
}

/** The SDK serializer named `name`, at the top of `serialization` or in one of its namespaces (`graph`, `thread`). */
function sdkSerializerNamed(name: string): SdkSerializer | undefined {
  const isSerializer = (v: unknown): v is SdkSerializer => isObject(v) && typeof v["parseOrThrow"] === "function";
  const top = serialization as unknown as JsonObject;
  if (isSerializer(top[name])) return top[name];
  for (const namespace of Object.values(top)) {
    if (isObject(namespace) && !isSerializer(namespace) && isSerializer(namespace[name])) return namespace[name];
  }
  return undefined;
}

/** The values of every enum the SDK declares, by type name, read from its serialization source. */
function sdkEnumValues(): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const dir = join(SDK_ROOT, "dist/cjs/serialization");
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".js")) continue;
    const source = readFileSync(join(dir, entry), "utf8");
    for (const m of source.matchAll(/exports\.(\w+) = core\.serialization\.enum_\(\[([^\]]*)\]\)/g))
      values.set(
        m[1] as string,
        [...(m[2] ?? "").matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((v) => JSON.parse(`"${v[1]}"`) as string),
      );
  }
  return values;
}

/** How the named spec schema differs from the SDK's serializer of that name (none when the SDK has no such type). */
function schemaDiff(root: JsonObject, name: string, enums: ReadonlyMap<string, readonly string[]>): string[] {
  const serializer = sdkSerializerNamed(name);
  const schema = resolveRef(root, ((root["components"] as JsonObject)["schemas"] as JsonObject)[name]);
  if (serializer === undefined || !isObject(schema)) return [];
  const problems: string[] = [];
  const sdkProps = serializer._getRawProperties?.();
  if (sdkProps !== undefined) {
    const ours = isObject(schema["properties"]) ? Object.keys(schema["properties"]) : [];
    for (const p of sdkProps) if (!ours.includes(p)) problems.push(`property ${p}: the SDK has it, the spec lacks it`);
    for (const p of ours) if (!sdkProps.includes(p)) problems.push(`property ${p}: in the spec, unknown to the SDK`);
    // The SDK's required keys: what its serializer reports missing from an empty object (parsed names, mapped to wire names).
    const parsedProps = serializer._getParsedProperties?.() ?? [];
    const empty = serializer.json?.({}, { unrecognizedObjectKeys: "strip" });
    const sdkRequired = (empty?.ok === false ? empty.errors : []).flatMap((e) => {
      const key = /Missing required key "([^"]+)"/.exec(e.message)?.[1];
      return key === undefined ? [] : [sdkProps[parsedProps.indexOf(key)] ?? key];
    });
    const ourRequired = Array.isArray(schema["required"]) ? (schema["required"] as string[]) : [];
    for (const p of sdkRequired)
      if (ours.includes(p) && !ourRequired.includes(p))
        problems.push(`property ${p}: required by the SDK, optional in the spec`);
    for (const p of ourRequired)
      if (sdkProps.includes(p) && !sdkRequired.includes(p))
        problems.push(`property ${p}: required in the spec, optional in the SDK`);
  }
  const sdkEnum = enums.get(name);
  if (sdkEnum !== undefined) {
    const ours = Array.isArray(schema["enum"]) ? schema["enum"].filter((v) => v !== null).map(String) : [];
    for (const v of sdkEnum)
      if (!ours.includes(v)) problems.push(`enum value ${JSON.stringify(v)}: the SDK has it, the spec lacks it`);
    for (const v of ours)
      if (!sdkEnum.includes(v)) problems.push(`enum value ${JSON.stringify(v)}: in the spec, unknown to the SDK`);
  }
  return problems;
}

const SDK_ENUMS = sdkEnumValues();

describe("the request types match the SDK's serializers", () => {
  const enums = SDK_ENUMS;
  const names = requestSchemaNames(OURS.root, PLANNED);

  it("finds the request types in the SDK", () => {
    const missing = names.filter((name) => sdkSerializerNamed(name) === undefined);
    // Not every spec type must exist under the same name in the SDK, but nearly all do; losing many means the check is blind.
    expect(missing.length, `request types the SDK has no serializer for: ${missing.join(", ")}`).toBeLessThanOrEqual(
      names.length / 10,
    );
  });

  for (const name of names) {
    it(name, () => {
      const problems = schemaDiff(OURS.root, name, enums);
      expect(problems, `${name} differs from the SDK's serializer:\n  ${problems.join("\n  ")}`).toEqual([]);
    });
  }
});

/**
 * The check bites: a copy of the document with one deliberate mistake per
 * operation (method, path, query wire name, a missing query parameter, a body
 * property's wire name, a body property the SDK does not know) is generated
 * into `test/.tmp/`, and each mistake must be reported for its operation.
 */
interface Mistake {
  readonly what: string;
  readonly sdkMethod: string;
  readonly apply: (root: JsonObject) => void;
  /** A named request type to compare with the SDK's serializer as well. */
  readonly schema?: string;
  /** Each must be a substring of some reported problem. */
  readonly reported: readonly string[];
}

function pathItem(root: JsonObject, path: string): JsonObject {
  return (root["paths"] as Record<string, JsonObject>)[path] as JsonObject;
}
function schemaNamed(root: JsonObject, name: string): JsonObject {
  return ((root["components"] as JsonObject)["schemas"] as Record<string, JsonObject>)[name] as JsonObject;
}
function parametersOf(root: JsonObject, path: string, method: string): JsonObject[] {
  return (pathItem(root, path)[method] as JsonObject)["parameters"] as JsonObject[];
}
function renameProperty(schema: JsonObject, from: string, to: string): void {
  const properties = schema["properties"] as JsonObject;
  schema["properties"] = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k === from ? to : k, v]));
  if (Array.isArray(schema["required"]))
    schema["required"] = (schema["required"] as string[]).map((r) => (r === from ? to : r));
}

const MISTAKES: readonly Mistake[] = [
  {
    what: "a wrong method (POST for GET)",
    sdkMethod: "graph.warm",
    apply: (root) => {
      const item = pathItem(root, "/graph/{graphId}/warm");
      item["post"] = item["get"];
      delete item["get"];
    },
    reported: ["method: ours POST / sdk GET"],
  },
  {
    what: "a wrong path",
    sdkMethod: "user.getNode",
    apply: (root) => {
      const paths = root["paths"] as JsonObject;
      paths["/users/{userId}/nodes"] = paths["/users/{userId}/node"];
      delete paths["/users/{userId}/node"];
    },
    reported: ["path: ours /api/v2/users/user-2291/nodes / sdk /api/v2/users/user-2291/node"],
  },
  {
    what: "a query parameter under the wrong wire name",
    sdkMethod: "thread.getUserContext",
    apply: (root) => {
      const param = parametersOf(root, "/threads/{threadId}/context", "get").find((p) => p["name"] === "template_id");
      if (param !== undefined) param["name"] = "templateId";
    },
    reported: [
      'query templateId: ours ["support-agent-v2"] / sdk <absent>',
      "query parameter template_id: the SDK sends it, the spec lacks it",
    ],
  },
  {
    what: "a query parameter the spec lacks",
    sdkMethod: "graph.episode.getByGraphId",
    apply: (root) => {
      const operation = pathItem(root, "/graph/episodes/graph/{graph_id}")["get"] as JsonObject;
      operation["parameters"] = (operation["parameters"] as JsonObject[]).filter((p) => p["name"] !== "lastn");
    },
    reported: ["query parameter lastn: the SDK sends it, the spec lacks it"],
  },
  {
    what: "a body property under the wrong wire name",
    sdkMethod: "user.add",
    apply: (root) => renameProperty(schemaNamed(root, "CreateUserRequest"), "first_name", "firstName"),
    reported: [
      'body.firstName: ours "Jane" / sdk <absent>',
      "body property first_name: the SDK sends it, the spec lacks it",
    ],
  },
  {
    what: "a body property the SDK does not know (its serializer strips it)",
    sdkMethod: "thread.create",
    apply: (root) => {
      const properties = schemaNamed(root, "CreateThreadRequest")["properties"] as JsonObject;
      properties["nickname"] = { type: "string", example: "night-shift" };
    },
    reported: [
      'body.nickname: ours "night-shift" / sdk <absent>',
      "body property nickname: in the spec, unknown to the SDK",
    ],
  },
  {
    what: "a nested body property under the wrong wire name",
    sdkMethod: "thread.addMessages",
    schema: "Message",
    apply: (root) => renameProperty(schemaNamed(root, "Message"), "name", "sender_name"),
    reported: [
      'body.messages[0].sender_name: ours "Jane" / sdk <absent>',
      "property name: the SDK has it, the spec lacks it",
      "property sender_name: in the spec, unknown to the SDK",
    ],
  },
  {
    what: "a body property optional that the SDK requires",
    sdkMethod: "thread.create",
    schema: "CreateThreadRequest",
    apply: (root) => {
      const schema = schemaNamed(root, "CreateThreadRequest");
      schema["required"] = (schema["required"] as string[]).filter((r) => r !== "user_id");
    },
    reported: ["property user_id: required by the SDK, optional in the spec"],
  },
  {
    what: "enum values that differ",
    sdkMethod: "thread.addMessages",
    schema: "RoleType",
    apply: (root) => {
      const roleType = schemaNamed(root, "RoleType");
      roleType["enum"] = [...(roleType["enum"] as string[]).filter((v) => v !== "norole"), "moderator"];
    },
    reported: [
      'enum value "norole": the SDK has it, the spec lacks it',
      'enum value "moderator": in the spec, unknown to the SDK',
    ],
  },
];

describe("the check bites", () => {
  const dir = join(TMP_ROOT, `zep-sdk-parity-${process.pid}-${Date.now().toString(36)}`);
  let broken: { side: OurSide; planned: PlannedOperation[]; Client: ClientConstructor } | undefined;

  beforeAll(async () => {
    const root = structuredClone(OURS.root);
    for (const mistake of MISTAKES) mistake.apply(root);
    await mkdir(dir, { recursive: true });
    const specPath = join(dir, "zep.json");
    await writeFile(specPath, JSON.stringify(root, null, 2));
    const result = await generate(specPath);
    if (!result.ok) throw new Error(`the broken document does not generate: ${JSON.stringify(result.diagnostics)}`);
    await writeClients([{ outDir: join(dir, "client"), files: result.files }]);
    const module = (await import(pathToFileURL(join(dir, "client", "index.ts")).href)) as Record<string, unknown>;
    const side = await loadOurSide(specPath);
    broken = { side, planned: planOperations(side), Client: module["ZepClient"] as ClientConstructor };
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rmdir(TMP_ROOT).catch(() => undefined);
  });

  for (const mistake of MISTAKES) {
    it(`reports ${mistake.what} (${mistake.sdkMethod})`, async () => {
      if (broken === undefined) throw new Error("beforeAll did not finish");
      const planned = broken.planned.find((p) => p.sdkMethod === mistake.sdkMethod);
      if (planned === undefined) throw new Error(`the broken document has no ${mistake.sdkMethod}`);
      const { problems, report } = await compareOperation(server, broken.Client, broken.side.root, planned);
      if (mistake.schema !== undefined) problems.push(...schemaDiff(broken.side.root, mistake.schema, SDK_ENUMS));
      for (const expected of mistake.reported)
        expect(
          problems.some((p) => p.includes(expected)),
          `${expected}\n${report}`,
        ).toBe(true);
    });
  }
});
