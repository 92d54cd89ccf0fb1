// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { GraphEdgeResource } from "./graph-edge.ts";
import { GraphEpisodeResource } from "./graph-episode.ts";
import { GraphNodeResource } from "./graph-node.ts";
import { GraphObservationResource } from "./graph-observation.ts";
import { GraphThreadSummaryResource } from "./graph-thread-summary.ts";
import { GraphDocumentSummaryResource } from "./graph-document-summary.ts";
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { pageNumbers, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { AddCustomInstructionsRequest, AddDataBatchRequest, AddDataRequest, AddNodesRequest, AddNodesResponse, AddTripleRequest, AddTripleResponse, CloneGraphRequest, CloneGraphResponse, CreateGraphRequest, DeleteCustomInstructionsRequest, DetectPatternsRequest, DetectPatternsResponse, EntityTypeRequest, EntityTypeResponse, Episode, EpisodeResponse, Graph, GraphListResponse, GraphSearchQuery, GraphSearchResults, GraphSubgraphRequest, GraphSubgraphResponse, ListCustomInstructionsResponse, SuccessResponse, UpdateGraphRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const graphListCustomInstructionsOperation: OperationSpec = {
  id: "graphListCustomInstructions",
  method: "GET",
  path: "/custom-instructions",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphAddCustomInstructionsOperation: OperationSpec = {
  id: "graphAddCustomInstructions",
  method: "POST",
  path: "/custom-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphDeleteCustomInstructionsOperation: OperationSpec = {
  id: "graphDeleteCustomInstructions",
  method: "DELETE",
  path: "/custom-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphListEntityTypesOperation: OperationSpec = {
  id: "graphListEntityTypes",
  method: "GET",
  path: "/entity-types",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphSetEntityTypesInternalOperation: OperationSpec = {
  id: "graphSetEntityTypesInternal",
  method: "PUT",
  path: "/entity-types",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphAddOperation: OperationSpec = {
  id: "graphAdd",
  method: "POST",
  path: "/graph",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphAddBatchOperation: OperationSpec = {
  id: "graphAddBatch",
  method: "POST",
  path: "/graph-batch",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["400", "500"],
};

const graphAddFactTripleOperation: OperationSpec = {
  id: "graphAddFactTriple",
  method: "POST",
  path: "/graph/add-fact-triple",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphCloneOperation: OperationSpec = {
  id: "graphClone",
  method: "POST",
  path: "/graph/clone",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphCreateOperation: OperationSpec = {
  id: "graphCreate",
  method: "POST",
  path: "/graph/create",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphGetEpisodesForDocumentOperation: OperationSpec = {
  id: "graphGetEpisodesForDocument",
  method: "GET",
  path: "/graph/documents/{document_id}/episodes",
  params: [{ key: "documentId", name: "document_id", in: "path" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphListAllOperation: PagedOperationSpec = {
  id: "graphListAll",
  method: "GET",
  path: "/graph/list-all",
  params: [
    { key: "pageNumber", name: "pageNumber", in: "query" },
    { key: "pageSize", name: "pageSize", in: "query" },
    { key: "search", name: "search", in: "query" },
    { key: "order_by", name: "order_by", in: "query" },
    { key: "asc", name: "asc", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  pagination: {
    style: pageNumbers,
    page: "pageNumber",
    first: 1,
    items: "graphs",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["400", "500"],
};

const graphAddNodesOperation: OperationSpec = {
  id: "graphAddNodes",
  method: "POST",
  path: "/graph/nodes",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphDetectPatternsOperation: OperationSpec = {
  id: "graphDetectPatterns",
  method: "POST",
  path: "/graph/patterns",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const graphSearchOperation: OperationSpec = {
  id: "graphSearch",
  method: "POST",
  path: "/graph/search",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphGetSubgraphOperation: OperationSpec = {
  id: "graphGetSubgraph",
  method: "POST",
  path: "/graph/subgraph",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const graphGetOperation: OperationSpec = {
  id: "graphGet",
  method: "GET",
  path: "/graph/{graphId}",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const graphDeleteOperation: OperationSpec = {
  id: "graphDelete",
  method: "DELETE",
  path: "/graph/{graphId}",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphUpdateOperation: OperationSpec = {
  id: "graphUpdate",
  method: "PATCH",
  path: "/graph/{graphId}",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphWarmOperation: OperationSpec = {
  id: "graphWarm",
  method: "GET",
  path: "/graph/{graphId}/warm",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

/** Parameters of {@link GraphResource.listCustomInstructions}: `GET /custom-instructions`. */
export interface GraphListCustomInstructionsParams {
  /**
   * Return the instructions of this user's graph.
   *
   * Sent in the query as `user_id`.
   * @example "user-2291"
   */
  user_id?: NonNullable<paths["/custom-instructions"]["get"]["parameters"]["query"]>["user_id"] | undefined;
  /**
   * Return the instructions of this named graph.
   *
   * Sent in the query as `graph_id`.
   * @example "graph-kb-01"
   */
  graph_id?: NonNullable<paths["/custom-instructions"]["get"]["parameters"]["query"]>["graph_id"] | undefined;
}

/** Parameters of {@link GraphResource.addCustomInstructions}: `POST /custom-instructions`: the properties of the `application/json` body. */
export type GraphAddCustomInstructionsParams = AddCustomInstructionsRequest;
/** Parameters of {@link GraphResource.deleteCustomInstructions}: `DELETE /custom-instructions`: the properties of the `application/json` body. */
export type GraphDeleteCustomInstructionsParams = DeleteCustomInstructionsRequest;

/** Parameters of {@link GraphResource.listEntityTypes}: `GET /entity-types`. */
export interface GraphListEntityTypesParams {
  /**
   * Return the types defined for this user's graph.
   *
   * Sent in the query as `user_id`.
   * @example "user-2291"
   */
  user_id?: NonNullable<paths["/entity-types"]["get"]["parameters"]["query"]>["user_id"] | undefined;
  /**
   * Return the types defined for this named graph.
   *
   * Sent in the query as `graph_id`.
   * @example "graph-kb-01"
   */
  graph_id?: NonNullable<paths["/entity-types"]["get"]["parameters"]["query"]>["graph_id"] | undefined;
}

/** Parameters of {@link GraphResource.setEntityTypesInternal}: `PUT /entity-types`: the properties of the `application/json` body. */
export type GraphSetEntityTypesInternalParams = EntityTypeRequest;
/** Parameters of {@link GraphResource.add}: `POST /graph`: the properties of the `application/json` body. */
export type GraphAddParams = AddDataRequest;
/** Parameters of {@link GraphResource.addBatch}: `POST /graph-batch`: the properties of the `application/json` body. */
export type GraphAddBatchParams = AddDataBatchRequest;
/** Parameters of {@link GraphResource.addFactTriple}: `POST /graph/add-fact-triple`: the properties of the `application/json` body. */
export type GraphAddFactTripleParams = AddTripleRequest;
/** Parameters of {@link GraphResource.clone}: `POST /graph/clone`: the properties of the `application/json` body. */
export type GraphCloneParams = CloneGraphRequest;
/** Parameters of {@link GraphResource.create}: `POST /graph/create`: the properties of the `application/json` body. */
export type GraphCreateParams = CreateGraphRequest;

/** Parameters of {@link GraphResource.getEpisodesForDocument}: `GET /graph/documents/{document_id}/episodes`. */
export interface GraphGetEpisodesForDocumentParams {
  /**
   * The graph holding the document.
   *
   * Sent in the query as `graph_id`.
   * @example "graph-kb-01"
   */
  graph_id: NonNullable<paths["/graph/documents/{document_id}/episodes"]["get"]["parameters"]["query"]>["graph_id"];
}

/** Parameters of {@link GraphResource.listAll}: `GET /graph/list-all`. */
export interface GraphListAllParams {
  /**
   * The page to return, counting from 1.
   *
   * Sent in the query as `pageNumber`.
   * @example 1
   */
  pageNumber?: NonNullable<paths["/graph/list-all"]["get"]["parameters"]["query"]>["pageNumber"] | undefined;
  /**
   * Graphs per page, 1 to 100; 50 when omitted (an explicit 0 is rejected).
   *
   * Sent in the query as `pageSize`.
   * @example 50
   */
  pageSize?: NonNullable<paths["/graph/list-all"]["get"]["parameters"]["query"]>["pageSize"] | undefined;
  /**
   * Text matched against graph id, name and description (at most 200 characters).
   *
   * Sent in the query as `search`.
   * @example "support"
   */
  search?: NonNullable<paths["/graph/list-all"]["get"]["parameters"]["query"]>["search"] | undefined;
  /**
   * The field to sort by.
   *
   * Sent in the query as `order_by`.
   * @example "created_at"
   */
  order_by?: NonNullable<paths["/graph/list-all"]["get"]["parameters"]["query"]>["order_by"] | undefined;
  /**
   * True to sort ascending, false for descending.
   *
   * Sent in the query as `asc`.
   * @example false
   */
  asc?: NonNullable<paths["/graph/list-all"]["get"]["parameters"]["query"]>["asc"] | undefined;
}

/** Parameters of {@link GraphResource.addNodes}: `POST /graph/nodes`: the properties of the `application/json` body. */
export type GraphAddNodesParams = AddNodesRequest;
/** Parameters of {@link GraphResource.detectPatterns}: `POST /graph/patterns`: the properties of the `application/json` body. */
export type GraphDetectPatternsParams = DetectPatternsRequest;
/** Parameters of {@link GraphResource.search}: `POST /graph/search`: the properties of the `application/json` body. */
export type GraphSearchParams = GraphSearchQuery;
/** Parameters of {@link GraphResource.getSubgraph}: `POST /graph/subgraph`: the properties of the `application/json` body. */
export type GraphGetSubgraphParams = GraphSubgraphRequest;
/** Parameters of {@link GraphResource.update}: `PATCH /graph/{graphId}`: the properties of the `application/json` body. */
export type GraphUpdateParams = UpdateGraphRequest;

/**
 * Knowledge graphs, the data added to them, and searches over them.
 *
 * `client.graph`.
 */
export class GraphResource {
  /**
   * Facts of a graph, stored as edges between two entities.
   *
   * `client.graph.edge`.
   */
  readonly edge: GraphEdgeResource;
  /**
   * The pieces of data (messages, text, JSON) a graph was built from.
   *
   * `client.graph.episode`.
   */
  readonly episode: GraphEpisodeResource;
  /**
   * Entities of a graph.
   *
   * `client.graph.node`.
   */
  readonly node: GraphNodeResource;
  /**
   * Observations Zep derived from a graph.
   *
   * `client.graph.observation`.
   */
  readonly observation: GraphObservationResource;
  /**
   * Summaries of the threads behind a graph.
   *
   * `client.graph.threadSummary`.
   */
  readonly threadSummary: GraphThreadSummaryResource;
  /**
   * Summaries of the documents added to a graph.
   *
   * `client.graph.documentSummary`.
   */
  readonly documentSummary: GraphDocumentSummaryResource;
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
    this.edge = new GraphEdgeResource(transport);
    this.episode = new GraphEpisodeResource(transport);
    this.node = new GraphNodeResource(transport);
    this.observation = new GraphObservationResource(transport);
    this.threadSummary = new GraphThreadSummaryResource(transport);
    this.documentSummary = new GraphDocumentSummaryResource(transport);
  }

  /**
   * List custom instructions
   *
   * Returns the custom extraction instructions of the project, or of one user graph or named graph when `user_id` or `graph_id` is given.
   *
   * `GET /custom-instructions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listCustomInstructions(params: GraphListCustomInstructionsParams = {}, options?: RequestOptions): ApiCall<ListCustomInstructionsResponse> {
    return this.#transport.call<ListCustomInstructionsResponse>(graphListCustomInstructionsOperation, params, options);
  }

  /**
   * Add custom instructions
   *
   * Adds instructions next to the existing ones. With no `user_ids` and no `graph_ids` they become part of the project-wide defaults.
   *
   * `POST /custom-instructions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  addCustomInstructions(params: GraphAddCustomInstructionsParams, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphAddCustomInstructionsOperation, params, options);
  }

  /**
   * Delete custom instructions
   *
   * Removes custom instructions from the given user graphs and named graphs, or from the project-wide defaults when neither list is given. The selection travels in a JSON body.
   *
   * `DELETE /custom-instructions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  deleteCustomInstructions(params: GraphDeleteCustomInstructionsParams = {}, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphDeleteCustomInstructionsOperation, params, options);
  }

  /**
   * List entity and edge types
   *
   * Returns the ontology (custom entity types and edge types) of the project, or of one user graph or named graph when `user_id` or `graph_id` is given.
   *
   * `GET /entity-types`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listEntityTypes(params: GraphListEntityTypesParams = {}, options?: RequestOptions): ApiCall<EntityTypeResponse> {
    return this.#transport.call<EntityTypeResponse>(graphListEntityTypesOperation, params, options);
  }

  /**
   * Set entity and edge types
   *
   * Replaces the ontology of the listed users and graphs (or of the project when none are listed) with the given entity types and edge types.
   *
   * `PUT /entity-types`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  setEntityTypesInternal(params: GraphSetEntityTypesInternalParams = {}, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphSetEntityTypesInternalOperation, params, options);
  }

  /**
   * Add data to a graph
   *
   * Ingests one piece of text, JSON or message data as an episode of a user graph (`user_id`) or a named graph (`graph_id`).
   *
   * `POST /graph`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  add(params: GraphAddParams, options?: RequestOptions): ApiCall<Episode> {
    return this.#transport.call<Episode>(graphAddOperation, params, options);
  }

  /**
   * Add several episodes at once
   *
   * Ingests a list of episodes into one graph, processing them concurrently. Superseded by the Batch API (`batch.*`).
   *
   * `POST /graph-batch`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   * @deprecated
   */
  addBatch(params: GraphAddBatchParams, options?: RequestOptions): ApiCall<Episode[]> {
    return this.#transport.call<Episode[]>(graphAddBatchOperation, params, options);
  }

  /**
   * Add a fact triple
   *
   * Writes a source node, a target node and the edge (fact) between them straight into a user graph or a named graph. Existing nodes can be reused by UUID.
   *
   * `POST /graph/add-fact-triple`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  addFactTriple(params: GraphAddFactTripleParams, options?: RequestOptions): ApiCall<AddTripleResponse> {
    return this.#transport.call<AddTripleResponse>(graphAddFactTripleOperation, params, options);
  }

  /**
   * Clone a graph
   *
   * Copies a user graph or a named graph to a new user or graph id. Give exactly one source (`source_user_id` or `source_graph_id`) and one target (`target_user_id` or `target_graph_id`).
   *
   * `POST /graph/clone`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  clone(params: GraphCloneParams = {}, options?: RequestOptions): ApiCall<CloneGraphResponse> {
    return this.#transport.call<CloneGraphResponse>(graphCloneOperation, params, options);
  }

  /**
   * Create a graph
   *
   * Creates an empty named graph.
   *
   * `POST /graph/create`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  create(params: GraphCreateParams, options?: RequestOptions): ApiCall<Graph> {
    return this.#transport.call<Graph>(graphCreateOperation, params, options);
  }

  /**
   * Get the episodes of a document
   *
   * Returns the episodes (chunks) that were added to a graph under one document id, much as a thread groups messages.
   *
   * `GET /graph/documents/{document_id}/episodes`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param documentId - The document id given when the episodes were added.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getEpisodesForDocument(documentId: string, params: GraphGetEpisodesForDocumentParams, options?: RequestOptions): ApiCall<EpisodeResponse> {
    return this.#transport.call<EpisodeResponse>(graphGetEpisodesForDocumentOperation, { ...params, documentId }, options);
  }

  /**
   * List graphs
   *
   * Returns one page of the project's standalone named graphs (user graphs are listed with `user.listOrdered`). `search` matches graph id, name and description, not graph contents.
   *
   * `GET /graph/list-all`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listAll(params: GraphListAllParams = {}, options?: RequestOptions): PagedCall<GraphListResponse, NonNullable<GraphListResponse["graphs"]>[number]> {
    return this.#transport.paginate<GraphListResponse, NonNullable<GraphListResponse["graphs"]>[number]>(graphListAllOperation, params, options);
  }

  /**
   * Add entity nodes
   *
   * Writes up to 100 entity nodes directly into a user graph or a named graph, without ingesting an episode.
   *
   * `POST /graph/nodes`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  addNodes(params: GraphAddNodesParams, options?: RequestOptions): ApiCall<AddNodesResponse> {
    return this.#transport.call<AddNodesResponse>(graphAddNodesOperation, params, options);
  }

  /**
   * Detect structural patterns
   *
   * Finds recurring structures in a graph: frequent relationship triples, multi-hop paths, co-occurring node types, hubs and clusters. With `query`, seeds come from a hybrid search and matching edges are returned ranked by relevance. Not part of the v4 public API.
   *
   * `POST /graph/patterns`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   * @deprecated
   */
  detectPatterns(params: GraphDetectPatternsParams = {}, options?: RequestOptions): ApiCall<DetectPatternsResponse> {
    return this.#transport.call<DetectPatternsResponse>(graphDetectPatternsOperation, params, options);
  }

  /**
   * Search a graph
   *
   * Searches a user graph or a named graph for edges, nodes, episodes, thread summaries or observations; the `auto` scope instead returns a ready-made context block.
   *
   * `POST /graph/search`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  search(params: GraphSearchParams, options?: RequestOptions): ApiCall<GraphSearchResults> {
    return this.#transport.call<GraphSearchResults>(graphSearchOperation, params, options);
  }

  /**
   * Get the neighborhood of seed nodes
   *
   * Expands breadth-first from up to 20 seed nodes, to a chosen depth and within node and edge budgets, and returns the nodes and edges reached, saying whether a budget cut the result short.
   *
   * `POST /graph/subgraph`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getSubgraph(params: GraphGetSubgraphParams, options?: RequestOptions): ApiCall<GraphSubgraphResponse> {
    return this.#transport.call<GraphSubgraphResponse>(graphGetSubgraphOperation, params, options);
  }

  /**
   * Get a graph
   *
   * `GET /graph/{graphId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param graphId - The id of the named graph.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(graphId: string, options?: RequestOptions): ApiCall<Graph> {
    return this.#transport.call<Graph>(graphGetOperation, { graphId }, options);
  }

  /**
   * Delete a graph
   *
   * Deletes a named graph and its contents. User graphs are removed with `user.delete`.
   *
   * `DELETE /graph/{graphId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param graphId - The id of the named graph.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(graphId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphDeleteOperation, { graphId }, options);
  }

  /**
   * Update a graph
   *
   * Changes the name, description or time zone of a named graph; omitted fields stay as they are.
   *
   * `PATCH /graph/{graphId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param graphId - The id of the named graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(graphId: string, params: GraphUpdateParams = {}, options?: RequestOptions): ApiCall<Graph> {
    return this.#transport.call<Graph>(graphUpdateOperation, { ...params, graphId }, options);
  }

  /**
   * Warm a graph
   *
   * Asks Zep to prepare a graph for low-latency searches ahead of use.
   *
   * `GET /graph/{graphId}/warm`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param graphId - The id of the named graph.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  warm(graphId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(graphWarmOperation, { graphId }, options);
  }
}
