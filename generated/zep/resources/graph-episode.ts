// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { Episode, EpisodeMentions, EpisodeResponse, GraphEpisodeListRequest, SuccessResponse, UpdateEpisodeRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const graphEpisodeGetByGraphIdOperation: OperationSpec = {
  id: "graphEpisodeGetByGraphId",
  method: "GET",
  path: "/graph/episodes/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }, { key: "lastn", name: "lastn", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphEpisodeListByGraphIdOperation: PagedOperationSpec = {
  id: "graphEpisodeListByGraphId",
  method: "POST",
  path: "/graph/episodes/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEpisodeGetByUserIdOperation: OperationSpec = {
  id: "graphEpisodeGetByUserId",
  method: "GET",
  path: "/graph/episodes/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }, { key: "lastn", name: "lastn", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphEpisodeListByUserIdOperation: PagedOperationSpec = {
  id: "graphEpisodeListByUserId",
  method: "POST",
  path: "/graph/episodes/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "500"],
};

const graphEpisodeGetOperation: OperationSpec = {
  id: "graphEpisodeGet",
  method: "GET",
  path: "/graph/episodes/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphEpisodeDeleteOperation: OperationSpec = {
  id: "graphEpisodeDelete",
  method: "DELETE",
  path: "/graph/episodes/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphEpisodeUpdateOperation: OperationSpec = {
  id: "graphEpisodeUpdate",
  method: "PATCH",
  path: "/graph/episodes/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const graphEpisodeGetNodesAndEdgesOperation: OperationSpec = {
  id: "graphEpisodeGetNodesAndEdges",
  method: "GET",
  path: "/graph/episodes/{uuid}/mentions",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

/** Parameters of {@link GraphEpisodeResource.getByGraphId}: `GET /graph/episodes/graph/{graph_id}`. */
export interface GraphEpisodeGetByGraphIdParams {
  /**
   * How many of the most recent episodes to return.
   *
   * Sent in the query as `lastn`.
   * @example 10
   */
  lastn?: NonNullable<paths["/graph/episodes/graph/{graph_id}"]["get"]["parameters"]["query"]>["lastn"] | undefined;
}

/** Parameters of {@link GraphEpisodeResource.listByGraphId}: `POST /graph/episodes/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphEpisodeListByGraphIdParams = GraphEpisodeListRequest;

/** Parameters of {@link GraphEpisodeResource.getByUserId}: `GET /graph/episodes/user/{user_id}`. */
export interface GraphEpisodeGetByUserIdParams {
  /**
   * How many of the most recent episodes to return.
   *
   * Sent in the query as `lastn`.
   * @example 10
   */
  lastn?: NonNullable<paths["/graph/episodes/user/{user_id}"]["get"]["parameters"]["query"]>["lastn"] | undefined;
}

/** Parameters of {@link GraphEpisodeResource.listByUserId}: `POST /graph/episodes/user/{user_id}`: the properties of the `application/json` body. */
export type GraphEpisodeListByUserIdParams = GraphEpisodeListRequest;
/** Parameters of {@link GraphEpisodeResource.update}: `PATCH /graph/episodes/{uuid}`: the properties of the `application/json` body. */
export type GraphEpisodeUpdateParams = UpdateEpisodeRequest;

/**
 * The pieces of data (messages, text, JSON) a graph was built from.
 *
 * `client.graph.episode`.
 */
export class GraphEpisodeResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Get the latest episodes of a graph
   *
   * `GET /graph/episodes/graph/{graph_id}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByGraphId(graphId: string, params: GraphEpisodeGetByGraphIdParams = {}, options?: RequestOptions): ApiCall<EpisodeResponse> {
    return this.#transport.call<EpisodeResponse>(graphEpisodeGetByGraphIdOperation, { ...params, graphId }, options);
  }

  /**
   * List the episodes of a graph
   *
   * Returns one filterable page of the graph's episodes; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/episodes/graph/{graph_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listByGraphId(graphId: string, params: GraphEpisodeListByGraphIdParams = {}, options?: RequestOptions): PagedCall<Episode[], Episode> {
    return this.#transport.paginate<Episode[], Episode>(graphEpisodeListByGraphIdOperation, { ...params, graphId }, options);
  }

  /**
   * Get the latest episodes of a user's graph
   *
   * `GET /graph/episodes/user/{user_id}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - Identifier of the user whose graph is read.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByUserId(userId: string, params: GraphEpisodeGetByUserIdParams = {}, options?: RequestOptions): ApiCall<EpisodeResponse> {
    return this.#transport.call<EpisodeResponse>(graphEpisodeGetByUserIdOperation, { ...params, userId }, options);
  }

  /**
   * List the episodes of a user's graph
   *
   * Returns one filterable page of the episodes in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/episodes/user/{user_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param userId - Identifier of the user whose graph is read.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listByUserId(userId: string, params: GraphEpisodeListByUserIdParams = {}, options?: RequestOptions): PagedCall<Episode[], Episode> {
    return this.#transport.paginate<Episode[], Episode>(graphEpisodeListByUserIdOperation, { ...params, userId }, options);
  }

  /**
   * Get an episode
   *
   * `GET /graph/episodes/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the episode.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<Episode> {
    return this.#transport.call<Episode>(graphEpisodeGetOperation, { uuid }, options);
  }

  /**
   * Delete an episode
   *
   * `DELETE /graph/episodes/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the episode.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(uuid: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphEpisodeDeleteOperation, { uuid }, options);
  }

  /**
   * Update an episode's metadata
   *
   * Merges the given keys into the episode's metadata: given keys are added or replaced, keys set to null are dropped.
   *
   * `PATCH /graph/episodes/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the episode.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(uuid: string, params: GraphEpisodeUpdateParams, options?: RequestOptions): ApiCall<Episode> {
    return this.#transport.call<Episode>(graphEpisodeUpdateOperation, { ...params, uuid }, options);
  }

  /**
   * Get the nodes and edges an episode mentions
   *
   * Deprecated: list nodes and edges with `filters.episode_uuids` instead. The result is capped; a capped answer carries the `Zep-Truncated` header.
   *
   * `GET /graph/episodes/{uuid}/mentions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the episode.
   * @param options - Per-call signal, timeout, retries and headers.
   * @deprecated
   */
  getNodesAndEdges(uuid: string, options?: RequestOptions): ApiCall<EpisodeMentions> {
    return this.#transport.call<EpisodeMentions>(graphEpisodeGetNodesAndEdgesOperation, { uuid }, options);
  }
}
