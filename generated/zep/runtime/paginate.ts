// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Walking every page of a page-number paginated operation. A `PagedCall` is
 * an `ApiCall` for the first page that is also async-iterable over the items
 * of all pages. The walk stops on an empty page or once the reported total has
 * been reached; a short page does not stop it, because servers may cap the
 * page size below the one asked for.
 */
import { ApiCall, type WithResponse } from "./api-call.js";
import { ResponseParseError } from "./errors.js";
import type { PageNumberPagination } from "./operation.js";

type Params = Readonly<Record<string, unknown>>;

export class PagedCall<TPage, TItem> extends ApiCall<TPage> implements AsyncIterable<TItem> {
  readonly #fetchPage: (params: Params) => Promise<WithResponse<TPage>>;
  readonly #params: Params;
  readonly #pagination: PageNumberPagination;

  constructor(
    fetchPage: (params: Params) => Promise<WithResponse<TPage>>,
    params: Params,
    pagination: PageNumberPagination,
  ) {
    super(() => fetchPage(params));
    this.#fetchPage = fetchPage;
    this.#params = params;
    this.#pagination = pagination;
  }

  /** Every page in turn, from the one the params name (or the first). */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    const { page: pageKey, size: sizeKey, items: itemsKey, total: totalKey, first } = this.#pagination;
    const startValue = this.#params[pageKey];
    let page = typeof startValue === "number" ? startValue : first;
    const size = sizeKey === undefined ? undefined : this.#params[sizeKey];
    // Items on the pages before the start page count towards the total too.
    let seen = typeof size === "number" ? Math.max(0, page - first) * size : 0;
    for (;;) {
      const { data, response } = await this.#fetchPage({ ...this.#params, [pageKey]: page });
      const items = (data as Record<string, unknown> | null)?.[itemsKey];
      if (!Array.isArray(items)) {
        throw new ResponseParseError(
          response.status,
          response.headers,
          JSON.stringify(data),
          `page ${page} has no array at "${itemsKey}", so pagination cannot go on`,
        );
      }
      yield data;
      if (items.length === 0) return;
      seen += items.length;
      const total = totalKey === undefined ? undefined : (data as Record<string, unknown>)[totalKey];
      if (typeof total === "number" && seen >= total) return;
      page += 1;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const itemsKey = this.#pagination.items;
    for await (const page of this.pages()) {
      yield* (page as Record<string, TItem[]>)[itemsKey] ?? [];
    }
  }
}
