// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { PagedOperationSpec } from "../runtime/operation.ts";
import { pageNumbers, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { SessionListResponse } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const listSessionsOperation: PagedOperationSpec = {
  id: "listSessions",
  method: "GET",
  path: "/sessions-ordered",
  params: [
    { key: "page_number", name: "page_number", in: "query" },
    { key: "page_size", name: "page_size", in: "query" },
    { key: "order_by", name: "order_by", in: "query" },
    { key: "asc", name: "asc", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  pagination: {
    style: pageNumbers,
    page: "page_number",
    first: 1,
    items: "sessions",
    size: "page_size",
    total: "total_count",
  },
  errors: ["400", "500"],
};

/** Parameters of {@link MemoryResource.listSessions}: `GET /sessions-ordered`. */
export interface ListSessionsParams {
  /**
   * Page number for pagination, starting from 1
   *
   * Sent in the query as `page_number`.
   * @example 1
   */
  page_number?: NonNullable<paths["/sessions-ordered"]["get"]["parameters"]["query"]>["page_number"] | undefined;
  /**
   * Number of sessions to retrieve per page.
   *
   * Sent in the query as `page_size`.
   * @example 10
   */
  page_size?: NonNullable<paths["/sessions-ordered"]["get"]["parameters"]["query"]>["page_size"] | undefined;
  /**
   * Field to order the results by: created_at, updated_at, user_id, session_id.
   *
   * Sent in the query as `order_by`.
   * @example "created_at"
   */
  order_by?: NonNullable<paths["/sessions-ordered"]["get"]["parameters"]["query"]>["order_by"] | undefined;
  /**
   * Order direction: true for ascending, false for descending.
   *
   * Sent in the query as `asc`.
   * @example true
   */
  asc?: NonNullable<paths["/sessions-ordered"]["get"]["parameters"]["query"]>["asc"] | undefined;
}

/**
 * Sessions and the memory stored in them.
 *
 * Operations tagged `memory`.
 */
export class MemoryResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Get Sessions
   *
   * Returns all sessions.
   *
   * `GET /sessions-ordered`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listSessions(params: ListSessionsParams = {}, options?: RequestOptions): PagedCall<SessionListResponse, NonNullable<SessionListResponse["sessions"]>[number]> {
    return this.#transport.paginate<SessionListResponse, NonNullable<SessionListResponse["sessions"]>[number]>(listSessionsOperation, params, options);
  }
}
