/**
 * The data a generated client holds for each operation. Generated code is only
 * these records plus one-line methods; every behaviour lives in the runtime.
 *
 * The `…Spec` types are what the generator's model decides; the `…Record` types
 * are how a generated record holds them. Where a choice brings code of its own
 * (a body encoding), the record names that code, imported by the resource file
 * (`encoding: jsonBody`), instead of a string the runtime would dispatch on:
 * a bundle then carries only the code its operations name.
 */
import type { BodyEncoder } from "./encode-body.js";
import type { PageWalk } from "./paginate.js";

/** Where a parameter goes and how it is serialised (OpenAPI 3.1 §4.8.12.4). */
export interface ParamSpec {
  /** The property name in the method's params object. */
  readonly key: string;
  /** The name on the wire. */
  readonly name: string;
  /** `querystring` (OpenAPI 3.2): the value is the whole query string. */
  readonly in: "path" | "query" | "header" | "cookie" | "querystring";
  readonly style?: "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  readonly explode?: boolean;
  /** Query only: send the value without percent-encoding reserved characters. */
  readonly allowReserved?: boolean;
  /** Querystring only: how the value is written, as its `content` media type says. */
  readonly encoding?: "form" | "json";
  /** Form querystring only: a style per field, from the media type's `encoding` map (as a form body's). */
  readonly fieldStyles?: Readonly<Record<string, FieldStyle>>;
}

/**
 * A parameter's wire text in a style beyond the built-in ones
 * (`runtime/param-styles.ts`): a query's `&`-joined encoded pairs, a path
 * segment, or a cookie's `name=value` pair; `undefined` sends nothing.
 */
export type ParamStyle = (param: ParamRecord, value: unknown) => string | undefined;

type ParamRecordBase = Omit<ParamSpec, "style" | "in" | "encoding">;

/**
 * A parameter in a record: the model's `ParamSpec`, with a `style` that names
 * its serialiser where exploded form query, simple path or header would be
 * wrong (`style: deepObject`). A cookie always names one (`style: cookieForm`),
 * and so does a querystring (`style: formQueryString`).
 */
export type ParamRecord =
  | (ParamRecordBase & {
      readonly in: "path" | "query" | "header";
      readonly style?: ParamStyle;
    })
  | (ParamRecordBase & { readonly in: "cookie" | "querystring"; readonly style: ParamStyle });

/** How one property of a form body is serialised, as its `encoding` entry says (same rules as a query parameter). */
export interface FieldStyle {
  readonly style?: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  readonly explode?: boolean;
}

/**
 * How a request body is encoded. The body is the params object's `body`, or,
 * when `flat`, the params object itself less the keys that name parameters
 * (an object body's properties sit beside the query parameters).
 */
export interface BodySpec {
  readonly mediaType: string;
  readonly flat?: boolean;
  readonly encoding: "json" | "form" | "multipart" | "binary" | "text";
  readonly required: boolean;
  /** multipart: a content type per property, from the spec's `encoding` map. */
  readonly partTypes?: Readonly<Record<string, string>>;
  /** form: a style per property, from the spec's `encoding` map; others use bracket notation. */
  readonly fieldStyles?: Readonly<Record<string, FieldStyle>>;
}

/** A body in an operation record: the model's `BodySpec` with the encoder its `encoding` names. */
export interface BodyRecord extends Omit<BodySpec, "encoding"> {
  readonly encoding: BodyEncoder;
  /** In a client generated with request validation: the body's validator, checked before sending. */
  readonly schema?: PayloadSchema;
}

/** How a successful response body is read. */
export interface ResponseSpec {
  readonly kind: "json" | "text" | "binary" | "void";
  /** json: the top-level JSON type the spec promises, checked on arrival. */
  readonly shape?: "object" | "array" | "string" | "number" | "boolean";
  /** json, in a client generated with response validation: the body's validator (`schemas.Thread`). */
  readonly schema?: PayloadSchema;
}

/**
 * One way a payload differs from its schema: where (`path` as keys, `pointer`
 * as an RFC 6901 JSON pointer, `""` for the whole payload), what the schema
 * expected and what was there instead.
 */
export interface ValidationIssue {
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly pointer: string;
  readonly expected: string;
  readonly received: string;
}

/**
 * A generated validator (`schemas.ts`) as the transport uses it. Declared
 * here, not imported from `schema.ts`, because a client generated without
 * validation has no `schema.ts`, while every client has this file.
 */
export interface PayloadSchema {
  /** The issues of `value` (none when it is valid); a `request` may leave out `readOnly` properties, a `response` `writeOnly` ones. */
  issues(value: unknown, direction?: "response" | "request"): readonly ValidationIssue[];
}

/**
 * Page-number pagination: pages are numbered from `first`. Keys name params
 * (`page`, `size`) and response properties (`items`, `total`); without `items`
 * a page is a bare array.
 */
export interface PageNumberPagination {
  readonly style: "page-number";
  readonly page: string;
  readonly size?: string;
  readonly items?: string;
  readonly total?: string;
  readonly first: number;
}

/**
 * Cursor pagination: the params key `cursor` (a query parameter or a flat
 * body property) carries the cursor; the next one is read from the response
 * property `next` or the response header `nextHeader`. Without `items` a page
 * is a bare array.
 */
export interface CursorPagination {
  readonly style: "cursor";
  readonly cursor: string;
  readonly limit?: string;
  readonly next?: string;
  readonly nextHeader?: string;
  readonly items?: string;
}

export type PaginationSpec = PageNumberPagination | CursorPagination;

/** Page-number pagination in a record: its `style` names the walk (`style: pageNumbers`). */
export interface PageNumberRecord extends Omit<PageNumberPagination, "style"> {
  readonly style: PageWalk<PageNumberRecord>;
}

/** Cursor pagination in a record: its `style` names the walk (`style: cursors`). */
export interface CursorRecord extends Omit<CursorPagination, "style"> {
  readonly style: PageWalk<CursorRecord>;
}

export type PaginationRecord = PageNumberRecord | CursorRecord;

/**
 * A streamed success: the call returns an `EventStream` (`text/event-stream`)
 * or an `ItemStream` (a sequence of JSON values) instead of a body. With a
 * `selector`, only calls whose params set that key to `true` stream (the
 * operation also answers JSON); without one, every call does.
 */
export interface StreamSpec {
  /** How each event's `data` is read: parsed as JSON, or kept as text. Items are always JSON. */
  readonly data: "json" | "text";
  /**
   * Set when the stream is a sequence of JSON values rather than events: its
   * media type, asked for in `Accept`. `application/json-seq` (RFC 7464) puts
   * each value after an RS character; the others (`application/jsonl`,
   * `application/x-ndjson`) one value a line.
   */
  readonly items?: string;
  /** A `data` value that marks the end of the stream (e.g. `[DONE]`); it is not yielded. */
  readonly terminator?: string;
  /** The params key (a flat body's property or a query parameter) that asks for the stream. */
  readonly selector?: string;
  /** `body`: the selector is a property of the params' `body` (a body that is not flat), not a params key. */
  readonly selectorIn?: "body";
}

export interface OperationSpec {
  /** The operationId (or the name derived for it); used in error messages. */
  readonly id: string;
  readonly method: string;
  /** The path template, e.g. `/users/{id}`. */
  readonly path: string;
  /** A base URL of the operation's own, from `servers` on the operation or its path item. */
  readonly server?: string;
  readonly params: readonly ParamRecord[];
  readonly body?: BodyRecord;
  /** Alternatives of scheme names; `[]` among them means auth is optional. */
  readonly security: readonly (readonly string[])[];
  /** True when the spec marks a non-idempotent operation safe to retry. */
  readonly retrySafe?: boolean;
  /** Successful responses by status code (`"200"`, `"2XX"`, `"default"`). */
  readonly responses: Readonly<Record<string, ResponseSpec>>;
  readonly pagination?: PaginationRecord;
  readonly stream?: StreamSpec;
  /**
   * A header carrying an idempotency key, and the function that makes one
   * (`randomKey`): each call sends a fresh key (unless the caller gave one),
   * the same on every retry, and is retried like an idempotent call even when
   * its method is not.
   */
  readonly idempotencyKey?: {
    readonly header: string;
    readonly create: () => string;
  };
  /** Error statuses this operation documents (`"404"`, `"4XX"`), each with its own error class. */
  readonly errors?: readonly string[];
}

/** The record of a paginated operation. */
export type PagedOperationSpec = OperationSpec & {
  readonly pagination: PaginationRecord;
};
