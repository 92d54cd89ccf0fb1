// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { PagedCall } from "../runtime/paginate.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { EntityEdge, EntityNode, EpisodeResponse, GraphNodeNeighbor, GraphNodeNeighborsRequest, GraphNodesRequest, SuccessResponse, UpdateNodeRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";
/** Parameters of {@link GraphNodeResource.getByGraphId}: `POST /graph/node/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphNodeGetByGraphIdParams = GraphNodesRequest;
/** Parameters of {@link GraphNodeResource.getByUserId}: `POST /graph/node/user/{user_id}`: the properties of the `application/json` body. */
export type GraphNodeGetByUserIdParams = GraphNodesRequest;
/** Parameters of {@link GraphNodeResource.getNeighbors}: `POST /graph/node/{node_uuid}/neighbors`: the properties of the `application/json` body. */
export type GraphNodeGetNeighborsParams = GraphNodeNeighborsRequest;
/** Parameters of {@link GraphNodeResource.update}: `PATCH /graph/node/{uuid}`: the properties of the `application/json` body. */
export type GraphNodeUpdateParams = UpdateNodeRequest;

/**
 * Entities of a graph.
 *
 * `client.graph.node`.
 */
export declare class GraphNodeResource {
  #private;
  /** @internal Created by its parent resource. */
  constructor(transport: Transport);
  /**
   * List the nodes of a graph
   *
   * Returns one page of the graph's entity nodes; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/node/graph/{graph_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByGraphId(graphId: string, params?: GraphNodeGetByGraphIdParams, options?: RequestOptions): PagedCall<EntityNode[], EntityNode>;
  /**
   * List the nodes of a user's graph
   *
   * Returns one page of the entity nodes in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/node/user/{user_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param userId - Identifier of the user whose graph is read.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByUserId(userId: string, params?: GraphNodeGetByUserIdParams, options?: RequestOptions): PagedCall<EntityNode[], EntityNode>;
  /**
   * Get the edges of a node
   *
   * Deprecated: list edges with `filters.connected_node_uuids`, or use the neighbors operation. The result is capped; a capped answer carries the `Zep-Truncated` header.
   *
   * `GET /graph/node/{node_uuid}/entity-edges`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param nodeUuid - UUID of the node.
   * @param options - Per-call signal, timeout, retries and headers.
   * @deprecated
   */
  getEdges(nodeUuid: string, options?: RequestOptions): ApiCall<EntityEdge[]>;
  /**
   * Get the episodes that mention a node
   *
   * Deprecated: read the node's `episodes` field, or list episodes with `mentioned_node_uuids` when `episodes_truncated` is true. The result is capped; a capped answer carries the `Zep-Truncated` header.
   *
   * `GET /graph/node/{node_uuid}/episodes`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param nodeUuid - UUID of the node.
   * @param options - Per-call signal, timeout, retries and headers.
   * @deprecated
   */
  getEpisodes(nodeUuid: string, options?: RequestOptions): ApiCall<EpisodeResponse>;
  /**
   * List the neighbors of a node
   *
   * Returns one page of the distinct entity nodes directly linked to the node, each with the edges that link it; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/node/{node_uuid}/neighbors`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param nodeUuid - UUID of the node.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getNeighbors(nodeUuid: string, params?: GraphNodeGetNeighborsParams, options?: RequestOptions): PagedCall<GraphNodeNeighbor[], GraphNodeNeighbor>;
  /**
   * Get a node
   *
   * `GET /graph/node/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the node.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<EntityNode>;
  /**
   * Delete a node
   *
   * `DELETE /graph/node/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the node.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(uuid: string, options?: RequestOptions): ApiCall<SuccessResponse>;
  /**
   * Update a node
   *
   * Changes the given fields of an entity node; omitted fields stay as they are.
   *
   * `PATCH /graph/node/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the node.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(uuid: string, params?: GraphNodeUpdateParams, options?: RequestOptions): ApiCall<EntityNode>;
}
