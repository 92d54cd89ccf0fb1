// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { PagedCall } from "../runtime/paginate.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { DocumentSummary, GraphDocumentSummariesRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";
/** Parameters of {@link GraphDocumentSummaryResource.getByGraphId}: `POST /graph/document-summary/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphDocumentSummaryGetByGraphIdParams = GraphDocumentSummariesRequest;

/**
 * Summaries of the documents added to a graph.
 *
 * `client.graph.documentSummary`.
 */
export declare class GraphDocumentSummaryResource {
  #private;
  /** @internal Created by its parent resource. */
  constructor(transport: Transport);
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
  getByGraphId(graphId: string, params?: GraphDocumentSummaryGetByGraphIdParams, options?: RequestOptions): PagedCall<DocumentSummary[], DocumentSummary>;
}
