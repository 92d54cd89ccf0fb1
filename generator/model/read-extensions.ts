/**
 * The `x-` extensions this generator reads, each validated where it is
 * written: an unknown key or value is an error that says what is accepted.
 *
 * - `x-pagination` (operation): how to walk pages.
 * - `x-retry-safe` (operation): a non-idempotent operation that may be retried.
 * - `x-value-prefix` (apiKey scheme): text sent before the key, e.g. `Api-Key `.
 * - `x-env-var` (apiKey or bearer scheme): environment variable holding the credential.
 * - `x-client-name` (info): the client's name, e.g. `Zep` for `ZepClient`.
 */
import type { Pointer } from "../load/json-pointer.js";
import type { PaginationSpec } from "../runtime/operation.js";
import { isObject, report, type ModelContext } from "./context.js";
import { isIdentifier } from "./names.js";

const PAGINATION_STYLES = ["page-number"] as const;
const PAGE_NUMBER_KEYS = ["style", "page", "size", "items", "total", "first"] as const;

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
    case "items":
      return "the response property holding the page's items";
    default:
      return key;
  }
}

/**
 * Reads `x-pagination` of an operation. `queryParams` are the operation's
 * query parameter names, `responseProperties` the top-level properties of its
 * success body when known.
 */
export function readPagination(
  ctx: ModelContext,
  value: unknown,
  at: Pointer,
  queryParams: ReadonlySet<string>,
  responseProperties: ReadonlySet<string> | undefined,
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
  if (!PAGINATION_STYLES.includes(style as (typeof PAGINATION_STYLES)[number])) {
    report(
      ctx,
      "error",
      style === undefined ? at : [...at, "style"],
      `unknown x-pagination style ${JSON.stringify(style)}`,
      `use one of: ${PAGINATION_STYLES.join(", ")}`,
    );
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!(PAGE_NUMBER_KEYS as readonly string[]).includes(key)) {
      report(
        ctx,
        "error",
        [...at, key],
        `unknown x-pagination key "${key}"`,
        `use only: ${PAGE_NUMBER_KEYS.join(", ")}`,
      );
      ok = false;
    }
  }
  const page = stringField(ctx, value, "page", at, true);
  const size = stringField(ctx, value, "size", at, false);
  const items = stringField(ctx, value, "items", at, true);
  const total = stringField(ctx, value, "total", at, false);
  for (const [key, param] of [
    ["page", page],
    ["size", size],
  ] as const) {
    if (param !== undefined && !queryParams.has(param)) {
      report(
        ctx,
        "error",
        [...at, key],
        `x-pagination.${key} names "${param}", which is not a query parameter of this operation`,
        `use one of: ${[...queryParams].join(", ") || "(none declared)"}`,
      );
      ok = false;
    }
  }
  for (const [key, property] of [
    ["items", items],
    ["total", total],
  ] as const) {
    if (property !== undefined && responseProperties !== undefined && !responseProperties.has(property)) {
      report(
        ctx,
        "error",
        [...at, key],
        `x-pagination.${key} names "${property}", which is not a property of the success response`,
        `use one of: ${[...responseProperties].join(", ")}`,
      );
      ok = false;
    }
  }
  const first = value["first"] ?? 1;
  if (typeof first !== "number" || !Number.isInteger(first)) {
    report(ctx, "error", [...at, "first"], `x-pagination.first must be an integer, not ${JSON.stringify(first)}`);
    ok = false;
  }
  if (!ok || page === undefined || items === undefined) return undefined;
  return {
    style: "page-number",
    page,
    items,
    first: first as number,
    ...(size === undefined ? {} : { size }),
    ...(total === undefined ? {} : { total }),
  };
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
