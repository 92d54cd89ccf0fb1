// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { PagedCall } from "../runtime/paginate.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { EntityEdge, GraphEdgesRequest, SuccessResponse, UpdateEdgeRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";
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
export declare class GraphEdgeResource {
  #private;
  /** @internal Created by its parent resource. */
  constructor(transport: Transport);
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
  getByGraphId(graphId: string, params?: GraphEdgeGetByGraphIdParams, options?: RequestOptions): PagedCall<EntityEdge[], EntityEdge>;
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
  getByUserId(userId: string, params?: GraphEdgeGetByUserIdParams, options?: RequestOptions): PagedCall<EntityEdge[], EntityEdge>;
  /**
   * Get an edge
   *
   * `GET /graph/edge/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the edge.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<EntityEdge>;
  /**
   * Delete an edge
   *
   * `DELETE /graph/edge/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the edge.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(uuid: string, options?: RequestOptions): ApiCall<SuccessResponse>;
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
  update(uuid: string, params?: GraphEdgeUpdateParams, options?: RequestOptions): ApiCall<EntityEdge>;
}
