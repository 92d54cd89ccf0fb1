/**
 * What the Zep client gives back: the parsed body when awaited, `{ data,
 * response }` from `.withResponse()`, the right error class for each status
 * (documented 400/500 typed, anything else exactly `ZepError`), and
 * `ResponseParseError` for a 200 whose body is not the promised JSON object.
 */
import { describe, expect, test } from "vitest";
import {
  BadRequestError,
  ClientError,
  InternalServerError,
  ResponseParseError,
  StatusError,
  ZepClient,
  ZepError,
} from "../../generated/zep/index.js";
import { failure } from "../support/failure.js";
import { useServer } from "../support/http-server.js";
import { API_KEY, baseUrlOf, page, session, withoutZepApiKeyInEnv } from "./zep-fixtures.js";

const server = useServer();
withoutZepApiKeyInEnv();

function client(): ZepClient {
  return new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), maxRetries: 0 });
}

describe("success", () => {
  test("await gives the parsed body", async () => {
    const body = page([session(1), session(2)], 2);
    server.reply({ body });
    const data = await client().memory.listSessions();
    expect(data).toEqual(body);
    expect(data.sessions[1]?.session_id).toBe("support-chat-2");
    expect(data.sessions[1]?.user_id).toBeNull();
  });

  test(".withResponse() gives the data and the response, status and headers readable", async () => {
    server.reply({ status: 200, headers: { "x-request-id": "req-123" }, body: page([session(1)], 1) });
    const { data, response } = await client().memory.listSessions().withResponse();
    expect(data.sessions).toHaveLength(1);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("x-request-id")).toBe("req-123");
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  test("awaiting and .withResponse() on one call send one request", async () => {
    server.reply({ body: page([], 0) });
    const call = client().memory.listSessions();
    const [data, withResponse] = await Promise.all([call, call.withResponse()]);
    expect(withResponse.data).toBe(data);
    expect(server.requests).toHaveLength(1);
  });
});

describe("status errors", () => {
  test("400 is BadRequestError with the typed body, status and headers", async () => {
    const message = "invalid order_by: must be one of created_at, updated_at, user_id, session_id";
    server.reply({ status: 400, headers: { "x-request-id": "req-400" }, body: { message } });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toBeInstanceOf(ZepError);
    expect(error).toBeInstanceOf(StatusError);
    expect(error).toBeInstanceOf(ClientError);
    if (!(error instanceof BadRequestError)) throw error;
    // `body` is typed from the spec's APIError: this line compiles only if it is.
    const typed: string = error.body.message;
    expect(typed).toBe(message);
    expect(error.status).toBe(400);
    expect(error.headers.get("x-request-id")).toBe("req-400");
    expect(error.name).toBe("BadRequestError");
    expect(error.message).toBe(`GET /sessions-ordered answered 400 Bad Request: ${message}`);
  });

  test("400 is not retried, even with retries allowed", async () => {
    server.reply({ status: 400, body: { message: "bad" } }, { body: page([], 0) });
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), maxRetries: 2 });
    await expect(zep.memory.listSessions()).rejects.toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });

  test("500 is InternalServerError", async () => {
    server.reply({ status: 500, body: { message: "failed to list sessions" } });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toBeInstanceOf(ZepError);
    if (!(error instanceof InternalServerError)) throw error;
    expect(error.body.message).toBe("failed to list sessions");
    expect(error.status).toBe(500);
    expect(error).not.toBeInstanceOf(BadRequestError);
  });

  test.each([404, 418, 401, 503])("an undocumented %i is exactly ZepError", async (status) => {
    server.reply({ status, body: "nope" });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(ZepError);
    expect((error as object).constructor).toBe(ZepError);
    expect(error).not.toBeInstanceOf(BadRequestError);
    expect(error).not.toBeInstanceOf(InternalServerError);
    const zepError = error as ZepError;
    expect(zepError.status).toBe(status);
    expect(zepError.body).toBe("nope");
    expect(zepError.name).toBe("ZepError");
  });

  test("an error body that is not JSON is kept as text", async () => {
    server.reply({ status: 500, headers: { "content-type": "text/html" }, body: "<h1>502 Bad Gateway</h1>" });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).body).toBe("<h1>502 Bad Gateway</h1>");
  });
});

describe("a 200 that is not what the spec promises", () => {
  test("invalid JSON is ResponseParseError with the raw text", async () => {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '{"sessions": [' });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toBeInstanceOf(ClientError);
    const parseError = error as ResponseParseError;
    expect(parseError.text).toBe('{"sessions": [');
    expect(parseError.status).toBe(200);
    expect(parseError.headers.get("content-type")).toBe("application/json");
    expect(parseError.message).toBe('GET /sessions-ordered answered 200 with a body that is not JSON: {"sessions": [');
  });

  test("an HTML page is ResponseParseError", async () => {
    server.reply({ status: 200, headers: { "content-type": "text/html" }, body: "<html>maintenance</html>" });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).text).toBe("<html>maintenance</html>");
  });

  test("an empty body is ResponseParseError", async () => {
    server.reply({ status: 200, body: "" });
    await expect(client().memory.listSessions()).rejects.toBeInstanceOf(ResponseParseError);
  });

  test.each([
    ["an array", "[]", "array"],
    ["a string", '"x"', "string"],
    ["a number", "0", "number"],
    ["null", "null", "null"],
  ])("%s where an object is promised is ResponseParseError", async (_, body, type) => {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body });
    const error = await failure(client().memory.listSessions());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).text).toBe(body);
    expect((error as ResponseParseError).message).toBe(
      `GET /sessions-ordered answered 200 with JSON of type ${type} where the spec promises object`,
    );
  });
});
