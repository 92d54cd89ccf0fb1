// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./project.d.ts"

const projectGetOperation = {
  id: "projectGet",
  method: "GET",
  path: "/projects/info",
  params: [],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const projectUpdateOperation = {
  id: "projectUpdate",
  method: "PATCH",
  path: "/projects/info",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const projectGetObservationSteeringOperation = {
  id: "projectGetObservationSteering",
  method: "GET",
  path: "/projects/observation-steering",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const projectSetObservationSteeringOperation = {
  id: "projectSetObservationSteering",
  method: "PUT",
  path: "/projects/observation-steering",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

export class ProjectResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  get(options) {
    return this.#transport.call(projectGetOperation, {}, options);
  }

  update(params = {}, options) {
    return this.#transport.call(projectUpdateOperation, params, options);
  }

  getObservationSteering(params = {}, options) {
    return this.#transport.call(projectGetObservationSteeringOperation, params, options);
  }

  setObservationSteering(params = {}, options) {
    return this.#transport.call(projectSetObservationSteeringOperation, params, options);
  }
}
