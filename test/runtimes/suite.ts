/**
 * One representative suite of the generated Zep client on a real server, run
 * as it is in every runtime: Node (with a TypeScript loader), Node's type
 * stripping, Deno, Bun and a browser. So it uses only Web APIs (fetch, URL,
 * AbortController, setTimeout, performance), imports the client as committed
 * (`.ts` specifiers) and nothing else, and uses erasable syntax only.
 *
 * Each case talks to its own corner of the scripted server in `server.ts`:
 * the client's base URL is `<baseUrl>/<case id>/api/v2`, and the server answers
 * by case id (500 then 200, a stall, three pages…). What the server received
 * for a case is read back from `<baseUrl>/<case id>/received`.
 *
 * The process running it must not have `ZEP_API_KEY` set (the "no key" case).
 */
import {
  AbortError,
  ClientError,
  ConnectionError,
  NotFoundError,
  RequestBuildError,
  ResponseParseError,
  TimeoutError,
  ZepClient,
  ZepError,
  type ZepClientOptions,
} from "../../generated/zep/index.ts";

export const API_KEY = "zep-runtime-key-7c21";

/** The outcome of one case, as a runtime reports it (JSON-safe). */
export interface CaseResult {
  readonly id: string;
  readonly title: string;
  readonly ok: boolean;
  /** Wall time of the case, in milliseconds. */
  readonly ms: number;
  /** Why it failed: the assertion's message, or the unexpected error's name and message. */
  readonly error?: string;
}

/** A request as the server received it (see `server.ts`). */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query as sent, below the case's prefix: `/api/v2/…`. */
  readonly url: string;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Server clock, milliseconds. */
  readonly at: number;
}

// ---------------------------------------------------------------- assertions

class AssertionFailed extends Error {}

function fail(message: string): never {
  throw new AssertionFailed(message);
}

function check(condition: boolean, message: string): void {
  if (!condition) fail(message);
}

/** JSON with object keys sorted, so equal values print equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function equal(actual: unknown, expected: unknown, what: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `non-Error thrown: ${String(error)}`;
}

/** The error `promise` rejects with; fails when it resolves. */
async function rejection(promise: PromiseLike<unknown>, what: string): Promise<unknown> {
  try {
    const value = await promise;
    return fail(`${what} should have failed, but resolved with ${canonical(value)}`);
  } catch (error) {
    if (error instanceof AssertionFailed) throw error;
    return error;
  }
}

function isInstance(error: unknown, type: abstract new (...args: never[]) => unknown, name: string): void {
  check(error instanceof type, `expected an instance of ${name}, got ${describeError(error)}`);
}

// ---------------------------------------------------------------- cases

interface CaseContext {
  /** `<baseUrl>/<case id>/api/v2`: what the client is given. */
  readonly apiBase: string;
  client(options?: ZepClientOptions): ZepClient;
  /** What the server received for this case so far (preflights excluded). */
  received(): Promise<ReceivedRequest[]>;
}

interface Case {
  readonly id: string;
  readonly title: string;
  run(ctx: CaseContext): Promise<void>;
}

const elapsedSince = (start: number): number => Math.round(performance.now() - start);

const CASES: readonly Case[] = [
  {
    id: "request",
    title: "a call's exact request: method, path, query, headers, JSON body",
    async run(ctx) {
      const zep = ctx.client({ headers: { "X-Client-Tag": "runtime-suite" } });
      const group = await zep.userGroup.update(
        "grp 1/ä",
        { projectId: "proj-1", name: "support-eu-uk", expected_version: 3 },
        { headers: { "X-Trace-Id": "trace-42" } },
      );
      equal(group.name, "support-eu-uk", "the parsed response's name");
      const requests = await ctx.received();
      equal(requests.length, 1, "requests received");
      const [request] = requests as [ReceivedRequest];
      equal(request.method, "PATCH", "method");
      equal(request.url, "/api/v2/user-groups/grp%201%2F%C3%A4?projectId=proj-1", "path and query");
      equal(request.headers["authorization"], `Api-Key ${API_KEY}`, "Authorization header");
      equal(request.headers["content-type"], "application/json", "Content-Type header");
      equal(request.headers["accept"], "application/json", "Accept header");
      equal(request.headers["x-client-tag"], "runtime-suite", "client-wide header");
      equal(request.headers["x-trace-id"], "trace-42", "per-call header");
      equal(request.body, '{"name":"support-eu-uk","expected_version":3}', "body bytes");
    },
  },
  {
    id: "retry",
    title: "a 500 is retried, and the 200 that follows is the result",
    async run(ctx) {
      const user = await ctx.client().user.get("u-1");
      equal(user.user_id, "u-1", "the user returned");
      const requests = await ctx.received();
      equal(
        requests.map((r) => `${r.method} ${r.url}`),
        ["GET /api/v2/users/u-1", "GET /api/v2/users/u-1"],
        "requests received",
      );
    },
  },
  {
    id: "retry-after",
    title: "Retry-After: 1 on a 429 is honoured (about 1 s before the retry)",
    async run(ctx) {
      const user = await ctx.client().user.get("u-1");
      equal(user.user_id, "u-1", "the user returned");
      const requests = await ctx.received();
      equal(requests.length, 2, "requests received");
      const gap = Math.round((requests[1]?.at ?? 0) - (requests[0]?.at ?? 0));
      // The backoff without the header would be 375-500 ms.
      check(gap >= 990, `expected ≥ 990 ms between the 429 and the retry (Retry-After: 1), got ${gap} ms`);
      check(gap < 5000, `expected the retry within 5 s, got ${gap} ms`);
    },
  },
  {
    id: "timeout",
    title: "a stalled server: TimeoutError after timeoutMs",
    async run(ctx) {
      const start = performance.now();
      const error = await rejection(ctx.client().user.get("u-1", { timeoutMs: 300, maxRetries: 0 }), "the call");
      const ms = elapsedSince(start);
      isInstance(error, TimeoutError, "TimeoutError");
      isInstance(error, ConnectionError, "ConnectionError");
      equal((error as TimeoutError).timeoutMs, 300, "error.timeoutMs");
      check(ms >= 280 && ms < 5000, `expected to give up after about 300 ms, took ${ms} ms`);
    },
  },
  {
    id: "abort",
    title: "a caller's AbortSignal: AbortError at once, not retried",
    async run(ctx) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 200);
      const start = performance.now();
      try {
        const error = await rejection(
          ctx.client().user.get("u-1", { signal: controller.signal, timeoutMs: 10_000 }),
          "the call",
        );
        const ms = elapsedSince(start);
        isInstance(error, AbortError, "AbortError");
        check(!(error instanceof TimeoutError), `expected no TimeoutError, got ${describeError(error)}`);
        check(ms < 5000, `expected the abort to end the call at once, took ${ms} ms`);
        const requests = await ctx.received();
        check(requests.length <= 1, `expected no retry after an abort, got ${requests.length} requests`);
      } finally {
        clearTimeout(timer);
      }
    },
  },
  {
    id: "pages",
    title: "thread.listAll walks 3 pages by page number, and no further",
    async run(ctx) {
      const ids: string[] = [];
      for await (const thread of ctx.client().thread.listAll({ page_size: 2 })) ids.push(thread.thread_id ?? "?");
      equal(ids, ["t-1", "t-2", "t-3", "t-4", "t-5"], "thread ids");
      const requests = await ctx.received();
      equal(
        requests.map((r) => r.url),
        [
          "/api/v2/threads?page_number=1&page_size=2",
          "/api/v2/threads?page_number=2&page_size=2",
          "/api/v2/threads?page_number=3&page_size=2",
        ],
        "pages requested",
      );
    },
  },
  {
    id: "cursor",
    title: "graph.edge.getByGraphId walks 3 pages by the Zep-Next-Cursor header",
    async run(ctx) {
      const uuids: string[] = [];
      for await (const edge of ctx.client().graph.edge.getByGraphId("g-1", { limit: 2 })) uuids.push(edge.uuid);
      equal(uuids, ["e-1", "e-2", "e-3", "e-4", "e-5"], "edge uuids");
      const requests = await ctx.received();
      equal(
        requests.map((r) => [r.method, r.url, JSON.parse(r.body) as unknown]),
        [
          ["POST", "/api/v2/graph/edge/graph/g-1", { limit: 2 }],
          ["POST", "/api/v2/graph/edge/graph/g-1", { limit: 2, cursor: "c-2" }],
          ["POST", "/api/v2/graph/edge/graph/g-1", { limit: 2, cursor: "c-3" }],
        ],
        "pages requested",
      );
    },
  },
  {
    id: "not-found",
    title: "a 404: NotFoundError, a ZepError with status and typed body",
    async run(ctx) {
      const error = await rejection(ctx.client().thread.get("t-missing"), "the call");
      isInstance(error, NotFoundError, "NotFoundError");
      isInstance(error, ZepError, "ZepError");
      isInstance(error, ClientError, "ClientError");
      const notFound = error as NotFoundError;
      equal(notFound.name, "NotFoundError", "error.name");
      equal(notFound.status, 404, "error.status");
      equal(notFound.body.message, "thread t-missing not found", "error.body.message");
      equal((await ctx.received()).length, 1, "requests received (a 404 is not retried)");
    },
  },
  {
    id: "not-json",
    title: "a 2xx whose body is not JSON: ResponseParseError",
    async run(ctx) {
      const error = await rejection(ctx.client().user.get("u-1"), "the call");
      isInstance(error, ResponseParseError, "ResponseParseError");
      const parse = error as ResponseParseError;
      equal(parse.status, 200, "error.status");
      equal(parse.text, "<!doctype html><title>Sign in</title>", "error.text");
      equal((await ctx.received()).length, 1, "requests received");
    },
  },
  {
    id: "no-key",
    title: "no API key: RequestBuildError, and nothing is sent",
    async run(ctx) {
      const zep = new ZepClient({ baseUrl: ctx.apiBase });
      const error = await rejection(zep.user.get("u-1"), "the call");
      isInstance(error, RequestBuildError, "RequestBuildError");
      const message = (error as RequestBuildError).message;
      check(
        message.includes("ZEP_API_KEY"),
        `expected the message to name ZEP_API_KEY, got ${JSON.stringify(message)}`,
      );
      equal((await ctx.received()).length, 0, "requests received");
    },
  },
];

/** The ids of every case, in the order `runSuite` runs them. */
export const CASE_IDS: readonly string[] = CASES.map((c) => c.id);

/** A case that has not settled after this long fails, so one hang cannot stall the rest. */
const CASE_LIMIT_MS = 8_000;

async function withinLimit(work: Promise<void>, id: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new AssertionFailed(`${id} did not settle within ${CASE_LIMIT_MS} ms`)),
      CASE_LIMIT_MS,
    );
  });
  try {
    await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs every case, one after the other, against the scripted server at
 * `baseUrl` (e.g. `http://127.0.0.1:PORT/deno`: the last segment keeps each
 * runtime's requests apart). Never throws: a failure is a result.
 */
export async function runSuite(baseUrl: string): Promise<CaseResult[]> {
  const root = baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl;
  const results: CaseResult[] = [];
  for (const testCase of CASES) {
    const apiBase = `${root}/${testCase.id}/api/v2`;
    const ctx: CaseContext = {
      apiBase,
      client: (options = {}) => new ZepClient({ apiKey: API_KEY, baseUrl: apiBase, ...options }),
      async received() {
        const response = await fetch(`${root}/${testCase.id}/received`);
        if (!response.ok) fail(`the side channel answered ${response.status}`);
        return (await response.json()) as ReceivedRequest[];
      },
    };
    const start = performance.now();
    let error: string | undefined;
    try {
      await withinLimit(testCase.run(ctx), testCase.id);
    } catch (caught) {
      error = caught instanceof AssertionFailed ? caught.message : `unexpected ${describeError(caught)}`;
    }
    const ms = elapsedSince(start);
    results.push(
      error === undefined
        ? { id: testCase.id, title: testCase.title, ok: true, ms }
        : { id: testCase.id, title: testCase.title, ok: false, ms, error },
    );
  }
  return results;
}
