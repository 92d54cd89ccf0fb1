// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Idempotency keys: an operation that names an idempotency header gets a
 * fresh key per call, set once before the first attempt so that every retry
 * of the call carries the same one and the server can tell a retry from a
 * new request. A key the caller sent (as the parameter or a header) wins.
 * The record names the key's maker (`create: randomKey`), so a client with no
 * such operation never bundles it.
 */
import type { OperationSpec } from "./operation.ts";

/**
 * A random version 4 UUID. `crypto.randomUUID` exists only in secure contexts
 * (a page served over plain HTTP lacks it); `getRandomValues` exists everywhere.
 */
export function randomKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sets `op`'s idempotency header to a fresh key unless the request has one.
 * Returns true when the operation takes a key, so its calls may be retried.
 */
export function addIdempotencyKey(op: OperationSpec, headers: Headers): boolean {
  const key = op.idempotencyKey;
  if (key === undefined) return false;
  if (!headers.has(key.header)) headers.set(key.header, key.create());
  return true;
}
