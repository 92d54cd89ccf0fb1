// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { EntityEdge, GraphEdgesRequest, SuccessResponse, UpdateEdgeRequest } from "../models.d.ts";

const graphEdgeGetByGraphIdOperation: PagedOperationSpec = {
  id: "graphEdgeGetByGraphId",
  method: "POST",
  path: "/graph/edge/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEdgeGetByUserIdOperation: PagedOperationSpec = {
  id: "graphEdgeGetByUserId",
  method: "POST",
  path: "/graph/edge/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEdgeGetOperation: OperationSpec = {
  id: "graphEdgeGet",
  method: "GET",
  path: "/graph/edge/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphEdgeDeleteOperation: OperationSpec = {
  id: "graphEdgeDelete",
  method: "DELETE",
  path: "/graph/edge/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphEdgeUpdateOperation: OperationSpec = {
  id: "graphEdgeUpdate",
  method: "PATCH",
  path: "/graph/edge/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};
/** Parameters of {@link GraphEdgeResource.getByGraphId}: `POST /graph/edge/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphEdgeGetByGraphIdParams = GraphEdgesRequest;
/** Parameters of {@link GraphEdgeResource.getByUserId}: `POST /graph/edge/user/{user_id}`: the properties of the `application/json` body. */
export type GraphEdgeGetByUserIdParams = GraphEdgesRequest;
/** Parameters of {@link GraphEdgeResource.update}: `PATCH /graph/edge/{uuid}`: the properties of the `application/json` body. */
export type GraphEdgeUpdateParams = UpdateEdgeRequest;

/**
 * Facts of a graph, stored as edges between two entities.
 *
 * `client.graph.edge`.
 */
export class GraphEdgeResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List the edges of a graph
   *
   * Returns one page of the graph's entity edges; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/edge/graph/{graph_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByGraphId(graphId: string, params: GraphEdgeGetByGraphIdParams = {}, options?: RequestOptions): PagedCall<EntityEdge[], EntityEdge> {
    return this.#transport.paginate<EntityEdge[], EntityEdge>(graphEdgeGetByGraphIdOperation, { ...params, graphId }, options);
  }

  /**
   * List the edges of a user's graph
   *
   * Returns one page of the entity edges in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/edge/user/{user_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param userId - Identifier of the user whose graph is read.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByUserId(userId: string, params: GraphEdgeGetByUserIdParams = {}, options?: RequestOptions): PagedCall<EntityEdge[], EntityEdge> {
    return this.#transport.paginate<EntityEdge[], EntityEdge>(graphEdgeGetByUserIdOperation, { ...params, userId }, options);
  }

  /**
   * Get an edge
   *
   * `GET /graph/edge/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the edge.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<EntityEdge> {
    return this.#transport.call<EntityEdge>(graphEdgeGetOperation, { uuid }, options);
  }

  /**
   * Delete an edge
   *
   * `DELETE /graph/edge/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the edge.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(uuid: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphEdgeDeleteOperation, { uuid }, options);
  }

  /**
   * Update an edge
   *
   * Changes the given fields of an entity edge; omitted fields stay as they are.
   *
   * `PATCH /graph/edge/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the edge.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(uuid: string, params: GraphEdgeUpdateParams = {}, options?: RequestOptions): ApiCall<EntityEdge> {
    return this.#transport.call<EntityEdge>(graphEdgeUpdateOperation, { ...params, uuid }, options);
  }
}
