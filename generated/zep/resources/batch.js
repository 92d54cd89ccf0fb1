// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./batch.d.ts"

const batchListOperation = {
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
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", next: "next_cursor", items: "batches" },
  errors: ["400", "403", "500"],
};

const batchCreateOperation = {
  id: "batchCreate",
  method: "POST",
  path: "/batches",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "500"],
};

const batchGetOperation = {
  id: "batchGet",
  method: "GET",
  path: "/batches/{batchId}",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const batchDeleteOperation = {
  id: "batchDelete",
  method: "DELETE",
  path: "/batches/{batchId}",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409", "500"],
};

const batchListItemsOperation = {
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
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", next: "next_cursor", items: "items" },
  errors: ["400", "403", "404", "500"],
};

const batchAddOperation = {
  id: "batchAdd",
  method: "POST",
  path: "/batches/{batchId}/items",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["400", "403", "404", "409", "500"],
};

const batchProcessOperation = {
  id: "batchProcess",
  method: "POST",
  path: "/batches/{batchId}/process",
  params: [{ key: "batchId", name: "batchId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409", "500"],
};

export class BatchResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  list(params = {}, options) {
    return this.#transport.paginate(batchListOperation, params, options);
  }

  create(params = {}, options) {
    return this.#transport.call(batchCreateOperation, params, options);
  }

  get(batchId, options) {
    return this.#transport.call(batchGetOperation, { batchId }, options);
  }

  delete(batchId, options) {
    return this.#transport.call(batchDeleteOperation, { batchId }, options);
  }

  listItems(batchId, params = {}, options) {
    return this.#transport.paginate(batchListItemsOperation, { ...params, batchId }, options);
  }

  add(batchId, params, options) {
    return this.#transport.call(batchAddOperation, { ...params, batchId }, options);
  }

  process(batchId, options) {
    return this.#transport.call(batchProcessOperation, { batchId }, options);
  }
}
