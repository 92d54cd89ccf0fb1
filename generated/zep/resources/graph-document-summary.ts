// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { jsonBody } from "../runtime/encode-body.ts";
import type { PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { DocumentSummary, GraphDocumentSummariesRequest } from "../models.d.ts";

const graphDocumentSummaryGetByGraphIdOperation: PagedOperationSpec = {
  id: "graphDocumentSummaryGetByGraphId",
  method: "POST",
  path: "/graph/document-summary/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};
/** Parameters of {@link GraphDocumentSummaryResource.getByGraphId}: `POST /graph/document-summary/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphDocumentSummaryGetByGraphIdParams = GraphDocumentSummariesRequest;

/**
 * Summaries of the documents added to a graph.
 *
 * `client.graph.documentSummary`.
 */
export class GraphDocumentSummaryResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List the document summaries of a graph
   *
   * Returns one page of the rolling summaries kept for the documents of the graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/document-summary/graph/{graph_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByGraphId(graphId: string, params: GraphDocumentSummaryGetByGraphIdParams = {}, options?: RequestOptions): PagedCall<DocumentSummary[], DocumentSummary> {
    return this.#transport.paginate<DocumentSummary[], DocumentSummary>(graphDocumentSummaryGetByGraphIdOperation, { ...params, graphId }, options);
  }
}
