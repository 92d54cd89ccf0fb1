// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec, PagedOperationSpec } from "../runtime/operation.ts";
import { pageNumbers, type PagedCall } from "../runtime/paginate.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { AttachPolicySetRequest, AttachedPolicySetsResponse, CreateUserGroupRequest, MutateUserGroupMembersRequest, UpdateUserGroupRequest, UserGroupListResponse, UserGroupMembersResponse, UserGroupMembershipResponse, UserGroupResponse, UserMembershipGroupsResponse } from "../models.d.ts";
import type { paths } from "../types.d.ts";

const userGroupListPolicySetsOperation: OperationSpec = {
  id: "userGroupListPolicySets",
  method: "GET",
  path: "/abac/user-groups/{groupUUID}/policy-sets",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupAttachPolicySetOperation: OperationSpec = {
  id: "userGroupAttachPolicySet",
  method: "POST",
  path: "/abac/user-groups/{groupUUID}/policy-sets",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404"],
};

const userGroupDetachPolicySetOperation: OperationSpec = {
  id: "userGroupDetachPolicySet",
  method: "DELETE",
  path: "/abac/user-groups/{groupUUID}/policy-sets/{policySetUUID}",
  params: [
    { key: "groupUUID", name: "groupUUID", in: "path" },
    { key: "policySetUUID", name: "policySetUUID", in: "path" },
    { key: "projectId", name: "projectId", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupListOperation: PagedOperationSpec = {
  id: "userGroupList",
  method: "GET",
  path: "/user-groups",
  params: [
    { key: "projectId", name: "projectId", in: "query" },
    { key: "pageNumber", name: "pageNumber", in: "query" },
    { key: "pageSize", name: "pageSize", in: "query" },
    { key: "search", name: "search", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  pagination: {
    style: pageNumbers,
    page: "pageNumber",
    first: 1,
    items: "user_groups",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["400", "403"],
};

const userGroupCreateOperation: OperationSpec = {
  id: "userGroupCreate",
  method: "POST",
  path: "/user-groups",
  params: [{ key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "409"],
};

const userGroupListForUserOperation: OperationSpec = {
  id: "userGroupListForUser",
  method: "GET",
  path: "/user-groups/users/{userUUID}",
  params: [{ key: "userUUID", name: "userUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupGetOperation: OperationSpec = {
  id: "userGroupGet",
  method: "GET",
  path: "/user-groups/{groupUUID}",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupDeleteOperation: OperationSpec = {
  id: "userGroupDelete",
  method: "DELETE",
  path: "/user-groups/{groupUUID}",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "void" } },
  errors: ["403", "404", "409"],
};

const userGroupUpdateOperation: OperationSpec = {
  id: "userGroupUpdate",
  method: "PATCH",
  path: "/user-groups/{groupUUID}",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409"],
};

const userGroupListMembersOperation: PagedOperationSpec = {
  id: "userGroupListMembers",
  method: "GET",
  path: "/user-groups/{groupUUID}/members",
  params: [
    { key: "groupUUID", name: "groupUUID", in: "path" },
    { key: "projectId", name: "projectId", in: "query" },
    { key: "pageNumber", name: "pageNumber", in: "query" },
    { key: "pageSize", name: "pageSize", in: "query" },
    { key: "search", name: "search", in: "query" },
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
  errors: ["403", "404"],
};

const userGroupAddMembersOperation: OperationSpec = {
  id: "userGroupAddMembers",
  method: "POST",
  path: "/user-groups/{groupUUID}/members",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409"],
};

const userGroupRemoveMembersOperation: OperationSpec = {
  id: "userGroupRemoveMembers",
  method: "POST",
  path: "/user-groups/{groupUUID}/members/bulk-remove",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409"],
};

const userGroupListMemberCandidatesOperation: PagedOperationSpec = {
  id: "userGroupListMemberCandidates",
  method: "GET",
  path: "/user-groups/{groupUUID}/members/candidates",
  params: [
    { key: "groupUUID", name: "groupUUID", in: "path" },
    { key: "projectId", name: "projectId", in: "query" },
    { key: "pageNumber", name: "pageNumber", in: "query" },
    { key: "pageSize", name: "pageSize", in: "query" },
    { key: "search", name: "search", in: "query" },
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
  errors: ["403", "404", "409"],
};

const userGroupRemoveMemberOperation: OperationSpec = {
  id: "userGroupRemoveMember",
  method: "DELETE",
  path: "/user-groups/{groupUUID}/members/{userUUID}",
  params: [
    { key: "groupUUID", name: "groupUUID", in: "path" },
    { key: "userUUID", name: "userUUID", in: "path" },
    { key: "projectId", name: "projectId", in: "query" },
  ],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404", "409"],
};

/** Parameters of {@link UserGroupResource.listPolicySets}: `GET /abac/user-groups/{groupUUID}/policy-sets`. */
export interface UserGroupListPolicySetsParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/abac/user-groups/{groupUUID}/policy-sets"]["get"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.attachPolicySet}: `POST /abac/user-groups/{groupUUID}/policy-sets`: the properties of the `application/json` body, and the parameters below. */
export interface UserGroupAttachPolicySetParams extends AttachPolicySetRequest {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/abac/user-groups/{groupUUID}/policy-sets"]["post"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.detachPolicySet}: `DELETE /abac/user-groups/{groupUUID}/policy-sets/{policySetUUID}`. */
export interface UserGroupDetachPolicySetParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/abac/user-groups/{groupUUID}/policy-sets/{policySetUUID}"]["delete"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.list}: `GET /user-groups`. */
export interface UserGroupListParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups"]["get"]["parameters"]["query"]>["projectId"];
  /**
   * The page to return, starting from 1.
   *
   * Sent in the query as `pageNumber`.
   * @example 1
   */
  pageNumber: NonNullable<paths["/user-groups"]["get"]["parameters"]["query"]>["pageNumber"];
  /**
   * The number of entries per page.
   *
   * Sent in the query as `pageSize`.
   * @example 20
   */
  pageSize: NonNullable<paths["/user-groups"]["get"]["parameters"]["query"]>["pageSize"];
  /**
   * Return only groups whose name matches this text.
   *
   * Sent in the query as `search`.
   * @example "support"
   */
  search?: NonNullable<paths["/user-groups"]["get"]["parameters"]["query"]>["search"] | undefined;
}

/** Parameters of {@link UserGroupResource.create}: `POST /user-groups`: the properties of the `application/json` body, and the parameters below. */
export interface UserGroupCreateParams extends CreateUserGroupRequest {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups"]["post"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.listForUser}: `GET /user-groups/users/{userUUID}`. */
export interface UserGroupListForUserParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/users/{userUUID}"]["get"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.get}: `GET /user-groups/{groupUUID}`. */
export interface UserGroupGetParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}"]["get"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.delete}: `DELETE /user-groups/{groupUUID}`. */
export interface UserGroupDeleteParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}"]["delete"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.update}: `PATCH /user-groups/{groupUUID}`: the properties of the `application/json` body, and the parameters below. */
export interface UserGroupUpdateParams extends UpdateUserGroupRequest {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}"]["patch"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.listMembers}: `GET /user-groups/{groupUUID}/members`. */
export interface UserGroupListMembersParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}/members"]["get"]["parameters"]["query"]>["projectId"];
  /**
   * The page to return, starting from 1.
   *
   * Sent in the query as `pageNumber`.
   * @example 1
   */
  pageNumber: NonNullable<paths["/user-groups/{groupUUID}/members"]["get"]["parameters"]["query"]>["pageNumber"];
  /**
   * The number of entries per page.
   *
   * Sent in the query as `pageSize`.
   * @example 20
   */
  pageSize: NonNullable<paths["/user-groups/{groupUUID}/members"]["get"]["parameters"]["query"]>["pageSize"];
  /**
   * Return only users matching this text.
   *
   * Sent in the query as `search`.
   * @example "jane"
   */
  search?: NonNullable<paths["/user-groups/{groupUUID}/members"]["get"]["parameters"]["query"]>["search"] | undefined;
}

/** Parameters of {@link UserGroupResource.addMembers}: `POST /user-groups/{groupUUID}/members`: the properties of the `application/json` body, and the parameters below. */
export interface UserGroupAddMembersParams extends MutateUserGroupMembersRequest {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}/members"]["post"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.removeMembers}: `POST /user-groups/{groupUUID}/members/bulk-remove`: the properties of the `application/json` body, and the parameters below. */
export interface UserGroupRemoveMembersParams extends MutateUserGroupMembersRequest {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}/members/bulk-remove"]["post"]["parameters"]["query"]>["projectId"];
}

/** Parameters of {@link UserGroupResource.listMemberCandidates}: `GET /user-groups/{groupUUID}/members/candidates`. */
export interface UserGroupListMemberCandidatesParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}/members/candidates"]["get"]["parameters"]["query"]>["projectId"];
  /**
   * The page to return, starting from 1.
   *
   * Sent in the query as `pageNumber`.
   * @example 1
   */
  pageNumber: NonNullable<paths["/user-groups/{groupUUID}/members/candidates"]["get"]["parameters"]["query"]>["pageNumber"];
  /**
   * The number of entries per page.
   *
   * Sent in the query as `pageSize`.
   * @example 20
   */
  pageSize: NonNullable<paths["/user-groups/{groupUUID}/members/candidates"]["get"]["parameters"]["query"]>["pageSize"];
  /**
   * Return only users matching this text.
   *
   * Sent in the query as `search`.
   * @example "jane"
   */
  search?: NonNullable<paths["/user-groups/{groupUUID}/members/candidates"]["get"]["parameters"]["query"]>["search"] | undefined;
}

/** Parameters of {@link UserGroupResource.removeMember}: `DELETE /user-groups/{groupUUID}/members/{userUUID}`. */
export interface UserGroupRemoveMemberParams {
  /**
   * The UUID of the project.
   *
   * Sent in the query as `projectId`.
   * @example "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d"
   */
  projectId: NonNullable<paths["/user-groups/{groupUUID}/members/{userUUID}"]["delete"]["parameters"]["query"]>["projectId"];
}

/**
 * Groups of users and the access policies attached to them.
 *
 * `client.userGroup`.
 */
export class UserGroupResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List the policy sets of a user group
   *
   * Returns the access-control policy sets attached to a user group.
   *
   * `GET /abac/user-groups/{groupUUID}/policy-sets`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listPolicySets(groupUUID: string, params: UserGroupListPolicySetsParams, options?: RequestOptions): ApiCall<AttachedPolicySetsResponse> {
    return this.#transport.call<AttachedPolicySetsResponse>(userGroupListPolicySetsOperation, { ...params, groupUUID }, options);
  }

  /**
   * Attach a policy set to a user group
   *
   * Attaches an access-control policy set to a user group and returns all policy sets now attached.
   *
   * `POST /abac/user-groups/{groupUUID}/policy-sets`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  attachPolicySet(groupUUID: string, params: UserGroupAttachPolicySetParams, options?: RequestOptions): ApiCall<AttachedPolicySetsResponse> {
    return this.#transport.call<AttachedPolicySetsResponse>(userGroupAttachPolicySetOperation, { ...params, groupUUID }, options);
  }

  /**
   * Detach a policy set from a user group
   *
   * Removes a policy set from a user group and returns the policy sets still attached.
   *
   * `DELETE /abac/user-groups/{groupUUID}/policy-sets/{policySetUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param policySetUUID - The policy set's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  detachPolicySet(groupUUID: string, policySetUUID: string, params: UserGroupDetachPolicySetParams, options?: RequestOptions): ApiCall<AttachedPolicySetsResponse> {
    return this.#transport.call<AttachedPolicySetsResponse>(userGroupDetachPolicySetOperation, { ...params, groupUUID, policySetUUID }, options);
  }

  /**
   * List user groups
   *
   * Lists a project's user groups one page at a time, optionally filtered by name.
   *
   * `GET /user-groups`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  list(params: UserGroupListParams, options?: RequestOptions): PagedCall<UserGroupListResponse, NonNullable<UserGroupListResponse["user_groups"]>[number]> {
    return this.#transport.paginate<UserGroupListResponse, NonNullable<UserGroupListResponse["user_groups"]>[number]>(userGroupListOperation, params, options);
  }

  /**
   * Create a user group
   *
   * Creates a user group in the project.
   *
   * `POST /user-groups`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  create(params: UserGroupCreateParams, options?: RequestOptions): ApiCall<UserGroupResponse> {
    return this.#transport.call<UserGroupResponse>(userGroupCreateOperation, params, options);
  }

  /**
   * List a user's groups
   *
   * Returns the user groups a user is a member of.
   *
   * `GET /user-groups/users/{userUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param userUUID - The user's UUID (the `uuid` of a User, not its `user_id`).
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listForUser(userUUID: string, params: UserGroupListForUserParams, options?: RequestOptions): ApiCall<UserMembershipGroupsResponse> {
    return this.#transport.call<UserMembershipGroupsResponse>(userGroupListForUserOperation, { ...params, userUUID }, options);
  }

  /**
   * Get a user group
   *
   * Returns one user group.
   *
   * `GET /user-groups/{groupUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(groupUUID: string, params: UserGroupGetParams, options?: RequestOptions): ApiCall<UserGroupResponse> {
    return this.#transport.call<UserGroupResponse>(userGroupGetOperation, { ...params, groupUUID }, options);
  }

  /**
   * Delete a user group
   *
   * Deletes a user group. The answer has no body.
   *
   * `DELETE /user-groups/{groupUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  delete(groupUUID: string, params: UserGroupDeleteParams, options?: RequestOptions): ApiCall<undefined> {
    return this.#transport.call<undefined>(userGroupDeleteOperation, { ...params, groupUUID }, options);
  }

  /**
   * Update a user group
   *
   * Changes a user group's name or description; the caller passes the group version it last saw.
   *
   * `PATCH /user-groups/{groupUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(groupUUID: string, params: UserGroupUpdateParams, options?: RequestOptions): ApiCall<UserGroupResponse> {
    return this.#transport.call<UserGroupResponse>(userGroupUpdateOperation, { ...params, groupUUID }, options);
  }

  /**
   * List the members of a user group
   *
   * Lists a user group's members one page at a time, optionally filtered by a search text.
   *
   * `GET /user-groups/{groupUUID}/members`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listMembers(groupUUID: string, params: UserGroupListMembersParams, options?: RequestOptions): PagedCall<UserGroupMembersResponse, NonNullable<UserGroupMembersResponse["users"]>[number]> {
    return this.#transport.paginate<UserGroupMembersResponse, NonNullable<UserGroupMembersResponse["users"]>[number]>(userGroupListMembersOperation, { ...params, groupUUID }, options);
  }

  /**
   * Add members to a user group
   *
   * Adds users to a user group and reports how many were added.
   *
   * `POST /user-groups/{groupUUID}/members`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  addMembers(groupUUID: string, params: UserGroupAddMembersParams, options?: RequestOptions): ApiCall<UserGroupMembershipResponse> {
    return this.#transport.call<UserGroupMembershipResponse>(userGroupAddMembersOperation, { ...params, groupUUID }, options);
  }

  /**
   * Remove members from a user group
   *
   * Removes several users from a user group at once and reports how many were removed.
   *
   * `POST /user-groups/{groupUUID}/members/bulk-remove`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  removeMembers(groupUUID: string, params: UserGroupRemoveMembersParams, options?: RequestOptions): ApiCall<UserGroupMembershipResponse> {
    return this.#transport.call<UserGroupMembershipResponse>(userGroupRemoveMembersOperation, { ...params, groupUUID }, options);
  }

  /**
   * List candidate members of a user group
   *
   * Lists, one page at a time, the project's users that could be added to a user group.
   *
   * `GET /user-groups/{groupUUID}/members/candidates`
   *
   * Await it for the first page; `for await` over it walks every item of every page; `.pages()` yields whole pages.
   * @param groupUUID - The user group's UUID.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  listMemberCandidates(groupUUID: string, params: UserGroupListMemberCandidatesParams, options?: RequestOptions): PagedCall<UserGroupMembersResponse, NonNullable<UserGroupMembersResponse["users"]>[number]> {
    return this.#transport.paginate<UserGroupMembersResponse, NonNullable<UserGroupMembersResponse["users"]>[number]>(userGroupListMemberCandidatesOperation, { ...params, groupUUID }, options);
  }

  /**
   * Remove a member from a user group
   *
   * Removes one user from a user group.
   *
   * `DELETE /user-groups/{groupUUID}/members/{userUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param groupUUID - The user group's UUID.
   * @param userUUID - The user's UUID (the `uuid` of a User, not its `user_id`).
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  removeMember(groupUUID: string, userUUID: string, params: UserGroupRemoveMemberParams, options?: RequestOptions): ApiCall<UserGroupMembershipResponse> {
    return this.#transport.call<UserGroupMembershipResponse>(userGroupRemoveMemberOperation, { ...params, groupUUID, userUUID }, options);
  }
}
