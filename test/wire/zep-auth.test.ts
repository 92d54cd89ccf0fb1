/**
 * The Zep client's credentials on the wire: `apiKey` or `ZEP_API_KEY`, sent as
 * `Authorization: Api-Key <key>`; with neither, a `RequestBuildError` naming
 * both and no request at all; and the key never in any error message, whether
 * the failure is a status, a timeout or a refused connection.
 */
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  ClientError,
  ConnectionError,
  RequestBuildError,
  TimeoutError,
  ZepClient,
  ZepError,
} from "../../generated/zep/index.js";
import { closedPort, useServer } from "../support/http-server.js";
import { API_KEY, baseUrlOf, page, withoutZepApiKeyInEnv } from "./zep-fixtures.js";

const server = useServer({ body: page([], 0) });
withoutZepApiKeyInEnv();

describe("API key", () => {
  test("missing everywhere: RequestBuildError naming apiKey and ZEP_API_KEY, and nothing is sent", async () => {
    const zep = new ZepClient({ baseUrl: baseUrlOf(server) });
    const error = await zep.memory.listSessions().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestBuildError);
    expect(error).toBeInstanceOf(ClientError);
    const message = (error as RequestBuildError).message;
    expect(message).toContain("apiKey");
    expect(message).toContain("ZEP_API_KEY");
    expect(message).toBe(
      "listSessions needs credentials: pass { apiKey } to new ZepClient(...), or set ZEP_API_KEY. No request was sent.",
    );
    // Give a stray request time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(0);
  });

  test("an empty apiKey counts as missing", async () => {
    const zep = new ZepClient({ apiKey: "", baseUrl: baseUrlOf(server) });
    await expect(zep.memory.listSessions()).rejects.toBeInstanceOf(RequestBuildError);
    expect(server.requests).toHaveLength(0);
  });

  test("missing: iterating fails the same way, before any request", async () => {
    const zep = new ZepClient({ baseUrl: baseUrlOf(server) });
    const iterate = async (): Promise<void> => {
      for await (const _ of zep.memory.listSessions()) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(RequestBuildError);
    expect(server.requests).toHaveLength(0);
  });

  test("ZEP_API_KEY is used when no apiKey is passed", async () => {
    process.env["ZEP_API_KEY"] = "from-the-environment";
    const zep = new ZepClient({ baseUrl: baseUrlOf(server) });
    await zep.memory.listSessions();
    expect(server.requests[0]?.headers["authorization"]).toBe("Api-Key from-the-environment");
  });

  test("ZEP_API_KEY is read when the call is made, not when the client is built", async () => {
    const zep = new ZepClient({ baseUrl: baseUrlOf(server) });
    process.env["ZEP_API_KEY"] = "set-later";
    await zep.memory.listSessions();
    expect(server.requests[0]?.headers["authorization"]).toBe("Api-Key set-later");
  });

  test("apiKey wins over ZEP_API_KEY", async () => {
    process.env["ZEP_API_KEY"] = "from-the-environment";
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server) });
    await zep.memory.listSessions();
    expect(server.requests[0]?.headers["authorization"]).toBe(`Api-Key ${API_KEY}`);
  });

  test("a key fetch cannot send is refused without quoting it", async () => {
    const zep = new ZepClient({ apiKey: `${API_KEY}\nX-Injected: 1`, baseUrl: baseUrlOf(server) });
    const error = await zep.memory.listSessions().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestBuildError);
    expect(inspect(error)).not.toContain(API_KEY);
    expect(server.requests).toHaveLength(0);
  });
});

describe("the key never appears in an error", () => {
  function expectNoKey(error: unknown): void {
    expect(error).toBeInstanceOf(ClientError);
    const text = [(error as Error).message, String(error), (error as Error).stack ?? "", inspect(error, { depth: 6 })];
    for (const t of text) expect(t).not.toContain(API_KEY);
  }

  test("status error", async () => {
    server.reply({ status: 401, body: { message: "invalid api key" } });
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server) });
    const error = await zep.memory.listSessions().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZepError);
    expect((error as ZepError).message).toBe("GET /sessions-ordered answered 401 Unauthorized: invalid api key");
    expectNoKey(error);
  });

  test("timeout", async () => {
    server.reply("hang");
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), timeoutMs: 50, maxRetries: 0 });
    const error = await zep.memory.listSessions().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expectNoKey(error);
  });

  test("refused connection", async () => {
    const port = await closedPort();
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: `http://127.0.0.1:${port}/api/v2`, maxRetries: 0 });
    const error = await zep.memory.listSessions().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expectNoKey(error);
  });
});
