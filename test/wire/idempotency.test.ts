/**
 * Idempotency keys on the wire (streaming fixture client): a POST under the
 * document's `x-idempotency-header` gets a fresh UUID per call, the same one
 * on every retry (500 → 500 → 200), is retried although it is a POST, and a
 * key the caller gives (header option or declared parameter) is sent as is.
 */
import { describe, expect, test } from "vitest";
import { HEADER_KEY, useStreamingModule } from "../fixtures/streaming/client.js";
import { useServer } from "../support/http-server.js";

const generated = useStreamingModule("idempotency");
const server = useServer();
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const client = (options: object = {}) =>
  new generated.module.StreamingClient({ headerKey: HEADER_KEY, queryKey: "qk", baseUrl: server.origin, ...options });

// `retry-after-ms: 0` keeps the test fast: the client honours the server's wait instead of its backoff.
const busy = { status: 500, headers: { "retry-after-ms": "0" }, body: { message: "try again" } };
const created = { status: 201, body: { id: "ch_1", amount: 5 } };

describe("idempotency keys", () => {
  test("the same key on every retry of a call (500 → 500 → 200), a new key on the next call", async () => {
    server.reply(busy, busy, created, created);
    const c = client({ maxRetries: 2 });
    expect(await c.payments!.createCharge!({ amount: 5 })).toEqual({ id: "ch_1", amount: 5 });
    await c.payments!.createCharge!({ amount: 5 });
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST", "POST", "POST"]);
    expect(keys[0]).toMatch(UUID_V4);
    expect(keys.slice(0, 3)).toEqual([keys[0], keys[0], keys[0]]);
    expect(keys[3]).toMatch(UUID_V4);
    expect(keys[3]).not.toBe(keys[0]);
  });

  test("a caller's own key wins, on every retry", async () => {
    server.reply(busy, created);
    await client({ maxRetries: 2 }).payments!.createCharge!(
      { amount: 5 },
      { headers: { "Idempotency-Key": "mine-1" } },
    );
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["mine-1", "mine-1"]);
  });

  test("a declared header parameter: the caller's value wins, else a fresh key goes in it", async () => {
    server.reply(busy, { body: { id: "r1" } }, { body: { id: "r2" } });
    const c = client({ maxRetries: 1 });
    await c.payments!.createRefund!({ charge: "ch_1", "X-Idempotency-Key": "refund-7" });
    await c.payments!.createRefund!({ charge: "ch_1" });
    expect(server.requests.map((r) => r.headers["x-idempotency-key"])).toEqual([
      "refund-7",
      "refund-7",
      expect.stringMatching(UUID_V4),
    ]);
    expect(server.requests.every((r) => r.headers["idempotency-key"] === undefined)).toBe(true);
  });

  test("a safe GET gets no key", async () => {
    server.reply({ body: [] });
    await client().payments!.listCharges!();
    expect(server.requests[0]?.headers["idempotency-key"]).toBeUndefined();
  });

  test("without retries allowed, a failing keyed POST is sent once", async () => {
    server.reply(busy);
    await expect(client({ maxRetries: 0 }).payments!.createCharge!({ amount: 5 })).rejects.toThrow(
      "POST /charges answered 500 Internal Server Error: try again",
    );
    expect(server.requests).toHaveLength(1);
  });
});
