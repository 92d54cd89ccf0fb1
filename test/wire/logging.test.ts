/**
 * Seeing what the client does (streaming fixture client): `logLevel` and
 * `logger`, the `STREAMING_LOG` environment variable, what each level shows
 * (attempts with URL, status and duration; retries with reason and wait;
 * timeouts; calls given up), credentials planted in a header and in the query
 * appearing in no line at any level, and `fetchOptions` reaching `fetch`.
 */
import { afterEach, describe, expect, test } from "vitest";
import { useStreamingModule } from "../fixtures/streaming/client.js";
import { useServer } from "../support/http-server.js";

const generated = useStreamingModule("logging");
const server = useServer();

const HEADER_SECRET = "sk-planted-header-5f3a9";
const QUERY_SECRET = "sk-planted-query-88c1e";

interface Line {
  readonly level: string;
  readonly text: string;
}

function recorder(): { logger: object; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: string) => (text: string) => lines.push({ level, text });
  return { logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }, lines };
}

const client = (options: object = {}) =>
  new generated.module.StreamingClient({
    headerKey: HEADER_SECRET,
    queryKey: QUERY_SECRET,
    baseUrl: server.origin,
    maxRetries: 0,
    ...options,
  });

const busy = { status: 503, headers: { "retry-after-ms": "0" }, body: { message: "busy" } };

/** Every kind of event the log reports: attempts, a retry, a timeout, a call given up. */
async function scenario(options: object): Promise<void> {
  server.reply(busy, { body: [] }, "hang");
  const c = client(options);
  await c.payments!.listCharges!({ limit: 2 }, { maxRetries: 1 });
  await c.payments!.createCharge!({ amount: 5 }, { timeoutMs: 50 }).then(
    () => undefined,
    () => undefined,
  );
}

describe("log levels", () => {
  test("debug shows each attempt (method, redacted URL, status, duration), each retry, the timeout", async () => {
    const { logger, lines } = recorder();
    await scenario({ logLevel: "debug", logger });
    const origin = server.origin;
    expect(lines.map((l) => `${l.level} ${l.text.replace(/\d+ ms/g, "N ms")}`)).toEqual([
      `debug [StreamingClient] GET ${origin}/charges?limit=2&key=[redacted] sending (headers: accept: application/json)`,
      `debug [StreamingClient] GET ${origin}/charges?limit=2&key=[redacted] answered 503 in N ms`,
      "info [StreamingClient] GET /charges retry 1 of 1 in N ms: status 503",
      `debug [StreamingClient] GET ${origin}/charges?limit=2&key=[redacted] sending (headers: accept: application/json)`,
      `debug [StreamingClient] GET ${origin}/charges?limit=2&key=[redacted] answered 200 in N ms`,
      expect.stringMatching(
        new RegExp(
          `^debug \\[StreamingClient\\] POST ${origin}/charges sending \\(headers: accept: application/json, content-type: application/json, idempotency-key: \\[redacted\\], x-api-key: \\[redacted\\]\\)$`,
        ),
      ),
      "warn [StreamingClient] POST /charges timed out after N ms",
      "error [StreamingClient] POST /charges gave up: POST /charges timed out after N ms",
    ]);
  });

  test.each([
    ["error", ["error"]],
    ["warn", ["warn", "error"]],
    ["info", ["info", "warn", "error"]],
    ["off", []],
  ])("%s shows only its level and above", async (logLevel, levels) => {
    const { logger, lines } = recorder();
    await scenario({ logLevel, logger });
    expect(lines.map((l) => l.level)).toEqual(levels);
  });

  test("no level ever shows a credential, from a header or the query", async () => {
    for (const logLevel of ["debug", "info", "warn", "error"]) {
      const { logger, lines } = recorder();
      await scenario({ logLevel, logger });
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.text).not.toContain(HEADER_SECRET);
        expect(line.text).not.toContain(QUERY_SECRET);
      }
    }
    // The secrets did go out: redaction is in the log only.
    expect(server.requests.some((r) => r.url.includes(QUERY_SECRET))).toBe(true);
    expect(server.requests.some((r) => r.headers["x-api-key"] === HEADER_SECRET)).toBe(true);
  });

  test("the default is off, and logs nothing to the console", async () => {
    const { logger, lines } = recorder();
    await scenario({ logger });
    expect(lines).toEqual([]);
  });
});

describe("STREAMING_LOG", () => {
  afterEach(() => {
    delete process.env["STREAMING_LOG"];
  });

  test("sets the level when the option does not", async () => {
    process.env["STREAMING_LOG"] = "info";
    const { logger, lines } = recorder();
    await scenario({ logger });
    expect(lines.map((l) => l.level)).toEqual(["info", "warn", "error"]);
  });

  test("the option wins over it", async () => {
    process.env["STREAMING_LOG"] = "debug";
    const { logger, lines } = recorder();
    await scenario({ logger, logLevel: "error" });
    expect(lines.map((l) => l.level)).toEqual(["error"]);
  });
});

describe("fetchOptions", () => {
  test("reach fetch per client, per call over them, under the request's own method, headers, body and signal", async () => {
    const inits: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      inits.push(init ?? {});
      return fetch(input, init);
    };
    server.reply({ status: 201, body: { id: "a", amount: 1 } }, { status: 201, body: { id: "b", amount: 1 } });
    const c = client({ fetch: spy, fetchOptions: { keepalive: true, cache: "no-store", method: "DELETE" } });
    await c.payments!.createCharge!({ amount: 1 });
    await c.payments!.createCharge!({ amount: 1 }, { fetchOptions: { keepalive: false } });
    expect(inits.map((i) => [i.keepalive, i.cache, i.method])).toEqual([
      [true, "no-store", "POST"],
      [false, "no-store", "POST"],
    ]);
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
  });
});
