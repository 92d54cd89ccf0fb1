// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./paginate.d.ts"
/**
 * Walking every page of a paginated operation. A `PagedCall` is an `ApiCall`
 * for the first page that is also async-iterable over the items of all pages.
 *
 * Page numbers: the walk starts at the caller's page (or the first) and stops
 * on an empty page or once the reported total has been reached; a short page
 * does not stop it, because servers may cap the page size below the one asked
 * for. Cursors: the walk stops on an empty page or when the response carries
 * no next cursor (or the same one again, which would loop forever).
 */
import { ApiCall } from "./api-call.js";
import { ResponseParseError } from "./errors.js";
/** The items of one page: the bare array, or the array under `items`. */
function itemsOf(data, itemsKey, response, label) {
  const items = itemsKey === undefined ? data : data?.[itemsKey];
  if (Array.isArray(items)) return items;
  throw new ResponseParseError(
    response.status,
    response.headers,
    JSON.stringify(data),
    `${label} has no array ${itemsKey === undefined ? "as its body" : `at "${itemsKey}"`}, so pagination cannot go on`,
  );
}
async function* pageNumbers(fetchPage, params, pagination) {
  const { page: pageKey, size: sizeKey, items: itemsKey, total: totalKey, first } = pagination;
  const startValue = params[pageKey];
  let page = typeof startValue === "number" ? startValue : first;
  const size = sizeKey === undefined ? undefined : params[sizeKey];
  // Items on the pages before the start page count towards the total too.
  let seen = typeof size === "number" ? Math.max(0, page - first) * size : 0;
  for (;;) {
    const { data, response } = await fetchPage({ ...params, [pageKey]: page });
    const items = itemsOf(data, itemsKey, response, `page ${page}`);
    yield data;
    if (items.length === 0) return;
    seen += items.length;
    const total = totalKey === undefined ? undefined : data[totalKey];
    if (typeof total === "number" && seen >= total) return;
    page += 1;
  }
}
/** The next cursor a page names, or undefined at the end. */
function nextCursor(data, response, pagination) {
  const next =
    pagination.nextHeader !== undefined
      ? response.headers.get(pagination.nextHeader)
      : pagination.next !== undefined
        ? data?.[pagination.next]
        : undefined;
  return next === null || next === "" ? undefined : next;
}
async function* cursors(fetchPage, params, pagination) {
  const cursorKey = pagination.cursor;
  let cursor = params[cursorKey];
  for (let page = 1; ; page += 1) {
    const { data, response } = await fetchPage(cursor === undefined ? params : { ...params, [cursorKey]: cursor });
    const items = itemsOf(data, pagination.items, response, `page ${page}`);
    yield data;
    const next = nextCursor(data, response, pagination);
    if (items.length === 0 || next === undefined || next === cursor) return;
    cursor = next;
  }
}
export class PagedCall extends ApiCall {
  #fetchPage;
  #params;
  #pagination;
  constructor(fetchPage, params, pagination) {
    super(() => fetchPage(params));
    this.#fetchPage = fetchPage;
    this.#params = params;
    this.#pagination = pagination;
  }
  /** Every page in turn, from the one the params name (or the first). */
  pages() {
    return this.#pagination.style === "cursor"
      ? cursors(this.#fetchPage, this.#params, this.#pagination)
      : pageNumbers(this.#fetchPage, this.#params, this.#pagination);
  }
  async *[Symbol.asyncIterator]() {
    const itemsKey = this.#pagination.items;
    for await (const page of this.pages()) {
      const items = itemsKey === undefined ? page : page[itemsKey];
      yield* items;
    }
  }
}
