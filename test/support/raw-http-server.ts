/**
 * An HTTP/1.1 server on `node:net` for methods Node's own parser may refuse
 * (Node 20's llhttp answers 400 to a method it does not know, and which ones
 * it knows changes by version): it reads each request's line, headers and
 * `Content-Length` body itself, records them as sent, and answers with the
 * next scripted reply (`200 {}` when none is left), closing the connection
 * after each answer so every request is read from a fresh socket.
 */
import { createServer, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll } from "vitest";

export interface RawRequest {
  /** The request line exactly as sent: `QUERY /documents/search HTTP/1.1`. */
  readonly line: string;
  readonly method: string;
  /** The request target: path and query, as sent (still percent-encoded). */
  readonly target: string;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RawReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface RawServer {
  readonly url: string;
  readonly requests: RawRequest[];
  /** Queues replies, answered in order. */
  reply(...replies: RawReply[]): void;
}

/** One request from the bytes read so far, or undefined while it is incomplete. */
function parseRequest(buffer: Buffer): { request: RawRequest; rest: Buffer } | undefined {
  const end = buffer.indexOf("\r\n\r\n");
  if (end === -1) return undefined;
  const [line = "", ...fields] = buffer.subarray(0, end).toString("latin1").split("\r\n");
  const headers: Record<string, string> = {};
  for (const field of fields) {
    const colon = field.indexOf(":");
    headers[field.slice(0, colon).trim().toLowerCase()] = field.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? "0");
  const bodyStart = end + 4;
  if (buffer.length < bodyStart + length) return undefined;
  const [method = "", target = ""] = line.split(" ");
  const body = buffer.subarray(bodyStart, bodyStart + length).toString("utf8");
  return { request: { line, method, target, headers, body }, rest: buffer.subarray(bodyStart + length) };
}

function answer(socket: Socket, reply: RawReply): void {
  const status = reply.status ?? 200;
  const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
  const headers = {
    ...(body === "" ? {} : { "content-type": "application/json" }),
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
    ...reply.headers,
  };
  const head = [`HTTP/1.1 ${status} Status ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}

/** A raw server for the calling test file: started before its tests, its records cleared after each, closed after all. */
export function useRawServer(): RawServer {
  const requests: RawRequest[] = [];
  const queue: RawReply[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffer: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const parsed = parseRequest(buffer);
      if (parsed === undefined) return;
      buffer = parsed.rest;
      requests.push(parsed.request);
      answer(socket, queue.shift() ?? { body: {} });
    });
  });
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("the raw server has no port");
    url = `http://127.0.0.1:${address.port}`;
  });
  afterEach(() => {
    requests.length = 0;
    queue.length = 0;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    get url() {
      return url;
    },
    requests,
    reply: (...replies) => void queue.push(...replies),
  };
}
