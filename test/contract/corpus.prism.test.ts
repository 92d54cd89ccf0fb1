/**
 * Contract: for real documents, every operation of the generated client sends
 * a request that Prism (a mock server validating requests against the spec)
 * accepts. Each document is generated in `beforeAll` into `test/.tmp/`, the
 * client imported from there, and one Prism started for it; each operation is
 * then called through the client with values from the spec's examples (or
 * synthesised from its schemas, `test/support/example-values.ts`) and the
 * exchange must draw no request violation: no `sl-violations` entry under
 * `request`, no 422 `validation` list, no 401/403, and none of Prism's
 * routing or content-negotiation refusals. One deliberately broken call per
 * document shows the check bites.
 *
 * Prism validates against the same 3.x document the client was generated
 * from: the file itself for OpenAPI 3.x, the loader's converted document
 * (written to the temporary directory) for Swagger 2.0. `spec/zep.yaml` is
 * here too, for every operation it grows; `zep.prism.test.ts` checks
 * `listSessions` in depth.
 */
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithCorpus } from "../support/shared-corpus.js";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import type { ClientModel, OperationModel } from "../../generator/model/ir.js";
import { toClientModel } from "../../generator/model/to-client-model.js";
import type { SchemeSpec } from "../../generator/runtime/security.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { callArguments, resourceAt } from "../support/call-arguments.js";
import { operationCases, toCallParams, type OperationCase } from "../support/example-values.js";
import { prismViolations, startPrism, type PrismServer, type PrismViolation } from "../support/prism.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TMP_ROOT = join(REPO_ROOT, "test", ".tmp");

/** The client's base name, as the generator derives it: `spec/zep.yaml` → `zep`. */
function baseNameOf(specFile: string): string {
  return basename(specFile, extname(specFile));
}

/** A deliberately invalid call, made through the client with its types bypassed. */
interface BrokenCall {
  readonly what: string;
  /** The operationId (as in the model) to call. */
  readonly operationId: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** The violation Prism must report: its location (after `request`), and a word its message must contain. */
  readonly location: readonly string[];
  readonly mentions: string;
}

interface DocumentUnderTest {
  readonly title: string;
  /** Relative to the repository root. */
  readonly specFile: string;
  /** Give Prism the loaded (converted) document instead of the file: for Swagger 2.0. */
  readonly convertedForPrism: boolean;
  readonly broken: BrokenCall;
  /**
   * Cases (`<operationId>: <case>`) that fail because of a bug in the generator
   * or runtime, each with its cause; they run as `it.fails` until it is fixed.
   */
  readonly knownBugs: Readonly<Record<string, string>>;
}

const DOCUMENTS: readonly DocumentUnderTest[] = [
  {
    title: "train-travel-api.yaml (OpenAPI 3.1)",
    specFile: "../shared/corpus/train-travel-api.yaml",
    convertedForPrism: false,
    broken: {
      what: "get-trips without the required query parameter date",
      operationId: "get-trips",
      params: { origin: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e", destination: "b2e783e1-c824-4d63-b37a-d8d698862f1d" },
      location: ["query"],
      mentions: "date",
    },
    knownBugs: {},
  },
  {
    title: "petstore-swagger2.json (Swagger 2.0, converted to 3.0)",
    specFile: "../shared/corpus/petstore-swagger2.json",
    convertedForPrism: true,
    broken: {
      // addPet documents no 400, so Prism answers 422 with a `validation` list.
      what: "addPet with a body missing the required photoUrls",
      operationId: "addPet",
      params: { body: { name: "doggie" } },
      location: ["body"],
      mentions: "photoUrls",
    },
    knownBugs: {},
  },
  {
    title: "spec/zep.yaml",
    specFile: "spec/zep.yaml",
    convertedForPrism: false,
    broken: {
      what: "userGroup.list without its required projectId",
      operationId: "userGroupList",
      params: { pageNumber: 1, pageSize: 20 },
      location: ["query"],
      // Prism lower-cases query names in its message.
      mentions: "required property 'projectid'",
    },
    knownBugs: {},
  },
];

/** Prism problem types that mean the request itself was refused. */
const REFUSALS = [
  "UNPROCESSABLE_ENTITY",
  "UNAUTHORIZED",
  "INVALID_CONTENT_TYPE",
  "NOT_ACCEPTABLE",
  "NO_PATH_MATCHED_ERROR",
  "NO_METHOD_MATCHED_ERROR",
  "NO_SERVER_MATCHED_ERROR",
];

/** One operation of the model, with the calls to make. */
interface PlannedOperation {
  readonly group: readonly string[];
  readonly operation: OperationModel;
  readonly cases: readonly OperationCase[];
}

interface PlannedDocument extends DocumentUnderTest {
  readonly model: ClientModel;
  /** `(path, method)` pairs under `paths`, counted from the document itself. */
  readonly documentOperations: number;
  readonly planned: readonly PlannedOperation[];
}

/** Loads a document and plans its calls (at collection time, so each case is a test of its own). */
async function plan(document: DocumentUnderTest): Promise<PlannedDocument> {
  const specPath = join(REPO_ROOT, document.specFile);
  const loaded = await loadDocument(specPath);
  if (!loaded.ok) throw new Error(`${document.specFile} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  const { model } = toClientModel(loaded.document, specPath, baseNameOf(specPath));
  const root = loaded.document.data;
  const paths = (root as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
  const documentOperations = Object.entries(paths)
    .filter(([path]) => !path.startsWith("x-"))
    .reduce((n, [, item]) => n + methods.filter((m) => typeof item[m] === "object").length, 0);
  const planned = model.groups.flatMap((group) =>
    group.operations.map((operation) => ({
      group: group.path,
      operation,
      cases: operationCases(root, operation.path, operation.method, { mediaType: operation.body?.spec.mediaType }),
    })),
  );
  return { ...document, model, documentOperations, planned };
}

// The corpus lives beside the checkout (../shared); without it only spec/zep.yaml can run, and the
// others are skipped loudly (under CI they fail).
const AVAILABLE = DOCUMENTS.filter((d) => existsSync(join(REPO_ROOT, d.specFile)));
const PLANNED = await Promise.all(AVAILABLE.map(plan));
const MISSING = DOCUMENTS.filter((d) => !AVAILABLE.includes(d));
if (MISSING.length > 0) {
  describeWithCorpus(`${MISSING.map((d) => d.title).join(", ")} against Prism`, {}, () => {});
}

/** Client options carrying a made-up credential for every scheme the client knows. */
function credentialsFor(schemes: Readonly<Record<string, SchemeSpec>>): Record<string, string> {
  const options: Record<string, string> = {};
  for (const scheme of Object.values(schemes)) {
    if (scheme.type === "basic") {
      options[scheme.usernameOption] = "contract-user";
      options[scheme.passwordOption] = "contract-password";
    } else {
      options[scheme.option] = scheme.type === "bearer" ? "contract-token" : "contract-api-key";
    }
  }
  return options;
}

/** What one request looked like on the wire and what Prism said about it. */
interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Record<string, string>;
  readonly requestBody: string;
  readonly status: number;
  readonly violations: readonly PrismViolation[];
  /** The `type` of a Prism `application/problem+json` answer, e.g. `…#UNAUTHORIZED`. */
  readonly problemType: string | undefined;
}

/** A fetch that records every exchange into `exchanges`, for the client's `fetch` option. */
function recordingFetch(exchanges: Exchange[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const requestBody = request.body === null ? "" : await request.clone().text();
    const response = await fetch(request);
    let body: unknown;
    if ((response.headers.get("content-type") ?? "").includes("problem+json")) {
      body = await response
        .clone()
        .json()
        .catch(() => undefined);
    }
    exchanges.push({
      method: request.method,
      url: request.url,
      requestHeaders: Object.fromEntries(request.headers),
      requestBody: requestBody.length > 500 ? `${requestBody.slice(0, 500)}…` : requestBody,
      status: response.status,
      violations: prismViolations(response.headers, body),
      problemType:
        typeof body === "object" && body !== null && typeof (body as { type?: unknown }).type === "string"
          ? (body as { type: string }).type
          : undefined,
    });
    return response;
  };
}

/**
 * Where a request violation is, e.g. `["query", "date"]`; undefined for a
 * response violation. The `sl-violations` header says `["request", "query", …]`,
 * a 422 `validation` list just `["query", …]`.
 */
function requestLocation(violation: PrismViolation): readonly string[] | undefined {
  const [first, ...rest] = violation.location;
  if (first === "response") return undefined;
  return first === "request" ? rest : violation.location;
}

/** Everything wrong with an exchange, as sentences; empty when Prism accepted the request. */
function problemsOf(exchange: Exchange): string[] {
  const problems = exchange.violations.flatMap((v) => {
    const location = requestLocation(v);
    return location === undefined ? [] : [`request.${location.join(".")}: ${v.code}: ${v.message}`];
  });
  const refusal = REFUSALS.find((type) => exchange.problemType?.endsWith(`#${type}`));
  if (refusal !== undefined) problems.push(`Prism refused the request: ${refusal} (${exchange.status})`);
  else if (exchange.status === 401 || exchange.status === 403)
    problems.push(`status ${exchange.status}: auth was refused`);
  return problems;
}

/** A generated method, called with the arguments `callArguments` builds. */
type CallableMethod = (...args: unknown[]) => { withResponse(): Promise<unknown> };
type ClientConstructor = new (options: Record<string, unknown>) => object;

/** The running pieces of one document's run, set up in `beforeAll`. */
interface Harness {
  readonly prism: PrismServer;
  readonly Client: ClientConstructor;
  /** The runtime's error classes, from the generated client. */
  readonly RequestBuildError: abstract new (...args: never[]) => Error;
  readonly StatusError: abstract new (...args: never[]) => Error;
  readonly generateMs: number;
}

/** A unique directory under `test/.tmp/` for this run. */
function tmpDirFor(document: DocumentUnderTest): string {
  const name = baseNameOf(document.specFile).replace(/[^a-z0-9-]/gi, "-");
  return join(TMP_ROOT, `corpus-prism-${name}-${process.pid}-${Date.now().toString(36)}`);
}

/** Generates the client into `dir`, writes Prism's document if converted, starts Prism, imports the client. */
async function setUp(document: PlannedDocument, dir: string): Promise<Harness> {
  const specPath = join(REPO_ROOT, document.specFile);
  const started = performance.now();
  const result = await generate(specPath);
  if (!result.ok) throw new Error(`${document.specFile} does not generate: ${JSON.stringify(result.diagnostics)}`);
  const clientDir = join(dir, "client");
  await writeClients([{ outDir: clientDir, files: result.files }]);
  const generateMs = Math.round(performance.now() - started);

  let prismSpec = specPath;
  if (document.convertedForPrism) {
    const loaded = await loadDocument(specPath);
    if (!loaded.ok) throw new Error(`${document.specFile} does not load`);
    prismSpec = join(dir, "converted.openapi.json");
    await writeFile(prismSpec, JSON.stringify(loaded.document.data, null, 2));
  }
  const prism = await startPrism({ specPath: prismSpec, cwd: REPO_ROOT, startupTimeoutMs: 45_000 });
  try {
    const module = (await import(pathToFileURL(join(clientDir, "index.ts")).href)) as Record<string, unknown>;
    const Client = module[document.model.clientName] as ClientConstructor | undefined;
    const RequestBuildError = module["RequestBuildError"] as Harness["RequestBuildError"] | undefined;
    const StatusError = module["StatusError"] as Harness["StatusError"] | undefined;
    if (Client === undefined || RequestBuildError === undefined || StatusError === undefined) {
      throw new Error(
        `the generated index.ts exports no ${document.model.clientName}, RequestBuildError or StatusError`,
      );
    }
    return { prism, Client, RequestBuildError, StatusError, generateMs };
  } catch (error) {
    await prism.stop();
    throw error;
  }
}

/** Removes this run's directory, then `test/.tmp` itself if nothing else is in it. */
async function cleanUp(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await rmdir(TMP_ROOT).catch(() => undefined);
}

describe.each(PLANNED)("$title against Prism", (document) => {
  const dir = tmpDirFor(document);
  let harness: Harness | undefined;
  const timings = { callsMs: 0, calls: 0 };
  const responseViolations: string[] = [];

  beforeAll(async () => {
    await mkdir(TMP_ROOT, { recursive: true });
    harness = await setUp(document, dir);
  }, 90_000);

  afterAll(async () => {
    await harness?.prism.stop();
    await cleanUp(dir);
    if (harness !== undefined) {
      console.info(
        `${document.title}: ${document.planned.length} operations, ` +
          `${timings.calls} calls; generate ${harness.generateMs} ms, ` +
          `Prism startup ${harness.prism.startupMs} ms, calls ${Math.round(timings.callsMs)} ms in all` +
          (responseViolations.length > 0
            ? `\n  mocked responses Prism finds invalid (spec examples, not the client):\n  ${[...new Set(responseViolations)].join("\n  ")}`
            : ""),
      );
    }
  }, 15_000);

  /** Calls one operation through a fresh client; returns the exchanges and the outcome. */
  async function call(
    group: readonly string[],
    operation: OperationModel,
    params: Readonly<Record<string, unknown>>,
  ): Promise<{ exchanges: Exchange[]; error: unknown }> {
    if (harness === undefined) throw new Error("beforeAll did not finish");
    const exchanges: Exchange[] = [];
    const client = new harness.Client({
      baseUrl: harness.prism.baseUrl,
      maxRetries: 0,
      timeoutMs: 10_000,
      fetch: recordingFetch(exchanges),
      ...credentialsFor(document.model.schemes),
    });
    const resource = resourceAt(client, group);
    const method = resource?.[operation.methodName] as CallableMethod | undefined;
    if (method === undefined) throw new Error(`the client has no ${[...group, operation.methodName].join(".")}`);
    const started = performance.now();
    const error = await method
      .apply(resource, callArguments(operation, params))
      .withResponse()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    timings.callsMs += performance.now() - started;
    timings.calls += 1;
    return { exchanges, error };
  }

  it("plans a call for every operation of the document", () => {
    expect(document.planned.length).toBe(document.documentOperations);
    for (const { operation, cases } of document.planned) expect(cases.length, operation.id).toBeGreaterThan(0);
  });

  const tests = document.planned.flatMap(({ group, operation, cases }) =>
    cases.map((testCase) => ({ group, operation, testCase, name: `${operation.id}: ${testCase.name}` })),
  );

  for (const { group, operation, testCase, name } of tests) {
    const knownBug = document.knownBugs[name];
    (knownBug === undefined ? it : it.fails)(`${name} (${operation.method} ${operation.path})`, async () => {
      const params = toCallParams(
        testCase,
        (wire, location) => operation.params.find((p) => p.spec.name === wire && p.spec.in === location)?.spec.key,
      );
      const { exchanges, error } = await call(group, operation, params);

      if (harness !== undefined && error instanceof harness.RequestBuildError) {
        expect.fail(`the client sent nothing: ${error.message}`);
      }
      // Any status is fine (Prism mocks what the spec documents); any other failure is not.
      if (harness !== undefined && error !== undefined && !(error instanceof harness.StatusError)) throw error;
      expect(exchanges, "exactly one request reaches Prism").toHaveLength(1);
      const [exchange] = exchanges as [Exchange];
      for (const v of exchange.violations) {
        if (requestLocation(v) === undefined)
          responseViolations.push(`${operation.id}: ${v.location.join(".")}: ${v.message}`);
      }
      const context = JSON.stringify({ ...exchange, violations: undefined, sent: testCase }, null, 2);
      expect(problemsOf(exchange), `Prism reported the request as invalid:\n${context}`).toEqual([]);
    });
  }

  it(`the check bites: ${document.broken.what} is reported`, async () => {
    const broken = document.broken;
    const planned = document.planned.find((p) => p.operation.id === broken.operationId);
    if (planned === undefined) throw new Error(`no operation ${broken.operationId} in ${document.specFile}`);
    const { exchanges } = await call(planned.group, planned.operation, broken.params);

    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges as [Exchange];
    const problems = problemsOf(exchange);
    expect(problems.length).toBeGreaterThan(0);
    const matching = exchange.violations.filter((v) => {
      const location = requestLocation(v);
      return (
        location !== undefined &&
        broken.location.every((step, i) => location[i] === step) &&
        `${location.join(".")} ${v.message}`.includes(broken.mentions)
      );
    });
    expect(matching, JSON.stringify(exchange.violations)).not.toEqual([]);
  });
});
