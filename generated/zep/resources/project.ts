// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec } from "../runtime/operation.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { ObservationSteeringConfig, ProjectInfoResponse, UpdateProjectInfoRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const projectGetOperation: OperationSpec = {
  id: "projectGet",
  method: "GET",
  path: "/projects/info",
  params: [],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const projectUpdateOperation: OperationSpec = {
  id: "projectUpdate",
  method: "PATCH",
  path: "/projects/info",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const projectGetObservationSteeringOperation: OperationSpec = {
  id: "projectGetObservationSteering",
  method: "GET",
  path: "/projects/observation-steering",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const projectSetObservationSteeringOperation: OperationSpec = {
  id: "projectSetObservationSteering",
  method: "PUT",
  path: "/projects/observation-steering",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};
/** Parameters of {@link ProjectResource.update}: `PATCH /projects/info`: the properties of the `application/json` body. */
export type ProjectUpdateParams = UpdateProjectInfoRequest;

/** Parameters of {@link ProjectResource.getObservationSteering}: `GET /projects/observation-steering`. */
export interface ProjectGetObservationSteeringParams {
  /**
   * Return the steering in effect for this user.
   *
   * Sent in the query as `user_id`.
   * @example "user-2291"
   */
  user_id?: NonNullable<paths["/projects/observation-steering"]["get"]["parameters"]["query"]>["user_id"] | undefined;
  /**
   * Return the steering in effect for this graph.
   *
   * Sent in the query as `graph_id`.
   * @example "graph-kb-01"
   */
  graph_id?: NonNullable<paths["/projects/observation-steering"]["get"]["parameters"]["query"]>["graph_id"] | undefined;
}

/** Parameters of {@link ProjectResource.setObservationSteering}: `PUT /projects/observation-steering`: the properties of the `application/json` body, and the parameters below. */
export interface ProjectSetObservationSteeringParams extends ObservationSteeringConfig {
  /**
   * Set the override of this user.
   *
   * Sent in the query as `user_id`.
   * @example "user-2291"
   */
  user_id?: NonNullable<paths["/projects/observation-steering"]["put"]["parameters"]["query"]>["user_id"] | undefined;
  /**
   * Set the override of this graph.
   *
   * Sent in the query as `graph_id`.
   * @example "graph-kb-01"
   */
  graph_id?: NonNullable<paths["/projects/observation-steering"]["put"]["parameters"]["query"]>["graph_id"] | undefined;
}

/**
 * Settings of the project the API key belongs to.
 *
 * `client.project`.
 */
export class ProjectResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Get project info
   *
   * Returns the project that the API key belongs to.
   *
   * `GET /projects/info`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(options?: RequestOptions): ApiCall<ProjectInfoResponse> {
    return this.#transport.call<ProjectInfoResponse>(projectGetOperation, {}, options);
  }

  /**
   * Update project info
   *
   * Sets or clears the project's fallback time zone.
   *
   * `PATCH /projects/info`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(params: ProjectUpdateParams = {}, options?: RequestOptions): ApiCall<ProjectInfoResponse> {
    return this.#transport.call<ProjectInfoResponse>(projectUpdateOperation, params, options);
  }

  /**
   * Get observation steering
   *
   * Returns the project's observation steering, or the steering in effect for a user or graph (its own override, else the project's). Experimental.
   *
   * `GET /projects/observation-steering`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getObservationSteering(params: ProjectGetObservationSteeringParams = {}, options?: RequestOptions): ApiCall<ObservationSteeringConfig> {
    return this.#transport.call<ObservationSteeringConfig>(projectGetObservationSteeringOperation, params, options);
  }

  /**
   * Set observation steering
   *
   * Replaces the steering of the project, or the override of a user or graph. An empty configuration clears the project's steering or drops the override. Only later processing runs see the change. Experimental.
   *
   * `PUT /projects/observation-steering`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  setObservationSteering(params: ProjectSetObservationSteeringParams = {}, options?: RequestOptions): ApiCall<ObservationSteeringConfig> {
    return this.#transport.call<ObservationSteeringConfig>(projectSetObservationSteeringOperation, params, options);
  }
}
