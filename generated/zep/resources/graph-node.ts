// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { EntityEdge, EntityNode, EpisodeResponse, GraphNodeNeighbor, GraphNodeNeighborsRequest, GraphNodesRequest, SuccessResponse, UpdateNodeRequest } from "../models.d.ts";

const graphNodeGetByGraphIdOperation: PagedOperationSpec = {
  id: "graphNodeGetByGraphId",
  method: "POST",
  path: "/graph/node/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphNodeGetByUserIdOperation: PagedOperationSpec = {
  id: "graphNodeGetByUserId",
  method: "POST",
  path: "/graph/node/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphNodeGetEdgesOperation: OperationSpec = {
  id: "graphNodeGetEdges",
  method: "GET",
  path: "/graph/node/{node_uuid}/entity-edges",
  params: [{ key: "nodeUuid", name: "node_uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["400", "500"],
};

const graphNodeGetEpisodesOperation: OperationSpec = {
  id: "graphNodeGetEpisodes",
  method: "GET",
  path: "/graph/node/{node_uuid}/episodes",
  params: [{ key: "nodeUuid", name: "node_uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphNodeGetNeighborsOperation: PagedOperationSpec = {
  id: "graphNodeGetNeighbors",
  method: "POST",
  path: "/graph/node/{node_uuid}/neighbors",
  params: [{ key: "nodeUuid", name: "node_uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphNodeGetOperation: OperationSpec = {
  id: "graphNodeGet",
  method: "GET",
  path: "/graph/node/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphNodeDeleteOperation: OperationSpec = {
  id: "graphNodeDelete",
  method: "DELETE",
  path: "/graph/node/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphNodeUpdateOperation: OperationSpec = {
  id: "graphNodeUpdate",
  method: "PATCH",
  path: "/graph/node/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};
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
export class GraphNodeResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

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
  getByGraphId(graphId: string, params: GraphNodeGetByGraphIdParams = {}, options?: RequestOptions): PagedCall<EntityNode[], EntityNode> {
    return this.#transport.paginate<EntityNode[], EntityNode>(graphNodeGetByGraphIdOperation, { ...params, graphId }, options);
  }

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
  getByUserId(userId: string, params: GraphNodeGetByUserIdParams = {}, options?: RequestOptions): PagedCall<EntityNode[], EntityNode> {
    return this.#transport.paginate<EntityNode[], EntityNode>(graphNodeGetByUserIdOperation, { ...params, userId }, options);
  }

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
  getEdges(nodeUuid: string, options?: RequestOptions): ApiCall<EntityEdge[]> {
    return this.#transport.call<EntityEdge[]>(graphNodeGetEdgesOperation, { nodeUuid }, options);
  }

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
  getEpisodes(nodeUuid: string, options?: RequestOptions): ApiCall<EpisodeResponse> {
    return this.#transport.call<EpisodeResponse>(graphNodeGetEpisodesOperation, { nodeUuid }, options);
  }

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
  getNeighbors(nodeUuid: string, params: GraphNodeGetNeighborsParams = {}, options?: RequestOptions): PagedCall<GraphNodeNeighbor[], GraphNodeNeighbor> {
    return this.#transport.paginate<GraphNodeNeighbor[], GraphNodeNeighbor>(graphNodeGetNeighborsOperation, { ...params, nodeUuid }, options);
  }

  /**
   * Get a node
   *
   * `GET /graph/node/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the node.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<EntityNode> {
    return this.#transport.call<EntityNode>(graphNodeGetOperation, { uuid }, options);
  }

  /**
   * Delete a node
   *
   * `DELETE /graph/node/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the node.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(uuid: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphNodeDeleteOperation, { uuid }, options);
  }

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
  update(uuid: string, params: GraphNodeUpdateParams = {}, options?: RequestOptions): ApiCall<EntityNode> {
    return this.#transport.call<EntityNode>(graphNodeUpdateOperation, { ...params, uuid }, options);
  }
}
