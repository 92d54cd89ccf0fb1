// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Walking every page of a paginated operation. A `PagedCall` is an `ApiCall`
 * for the first page that is also async-iterable over the items of all pages.
 *
 * Page numbers: the walk starts at the caller's page (or the first) and stops
 * on an empty page or once the reported total has been reached; a short page
 * does not stop it, because servers may cap the page size below the one asked
 * for. Cursors: the walk stops on an empty page or when the response carries
 * no next cursor (or the same one again, which would loop forever). The
 * keys are a document's names, so params and pages are read for their own
 * properties only (`own.ts`): a cursor named `toString` is not a function.
 */
import { ApiCall, type WithResponse } from "./api-call.ts";
import { ResponseParseError } from "./errors.ts";
import type { CursorRecord, PageNumberRecord, PaginationRecord } from "./operation.ts";
import { own, ownField } from "./own.ts";

type Params = Readonly<Record<string, unknown>>;
type FetchPage<TPage> = (params: Params) => Promise<WithResponse<TPage>>;

/**
 * A pagination style: every page in turn, from the one the params name. A
 * record names its walk (`style: pageNumbers`), so a bundle carries only the
 * styles its operations use.
 */
export type PageWalk<R> = <TPage>(
  fetchPage: FetchPage<TPage>,
  params: Params,
  pagination: R,
) => AsyncGenerator<TPage, void, undefined>;

/** The items of one page: the bare array, or the array under `items`. */
function itemsOf(data: unknown, itemsKey: string | undefined, response: Response, label: string): unknown[] {
  const items = itemsKey === undefined ? data : ownField(data, itemsKey);
  if (Array.isArray(items)) return items;
  throw new ResponseParseError(
    response.status,
    response.headers,
    JSON.stringify(data),
    `${label} has no array ${itemsKey === undefined ? "as its body" : `at "${itemsKey}"`}, so pagination cannot go on`,
  );
}

/** Page numbers, from the caller's page or the first. */
export async function* pageNumbers<TPage>(
  fetchPage: FetchPage<TPage>,
  params: Params,
  pagination: PageNumberRecord,
): AsyncGenerator<TPage, void, undefined> {
  const { page: pageKey, size: sizeKey, items: itemsKey, total: totalKey, first } = pagination;
  const startValue = own(params, pageKey);
  let page = typeof startValue === "number" ? startValue : first;
  const size = sizeKey === undefined ? undefined : own(params, sizeKey);
  // Items on the pages before the start page count towards the total too.
  let seen = typeof size === "number" ? Math.max(0, page - first) * size : 0;
  for (;;) {
    const { data, response } = await fetchPage({ ...params, [pageKey]: page });
    const items = itemsOf(data, itemsKey, response, `page ${page}`);
    yield data;
    if (items.length === 0) return;
    seen += items.length;
    const total = totalKey === undefined ? undefined : ownField(data, totalKey);
    if (typeof total === "number" && seen >= total) return;
    page += 1;
  }
}

/** The next cursor a page names, or undefined at the end. */
function nextCursor(data: unknown, response: Response, pagination: CursorRecord): unknown {
  const next =
    pagination.nextHeader !== undefined
      ? response.headers.get(pagination.nextHeader)
      : pagination.next !== undefined
        ? ownField(data, pagination.next)
        : undefined;
  return next === null || next === "" ? undefined : next;
}

/** Cursors, each page naming the next in its body or a header. */
export async function* cursors<TPage>(
  fetchPage: FetchPage<TPage>,
  params: Params,
  pagination: CursorRecord,
): AsyncGenerator<TPage, void, undefined> {
  const cursorKey = pagination.cursor;
  let cursor = own(params, cursorKey);
  for (let page = 1; ; page += 1) {
    const { data, response } = await fetchPage(cursor === undefined ? params : { ...params, [cursorKey]: cursor });
    const items = itemsOf(data, pagination.items, response, `page ${page}`);
    yield data;
    const next = nextCursor(data, response, pagination);
    if (items.length === 0 || next === undefined || next === cursor) return;
    cursor = next;
  }
}

export class PagedCall<TPage, TItem> extends ApiCall<TPage> implements AsyncIterable<TItem> {
  readonly #fetchPage: FetchPage<TPage>;
  readonly #params: Params;
  readonly #pagination: PaginationRecord;

  constructor(fetchPage: FetchPage<TPage>, params: Params, pagination: PaginationRecord) {
    super(() => fetchPage(params));
    this.#fetchPage = fetchPage;
    this.#params = params;
    this.#pagination = pagination;
  }

  /** Every page in turn, from the one the params name (or the first). */
  pages(): AsyncGenerator<TPage, void, undefined> {
    const pagination = this.#pagination;
    return (pagination.style as PageWalk<PaginationRecord>)(this.#fetchPage, this.#params, pagination);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const itemsKey = this.#pagination.items;
    for await (const page of this.pages()) {
      const items = itemsKey === undefined ? page : ownField(page, itemsKey);
      yield* items as TItem[];
    }
  }
}
