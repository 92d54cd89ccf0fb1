// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { cursors, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { DerivedNode, GraphObservationsRequest } from "../models.d.ts";

const graphObservationGetByGraphIdOperation: PagedOperationSpec = {
  id: "graphObservationGetByGraphId",
  method: "POST",
  path: "/graph/observation/graph/{graph_id}",
  params: [{ key: "graphId", name: "graph_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphObservationGetByUserIdOperation: PagedOperationSpec = {
  id: "graphObservationGetByUserId",
  method: "POST",
  path: "/graph/observation/user/{user_id}",
  params: [{ key: "userId", name: "user_id", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  pagination: { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "Zep-Next-Cursor" },
  errors: ["400", "404", "500"],
};

const graphObservationGetOperation: OperationSpec = {
  id: "graphObservationGet",
  method: "GET",
  path: "/graph/observation/{uuid}",
  params: [{ key: "uuid", name: "uuid", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};
/** Parameters of {@link GraphObservationResource.getByGraphId}: `POST /graph/observation/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphObservationGetByGraphIdParams = GraphObservationsRequest;
/** Parameters of {@link GraphObservationResource.getByUserId}: `POST /graph/observation/user/{user_id}`: the properties of the `application/json` body. */
export type GraphObservationGetByUserIdParams = GraphObservationsRequest;

/**
 * Observations Zep derived from a graph.
 *
 * `client.graph.observation`.
 */
export class GraphObservationResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List the observations of a graph
   *
   * Returns one page of the graph's read-only observation nodes; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/observation/graph/{graph_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param graphId - Identifier of the graph.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByGraphId(graphId: string, params: GraphObservationGetByGraphIdParams = {}, options?: RequestOptions): PagedCall<DerivedNode[], DerivedNode> {
    return this.#transport.paginate<DerivedNode[], DerivedNode>(graphObservationGetByGraphIdOperation, { ...params, graphId }, options);
  }

  /**
   * List the observations of a user's graph
   *
   * Returns one page of the read-only observation nodes in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
   *
   * `POST /graph/observation/user/{user_id}`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param userId - Identifier of the user whose graph is read.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getByUserId(userId: string, params: GraphObservationGetByUserIdParams = {}, options?: RequestOptions): PagedCall<DerivedNode[], DerivedNode> {
    return this.#transport.paginate<DerivedNode[], DerivedNode>(graphObservationGetByUserIdOperation, { ...params, userId }, options);
  }

  /**
   * Get an observation
   *
   * `GET /graph/observation/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the observation node.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<DerivedNode> {
    return this.#transport.call<DerivedNode>(graphObservationGetOperation, { uuid }, options);
  }
}
