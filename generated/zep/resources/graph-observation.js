// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph-observation.d.ts"

const graphObservationGetByGraphIdOperation = {
  id: "graphObservationGetByGraphId",
  method: "POST",
  path: "/graph/observation/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphObservationGetByUserIdOperation = {
  id: "graphObservationGetByUserId",
  method: "POST",
  path: "/graph/observation/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphObservationGetOperation = {
  id: "graphObservationGet",
  method: "GET",
  path: "/graph/observation/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

export class GraphObservationResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  getByGraphId(graphId, params = {}, options) {
    return this.#transport.paginate(graphObservationGetByGraphIdOperation, { ...params, graphId }, options);
  }

  getByUserId(userId, params = {}, options) {
    return this.#transport.paginate(graphObservationGetByUserIdOperation, { ...params, userId }, options);
  }

  get(uuid, options) {
    return this.#transport.call(graphObservationGetOperation, { uuid }, options);
  }
}
