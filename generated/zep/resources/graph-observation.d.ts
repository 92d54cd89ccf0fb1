// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { PagedCall } from "../runtime/paginate.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { DerivedNode, GraphObservationsRequest } from "../models.d.ts";
import type { paths } from "../types.d.ts";
/** Parameters of {@link GraphObservationResource.getByGraphId}: `POST /graph/observation/graph/{graph_id}`: the properties of the `application/json` body. */
export type GraphObservationGetByGraphIdParams = GraphObservationsRequest;
/** Parameters of {@link GraphObservationResource.getByUserId}: `POST /graph/observation/user/{user_id}`: the properties of the `application/json` body. */
export type GraphObservationGetByUserIdParams = GraphObservationsRequest;

/**
 * Observations Zep derived from a graph.
 *
 * `client.graph.observation`.
 */
export declare class GraphObservationResource {
  #private;
  /** @internal Created by its parent resource. */
  constructor(transport: Transport);
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
  getByGraphId(graphId: string, params?: GraphObservationGetByGraphIdParams, options?: RequestOptions): PagedCall<DerivedNode[], DerivedNode>;
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
  getByUserId(userId: string, params?: GraphObservationGetByUserIdParams, options?: RequestOptions): PagedCall<DerivedNode[], DerivedNode>;
  /**
   * Get an observation
   *
   * `GET /graph/observation/{uuid}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param uuid - UUID of the observation node.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(uuid: string, options?: RequestOptions): ApiCall<DerivedNode>;
}
