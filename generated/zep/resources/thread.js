// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./thread.d.ts"
import { ThreadMessageResource } from "./thread-message.js";

const threadListAllOperation = {
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
    style: "page-number",
    page: "page_number",
    first: 1,
    items: "threads",
    size: "page_size",
    total: "total_count",
  },
  errors: ["400", "500"],
};

const threadCreateOperation = {
  id: "threadCreate",
  method: "POST",
  path: "/threads",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const threadDeleteOperation = {
  id: "threadDelete",
  method: "DELETE",
  path: "/threads/{threadId}",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const threadGetUserContextOperation = {
  id: "threadGetUserContext",
  method: "GET",
  path: "/threads/{threadId}/context",
  params: [{ key: "threadId", name: "threadId", in: "path" }, { key: "template_id", name: "template_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const threadGetEpisodesOperation = {
  id: "threadGetEpisodes",
  method: "GET",
  path: "/threads/{threadId}/episodes",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404", "500"],
};

const threadGetOperation = {
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

const threadAddMessagesOperation = {
  id: "threadAddMessages",
  method: "POST",
  path: "/threads/{threadId}/messages",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["500"],
};

const threadAddMessagesBatchOperation = {
  id: "threadAddMessagesBatch",
  method: "POST",
  path: "/threads/{threadId}/messages-batch",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["500"],
};

const threadGetSummaryOperation = {
  id: "threadGetSummary",
  method: "GET",
  path: "/threads/{threadId}/summary",
  params: [{ key: "threadId", name: "threadId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404", "500"],
};

export class ThreadResource {
  message;
  #transport;

  constructor(transport) {
    this.#transport = transport;
    this.message = new ThreadMessageResource(transport);
  }

  listAll(params = {}, options) {
    return this.#transport.paginate(threadListAllOperation, params, options);
  }

  create(params, options) {
    return this.#transport.call(threadCreateOperation, params, options);
  }

  delete(threadId, options) {
    return this.#transport.call(threadDeleteOperation, { threadId }, options);
  }

  getUserContext(threadId, params = {}, options) {
    return this.#transport.call(threadGetUserContextOperation, { ...params, threadId }, options);
  }

  getEpisodes(threadId, options) {
    return this.#transport.call(threadGetEpisodesOperation, { threadId }, options);
  }

  get(threadId, params = {}, options) {
    return this.#transport.call(threadGetOperation, { ...params, threadId }, options);
  }

  addMessages(threadId, params, options) {
    return this.#transport.call(threadAddMessagesOperation, { ...params, threadId }, options);
  }

  addMessagesBatch(threadId, params, options) {
    return this.#transport.call(threadAddMessagesBatchOperation, { ...params, threadId }, options);
  }

  getSummary(threadId, options) {
    return this.#transport.call(threadGetSummaryOperation, { threadId }, options);
  }
}
