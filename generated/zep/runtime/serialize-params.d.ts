// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ParamSpec } from "./operation.js";
/**
 * Appends one query parameter to `parts` as already-encoded `name=value`
 * pairs. Form style explodes arrays into repeated names by default.
 */
export declare function serializeQueryParam(param: ParamSpec, value: unknown, parts: string[]): void;
/**
 * The text of one path parameter, percent-encoded. A value that would change
 * the path (`.`, `..`, empty) is refused instead of sent.
 */
export declare function serializePathParam(param: ParamSpec, value: unknown): string;
/** Header parameters use `simple` style: comma-joined arrays, `k,v` or `k=v` objects. */
export declare function serializeHeaderParam(param: ParamSpec, value: unknown): string | undefined;
/**
 * Cookie parameters use `form` style, one cookie per parameter: arrays comma-joined,
 * objects as `k,v` pairs. The value is percent-encoded so `;` cannot split it.
 */
export declare function serializeCookieParam(param: ParamSpec, value: unknown): string | undefined;
