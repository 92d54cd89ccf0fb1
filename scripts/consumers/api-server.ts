/**
 * The server one setup calls: `node:http` on 127.0.0.1, one per row (so rows
 * running side by side never see each other's requests). Every request under
 * `/api/` is recorded and answered with one page holding one thread whose id
 * is new for this row, so an app that prints it proves it parsed this very
 * response. It always answers 200: judging the request is the runner's job
 * (`request-check.ts`), so a wrong request shows as a failed assertion and not
 * as some error of the app. Other paths serve a built web app's files
 * (Vite's `dist/`) from the same origin, so the page needs no CORS.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

export interface RecordedRequest {
  readonly method: string;
  /** Path and query as sent, e.g. `/api/v2/threads?page_size=5`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ApiServer {
  /** `http://127.0.0.1:<port>`; the client's base URL is `<origin>/api/v2`. */
  readonly origin: string;
  /** The thread id this server answers with, to find in the app's output. */
  readonly threadId: string;
  /** The API requests received so far, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Serve the files of `dir` for paths outside `/api/` (a built web app). */
  serveFiles(dir: string): void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function plainHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Starts a server for one row on a free port. */
export async function startApiServer(row: string): Promise<ApiServer> {
  const threadId = `thread-${row}-${randomBytes(4).toString("hex")}`;
  const requests: RecordedRequest[] = [];
  const files: { dir?: string } = {};
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url.startsWith("/api/")) {
      requests.push({ method: req.method ?? "", url, headers: plainHeaders(req) });
      req.resume();
      const body = {
        threads: [{ thread_id: threadId, user_id: "user-1", created_at: "2026-11-02T09:15:27.120Z" }],
        total_count: 1,
        response_count: 1,
      };
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
      return;
    }
    const dir = files.dir;
    const path = new URL(url, "http://localhost").pathname;
    const relative = normalize(path === "/" ? "/index.html" : path);
    if (dir === undefined || relative.includes("..")) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(dir, relative)).then(
      (content) => {
        res.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(relative)] ?? "application/octet-stream" });
        res.end(content);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    threadId,
    requests,
    serveFiles(dir) {
      files.dir = dir;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
