/**
 * The caller-visible surface of a generated client: every method with its
 * arguments, params-object entries, response and errors, plus the schemas
 * they name. It is committed as `api.json` beside the client, so the next
 * regeneration can say what changed for callers without any cache.
 *
 * In memory, nodes built from the current document carry `at`: the JSON
 * pointer of the element read through `$ref`s from the document's root (see
 * source-locator.ts). `at` is left out of `api.json`: line numbers (and even
 * pointers) shift with unrelated edits and would make its diff noisy; a
 * change is located in the new document, which is at hand when it is reported.
 */
import type { Pointer } from "../load/json-pointer.js";

/** Bumped when the shape of `api.json` changes; an older file is then read as absent. */
export const SURFACE_FORMAT = 2;

/** Formats this version reads: 1 described a streaming call's response by the stream's schema, not as a stream. */
export const READ_SURFACE_FORMATS: readonly number[] = [1, SURFACE_FORMAT];

interface Located {
  /** Where the element is written, as a pointer read through `$ref`s; absent in a surface read from disk. */
  readonly at?: Pointer | undefined;
}

export type Scalar = string | number | boolean | null;

/**
 * A structural type, normalised from a JSON Schema: enough to tell a widened
 * type from a narrowed one. `$ref` names an entry of `ApiSurface.schemas`.
 */
export type TypeDesc = Located &
  (
    | { readonly type: "string" | "integer" | "number" | "boolean" | "null" | "unknown" | "binary" | "void" }
    | { readonly enum: readonly Scalar[] }
    | { readonly type: "array"; readonly items: TypeDesc }
    /** What a streaming call resolves to: server-sent events whose `data` is `items`, or JSON items. */
    | { readonly type: "stream"; readonly of: "events" | "items"; readonly items: TypeDesc }
    | {
        readonly type: "object";
        readonly properties: Readonly<Record<string, PropertyDesc>>;
        /** The type of properties not listed (an index signature), when there may be others. */
        readonly additional?: TypeDesc | undefined;
      }
    | { readonly anyOf: readonly TypeDesc[] }
    | { readonly allOf: readonly TypeDesc[] }
    | { readonly $ref: string }
  );

export interface PropertyDesc extends Located {
  readonly required: boolean;
  readonly type: TypeDesc;
}

/**
 * One entry of a method's params object: a query, header or cookie parameter,
 * the whole query string (OpenAPI 3.2's `querystring`), or a body property
 * (or the whole `body`).
 */
export interface ParamDesc extends Located {
  /** The name on the wire (`"(body)"` for a whole body). */
  readonly name: string;
  readonly in: "query" | "querystring" | "header" | "cookie" | "body";
  readonly required: boolean;
  readonly type: TypeDesc;
}

/** A positional argument: a path parameter. */
export interface ArgumentDesc extends Located {
  readonly name: string;
  readonly type: TypeDesc;
}

export interface MethodDesc extends Located {
  /** `GET /threads/{threadId}`. */
  readonly http: string;
  readonly arguments: readonly ArgumentDesc[];
  /** Keyed by the property name in the params object. */
  readonly params: Readonly<Record<string, ParamDesc>>;
  /** The success responses' bodies, one type (a union when they differ); a stream when the call streams. */
  readonly response: TypeDesc;
  /** Documented error statuses (`"404"`, `"4XX"`), each thrown as its own class. */
  readonly errors: readonly string[];
  readonly pagination: "none" | "page-number" | "cursor";
}

export interface ApiSurface {
  readonly format: number;
  /** The spec the client came from, as in its header comment. */
  readonly spec: string;
  /** Keyed by resource path and method name: `thread.listAll`. */
  readonly methods: Readonly<Record<string, MethodDesc>>;
  /** `components.schemas` entries a method reaches, by name. */
  readonly schemas: Readonly<Record<string, TypeDesc>>;
  /** Status → the error class a caller can catch. */
  readonly errorClasses: Readonly<Record<string, string>>;
}
