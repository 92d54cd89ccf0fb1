// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph.d.ts"
import { GraphEdgeResource } from "./graph-edge.js";
import { GraphEpisodeResource } from "./graph-episode.js";
import { GraphNodeResource } from "./graph-node.js";
import { GraphObservationResource } from "./graph-observation.js";
import { GraphThreadSummaryResource } from "./graph-thread-summary.js";
import { GraphDocumentSummaryResource } from "./graph-document-summary.js";

const graphListCustomInstructionsOperation = {
  id: "graphListCustomInstructions",
  method: "GET",
  path: "/custom-instructions",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphAddCustomInstructionsOperation = {
  id: "graphAddCustomInstructions",
  method: "POST",
  path: "/custom-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphDeleteCustomInstructionsOperation = {
  id: "graphDeleteCustomInstructions",
  method: "DELETE",
  path: "/custom-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphListEntityTypesOperation = {
  id: "graphListEntityTypes",
  method: "GET",
  path: "/entity-types",
  params: [{ key: "user_id", name: "user_id", in: "query" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphSetEntityTypesInternalOperation = {
  id: "graphSetEntityTypesInternal",
  method: "PUT",
  path: "/entity-types",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphAddOperation = {
  id: "graphAdd",
  method: "POST",
  path: "/graph",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphAddBatchOperation = {
  id: "graphAddBatch",
  method: "POST",
  path: "/graph-batch",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["400", "500"],
};

const graphAddFactTripleOperation = {
  id: "graphAddFactTriple",
  method: "POST",
  path: "/graph/add-fact-triple",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphCloneOperation = {
  id: "graphClone",
  method: "POST",
  path: "/graph/clone",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphCreateOperation = {
  id: "graphCreate",
  method: "POST",
  path: "/graph/create",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphGetEpisodesForDocumentOperation = {
  id: "graphGetEpisodesForDocument",
  method: "GET",
  path: "/graph/documents/{document_id}/episodes",
  params: [{ key: "documentId", name: "document_id", in: "path" }, { key: "graph_id", name: "graph_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphListAllOperation = {
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
    style: "page-number",
    page: "pageNumber",
    first: 1,
    items: "graphs",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["400", "500"],
};

const graphAddNodesOperation = {
  id: "graphAddNodes",
  method: "POST",
  path: "/graph/nodes",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphDetectPatternsOperation = {
  id: "graphDetectPatterns",
  method: "POST",
  path: "/graph/patterns",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const graphSearchOperation = {
  id: "graphSearch",
  method: "POST",
  path: "/graph/search",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const graphGetSubgraphOperation = {
  id: "graphGetSubgraph",
  method: "POST",
  path: "/graph/subgraph",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "500"],
};

const graphGetOperation = {
  id: "graphGet",
  method: "GET",
  path: "/graph/{graphId}",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const graphDeleteOperation = {
  id: "graphDelete",
  method: "DELETE",
  path: "/graph/{graphId}",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphUpdateOperation = {
  id: "graphUpdate",
  method: "PATCH",
  path: "/graph/{graphId}",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const graphWarmOperation = {
  id: "graphWarm",
  method: "GET",
  path: "/graph/{graphId}/warm",
  params: [{ key: "graphId", name: "graphId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

export class GraphResource {
  edge;
  episode;
  node;
  observation;
  threadSummary;
  documentSummary;
  #transport;

  constructor(transport) {
    this.#transport = transport;
    this.edge = new GraphEdgeResource(transport);
    this.episode = new GraphEpisodeResource(transport);
    this.node = new GraphNodeResource(transport);
    this.observation = new GraphObservationResource(transport);
    this.threadSummary = new GraphThreadSummaryResource(transport);
    this.documentSummary = new GraphDocumentSummaryResource(transport);
  }

  listCustomInstructions(params = {}, options) {
    return this.#transport.call(graphListCustomInstructionsOperation, params, options);
  }

  addCustomInstructions(params, options) {
    return this.#transport.call(graphAddCustomInstructionsOperation, params, options);
  }

  deleteCustomInstructions(params = {}, options) {
    return this.#transport.call(graphDeleteCustomInstructionsOperation, params, options);
  }

  listEntityTypes(params = {}, options) {
    return this.#transport.call(graphListEntityTypesOperation, params, options);
  }

  setEntityTypesInternal(params = {}, options) {
    return this.#transport.call(graphSetEntityTypesInternalOperation, params, options);
  }

  add(params, options) {
    return this.#transport.call(graphAddOperation, params, options);
  }

  addBatch(params, options) {
    return this.#transport.call(graphAddBatchOperation, params, options);
  }

  addFactTriple(params, options) {
    return this.#transport.call(graphAddFactTripleOperation, params, options);
  }

  clone(params = {}, options) {
    return this.#transport.call(graphCloneOperation, params, options);
  }

  create(params, options) {
    return this.#transport.call(graphCreateOperation, params, options);
  }

  getEpisodesForDocument(documentId, params, options) {
    return this.#transport.call(graphGetEpisodesForDocumentOperation, { ...params, documentId }, options);
  }

  listAll(params = {}, options) {
    return this.#transport.paginate(graphListAllOperation, params, options);
  }

  addNodes(params, options) {
    return this.#transport.call(graphAddNodesOperation, params, options);
  }

  detectPatterns(params = {}, options) {
    return this.#transport.call(graphDetectPatternsOperation, params, options);
  }

  search(params, options) {
    return this.#transport.call(graphSearchOperation, params, options);
  }

  getSubgraph(params, options) {
    return this.#transport.call(graphGetSubgraphOperation, params, options);
  }

  get(graphId, options) {
    return this.#transport.call(graphGetOperation, { graphId }, options);
  }

  delete(graphId, options) {
    return this.#transport.call(graphDeleteOperation, { graphId }, options);
  }

  update(graphId, params = {}, options) {
    return this.#transport.call(graphUpdateOperation, { ...params, graphId }, options);
  }

  warm(graphId, options) {
    return this.#transport.call(graphWarmOperation, { graphId }, options);
  }
}
