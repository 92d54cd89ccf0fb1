// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph-edge.d.ts"

const graphEdgeGetByGraphIdOperation = {
  id: "graphEdgeGetByGraphId",
  method: "POST",
  path: "/graph/edge/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEdgeGetByUserIdOperation = {
  id: "graphEdgeGetByUserId",
  method: "POST",
  path: "/graph/edge/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEdgeGetOperation = {
  id: "graphEdgeGet",
  method: "GET",
  path: "/graph/edge/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphEdgeDeleteOperation = {
  id: "graphEdgeDelete",
  method: "DELETE",
  path: "/graph/edge/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphEdgeUpdateOperation = {
  id: "graphEdgeUpdate",
  method: "PATCH",
  path: "/graph/edge/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

export class GraphEdgeResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  getByGraphId(graphId, params = {}, options) {
    return this.#transport.paginate(graphEdgeGetByGraphIdOperation, { ...params, graphId }, options);
  }

  getByUserId(userId, params = {}, options) {
    return this.#transport.paginate(graphEdgeGetByUserIdOperation, { ...params, userId }, options);
  }

  get(uuid, options) {
    return this.#transport.call(graphEdgeGetOperation, { uuid }, options);
  }

  delete(uuid, options) {
    return this.#transport.call(graphEdgeDeleteOperation, { uuid }, options);
  }

  update(uuid, params = {}, options) {
    return this.#transport.call(graphEdgeUpdateOperation, { ...params, uuid }, options);
  }
}
