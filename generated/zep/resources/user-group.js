// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./user-group.d.ts"

const userGroupListPolicySetsOperation = {
  id: "userGroupListPolicySets",
  method: "GET",
  path: "/abac/user-groups/{groupUUID}/policy-sets",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupAttachPolicySetOperation = {
  id: "userGroupAttachPolicySet",
  method: "POST",
  path: "/abac/user-groups/{groupUUID}/policy-sets",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404"],
};

const userGroupDetachPolicySetOperation = {
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

const userGroupListOperation = {
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
    style: "page-number",
    page: "pageNumber",
    first: 1,
    items: "user_groups",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["400", "403"],
};

const userGroupCreateOperation = {
  id: "userGroupCreate",
  method: "POST",
  path: "/user-groups",
  params: [{ key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "409"],
};

const userGroupListForUserOperation = {
  id: "userGroupListForUser",
  method: "GET",
  path: "/user-groups/users/{userUUID}",
  params: [{ key: "userUUID", name: "userUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupGetOperation = {
  id: "userGroupGet",
  method: "GET",
  path: "/user-groups/{groupUUID}",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["403", "404"],
};

const userGroupDeleteOperation = {
  id: "userGroupDelete",
  method: "DELETE",
  path: "/user-groups/{groupUUID}",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "void" } },
  errors: ["403", "404", "409"],
};

const userGroupUpdateOperation = {
  id: "userGroupUpdate",
  method: "PATCH",
  path: "/user-groups/{groupUUID}",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409"],
};

const userGroupListMembersOperation = {
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
    style: "page-number",
    page: "pageNumber",
    first: 1,
    items: "users",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["403", "404"],
};

const userGroupAddMembersOperation = {
  id: "userGroupAddMembers",
  method: "POST",
  path: "/user-groups/{groupUUID}/members",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409"],
};

const userGroupRemoveMembersOperation = {
  id: "userGroupRemoveMembers",
  method: "POST",
  path: "/user-groups/{groupUUID}/members/bulk-remove",
  params: [{ key: "groupUUID", name: "groupUUID", in: "path" }, { key: "projectId", name: "projectId", in: "query" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "403", "404", "409"],
};

const userGroupListMemberCandidatesOperation = {
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
    style: "page-number",
    page: "pageNumber",
    first: 1,
    items: "users",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["403", "404", "409"],
};

const userGroupRemoveMemberOperation = {
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

export class UserGroupResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  listPolicySets(groupUUID, params, options) {
    return this.#transport.call(userGroupListPolicySetsOperation, { ...params, groupUUID }, options);
  }

  attachPolicySet(groupUUID, params, options) {
    return this.#transport.call(userGroupAttachPolicySetOperation, { ...params, groupUUID }, options);
  }

  detachPolicySet(groupUUID, policySetUUID, params, options) {
    return this.#transport.call(userGroupDetachPolicySetOperation, { ...params, groupUUID, policySetUUID }, options);
  }

  list(params, options) {
    return this.#transport.paginate(userGroupListOperation, params, options);
  }

  create(params, options) {
    return this.#transport.call(userGroupCreateOperation, params, options);
  }

  listForUser(userUUID, params, options) {
    return this.#transport.call(userGroupListForUserOperation, { ...params, userUUID }, options);
  }

  get(groupUUID, params, options) {
    return this.#transport.call(userGroupGetOperation, { ...params, groupUUID }, options);
  }

  delete(groupUUID, params, options) {
    return this.#transport.call(userGroupDeleteOperation, { ...params, groupUUID }, options);
  }

  update(groupUUID, params, options) {
    return this.#transport.call(userGroupUpdateOperation, { ...params, groupUUID }, options);
  }

  listMembers(groupUUID, params, options) {
    return this.#transport.paginate(userGroupListMembersOperation, { ...params, groupUUID }, options);
  }

  addMembers(groupUUID, params, options) {
    return this.#transport.call(userGroupAddMembersOperation, { ...params, groupUUID }, options);
  }

  removeMembers(groupUUID, params, options) {
    return this.#transport.call(userGroupRemoveMembersOperation, { ...params, groupUUID }, options);
  }

  listMemberCandidates(groupUUID, params, options) {
    return this.#transport.paginate(userGroupListMemberCandidatesOperation, { ...params, groupUUID }, options);
  }

  removeMember(groupUUID, userUUID, params, options) {
    return this.#transport.call(userGroupRemoveMemberOperation, { ...params, groupUUID, userUUID }, options);
  }
}
