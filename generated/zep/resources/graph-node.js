// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph-node.d.ts"

const graphNodeGetByGraphIdOperation = {
  id: "graphNodeGetByGraphId",
  method: "POST",
  path: "/graph/node/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphNodeGetByUserIdOperation = {
  id: "graphNodeGetByUserId",
  method: "POST",
  path: "/graph/node/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphNodeGetEdgesOperation = {
  id: "graphNodeGetEdges",
  method: "GET",
  path: "/graph/node/{node_uuid}/entity-edges",
  params: [{ key: "nodeUuid", name: "node_uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["400", "500"],
};

const graphNodeGetEpisodesOperation = {
  id: "graphNodeGetEpisodes",
  method: "GET",
  path: "/graph/node/{node_uuid}/episodes",
  params: [{ key: "nodeUuid", name: "node_uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphNodeGetNeighborsOperation = {
  id: "graphNodeGetNeighbors",
  method: "POST",
  path: "/graph/node/{node_uuid}/neighbors",
  params: [{ key: "nodeUuid", name: "node_uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphNodeGetOperation = {
  id: "graphNodeGet",
  method: "GET",
  path: "/graph/node/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphNodeDeleteOperation = {
  id: "graphNodeDelete",
  method: "DELETE",
  path: "/graph/node/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphNodeUpdateOperation = {
  id: "graphNodeUpdate",
  method: "PATCH",
  path: "/graph/node/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

export class GraphNodeResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  getByGraphId(graphId, params = {}, options) {
    return this.#transport.paginate(graphNodeGetByGraphIdOperation, { ...params, graphId }, options);
  }

  getByUserId(userId, params = {}, options) {
    return this.#transport.paginate(graphNodeGetByUserIdOperation, { ...params, userId }, options);
  }

  getEdges(nodeUuid, options) {
    return this.#transport.call(graphNodeGetEdgesOperation, { nodeUuid }, options);
  }

  getEpisodes(nodeUuid, options) {
    return this.#transport.call(graphNodeGetEpisodesOperation, { nodeUuid }, options);
  }

  getNeighbors(nodeUuid, params = {}, options) {
    return this.#transport.paginate(graphNodeGetNeighborsOperation, { ...params, nodeUuid }, options);
  }

  get(uuid, options) {
    return this.#transport.call(graphNodeGetOperation, { uuid }, options);
  }

  delete(uuid, options) {
    return this.#transport.call(graphNodeDeleteOperation, { uuid }, options);
  }

  update(uuid, params = {}, options) {
    return this.#transport.call(graphNodeUpdateOperation, { ...params, uuid }, options);
  }
}
