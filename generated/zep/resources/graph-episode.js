// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph-episode.d.ts"

const graphEpisodeGetByGraphIdOperation = {
  id: "graphEpisodeGetByGraphId",
  method: "GET",
  path: "/graph/episodes/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }, { key: "lastn", name: "lastn", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphEpisodeListByGraphIdOperation = {
  id: "graphEpisodeListByGraphId",
  method: "POST",
  path: "/graph/episodes/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEpisodeGetByUserIdOperation = {
  id: "graphEpisodeGetByUserId",
  method: "GET",
  path: "/graph/episodes/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }, { key: "lastn", name: "lastn", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphEpisodeListByUserIdOperation = {
  id: "graphEpisodeListByUserId",
  method: "POST",
  path: "/graph/episodes/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEpisodeGetOperation = {
  id: "graphEpisodeGet",
  method: "GET",
  path: "/graph/episodes/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphEpisodeDeleteOperation = {
  id: "graphEpisodeDelete",
  method: "DELETE",
  path: "/graph/episodes/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphEpisodeUpdateOperation = {
  id: "graphEpisodeUpdate",
  method: "PATCH",
  path: "/graph/episodes/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const graphEpisodeGetNodesAndEdgesOperation = {
  id: "graphEpisodeGetNodesAndEdges",
  method: "GET",
  path: "/graph/episodes/{uuid}/mentions",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

export class GraphEpisodeResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  getByGraphId(graphId, params = {}, options) {
    return this.#transport.call(graphEpisodeGetByGraphIdOperation, { ...params, graphId }, options);
  }

  listByGraphId(graphId, params = {}, options) {
    return this.#transport.paginate(graphEpisodeListByGraphIdOperation, { ...params, graphId }, options);
  }

  getByUserId(userId, params = {}, options) {
    return this.#transport.call(graphEpisodeGetByUserIdOperation, { ...params, userId }, options);
  }

  listByUserId(userId, params = {}, options) {
    return this.#transport.paginate(graphEpisodeListByUserIdOperation, { ...params, userId }, options);
  }

  get(uuid, options) {
    return this.#transport.call(graphEpisodeGetOperation, { uuid }, options);
  }

  delete(uuid, options) {
    return this.#transport.call(graphEpisodeDeleteOperation, { uuid }, options);
  }

  update(uuid, params, options) {
    return this.#transport.call(graphEpisodeUpdateOperation, { ...params, uuid }, options);
  }

  getNodesAndEdges(uuid, options) {
    return this.#transport.call(graphEpisodeGetNodesAndEdgesOperation, { uuid }, options);
  }
}
