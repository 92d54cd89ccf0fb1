/**
 * Idempotency keys: set once per call when the operation names a header,
 * never over a key the caller sent, and shaped as a version 4 UUID even
 * where `crypto.randomUUID` is missing.
 */
import { describe, expect, test } from "vitest";
import { addIdempotencyKey, randomKey } from "../../generator/runtime/idempotency-key.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const op = (idempotencyHeader?: string): OperationSpec => ({
  id: "createCharge",
  method: "POST",
  path: "/charges",
  params: [],
  security: [],
  responses: {},
  ...(idempotencyHeader === undefined ? {} : { idempotencyKey: { header: idempotencyHeader, create: randomKey } }),
});

describe("addIdempotencyKey", () => {
  test("sets a fresh key and says the call may be retried", () => {
    const headers = new Headers();
    expect(addIdempotencyKey(op("Idempotency-Key"), headers)).toBe(true);
    expect(headers.get("idempotency-key")).toMatch(UUID_V4);
  });
  test("keeps a key the caller sent", () => {
    const headers = new Headers({ "idempotency-key": "mine" });
    addIdempotencyKey(op("Idempotency-Key"), headers);
    expect(headers.get("idempotency-key")).toBe("mine");
  });
  test("an operation without a header gets nothing", () => {
    const headers = new Headers();
    expect(addIdempotencyKey(op(), headers)).toBe(false);
    expect([...headers.keys()]).toEqual([]);
  });
});

describe("randomKey", () => {
  test("two keys differ", () => {
    expect(randomKey()).not.toBe(randomKey());
  });
  test("without crypto.randomUUID (an insecure page), still a version 4 UUID", () => {
    // randomUUID lives on Crypto.prototype: an own property of undefined hides it until deleted.
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 50 }, randomKey);
      for (const key of keys) expect(key).toMatch(UUID_V4);
      expect(new Set(keys).size).toBe(50);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});
