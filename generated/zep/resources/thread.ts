// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { ThreadMessageResource } from "./thread-message.ts";
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { pageNumbers, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { AddThreadMessagesRequest, AddThreadMessagesResponse, CreateThreadRequest, EpisodeResponse, MessageListResponse, SuccessResponse, Thread, ThreadContextResponse, ThreadListResponse, ThreadSummary } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const threadListAllOperation: PagedOperationSpec = {
  id: "threadListAll",
  method: "GET",
  path: "/threads",
  params: [
    { key: "page_number", name: "page_number", in: "query" },
    { key: "page_size", name: "page_size", in: "query" },
    { key: "order_by", name: "order_by", in: "query" },
    { key: "asc", name: "asc", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  pagination: {
    style: pageNumbers,
    page: "page_number",
    first: 1,
    items: "threads",
    size: "page_size",
    total: "total_count",
  },
  errors: ["400", "500"],
};

const threadCreateOperation: OperationSpec = {
  id: "threadCreate",
  method: "POST",
  path: "/threads",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const threadDeleteOperation: OperationSpec = {
  id: "threadDelete",
  method: "DELETE",
  path: "/threads/{threadId}",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const threadGetUserContextOperation: OperationSpec = {
  id: "threadGetUserContext",
  method: "GET",
  path: "/threads/{threadId}/context",
  params: [{ key: "threadId", name: "threadId", in: "path" }, { key: "template_id", name: "template_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const threadGetEpisodesOperation: OperationSpec = {
  id: "threadGetEpisodes",
  method: "GET",
  path: "/threads/{threadId}/episodes",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404", "500"],
};

const threadGetOperation: OperationSpec = {
  id: "threadGet",
  method: "GET",
  path: "/threads/{threadId}/messages",
  params: [
    { key: "threadId", name: "threadId", in: "path" },
    { key: "limit", name: "limit", in: "query" },
    { key: "cursor", name: "cursor", in: "query" },
    { key: "lastn", name: "lastn", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const threadAddMessagesOperation: OperationSpec = {
  id: "threadAddMessages",
  method: "POST",
  path: "/threads/{threadId}/messages",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["500"],
};

const threadAddMessagesBatchOperation: OperationSpec = {
  id: "threadAddMessagesBatch",
  method: "POST",
  path: "/threads/{threadId}/messages-batch",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["500"],
};

const threadGetSummaryOperation: OperationSpec = {
  id: "threadGetSummary",
  method: "GET",
  path: "/threads/{threadId}/summary",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404", "500"],
};

/** Parameters of {@link ThreadResource.listAll}: `GET /threads`. */
export interface ThreadListAllParams {
  /**
   * The page to return; the first page is 1.
   *
   * Sent in the query as `page_number`.
   * @example 1
   */
  page_number?: NonNullable<paths["/threads"]["get"]["parameters"]["query"]>["page_number"] | undefined;
  /**
   * How many threads one page holds.
   *
   * Sent in the query as `page_size`.
   * @example 20
   */
  page_size?: NonNullable<paths["/threads"]["get"]["parameters"]["query"]>["page_size"] | undefined;
  /**
   * The field the threads are sorted on.
   *
   * Sent in the query as `order_by`.
   * @example "created_at"
   */
  order_by?: NonNullable<paths["/threads"]["get"]["parameters"]["query"]>["order_by"] | undefined;
  /**
   * Sort ascending when true, descending when false.
   *
   * Sent in the query as `asc`.
   * @example false
   */
  asc?: NonNullable<paths["/threads"]["get"]["parameters"]["query"]>["asc"] | undefined;
}

/** Parameters of {@link ThreadResource.create}: `POST /threads`: the properties of the `application/json` body. */
export type ThreadCreateParams = CreateThreadRequest;

/** Parameters of {@link ThreadResource.getUserContext}: `GET /threads/{threadId}/context`. */
export interface ThreadGetUserContextParams {
  /**
   * A context template to render the block with, instead of the default layout.
   *
   * Sent in the query as `template_id`.
   * @example "support-agent-v2"
   */
  template_id?: NonNullable<paths["/threads/{threadId}/context"]["get"]["parameters"]["query"]>["template_id"] | undefined;
}

/** Parameters of {@link ThreadResource.get}: `GET /threads/{threadId}/messages`. */
export interface ThreadGetParams {
  /**
   * Largest number of messages to return.
   *
   * Sent in the query as `limit`.
   * @example 50
   */
  limit?: NonNullable<paths["/threads/{threadId}/messages"]["get"]["parameters"]["query"]>["limit"] | undefined;
  /**
   * Position to continue from when reading the messages in parts.
   *
   * Sent in the query as `cursor`.
   * @example 1
   */
  cursor?: NonNullable<paths["/threads/{threadId}/messages"]["get"]["parameters"]["query"]>["cursor"] | undefined;
  /**
   * Return only this many of the newest messages; takes precedence over limit and cursor.
   *
   * Sent in the query as `lastn`.
   * @example 10
   */
  lastn?: NonNullable<paths["/threads/{threadId}/messages"]["get"]["parameters"]["query"]>["lastn"] | undefined;
}

/** Parameters of {@link ThreadResource.addMessages}: `POST /threads/{threadId}/messages`: the properties of the `application/json` body. */
export type ThreadAddMessagesParams = AddThreadMessagesRequest;
/** Parameters of {@link ThreadResource.addMessagesBatch}: `POST /threads/{threadId}/messages-batch`: the properties of the `application/json` body. */
export type ThreadAddMessagesBatchParams = AddThreadMessagesRequest;

/**
 * Threads of messages between a user and an assistant, and the context Zep derives from them.
 *
 * `client.thread`.
 */
export class ThreadResource {
  /**
   * Single messages of a thread.
   *
   * `client.thread.message`.
   */
  readonly message: ThreadMessageResource;
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
    this.message = new ThreadMessageResource(transport);
  }

  /**
   * List threads
   *
   * Lists the project's threads one page at a time.
   *
   * `GET /threads`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listAll(params: ThreadListAllParams = {}, options?: RequestOptions): PagedCall<ThreadListResponse, NonNullable<ThreadListResponse["threads"]>[number]> {
    return this.#transport.paginate<ThreadListResponse, NonNullable<ThreadListResponse["threads"]>[number]>(threadListAllOperation, params, options);
  }

  /**
   * Create a thread
   *
   * Opens a new thread that belongs to an existing user.
   *
   * `POST /threads`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  create(params: ThreadCreateParams, options?: RequestOptions): ApiCall<Thread> {
    return this.#transport.call<Thread>(threadCreateOperation, params, options);
  }

  /**
   * Delete a thread
   *
   * Removes a thread together with its stored messages.
   *
   * `DELETE /threads/{threadId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - Identifier of the thread to remove.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(threadId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(threadDeleteOperation, { threadId }, options);
  }

  /**
   * Get the user context for a thread
   *
   * Builds a context block from the user's whole graph (memory from every thread of the user) that fits the latest messages of this thread.
   *
   * `GET /threads/{threadId}/context`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - The thread whose recent messages drive the context lookup.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getUserContext(threadId: string, params: ThreadGetUserContextParams = {}, options?: RequestOptions): ApiCall<ThreadContextResponse> {
    return this.#transport.call<ThreadContextResponse>(threadGetUserContextOperation, { ...params, threadId }, options);
  }

  /**
   * List a thread's episodes
   *
   * Returns the graph episodes that were created from a thread.
   *
   * `GET /threads/{threadId}/episodes`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - Identifier of the thread.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getEpisodes(threadId: string, options?: RequestOptions): ApiCall<EpisodeResponse> {
    return this.#transport.call<EpisodeResponse>(threadGetEpisodesOperation, { threadId }, options);
  }

  /**
   * Get a thread's messages
   *
   * Returns the messages stored in a thread.
   *
   * `GET /threads/{threadId}/messages`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - Identifier of the thread.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(threadId: string, params: ThreadGetParams = {}, options?: RequestOptions): ApiCall<MessageListResponse> {
    return this.#transport.call<MessageListResponse>(threadGetOperation, { ...params, threadId }, options);
  }

  /**
   * Add messages to a thread
   *
   * Appends messages to a thread and feeds them into the user's graph.
   *
   * `POST /threads/{threadId}/messages`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - Identifier of the thread that receives the messages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  addMessages(threadId: string, params: ThreadAddMessagesParams, options?: RequestOptions): ApiCall<AddThreadMessagesResponse> {
    return this.#transport.call<AddThreadMessagesResponse>(threadAddMessagesOperation, { ...params, threadId }, options);
  }

  /**
   * Add messages to a thread in batch mode
   *
   * Appends many messages at once and processes them concurrently. Superseded by the Batch API (batch.* with items of type thread_message).
   *
   * `POST /threads/{threadId}/messages-batch`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - Identifier of the thread that receives the messages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   * @deprecated
   */
  addMessagesBatch(threadId: string, params: ThreadAddMessagesBatchParams, options?: RequestOptions): ApiCall<AddThreadMessagesResponse> {
    return this.#transport.call<AddThreadMessagesResponse>(threadAddMessagesBatchOperation, { ...params, threadId }, options);
  }

  /**
   * Get a thread's summary
   *
   * Returns the running summary built from the thread's messages; 404 when none exists yet.
   *
   * `GET /threads/{threadId}/summary`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param threadId - Identifier of the thread.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getSummary(threadId: string, options?: RequestOptions): ApiCall<ThreadSummary> {
    return this.#transport.call<ThreadSummary>(threadGetSummaryOperation, { threadId }, options);
  }

  /**
   * Every message of a thread, oldest first, read `pageSize` at a time.
   *
   * Written by hand (regeneration keeps it): `GET /threads/{threadId}/messages`
   * reads in parts with `limit` and `cursor` (a position in the thread), which
   * the spec does not describe as pagination, so no generated method walks it.
   * @param threadId - Identifier of the thread.
   * @param pageSize - Messages read per request.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  async *listAllMessages(
    threadId: string,
    pageSize = 100,
    options?: RequestOptions,
  ): AsyncGenerator<NonNullable<MessageListResponse["messages"]>[number], void, undefined> {
    for (let cursor = 0; ; ) {
      const page = await this.get(threadId, { limit: pageSize, cursor }, options);
      const messages = page.messages ?? [];
      for (const message of messages) yield message;
      cursor += messages.length;
      // A short page is the last; so is reaching the total the server reports.
      if (messages.length < pageSize || (page.total_count !== undefined && cursor >= page.total_count)) return;
    }
  }
}
