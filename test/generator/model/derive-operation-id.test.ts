/** `deriveOperationId`: the method name of an operation that has no operationId. */
import { describe, expect, it } from "vitest";
import { deriveOperationId } from "../../../generator/model/to-operation.js";

describe("deriveOperationId", () => {
  const table: ReadonlyArray<readonly [string, { given: [method: string, path: string]; want: string }]> = [
    ["a collection", { given: ["get", "/sessions-ordered"], want: "getSessionsOrdered" }],
    ["a path parameter becomes `by…`", { given: ["get", "/users/{id}/repos"], want: "getUsersByIdRepos" }],
    ["a snake_case parameter", { given: ["delete", "/items/{item_id}"], want: "deleteItemsByItemId" }],
    ["a camelCase parameter", { given: ["put", "/users/{userId}"], want: "putUsersByUserId" }],
    ["two parameters", { given: ["patch", "/x/{a}/{b}"], want: "patchXByAByB" }],
    ["a version segment", { given: ["post", "/v1/chat/completions"], want: "postV1ChatCompletions" }],
    ["dots and dashes", { given: ["get", "/a.b/{c-d}"], want: "getABByCD" }],
    ["only a parameter", { given: ["get", "/{id}"], want: "getById" }],
    ["the root", { given: ["get", "/"], want: "get" }],
    ["a trailing slash changes nothing", { given: ["get", "/users/"], want: "getUsers" }],
  ];
  it.each(table)("%s", (_name, { given: [method, path], want }) => {
    expect(deriveOperationId(method, path)).toBe(want);
  });
});
