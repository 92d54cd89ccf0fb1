// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./user.d.ts"

const userListUserSummaryInstructionsOperation = {
  id: "userListUserSummaryInstructions",
  method: "GET",
  path: "/user-summary-instructions",
  params: [{ key: "user_id", name: "user_id", in: "query" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userAddUserSummaryInstructionsOperation = {
  id: "userAddUserSummaryInstructions",
  method: "POST",
  path: "/user-summary-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userDeleteUserSummaryInstructionsOperation = {
  id: "userDeleteUserSummaryInstructions",
  method: "DELETE",
  path: "/user-summary-instructions",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userAddOperation = {
  id: "userAdd",
  method: "POST",
  path: "/users",
  params: [],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "500"],
};

const userListOrderedOperation = {
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
    style: "page-number",
    page: "pageNumber",
    first: 1,
    items: "users",
    size: "pageSize",
    total: "total_count",
  },
  errors: ["400", "500"],
};

const userGetOperation = {
  id: "userGet",
  method: "GET",
  path: "/users/{userId}",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const userDeleteOperation = {
  id: "userDelete",
  method: "DELETE",
  path: "/users/{userId}",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const userUpdateOperation = {
  id: "userUpdate",
  method: "PATCH",
  path: "/users/{userId}",
  params: [{ key: "userId", name: "userId", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["400", "404", "500"],
};

const userGetNodeOperation = {
  id: "userGetNode",
  method: "GET",
  path: "/users/{userId}/node",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

const userGetThreadsOperation = {
  id: "userGetThreads",
  method: "GET",
  path: "/users/{userId}/threads",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "array" } },
  errors: ["500"],
};

const userWarmOperation = {
  id: "userWarm",
  method: "GET",
  path: "/users/{userId}/warm",
  params: [{ key: "userId", name: "userId", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

export class UserResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  listUserSummaryInstructions(params = {}, options) {
    return this.#transport.call(userListUserSummaryInstructionsOperation, params, options);
  }

  addUserSummaryInstructions(params, options) {
    return this.#transport.call(userAddUserSummaryInstructionsOperation, params, options);
  }

  deleteUserSummaryInstructions(params = {}, options) {
    return this.#transport.call(userDeleteUserSummaryInstructionsOperation, params, options);
  }

  add(params, options) {
    return this.#transport.call(userAddOperation, params, options);
  }

  listOrdered(params = {}, options) {
    return this.#transport.paginate(userListOrderedOperation, params, options);
  }

  get(userId, options) {
    return this.#transport.call(userGetOperation, { userId }, options);
  }

  delete(userId, options) {
    return this.#transport.call(userDeleteOperation, { userId }, options);
  }

  update(userId, params = {}, options) {
    return this.#transport.call(userUpdateOperation, { ...params, userId }, options);
  }

  getNode(userId, options) {
    return this.#transport.call(userGetNodeOperation, { userId }, options);
  }

  getThreads(userId, options) {
    return this.#transport.call(userGetThreadsOperation, { userId }, options);
  }

  warm(userId, options) {
    return this.#transport.call(userWarmOperation, { userId }, options);
  }
}
