// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { pageNumbers, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { AddUserInstructionsRequest, CreateUserRequest, DeleteUserInstructionsRequest, ListUserInstructionsResponse, SuccessResponse, Thread, UpdateUserRequest, User, UserListResponse, UserNodeResponse } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const userListUserSummaryInstructionsOperation: OperationSpec = {
  id: "userListUserSummaryInstructions",
  method: "GET",
  path: "/user-summary-instructions",
  params: [{ key: "user_id", name: "user_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userAddUserSummaryInstructionsOperation: OperationSpec = {
  id: "userAddUserSummaryInstructions",
  method: "POST",
  path: "/user-summary-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userDeleteUserSummaryInstructionsOperation: OperationSpec = {
  id: "userDeleteUserSummaryInstructions",
  method: "DELETE",
  path: "/user-summary-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userAddOperation: OperationSpec = {
  id: "userAdd",
  method: "POST",
  path: "/users",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const userListOrderedOperation: PagedOperationSpec = {
  id: "userListOrdered",
  method: "GET",
  path: "/users-ordered",
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
    items: "users",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["400", "500"],
};

const userGetOperation: OperationSpec = {
  id: "userGet",
  method: "GET",
  path: "/users/{userId}",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const userDeleteOperation: OperationSpec = {
  id: "userDelete",
  method: "DELETE",
  path: "/users/{userId}",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const userUpdateOperation: OperationSpec = {
  id: "userUpdate",
  method: "PATCH",
  path: "/users/{userId}",
  params: [{ key: "userId", name: "userId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userGetNodeOperation: OperationSpec = {
  id: "userGetNode",
  method: "GET",
  path: "/users/{userId}/node",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const userGetThreadsOperation: OperationSpec = {
  id: "userGetThreads",
  method: "GET",
  path: "/users/{userId}/threads",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["500"],
};

const userWarmOperation: OperationSpec = {
  id: "userWarm",
  method: "GET",
  path: "/users/{userId}/warm",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

/** Parameters of {@link UserResource.listUserSummaryInstructions}: `GET /user-summary-instructions`. */
export interface UserListUserSummaryInstructionsParams {
  /**
   * Return the instructions of this user instead of the project defaults.
   *
   * Sent in the query as `user_id`.
   * @example "user-2291"
   */
  user_id?: NonNullable<paths["/user-summary-instructions"]["get"]["parameters"]["query"]>["user_id"] | undefined;
}

/** Parameters of {@link UserResource.addUserSummaryInstructions}: `POST /user-summary-instructions`: the properties of the `application/json` body. */
export type UserAddUserSummaryInstructionsParams = AddUserInstructionsRequest;
/** Parameters of {@link UserResource.deleteUserSummaryInstructions}: `DELETE /user-summary-instructions`: the properties of the `application/json` body. */
export type UserDeleteUserSummaryInstructionsParams = DeleteUserInstructionsRequest;
/** Parameters of {@link UserResource.add}: `POST /users`: the properties of the `application/json` body. */
export type UserAddParams = CreateUserRequest;

/** Parameters of {@link UserResource.listOrdered}: `GET /users-ordered`. */
export interface UserListOrderedParams {
  /**
   * The page to return; the first page is 1.
   *
   * Sent in the query as `pageNumber`.
   * @example 1
   */
  pageNumber?: NonNullable<paths["/users-ordered"]["get"]["parameters"]["query"]>["pageNumber"] | undefined;
  /**
   * How many users one page holds.
   *
   * Sent in the query as `pageSize`.
   * @example 20
   */
  pageSize?: NonNullable<paths["/users-ordered"]["get"]["parameters"]["query"]>["pageSize"] | undefined;
  /**
   * Keep only users whose user_id, name or email contains this text.
   *
   * Sent in the query as `search`.
   * @example "jane"
   */
  search?: NonNullable<paths["/users-ordered"]["get"]["parameters"]["query"]>["search"] | undefined;
  /**
   * The column the users are sorted on.
   *
   * Sent in the query as `order_by`.
   * @example "created_at"
   */
  order_by?: NonNullable<paths["/users-ordered"]["get"]["parameters"]["query"]>["order_by"] | undefined;
  /**
   * Sort ascending when true, descending when false.
   *
   * Sent in the query as `asc`.
   * @example true
   */
  asc?: NonNullable<paths["/users-ordered"]["get"]["parameters"]["query"]>["asc"] | undefined;
}

/** Parameters of {@link UserResource.update}: `PATCH /users/{userId}`: the properties of the `application/json` body. */
export type UserUpdateParams = UpdateUserRequest;

/**
 * The users whose threads and graphs Zep keeps.
 *
 * `client.user`.
 */
export class UserResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List user summary instructions
   *
   * Lists the instructions used when generating user summaries, either the project-wide defaults or those of one user.
   *
   * `GET /user-summary-instructions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listUserSummaryInstructions(params: UserListUserSummaryInstructionsParams = {}, options?: RequestOptions): ApiCall<ListUserInstructionsResponse> {
    return this.#transport.call<ListUserInstructionsResponse>(userListUserSummaryInstructionsOperation, params, options);
  }

  /**
   * Add user summary instructions
   *
   * Adds summary instructions for the given users, keeping the ones they already have; with no users given they go to the project defaults.
   *
   * `POST /user-summary-instructions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  addUserSummaryInstructions(params: UserAddUserSummaryInstructionsParams, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(userAddUserSummaryInstructionsOperation, params, options);
  }

  /**
   * Delete user summary instructions
   *
   * Removes summary instructions from the given users or from the project defaults.
   *
   * `DELETE /user-summary-instructions`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  deleteUserSummaryInstructions(params: UserDeleteUserSummaryInstructionsParams = {}, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(userDeleteUserSummaryInstructionsOperation, params, options);
  }

  /**
   * Add a user
   *
   * Registers a new user, which also gets its own graph.
   *
   * `POST /users`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  add(params: UserAddParams, options?: RequestOptions): ApiCall<User> {
    return this.#transport.call<User>(userAddOperation, params, options);
  }

  /**
   * List users
   *
   * Lists the project's users one page at a time, optionally filtered and sorted.
   *
   * `GET /users-ordered`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listOrdered(params: UserListOrderedParams = {}, options?: RequestOptions): PagedCall<UserListResponse, NonNullable<UserListResponse["users"]>[number]> {
    return this.#transport.paginate<UserListResponse, NonNullable<UserListResponse["users"]>[number]>(userListOrderedOperation, params, options);
  }

  /**
   * Get a user
   *
   * Returns one user.
   *
   * `GET /users/{userId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - The user_id of the user.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(userId: string, options?: RequestOptions): ApiCall<User> {
    return this.#transport.call<User>(userGetOperation, { userId }, options);
  }

  /**
   * Delete a user
   *
   * Removes a user.
   *
   * `DELETE /users/{userId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - The user_id of the user to remove.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(userId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(userDeleteOperation, { userId }, options);
  }

  /**
   * Update a user
   *
   * Changes the given fields of a user and leaves the others as they are.
   *
   * `PATCH /users/{userId}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - The user_id of the user to change.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(userId: string, params: UserUpdateParams = {}, options?: RequestOptions): ApiCall<User> {
    return this.#transport.call<User>(userUpdateOperation, { ...params, userId }, options);
  }

  /**
   * Get a user's node
   *
   * Returns the graph node that stands for the user in the user's own graph.
   *
   * `GET /users/{userId}/node`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - The user_id of the user.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getNode(userId: string, options?: RequestOptions): ApiCall<UserNodeResponse> {
    return this.#transport.call<UserNodeResponse>(userGetNodeOperation, { userId }, options);
  }

  /**
   * List a user's threads
   *
   * Returns every thread that belongs to the user.
   *
   * `GET /users/{userId}/threads`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - The user_id of the user.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  getThreads(userId: string, options?: RequestOptions): ApiCall<Thread[]> {
    return this.#transport.call<Thread[]>(userGetThreadsOperation, { userId }, options);
  }

  /**
   * Warm a user's graph
   *
   * Asks Zep to prepare the user's graph so that the following searches answer quickly.
   *
   * `GET /users/{userId}/warm`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userId - The user_id of the user.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  warm(userId: string, options?: RequestOptions): ApiCall<SuccessResponse> {
    return this.#transport.call<SuccessResponse>(userWarmOperation, { userId }, options);
  }
}
