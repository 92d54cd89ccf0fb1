// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Idempotency keys: an operation that names an idempotency header gets a
 * fresh key per call, set once before the first attempt so that every retry
 * of the call carries the same one and the server can tell a retry from a
 * new request. A key the caller sent (as the parameter or a header) wins.
 */
import type { OperationSpec } from "./operation.js";
/**
 * A random version 4 UUID. `crypto.randomUUID` exists only in secure contexts
 * (a page served over plain HTTP lacks it); `getRandomValues` exists everywhere.
 */
export declare function randomKey(): string;
/**
 * Sets `op`'s idempotency header to a fresh key unless the request has one.
 * Returns true when the operation takes a key, so its calls may be retried.
 */
export declare function addIdempotencyKey(op: OperationSpec, headers: Headers, newKey?: () => string): boolean;
