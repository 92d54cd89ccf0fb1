/**
 * A real `node:http` server on 127.0.0.1 for wire tests. It records every
 * request exactly as it arrived (method, raw URL, headers, body bytes, arrival
 * time) and answers from a script: one reply per request, in order, then a
 * default. A reply can also hang (never answer) or drop the connection.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach } from "vitest";

export interface RecordedRequest {
  readonly method: string;
  /** The request target as sent: path and query, undecoded. */
  readonly url: string;
  /** Header names lower-cased, as Node parses them. */
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** `performance.now()` when the request line and headers arrived. */
  readonly receivedAt: number;
}

/** How to answer one request. */
export type Reply =
  | {
      readonly status?: number;
      readonly headers?: Readonly<Record<string, string>>;
      /** A string or bytes (`Uint8Array`, `Buffer`) are sent as they are; anything else as JSON. */
      readonly body?: unknown;
    }
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  | "hang"
  /** Close the socket without an HTTP answer. */
  | "destroy";

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Everything received so far, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Queues replies for the next requests, in order. */
  reply(...replies: Reply[]): void;
  /** The reply used once the queue is empty (initially 200 `{}`). */
  setDefault(reply: Reply): void;
  /** Resolves once `n` requests have arrived. */
  waitForRequests(n: number): Promise<void>;
  /** Closes the server and every open connection, hanging ones included. */
  close(): Promise<void>;
}

function send(res: ServerResponse, reply: Exclude<Reply, "hang" | "destroy">): void {
  const raw = reply.body === undefined || typeof reply.body === "string" || reply.body instanceof Uint8Array;
  const body = reply.body === undefined ? "" : raw ? (reply.body as string | Uint8Array) : JSON.stringify(reply.body);
  const headers: Record<string, string> = {
    ...(raw ? {} : { "content-type": "application/json" }),
    ...reply.headers,
  };
  res.writeHead(reply.status ?? 200, headers);
  res.end(body);
}

/** Starts a server on 127.0.0.1 with an OS-chosen port. */
export async function startServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  let fallback: Reply = { status: 200, body: {} };
  const waiters: Array<{ n: number; resolve: () => void }> = [];

  const server: Server = createServer((req, res) => {
    const receivedAt = performance.now();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
        receivedAt,
      });
      for (const w of waiters.filter((w) => requests.length >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      const reply = queue.shift() ?? fallback;
      if (reply === "hang") return;
      if (reply === "destroy") {
        req.socket.destroy();
        return;
      }
      send(res, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    reply: (...replies) => queue.push(...replies),
    setDefault: (reply) => {
      fallback = reply;
    },
    waitForRequests: (n) =>
      requests.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}

/**
 * A fresh server for every test of the calling file (or `describe`): started
 * in `beforeEach` (answering `defaultReply` when nothing is scripted, if
 * given) and closed in `afterEach`. The object returned stands for whichever
 * server the running test has, so it can be kept in a `const` at the top of
 * the file; touching it outside a test or hook throws.
 */
export function useServer(defaultReply?: Reply): TestServer {
  let current: TestServer | undefined;
  beforeEach(async () => {
    current = await startServer();
    if (defaultReply !== undefined) current.setDefault(defaultReply);
  });
  afterEach(async () => {
    const server = current;
    current = undefined;
    await server?.close();
  });
  const now = (): TestServer => {
    if (current === undefined) throw new Error("the test server runs only inside a test (see useServer)");
    return current;
  };
  return {
    get origin() {
      return now().origin;
    },
    get port() {
      return now().port;
    },
    get requests() {
      return now().requests;
    },
    reply: (...replies) => now().reply(...replies),
    setDefault: (reply) => now().setDefault(reply),
    waitForRequests: (n) => now().waitForRequests(n),
    close: () => now().close(),
  };
}

/** A port on 127.0.0.1 that was just listening and is now closed, so connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** How many `Timeout` handles are alive right now (timers that would keep the process running). */
export function activeTimeoutCount(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}
