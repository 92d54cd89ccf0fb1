// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph-thread-summary.d.ts"

const graphThreadSummaryGetByGraphIdOperation = {
  id: "graphThreadSummaryGetByGraphId",
  method: "POST",
  path: "/graph/thread-summary/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphThreadSummaryGetByUserIdOperation = {
  id: "graphThreadSummaryGetByUserId",
  method: "POST",
  path: "/graph/thread-summary/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

export class GraphThreadSummaryResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  getByGraphId(graphId, params = {}, options) {
    return this.#transport.paginate(graphThreadSummaryGetByGraphIdOperation, { ...params, graphId }, options);
  }

  getByUserId(userId, params = {}, options) {
    return this.#transport.paginate(graphThreadSummaryGetByUserIdOperation, { ...params, userId }, options);
  }
}
