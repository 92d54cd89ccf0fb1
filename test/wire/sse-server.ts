/**
 * A `node:http` server on 127.0.0.1 for the streaming wire tests. Each test
 * sets a handler that writes the response as it likes (chunk by chunk, with
 * pauses, or stalling); the server records every request and whether the
 * client closed the connection before the handler finished the response.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach } from "vitest";

export interface SseRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
  /** Resolves once the connection of this request is closed; `early` when the response was not finished. */
  readonly closed: Promise<{ early: boolean }>;
}

export type SseHandler = (res: ServerResponse, request: SseRequest, index: number) => void | Promise<void>;

export interface SseServer {
  readonly origin: string;
  readonly requests: SseRequest[];
  handle(handler: SseHandler): void;
}

/** Writes the head of an event stream. */
export function streamHead(res: ServerResponse, status = 200): void {
  res.writeHead(status, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  res.flushHeaders();
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh SSE server for each test of the calling file. */
export function useSseServer(): SseServer {
  let state: { origin: string; requests: SseRequest[]; handler: SseHandler; close: () => Promise<void> } | undefined;
  beforeEach(async () => {
    const requests: SseRequest[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => {
        const closed = new Promise<{ early: boolean }>((resolve) =>
          res.on("close", () => resolve({ early: !res.writableFinished })),
        );
        const request: SseRequest = {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body,
          closed,
        };
        requests.push(request);
        void Promise.resolve(state!.handler(res, request, requests.length - 1)).catch(() => res.destroy());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    state = {
      origin: `http://127.0.0.1:${port}`,
      requests,
      handler: (res) => {
        res.writeHead(500);
        res.end("no handler");
      },
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  });
  afterEach(async () => {
    await state?.close();
    state = undefined;
  });
  return {
    get origin() {
      return state!.origin;
    },
    get requests() {
      return state!.requests;
    },
    handle: (handler) => {
      state!.handler = handler;
    },
  };
}
