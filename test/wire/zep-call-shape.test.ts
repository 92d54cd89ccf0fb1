/**
 * The call shape of the whole-API Zep client, seen on the wire by a real HTTP
 * server on 127.0.0.1: path arguments positional (in path order), then one
 * params object holding query parameters by wire name and an object body's
 * properties flattened beside them; a DELETE that carries a JSON body; a POST
 * with no body at all; a 200 with an empty body resolving to `undefined`; and
 * one error class per status the operation documents (`ForbiddenError`,
 * `NotFoundError`, `ConflictError`, `BadRequestError`), every other status the
 * base `ZepError`.
 *
 * Not covered: a body sent under a `body` key. No operation of this client
 * needs one: every request body is a JSON object whose properties clash with
 * no parameter, so every params interface is flat (none has a `body`
 * property; `project.setObservationSteering`'s body has no `user_id` or
 * `graph_id` property beside its query parameters of those names).
 */
import { describe, expect, test } from "vitest";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ZepClient,
  ZepError,
  type Thread,
  type User,
  type UserGroupResponse,
} from "../../generated/zep/index.js";
import { failure } from "../support/failure.js";
import { useServer, type RecordedRequest } from "../support/http-server.js";
import { API_KEY, baseUrlOf, withoutZepApiKeyInEnv } from "./zep-fixtures.js";

const server = useServer();
withoutZepApiKeyInEnv();

function client(): ZepClient {
  return new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), maxRetries: 0 });
}

/** What one request put on the wire, in a form `toEqual` can compare whole. */
function wire(request: RecordedRequest): {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
} {
  return {
    method: request.method,
    url: request.url,
    contentType: request.headers["content-type"],
    body: request.body.toString("utf8"),
  };
}

/** The only request the server received; fails if there was not exactly one. */
function onlyRequest(): RecordedRequest {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  if (request === undefined) throw new Error("no request arrived");
  return request;
}

const GROUP_UUID = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const USER_UUID = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
const PROJECT_ID = "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d";

const group: UserGroupResponse = {
  uuid: GROUP_UUID,
  name: "support",
  kind: "managed",
  member_count: 3,
  project_uuid: PROJECT_ID,
};

describe("object bodies flattened beside the params", () => {
  test("user.add sends exactly the two given fields as the JSON body", async () => {
    const created: User = { uuid: USER_UUID, user_id: "u1", email: "ada@example.com" };
    server.reply({ body: created });
    const user = await client().user.add({ user_id: "u1", email: "ada@example.com" });
    expect(user).toEqual(created);
    const request = onlyRequest();
    expect(wire(request)).toEqual({
      method: "POST",
      url: "/api/v2/users",
      contentType: "application/json",
      body: '{"user_id":"u1","email":"ada@example.com"}',
    });
    expect(request.headers["authorization"]).toBe(`Api-Key ${API_KEY}`);
    expect(request.headers["accept"]).toBe("application/json");
  });

  test("thread.create sends its two fields as the JSON body", async () => {
    const created: Thread = { uuid: "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", thread_id: "t1", user_id: "u1" };
    server.reply({ body: created });
    expect(await client().thread.create({ thread_id: "t1", user_id: "u1" })).toEqual(created);
    expect(wire(onlyRequest())).toEqual({
      method: "POST",
      url: "/api/v2/threads",
      contentType: "application/json",
      body: '{"thread_id":"t1","user_id":"u1"}',
    });
  });

  test("thread.addMessages: the thread id is positional and goes in the path, the body is the params object", async () => {
    server.reply({ body: { message_uuids: ["1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"] } });
    const result = await client().thread.addMessages("t1", { messages: [{ role: "user", content: "Hi" }] });
    expect(result.message_uuids).toEqual(["1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"]);
    expect(wire(onlyRequest())).toEqual({
      method: "POST",
      url: "/api/v2/threads/t1/messages",
      contentType: "application/json",
      body: '{"messages":[{"role":"user","content":"Hi"}]}',
    });
  });
});

describe("path arguments and query parameters", () => {
  test("thread.getUserContext: path argument, then template_id in the query; no body", async () => {
    server.reply({ body: { context: "Ada prefers email." } });
    const result = await client().thread.getUserContext("t1", { template_id: "basic" });
    expect(result).toEqual({ context: "Ada prefers email." });
    expect(wire(onlyRequest())).toEqual({
      method: "GET",
      url: "/api/v2/threads/t1/context?template_id=basic",
      contentType: undefined,
      body: "",
    });
  });

  test("userGroup.get: groupUUID in the path, projectId (camelCase wire name) in the query", async () => {
    server.reply({ body: group });
    expect(await client().userGroup.get(GROUP_UUID, { projectId: PROJECT_ID })).toEqual(group);
    expect(wire(onlyRequest())).toEqual({
      method: "GET",
      url: `/api/v2/user-groups/${GROUP_UUID}?projectId=${PROJECT_ID}`,
      contentType: undefined,
      body: "",
    });
  });

  test("userGroup.removeMember: two path arguments land in path order", async () => {
    server.reply({ body: { removed_count: 1, no_op_count: 0 } });
    const result = await client().userGroup.removeMember(GROUP_UUID, USER_UUID, { projectId: PROJECT_ID });
    expect(result).toEqual({ removed_count: 1, no_op_count: 0 });
    expect(wire(onlyRequest())).toEqual({
      method: "DELETE",
      url: `/api/v2/user-groups/${GROUP_UUID}/members/${USER_UUID}?projectId=${PROJECT_ID}`,
      contentType: undefined,
      body: "",
    });
  });
});

describe("methods and bodies at the edges", () => {
  test("graph.deleteCustomInstructions is a DELETE that sends its JSON body", async () => {
    server.reply({ body: { message: "deleted" } });
    const result = await client().graph.deleteCustomInstructions({
      user_ids: ["u1"],
      graph_ids: ["graph-kb-01"],
      instruction_names: ["tone"],
    });
    expect(result).toEqual({ message: "deleted" });
    expect(wire(onlyRequest())).toEqual({
      method: "DELETE",
      url: "/api/v2/custom-instructions",
      contentType: "application/json",
      body: '{"user_ids":["u1"],"graph_ids":["graph-kb-01"],"instruction_names":["tone"]}',
    });
  });

  test("user.deleteUserSummaryInstructions is a DELETE that sends its JSON body", async () => {
    server.reply({ body: { message: "deleted" } });
    await client().user.deleteUserSummaryInstructions({ user_ids: ["u1", "u2"], instruction_names: ["style"] });
    expect(wire(onlyRequest())).toEqual({
      method: "DELETE",
      url: "/api/v2/user-summary-instructions",
      contentType: "application/json",
      body: '{"user_ids":["u1","u2"],"instruction_names":["style"]}',
    });
  });

  test("batch.process is a POST with no body and no content-type", async () => {
    server.reply({ body: { batch_id: "b1", status: "queued", item_count: 4 } });
    const summary = await client().batch.process("b1");
    expect(summary.status).toBe("queued");
    expect(wire(onlyRequest())).toEqual({
      method: "POST",
      url: "/api/v2/batches/b1/process",
      contentType: undefined,
      body: "",
    });
  });

  test("userGroup.delete answered 200 with an empty body resolves to undefined", async () => {
    server.reply({ status: 200 }, { status: 200 });
    const result: undefined = await client().userGroup.delete(GROUP_UUID, { projectId: PROJECT_ID });
    expect(result).toBeUndefined();
    const { data, response } = await client().userGroup.delete(GROUP_UUID, { projectId: PROJECT_ID }).withResponse();
    expect(data).toBeUndefined();
    expect(response.status).toBe(200);
    expect(server.requests.map(wire)).toEqual([
      {
        method: "DELETE",
        url: `/api/v2/user-groups/${GROUP_UUID}?projectId=${PROJECT_ID}`,
        contentType: undefined,
        body: "",
      },
      {
        method: "DELETE",
        url: `/api/v2/user-groups/${GROUP_UUID}?projectId=${PROJECT_ID}`,
        contentType: undefined,
        body: "",
      },
    ]);
  });
});

describe("one error class per documented status", () => {
  test("403 from userGroup.get is ForbiddenError with the typed body", async () => {
    const message = "the project's plan does not include user groups";
    server.reply({ status: 403, headers: { "x-request-id": "req-403" }, body: { message } });
    const error = await failure(client().userGroup.get(GROUP_UUID, { projectId: PROJECT_ID }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toBeInstanceOf(ZepError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    if (!(error instanceof ForbiddenError)) throw error;
    // `body` is typed from the spec's APIError: this line compiles only if it is.
    const typed: string = error.body.message;
    expect(typed).toBe(message);
    expect(error.status).toBe(403);
    expect(error.name).toBe("ForbiddenError");
    expect(error.headers.get("x-request-id")).toBe("req-403");
    expect(error.message).toBe(`GET /user-groups/{groupUUID} answered 403 Forbidden: ${message}`);
    expect(server.requests).toHaveLength(1);
  });

  test("404 from userGroup.get is NotFoundError", async () => {
    server.reply({ status: 404, body: { message: "user group not found" } });
    const error = await failure(client().userGroup.get(GROUP_UUID, { projectId: PROJECT_ID }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(ZepError);
    if (!(error instanceof NotFoundError)) throw error;
    expect(error.status).toBe(404);
    expect(error.body.message).toBe("user group not found");
    expect(error.name).toBe("NotFoundError");
  });

  test("409 from userGroup.create is ConflictError, sent once", async () => {
    server.reply({ status: 409, body: { message: "a group named support already exists" } });
    const error = await failure(client().userGroup.create({ projectId: PROJECT_ID, name: "support" }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(ZepError);
    if (!(error instanceof ConflictError)) throw error;
    expect(error.status).toBe(409);
    expect(error.body.message).toBe("a group named support already exists");
    expect(server.requests.map(wire)).toEqual([
      {
        method: "POST",
        url: `/api/v2/user-groups?projectId=${PROJECT_ID}`,
        contentType: "application/json",
        body: '{"name":"support"}',
      },
    ]);
  });

  test("400 from userGroup.create is BadRequestError", async () => {
    server.reply({ status: 400, body: { message: "name is required" } });
    const error = await failure(client().userGroup.create({ projectId: PROJECT_ID, name: "" }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toBeInstanceOf(ZepError);
    if (!(error instanceof BadRequestError)) throw error;
    expect(error.status).toBe(400);
    expect(error.body.message).toBe("name is required");
  });

  test("an undocumented 418 is exactly ZepError", async () => {
    server.reply({ status: 418, body: { message: "I'm a teapot" } });
    const error = await failure(client().userGroup.get(GROUP_UUID, { projectId: PROJECT_ID }));
    expect(error).toBeInstanceOf(ZepError);
    expect((error as object).constructor).toBe(ZepError);
    const zepError = error as ZepError;
    expect(zepError.status).toBe(418);
    expect(zepError.body).toEqual({ message: "I'm a teapot" });
    expect(zepError.name).toBe("ZepError");
  });

  test("a status another operation documents but this one does not (400 from userGroup.get) is exactly ZepError", async () => {
    server.reply({ status: 400, body: { message: "bad projectId" } });
    const error = await failure(client().userGroup.get(GROUP_UUID, { projectId: "not-a-uuid" }));
    expect((error as object).constructor).toBe(ZepError);
    expect(error).not.toBeInstanceOf(BadRequestError);
    expect((error as ZepError).status).toBe(400);
  });
});
