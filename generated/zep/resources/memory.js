// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./memory.d.ts"

const listSessionsOperation = {
  id: "listSessions",
  method: "GET",
  path: "/sessions-ordered",
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
    items: "sessions",
    size: "page_size",
    total: "total_count",
  },
  errors: ["400", "500"],
};

export class MemoryResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  listSessions(params = {}, options) {
    return this.#transport.paginate(listSessionsOperation, params, options);
  }
}
