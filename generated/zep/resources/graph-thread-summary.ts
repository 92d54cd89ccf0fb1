// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { jsonBody } from "../runtime/encode-body.ts";
import type { PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { GraphThreadSummariesRequest, ThreadSummary } from "../models.d.ts";

const graphThreadSummaryGetByGraphIdOperation: PagedOperationSpec = {
  id: "graphThreadSummaryGetByGraphId",
  method: "POST",
  path: "/graph/thread-summary/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphThreadSummaryGetByUserIdOperation: PagedOperationSpec = {
  id: "graphThreadSummaryGetByUserId",
  method: "POST",
  path: "/graph/thread-summary/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};
/** Parameters of {@link GraphThreadSummaryResource.getByGraphId}: `POST /graph/thread-summary/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphThreadSummaryGetByGraphIdParams = GraphThreadSummariesRequest;
/** Parameters of {@link GraphThreadSummaryResource.getByUserId}: `POST /graph/thread-summary/user/{user_id}`: the properties of the `application/json` body. */
export type GraphThreadSummaryGetByUserIdParams = GraphThreadSummariesRequest;

/**
 * Summaries of the threads behind a graph.
 *
 * `client.graph.threadSummary`.
 */
export class GraphThreadSummaryResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List the thread summaries of a graph
   *
   * Returns one page of the rolling summaries kept for the threads of the graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/thread-summary/graph/{graph_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByGraphId(graphId: string, params: GraphThreadSummaryGetByGraphIdParams = {}, options?: RequestOptions): PagedCall<ThreadSummary[], ThreadSummary> {
    return this.#transport.paginate<ThreadSummary[], ThreadSummary>(graphThreadSummaryGetByGraphIdOperation, { ...params, graphId }, options);
  }

  /**
   * List the thread summaries of a user's graph
   *
   * Returns one page of the rolling summaries kept for each thread of the user; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/thread-summary/user/{user_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param userId - Identifier of the user whose graph is read.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByUserId(userId: string, params: GraphThreadSummaryGetByUserIdParams = {}, options?: RequestOptions): PagedCall<ThreadSummary[], ThreadSummary> {
    return this.#transport.paginate<ThreadSummary[], ThreadSummary>(graphThreadSummaryGetByUserIdOperation, { ...params, userId }, options);
  }
}
