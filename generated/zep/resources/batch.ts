// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { ApidataAddBatchItemsRequest, ApidataCreateBatchRequest, BatchItemDetail, BatchItemListResponse, BatchListResponse, BatchSummary, SuccessResponse } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const batchListOperation: PagedOperationSpec = {
  id: "batchList",
  method: "GET",
  path: "/batches",
  params: [
    { key: "limit", name: "limit", in: "query" },
    { key: "cursor", name: "cursor", in: "query" },
    { key: "status", name: "status", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", next: "next_cursor", items: "batches" },
  errors: ["400", "403", "500"],
};

const batchCreateOperation: OperationSpec = {
  id: "batchCreate",
  method: "POST",
  path: "/batches",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "500"],
};

const batchGetOperation: OperationSpec = {
  id: "batchGet",
  method: "GET",
  path: "/batches/{batchId}",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const batchDeleteOperation: OperationSpec = {
  id: "batchDelete",
  method: "DELETE",
  path: "/batches/{batchId}",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409", "500"],
};

const batchListItemsOperation: PagedOperationSpec = {
  id: "batchListItems",
  method: "GET",
  path: "/batches/{batchId}/items",
  params: [
    { key: "batchId", name: "batchId", in: "path" },
    { key: "limit", name: "limit", in: "query" },
    { key: "cursor", name: "cursor", in: "query" },
    { key: "status", name: "status", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", next: "next_cursor", items: "items" },
  errors: ["400", "403", "404", "500"],
};

const batchAddOperation: OperationSpec = {
  id: "batchAdd",
  method: "POST",
  path: "/batches/{batchId}/items",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["400", "403", "404", "409", "500"],
};

const batchProcessOperation: OperationSpec = {
  id: "batchProcess",
  method: "POST",
  path: "/batches/{batchId}/process",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409", "500"],
};

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
export class BatchResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

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
  list(params: BatchListParams = {}, options?: RequestOptions): PagedCall<BatchListResponse, NonNullable<BatchListResponse["batches"]>[number]> {
    return this.#transport.paginate<BatchListResponse, NonNullable<BatchListResponse["batches"]>[number]>(batchListOperation, params, options);
  }

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
  create(params: BatchCreateParams = {}, options?: RequestOptions): ApiCall<BatchSummary> {
    return this.#transport.call<BatchSummary>(batchCreateOperation, params, options);
  }

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
  get(batchId: string, options?: RequestOptions): ApiCall<BatchSummary> {
    return this.#transport.call<BatchSummary>(batchGetOperation, { batchId }, options);
  }

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
  delete(batchId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(batchDeleteOperation, { batchId }, options);
  }

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
  listItems(batchId: string, params: BatchListItemsParams = {}, options?: RequestOptions): PagedCall<BatchItemListResponse, NonNullable<BatchItemListResponse["items"]>[number]> {
    return this.#transport.paginate<BatchItemListResponse, NonNullable<BatchItemListResponse["items"]>[number]>(batchListItemsOperation, { ...params, batchId }, options);
  }

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
  add(batchId: string, params: BatchAddParams, options?: RequestOptions): ApiCall<BatchItemDetail[]> {
    return this.#transport.call<BatchItemDetail[]>(batchAddOperation, { ...params, batchId }, options);
  }

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
  process(batchId: string, options?: RequestOptions): ApiCall<BatchSummary> {
    return this.#transport.call<BatchSummary>(batchProcessOperation, { batchId }, options);
  }
}
