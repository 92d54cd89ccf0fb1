/**
 * The server side of the runtime suite (`suite.ts`): two `node:http` servers
 * on 127.0.0.1, in the vitest process.
 *
 * The API server answers `/<run>/<case>/api/v2/…` from the script of `<case>`
 * (by how many requests that run's case has had so far), records every
 * request, and reports them at `/<run>/<case>/received`. `<run>` names the
 * runtime, so runtimes never see each other's requests. It answers CORS
 * preflights and sends CORS headers on everything, as an API meant for a
 * page on another origin must: the page's origin is allowed, the headers the
 * suite sends are allowed, and the response headers the client reads
 * (`Retry-After`, `Zep-Next-Cursor`) are exposed.
 *
 * The page server, on another port (so another origin), serves the browser
 * page and its bundled script, and takes the results the page POSTs back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ReceivedRequest } from "./suite.ts";

/** What the page POSTs back: the suite's results, or why it could not run. */
export interface PageReport {
  readonly runtime?: string;
  readonly results?: unknown;
  readonly fatal?: string;
}

export interface RuntimeServer {
  /** `http://127.0.0.1:<port>`: the API; a runtime's suite base URL is `<apiOrigin>/<run>`. */
  readonly apiOrigin: string;
  /** `http://127.0.0.1:<other port>`: the browser page's origin. */
  readonly pageOrigin: string;
  /** The page URL that runs `script` (the bundled browser entry) against `<apiOrigin>/<run>`. */
  pageUrl(run: string, script: string): string;
  /** Resolves with the page's report, or rejects after `limitMs`. */
  pageReport(limitMs: number): Promise<PageReport>;
  /** CORS preflights answered for `run`. */
  preflights(run: string): number;
  close(): Promise<void>;
}

/** Request headers the suite sends beyond the CORS-safelisted ones. */
const ALLOWED_HEADERS = "Authorization, Content-Type, X-Client-Tag, X-Trace-Id";
const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
/** Response headers the client reads that CORS hides unless exposed. */
const EXPOSED_HEADERS = "Retry-After, Retry-After-Ms, Zep-Next-Cursor";

interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as it is; anything else as JSON. */
  readonly body?: unknown;
}

const user = { user_id: "u-1", email: "ada@example.com", created_at: "2026-11-02T09:15:27.120Z" };

function thread(n: number): object {
  return { thread_id: `t-${n}`, user_id: "u-1", created_at: "2026-11-02T09:15:27.120Z" };
}

function edge(n: number): object {
  return {
    uuid: `e-${n}`,
    name: "WORKS_AT",
    fact: `fact ${n}`,
    source_node_uuid: "n-1",
    target_node_uuid: "n-2",
    created_at: "2026-11-02T09:15:27.120Z",
  };
}

/**
 * How each case of `suite.ts` is answered: `n` is the index of this request
 * among the case's requests (0 for the first), `url` its path and query
 * below the case prefix, `body` its text. `"hang"` never answers.
 */
function script(caseId: string, n: number, url: URL, body: string): Reply | "hang" {
  switch (caseId) {
    case "request":
      return { body: { uuid: "grp-uuid-1", name: "support-eu-uk", version: 4 } };
    case "retry":
      return n === 0 ? { status: 500, body: { message: "transient failure" } } : { body: user };
    case "retry-after":
      return n === 0
        ? { status: 429, headers: { "Retry-After": "1" }, body: { message: "slow down" } }
        : { body: user };
    case "timeout":
    case "abort":
      return "hang";
    case "pages": {
      const page = Number(url.searchParams.get("page_number"));
      const all = [1, 2, 3, 4, 5].map(thread);
      return { body: { threads: all.slice((page - 1) * 2, page * 2), total_count: all.length } };
    }
    case "cursor": {
      const cursor = (JSON.parse(body) as { cursor?: string }).cursor;
      if (cursor === undefined) return { headers: { "Zep-Next-Cursor": "c-2" }, body: [edge(1), edge(2)] };
      if (cursor === "c-2") return { headers: { "Zep-Next-Cursor": "c-3" }, body: [edge(3), edge(4)] };
      return { body: [edge(5)] };
    }
    case "not-found":
      return { status: 404, body: { message: "thread t-missing not found" } };
    case "not-json":
      return { headers: { "Content-Type": "text/html" }, body: "<!doctype html><title>Sign in</title>" };
    default:
      return { status: 418, body: { message: `no script for case ${JSON.stringify(caseId)}` } };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, reply: Reply, cors: Record<string, string>): void {
  const text = typeof reply.body === "string" ? reply.body : reply.body === undefined ? "" : JSON.stringify(reply.body);
  res.writeHead(reply.status ?? 200, {
    ...cors,
    ...(typeof reply.body === "string" ? {} : { "Content-Type": "application/json" }),
    ...reply.headers,
  });
  res.end(text);
}

function plainHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startRuntimeServer(): Promise<RuntimeServer> {
  const received = new Map<string, ReceivedRequest[]>();
  const preflights = new Map<string, number>();
  let pageOrigin = "";
  const cors = (): Record<string, string> => ({
    "Access-Control-Allow-Origin": pageOrigin,
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
    Vary: "Origin",
  });

  const api = createServer((req, res) => {
    const at = performance.now();
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const [, run = "", caseId = "", ...rest] = url.pathname.split("/");
      const below = `/${rest.join("/")}`;
      if (req.method === "OPTIONS") {
        preflights.set(run, (preflights.get(run) ?? 0) + 1);
        res.writeHead(204, {
          ...cors(),
          "Access-Control-Allow-Methods": ALLOWED_METHODS,
          "Access-Control-Allow-Headers": ALLOWED_HEADERS,
          "Access-Control-Max-Age": "600",
        });
        res.end();
        return;
      }
      const key = `${run}/${caseId}`;
      if (below === "/received" && req.method === "GET") {
        send(res, { body: received.get(key) ?? [] }, cors());
        return;
      }
      if (!below.startsWith("/api/v2/")) {
        send(res, { status: 404, body: { message: `not a suite path: ${url.pathname}` } }, cors());
        return;
      }
      const log = received.get(key) ?? [];
      received.set(key, log);
      const n = log.length;
      log.push({
        method: req.method ?? "",
        url: `${below}${url.search}`,
        headers: plainHeaders(req),
        body,
        at: Math.round(at * 10) / 10,
      });
      const reply = script(caseId, n, url, body);
      // A hung request stays open until the client gives up or the server closes.
      if (reply !== "hang") send(res, reply, cors());
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { message: String(error) } }, cors());
    });
  });

  const pages = new Map<string, string>();
  let reportWaiter: { resolve: (report: PageReport) => void } | undefined;
  let pendingReport: PageReport | undefined;
  const page = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      if (req.method === "POST" && url.pathname === "/results") {
        const report = JSON.parse(body) as PageReport;
        res.writeHead(204).end();
        if (reportWaiter === undefined) pendingReport = report;
        else reportWaiter.resolve(report);
        return;
      }
      const script = pages.get(url.pathname);
      if (req.method === "GET" && script !== undefined) {
        res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" }).end(script);
        return;
      }
      if (req.method === "GET" && url.pathname === "/") {
        const src = url.searchParams.get("script") ?? "";
        if (!pages.has(src)) {
          res.writeHead(404).end();
          return;
        }
        // The inline classic script reports a page that fails before the suite can (a bundle that does not load).
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(`<!doctype html>
<meta charset="utf-8"><title>wiregen runtime suite</title>
<script>
  const fatal = (text) => navigator.sendBeacon("/results", JSON.stringify({ runtime: navigator.userAgent, fatal: text }));
  addEventListener("error", (e) => fatal("page error: " + e.message), true);
  addEventListener("unhandledrejection", (e) => fatal("unhandled rejection: " + e.reason));
</script>
<script type="module" src="${src}"></script>
`);
        return;
      }
      res.writeHead(404).end();
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  const apiOrigin = await listen(api);
  pageOrigin = await listen(page);

  return {
    apiOrigin,
    pageOrigin,
    pageUrl(run, script) {
      const path = `/${run}.js`;
      pages.set(path, script);
      return `${pageOrigin}/?script=${encodeURIComponent(path)}&api=${encodeURIComponent(`${apiOrigin}/${run}`)}`;
    },
    pageReport(limitMs) {
      if (pendingReport !== undefined) {
        const report = pendingReport;
        pendingReport = undefined;
        return Promise.resolve(report);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reportWaiter = undefined;
          reject(new Error(`the page posted no results within ${limitMs} ms`));
        }, limitMs);
        reportWaiter = {
          resolve: (report) => {
            clearTimeout(timer);
            reportWaiter = undefined;
            resolve(report);
          },
        };
      });
    },
    preflights: (run) => preflights.get(run) ?? 0,
    async close() {
      await Promise.all(
        [api, page].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}
