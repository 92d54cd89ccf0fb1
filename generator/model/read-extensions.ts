/**
 * The `x-` extensions this generator reads, each validated where it is
 * written: an unknown key or value is an error that says what is accepted.
 *
 * - `x-pagination` (operation): how to walk pages (page numbers or cursors).
 * - `x-sdk-method` (operation): the resource path and method name, e.g. `graph.edge.getByGraphId`.
 * - `x-retry-safe` (operation): a non-idempotent operation that may be retried.
 * - `x-value-prefix` (apiKey scheme): text sent before the key, e.g. `Api-Key `.
 * - `x-env-var` (apiKey or bearer scheme): environment variable holding the credential.
 * - `x-client-name` (info): the client's name, e.g. `Zep` for `ZepClient`.
 * - `x-import-extension` (info): `ts`, `js` or `none`, for the client's relative imports (unset: the project decides).
 * - `x-stream-terminator` (operation, or a `text/event-stream` media type): the `data` that ends a stream, e.g. `[DONE]`.
 * - `x-stream-parameter` (operation): the body property or query parameter that, set to `true`, asks for the stream.
 * - `x-idempotency-header` (document root): the header every non-safe operation sends an idempotency key in.
 */
import { asImportExtension, IMPORT_EXTENSIONS, type ImportExtension } from "../project/import-extension.js";
import type { Pointer } from "../load/json-pointer.js";
import type { PaginationSpec } from "../runtime/operation.js";
import { isObject, report, type ModelContext } from "./context.js";
import { isIdentifier } from "./names.js";

const PAGINATION_KEYS = {
  "page-number": ["style", "page", "size", "items", "total", "first"],
  cursor: ["style", "cursor", "limit", "next", "nextHeader", "items"],
} as const;
type PaginationStyle = keyof typeof PAGINATION_KEYS;

function stringField(
  ctx: ModelContext,
  value: Record<string, unknown>,
  key: string,
  at: Pointer,
  required: boolean,
): string | undefined {
  const field = value[key];
  if (field === undefined) {
    if (required) report(ctx, "error", at, `x-pagination needs "${key}"`, `add \`${key}:\` naming ${describeKey(key)}`);
    return undefined;
  }
  if (typeof field !== "string" || field === "") {
    report(ctx, "error", [...at, key], `x-pagination.${key} must be a non-empty string, not ${JSON.stringify(field)}`);
    return undefined;
  }
  return field;
}

function describeKey(key: string): string {
  switch (key) {
    case "page":
      return "the query parameter holding the page number";
    case "cursor":
      return "the query parameter or body property that sends the cursor";
    case "items":
      return "the response property holding the page's items";
    default:
      return key;
  }
}

/** What `x-pagination` may name in an operation. */
export interface PaginationTargets {
  /** Request names a pagination key may use (query parameters, and a flat body's properties) → params key. */
  readonly requestKeys: ReadonlyMap<string, string>;
  /** Top-level properties of the success body, when it is an object with known properties. */
  readonly responseProperties: ReadonlySet<string> | undefined;
  /** True when the success body is a JSON array. */
  readonly responseIsArray: boolean;
}

/**
 * Reads `x-pagination` of an operation, with request names already mapped to
 * params keys: `page`, `size`, `cursor` and `limit` name query parameters or
 * flat body properties; `items`, `total` and `next` response properties;
 * `nextHeader` a response header.
 */
export function readPagination(
  ctx: ModelContext,
  value: unknown,
  at: Pointer,
  targets: PaginationTargets,
): PaginationSpec | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    report(
      ctx,
      "error",
      at,
      "x-pagination must be a mapping",
      "write e.g. `x-pagination: { style: page-number, page: page, items: data }`",
    );
    return undefined;
  }
  const style = value["style"];
  if (typeof style !== "string" || !Object.hasOwn(PAGINATION_KEYS, style)) {
    report(
      ctx,
      "error",
      style === undefined ? at : [...at, "style"],
      `unknown x-pagination style ${JSON.stringify(style)}`,
      `use one of: ${Object.keys(PAGINATION_KEYS).join(", ")}`,
    );
    return undefined;
  }
  const allowed: readonly string[] = PAGINATION_KEYS[style as PaginationStyle];
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      report(ctx, "error", [...at, key], `unknown x-pagination key "${key}"`, `use only: ${allowed.join(", ")}`);
      ok = false;
    }
  }
  const request = (key: string, required: boolean): string | undefined => {
    const name = stringField(ctx, value, key, at, required);
    if (name === undefined) return undefined;
    const paramsKey = targets.requestKeys.get(name);
    if (paramsKey === undefined) {
      report(
        ctx,
        "error",
        [...at, key],
        `x-pagination.${key} names "${name}", which is not a query parameter or body property of this operation`,
        `use one of: ${[...targets.requestKeys.keys()].join(", ") || "(none declared)"}`,
      );
      ok = false;
    }
    return paramsKey;
  };
  const response = (key: string): string | undefined => {
    const property = stringField(ctx, value, key, at, false);
    const known = targets.responseProperties;
    if (property !== undefined && known !== undefined && !known.has(property)) {
      report(
        ctx,
        "error",
        [...at, key],
        `x-pagination.${key} names "${property}", which is not a property of the success response`,
        `use one of: ${[...known].join(", ")}`,
      );
      ok = false;
    }
    return property;
  };
  const items = response("items");
  if (items === undefined && !targets.responseIsArray) {
    report(
      ctx,
      "error",
      at,
      'x-pagination needs "items": the success response is not an array',
      `add \`items:\` naming ${describeKey("items")}`,
    );
    ok = false;
  }
  if (style === "cursor") {
    const cursor = request("cursor", true);
    const limit = request("limit", false);
    const next = response("next");
    const nextHeader = stringField(ctx, value, "nextHeader", at, false);
    if ((next === undefined) === (nextHeader === undefined)) {
      report(
        ctx,
        "error",
        at,
        "x-pagination with style cursor needs exactly one of `next` (a response property) and `nextHeader` (a response header)",
      );
      ok = false;
    }
    if (!ok || cursor === undefined) return undefined;
    return {
      style: "cursor",
      cursor,
      ...(limit === undefined ? {} : { limit }),
      ...(next === undefined ? {} : { next }),
      ...(nextHeader === undefined ? {} : { nextHeader }),
      ...(items === undefined ? {} : { items }),
    };
  }
  const page = request("page", true);
  const size = request("size", false);
  const total = response("total");
  const first = value["first"] ?? 1;
  if (typeof first !== "number" || !Number.isInteger(first)) {
    report(ctx, "error", [...at, "first"], `x-pagination.first must be an integer, not ${JSON.stringify(first)}`);
    ok = false;
  }
  if (!ok || page === undefined) return undefined;
  return {
    style: "page-number",
    page,
    first: first as number,
    ...(items === undefined ? {} : { items }),
    ...(size === undefined ? {} : { size }),
    ...(total === undefined ? {} : { total }),
  };
}

/**
 * Reads `x-sdk-method`: where the operation sits in the client, as the call
 * path a user types (`graph.edge.getByGraphId`): resources, then the method.
 */
export function readSdkMethod(ctx: ModelContext, value: unknown, at: Pointer): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const segments = typeof value === "string" ? value.split(".") : [];
  if (segments.length < 2 || !segments.every((s) => isIdentifier(s) && !s.startsWith("#"))) {
    report(
      ctx,
      "error",
      at,
      `x-sdk-method must be a dotted call path of identifiers with at least one resource, not ${JSON.stringify(value)}`,
      "e.g. `x-sdk-method: graph.edge.getByGraphId` gives `client.graph.edge.getByGraphId(…)`",
    );
    return undefined;
  }
  return segments;
}

/** Reads a boolean extension such as `x-retry-safe`. */
export function readBooleanExtension(ctx: ModelContext, value: unknown, at: Pointer, name: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") {
    report(ctx, "error", at, `${name} must be true or false, not ${JSON.stringify(value)}`);
    return false;
  }
  return value;
}

/** Reads `x-value-prefix`: any string, spaces included. */
export function readPrefix(ctx: ModelContext, value: unknown, at: Pointer): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    report(
      ctx,
      "error",
      at,
      `x-value-prefix must be a string, not ${JSON.stringify(value)}`,
      'quote it to keep a trailing space: `x-value-prefix: "Api-Key "`',
    );
    return undefined;
  }
  return value;
}

/** Reads `x-env-var`: a portable environment variable name. */
export function readEnvVar(ctx: ModelContext, value: unknown, at: Pointer): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    report(
      ctx,
      "error",
      at,
      `x-env-var must be an environment variable name, not ${JSON.stringify(value)}`,
      "use letters, digits and underscores, e.g. `MY_API_KEY`",
    );
    return undefined;
  }
  return value;
}

/** Reads `x-client-name`: a PascalCase identifier the client and error names start with. */
export function readClientName(ctx: ModelContext, value: unknown, at: Pointer): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !isIdentifier(value) || !/^[A-Z]/.test(value)) {
    report(
      ctx,
      "error",
      at,
      `x-client-name must be a PascalCase identifier, not ${JSON.stringify(value)}`,
      "e.g. `x-client-name: Zep` gives ZepClient and ZepError",
    );
    return undefined;
  }
  return value;
}

/** Reads `x-import-extension`: the extension of the client's relative imports. */
export function readImportExtension(ctx: ModelContext, value: unknown, at: Pointer): ImportExtension | undefined {
  if (value === undefined) return undefined;
  const extension = asImportExtension(value);
  if (extension === undefined) {
    report(
      ctx,
      "error",
      at,
      `x-import-extension must be ${IMPORT_EXTENSIONS.map((e) => JSON.stringify(e)).join(", ")}, not ${JSON.stringify(value)}`,
      "leave it out to let the generator read the project's tsconfig.json; `ts` suits Deno, Bun, Node's type stripping and allowImportingTsExtensions, `js` a NodeNext tsc build, `none` CommonJS resolution",
    );
    return undefined;
  }
  // It describes the project the client lands in, which a team that downloads the document does not own.
  report(
    ctx,
    "warning",
    at,
    "x-import-extension is a setting of the project the client is generated into, not a fact of the API; it is used for now",
    "set `importExtension` in wiregen.config.ts (or pass --import-extension) and remove it from the document",
  );
  return extension;
}

/** Reads `x-stream-terminator`: the exact `data` text that ends a stream. */
export function readStreamTerminator(ctx: ModelContext, value: unknown, at: Pointer): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") {
    report(
      ctx,
      "error",
      at,
      `x-stream-terminator must be a non-empty string, not ${JSON.stringify(value)}`,
      'write the `data` text that ends the stream, e.g. `x-stream-terminator: "[DONE]"`',
    );
    return undefined;
  }
  return value;
}

/**
 * Reads `x-stream-parameter`: a query parameter or a body property whose
 * value `true` asks for the stream. Returns its params key, or the property
 * name with `inBody` for a body that is not flat (the params' `body`).
 */
export function readStreamParameter(
  ctx: ModelContext,
  value: unknown,
  at: Pointer,
  requestKeys: ReadonlyMap<string, string>,
  bodyProperties: ReadonlySet<string>,
): { key: string; inBody: boolean } | undefined {
  if (value === undefined) return undefined;
  const key = typeof value === "string" ? requestKeys.get(value) : undefined;
  if (key !== undefined) return { key, inBody: false };
  if (typeof value === "string" && bodyProperties.has(value)) return { key: value, inBody: true };
  {
    report(
      ctx,
      "error",
      at,
      `x-stream-parameter must name a query parameter or request body property of this operation, not ${JSON.stringify(value)}`,
      `use one of: ${[...requestKeys.keys(), ...bodyProperties].join(", ") || "(none declared: add a boolean `stream` property to the body)"}`,
    );
    return undefined;
  }
  return undefined;
}

/** Reads `x-idempotency-header`: an HTTP header name (RFC 9110 token). */
export function readIdempotencyHeader(ctx: ModelContext, value: unknown, at: Pointer): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^[!#$%&'*+.^_`|~\dA-Za-z-]+$/.test(value)) {
    report(
      ctx,
      "error",
      at,
      `x-idempotency-header must be a header name, not ${JSON.stringify(value)}`,
      "e.g. `x-idempotency-header: Idempotency-Key`",
    );
    return undefined;
  }
  return value;
}
