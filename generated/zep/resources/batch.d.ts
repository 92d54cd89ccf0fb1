// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { PagedCall } from "../runtime/paginate.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { ApidataAddBatchItemsRequest, ApidataCreateBatchRequest, BatchItemDetail, BatchItemListResponse, BatchListResponse, BatchSummary, SuccessResponse } from "../models.d.ts";
import type { paths } from "../types.d.ts";

/** Parameters of {@link BatchResource.list}: `GET /batches`. */
export interface BatchListParams {
  /**
   * The largest number of batches to return.
   *
   * Sent in the query as `limit`.
   * @example 20
   */
  limit?: NonNullable<paths["/batches"]["get"]["parameters"]["query"]>["limit"] | undefined;
  /**
   * The `next_cursor` of the previous page; leave out for the first page.
   *
   * Sent in the query as `cursor`.
   * @example 1042
   */
  cursor?: NonNullable<paths["/batches"]["get"]["parameters"]["query"]>["cursor"] | undefined;
  /**
   * Return only batches in this status.
   *
   * Sent in the query as `status`.
   * @example "processing"
   */
  status?: NonNullable<paths["/batches"]["get"]["parameters"]["query"]>["status"] | undefined;
}

/** Parameters of {@link BatchResource.create}: `POST /batches`: the properties of the `application/json` body. */
export type BatchCreateParams = ApidataCreateBatchRequest;

/** Parameters of {@link BatchResource.listItems}: `GET /batches/{batchId}/items`. */
export interface BatchListItemsParams {
  /**
   * The largest number of items to return.
   *
   * Sent in the query as `limit`.
   * @example 50
   */
  limit?: NonNullable<paths["/batches/{batchId}/items"]["get"]["parameters"]["query"]>["limit"] | undefined;
  /**
   * The `next_cursor` of the previous page; leave out for the first page.
   *
   * Sent in the query as `cursor`.
   * @example 50
   */
  cursor?: NonNullable<paths["/batches/{batchId}/items"]["get"]["parameters"]["query"]>["cursor"] | undefined;
  /**
   * Return only items in this status.
   *
   * Sent in the query as `status`.
   * @example "failed"
   */
  status?: NonNullable<paths["/batches/{batchId}/items"]["get"]["parameters"]["query"]>["status"] | undefined;
}

/** Parameters of {@link BatchResource.add}: `POST /batches/{batchId}/items`: the properties of the `application/json` body. */
export type BatchAddParams = ApidataAddBatchItemsRequest;

/**
 * Batches of data to add to graphs in one go, processed in the background.
 *
 * `client.batch`.
 */
export declare class BatchResource {
  #private;
  /** @internal Created by the client. */
  constructor(transport: Transport);
  /**
   * List batches
   *
   * Lists the project's batches page by page, optionally only those in one status.
   *
   * `GET /batches`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  list(params?: BatchListParams, options?: RequestOptions): PagedCall<BatchListResponse, NonNullable<BatchListResponse["batches"]>[number]>;
  /**
   * Create a batch
   *
   * Opens an empty draft batch that items can then be added to.
   *
   * `POST /batches`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  create(params?: BatchCreateParams, options?: RequestOptions): ApiCall<BatchSummary>;
  /**
   * Get a batch
   *
   * Returns a batch's summary, with processing progress once it has been started.
   *
   * `GET /batches/{batchId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param batchId - The batch's identifier.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(batchId: string, options?: RequestOptions): ApiCall<BatchSummary>;
  /**
   * Delete a batch
   *
   * Removes a batch that is still a draft or invalid; a batch that has been processed cannot be removed.
   *
   * `DELETE /batches/{batchId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param batchId - The batch's identifier.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(batchId: string, options?: RequestOptions): ApiCall<SuccessResponse>;
  /**
   * List the items of a batch
   *
   * Lists a batch's items in order, each with its runtime status once the batch is being processed.
   *
   * `GET /batches/{batchId}/items`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param batchId - The batch's identifier.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listItems(batchId: string, params?: BatchListItemsParams, options?: RequestOptions): PagedCall<BatchItemListResponse, NonNullable<BatchItemListResponse["items"]>[number]>;
  /**
   * Add items to a batch
   *
   * Appends graph episodes and thread messages to a draft batch, keeping the order of the request.
   *
   * `POST /batches/{batchId}/items`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param batchId - The batch's identifier.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  add(batchId: string, params: BatchAddParams, options?: RequestOptions): ApiCall<BatchItemDetail[]>;
  /**
   * Process a batch
   *
   * Starts ingesting a filled batch. Starting it a second time answers with a conflict.
   *
   * `POST /batches/{batchId}/process`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param batchId - The batch's identifier.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  process(batchId: string, options?: RequestOptions): ApiCall<BatchSummary>;
}
