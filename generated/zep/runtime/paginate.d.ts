// Generated from spec/zep.yaml by wiregen. Do not edit.
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
import { ApiCall, type WithResponse } from "./api-call.js";
import type { PaginationSpec } from "./operation.js";
type Params = Readonly<Record<string, unknown>>;
type FetchPage<TPage> = (params: Params) => Promise<WithResponse<TPage>>;
export declare class PagedCall<TPage, TItem> extends ApiCall<TPage> implements AsyncIterable<TItem> {
  #private;
  constructor(fetchPage: FetchPage<TPage>, params: Params, pagination: PaginationSpec);
  /** Every page in turn, from the one the params name (or the first). */
  pages(): AsyncGenerator<TPage, void, undefined>;
  [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
}
export {};
