/**
 * errors: the class tree callers branch on (one `instanceof ClientError`
 * catches everything; a timeout is a connection error), each class's `name`,
 * and the fields each carries.
 */
import { describe, expect, test } from "vitest";
import {
  AbortError,
  ClientError,
  ConnectionError,
  RequestBuildError,
  ResponseError,
  ResponseParseError,
  StatusError,
  TimeoutError,
} from "../../generator/runtime/errors.js";

describe("error classes", () => {
  const cases: Array<[string, { given: Error; want: { name: string; parents: Function[] } }]> = [
    [
      "StatusError",
      {
        given: new StatusError(400, new Headers(), { message: "m" }, "msg"),
        want: { name: "StatusError", parents: [ClientError, Error] },
      },
    ],
    [
      "ConnectionError",
      { given: new ConnectionError("msg"), want: { name: "ConnectionError", parents: [ClientError, Error] } },
    ],
    [
      "TimeoutError",
      {
        given: new TimeoutError("msg", 100),
        want: { name: "TimeoutError", parents: [ConnectionError, ClientError, Error] },
      },
    ],
    ["AbortError", { given: new AbortError("msg"), want: { name: "AbortError", parents: [ClientError, Error] } }],
    [
      "ResponseParseError",
      {
        given: new ResponseParseError(200, new Headers(), "x", "msg"),
        want: { name: "ResponseParseError", parents: [ClientError, Error] },
      },
    ],
    [
      "RequestBuildError",
      { given: new RequestBuildError("msg"), want: { name: "RequestBuildError", parents: [ClientError, Error] } },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(given.name).toBe(want.name);
    expect(given.message).toBe("msg");
    for (const parent of want.parents) expect(given).toBeInstanceOf(parent);
  });

  test("a subclass gets its own name", () => {
    class NotFoundError extends StatusError {}
    expect(new NotFoundError(404, new Headers(), undefined, "m").name).toBe("NotFoundError");
  });

  test("fields", () => {
    const headers = new Headers({ a: "1" });
    const status = new StatusError(429, headers, { message: "slow down" }, "m");
    expect([status.status, status.headers, status.body]).toEqual([429, headers, { message: "slow down" }]);
    expect(new TimeoutError("m", 250).timeoutMs).toBe(250);
    const parse = new ResponseParseError(200, headers, "<html>", "m");
    expect([parse.status, parse.headers, parse.text]).toEqual([200, headers, "<html>"]);
  });

  test("keeps the cause", () => {
    const cause = new Error("ECONNREFUSED");
    expect(new ConnectionError("m", { cause }).cause).toBe(cause);
  });

  test("is not a connection error when aborted, so it is never retried", () => {
    expect(new AbortError("m")).not.toBeInstanceOf(ConnectionError);
  });
});

describe("ResponseError", () => {
  test("status errors and parse errors both carry the response's status and headers under one class", () => {
    const headers = new Headers({ "x-request-id": "r1" });
    const errors = [
      new StatusError(503, headers, "down", "GET /x answered 503"),
      new ResponseParseError(200, headers, "<html>", "GET /x answered 200 with a body that is not JSON"),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(ResponseError);
      expect(error).toBeInstanceOf(ClientError);
      expect((error as ResponseError).headers.get("x-request-id")).toBe("r1");
    }
    expect(new TimeoutError("t", 5)).not.toBeInstanceOf(ResponseError);
  });
});
