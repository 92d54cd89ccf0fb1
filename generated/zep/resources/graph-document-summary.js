// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./graph-document-summary.d.ts"

const graphDocumentSummaryGetByGraphIdOperation = {
  id: "graphDocumentSummaryGetByGraphId",
  method: "POST",
  path: "/graph/document-summary/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: "cursor", cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

export class GraphDocumentSummaryResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  getByGraphId(graphId, params = {}, options) {
    return this.#transport.paginate(graphDocumentSummaryGetByGraphIdOperation, { ...params, graphId }, options);
  }
}
