/**
 * read-response: a 2xx body is parsed the way the spec says and its top-level
 * JSON type checked; a non-2xx becomes the status error class mapped to it
 * (exact code, then range, then the base class) with status, headers, body
 * and a message that says what went wrong.
 */
import { describe, expect, test } from "vitest";
import { ResponseParseError, StatusError, type StatusErrorClass } from "../../generator/runtime/errors.js";
import type { OperationSpec, ResponseSpec } from "../../generator/runtime/operation.js";
import { readAsFor, readResponse, responseSpecFor, type StatusErrors } from "../../generator/runtime/read-response.js";

class ApiError extends StatusError {}
class NotFound extends ApiError {}
class ServerError extends ApiError {}

const errors: StatusErrors = {
  base: ApiError as StatusErrorClass,
  byStatus: { "404": NotFound as StatusErrorClass, "5XX": ServerError as StatusErrorClass },
};

function op(responses: Record<string, ResponseSpec>): OperationSpec {
  return { id: "getThing", method: "GET", path: "/things", params: [], security: [], responses };
}

const jsonObject = op({ "200": { kind: "json", shape: "object" } });

function received(status: number, body: string | Blob, headers: Record<string, string> = {}, statusText = "") {
  return { response: new Response(null, { status, headers, statusText }), body };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("responseSpecFor", () => {
  const spec = op({ "200": { kind: "json" }, "2XX": { kind: "text" }, default: { kind: "void" } });
  const cases: Array<[string, { given: number; want: ResponseSpec["kind"] | undefined }]> = [
    ["exact code", { given: 200, want: "json" }],
    ["range", { given: 201, want: "text" }],
    ["default", { given: 302, want: "void" }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(responseSpecFor(spec, given)?.kind).toBe(want);
  });
  test("nothing documented", () => {
    expect(responseSpecFor(op({}), 200)).toBeUndefined();
  });
});

describe("readAsFor", () => {
  const binary = op({ "200": { kind: "binary" } });
  test("a documented binary success is read as a Blob", () => {
    expect(readAsFor(binary)(new Response(null, { status: 200 }))).toBe("blob");
  });
  test("an error status is read as text even when the success is binary", () => {
    expect(readAsFor(binary)(new Response(null, { status: 500 }))).toBe("text");
  });
  test("JSON is read as text", () => {
    expect(readAsFor(jsonObject)(new Response(null, { status: 200 }))).toBe("text");
  });
});

describe("readResponse: success", () => {
  const cases: Array<[string, { given: { spec: OperationSpec; status: number; body: string }; want: unknown }]> = [
    ["JSON object", { given: { spec: jsonObject, status: 200, body: '{"a":1}' }, want: { a: 1 } }],
    [
      "JSON array",
      { given: { spec: op({ "200": { kind: "json", shape: "array" } }), status: 200, body: "[1]" }, want: [1] },
    ],
    [
      "JSON without a shape takes anything",
      { given: { spec: op({ "200": { kind: "json" } }), status: 200, body: '"x"' }, want: "x" },
    ],
    [
      "JSON number zero",
      { given: { spec: op({ "200": { kind: "json", shape: "number" } }), status: 200, body: "0" }, want: 0 },
    ],
    [
      "JSON boolean false",
      { given: { spec: op({ "200": { kind: "json", shape: "boolean" } }), status: 200, body: "false" }, want: false },
    ],
    [
      "204 with an empty body",
      { given: { spec: op({ "204": { kind: "json" } }), status: 204, body: "" }, want: undefined },
    ],
    ["text", { given: { spec: op({ "200": { kind: "text" } }), status: 200, body: "plain" }, want: "plain" }],
    [
      "void ignores the body",
      { given: { spec: op({ "200": { kind: "void" } }), status: 200, body: "whatever" }, want: undefined },
    ],
    [
      "undocumented 2xx: JSON when it parses",
      { given: { spec: jsonObject, status: 202, body: '{"queued":true}' }, want: { queued: true } },
    ],
    [
      "undocumented 2xx: text when it does not",
      { given: { spec: jsonObject, status: 202, body: "queued" }, want: "queued" },
    ],
    ["undocumented 2xx: empty is undefined", { given: { spec: jsonObject, status: 202, body: "" }, want: undefined }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(readResponse(given.spec, received(given.status, given.body), errors, "GET /things")).toEqual(want);
  });

  test("a Blob body is returned as is", () => {
    const blob = new Blob([new Uint8Array([1, 2])]);
    expect(readResponse(op({ "200": { kind: "binary" } }), received(200, blob), errors, "GET /things")).toBe(blob);
  });
});

describe("readResponse: a 2xx that is not what the spec promises", () => {
  const cases: Array<[string, { given: { spec: OperationSpec; body: string }; want: string }]> = [
    [
      "not JSON",
      {
        given: { spec: jsonObject, body: "<html>oops</html>" },
        want: "GET /things answered 200 with a body that is not JSON: <html>oops</html>",
      },
    ],
    [
      "empty",
      { given: { spec: jsonObject, body: "" }, want: "GET /things answered 200 with a body that is not JSON: (empty)" },
    ],
    [
      "array where an object is promised",
      {
        given: { spec: jsonObject, body: "[]" },
        want: "GET /things answered 200 with JSON of type array where the spec promises object",
      },
    ],
    [
      "string where an object is promised",
      {
        given: { spec: jsonObject, body: '"x"' },
        want: "GET /things answered 200 with JSON of type string where the spec promises object",
      },
    ],
    [
      "null where an object is promised",
      {
        given: { spec: jsonObject, body: "null" },
        want: "GET /things answered 200 with JSON of type null where the spec promises object",
      },
    ],
    [
      "object where an array is promised",
      {
        given: { spec: op({ "200": { kind: "json", shape: "array" } }), body: "{}" },
        want: "GET /things answered 200 with JSON of type object where the spec promises array",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    const error = thrown(() =>
      readResponse(given.spec, received(200, given.body, { "x-req": "r1" }), errors, "GET /things"),
    );
    expect(error).toBeInstanceOf(ResponseParseError);
    const parseError = error as ResponseParseError;
    expect(parseError.message).toBe(want);
    expect(parseError.text).toBe(given.body);
    expect(parseError.status).toBe(200);
    expect(parseError.headers.get("x-req")).toBe("r1");
  });

  test("a long body is cut short in the message but kept whole in `text`", () => {
    const body = `<html>${"x".repeat(500)}</html>`;
    const error = thrown(() =>
      readResponse(jsonObject, received(200, body), errors, "GET /things"),
    ) as ResponseParseError;
    expect(error.message.length).toBeLessThan(220);
    expect(error.message.endsWith("…")).toBe(true);
    expect(error.text).toBe(body);
  });
});

describe("readResponse: error statuses", () => {
  test("a status only another operation documents is the base class", () => {
    const error = thrown(() => readResponse(jsonObject, received(404, '{"message":"x"}'), errors, "GET /things"));
    expect((error as Error).constructor).toBe(ApiError);
  });

  const cases: Array<
    [
      string,
      {
        given: { status: number; body: string; statusText?: string };
        want: { cls: StatusErrorClass; body: unknown; message: string };
      },
    ]
  > = [
    [
      "exact code with a JSON message",
      {
        given: { status: 404, body: '{"message":"no such thing"}', statusText: "Not Found" },
        want: {
          cls: NotFound as StatusErrorClass,
          body: { message: "no such thing" },
          message: "GET /things answered 404 Not Found: no such thing",
        },
      },
    ],
    [
      "range",
      {
        given: { status: 503, body: "down for maintenance" },
        want: {
          cls: ServerError as StatusErrorClass,
          body: "down for maintenance",
          message: "GET /things answered 503: down for maintenance",
        },
      },
    ],
    [
      "undocumented status is the base class",
      {
        given: { status: 418, body: "" },
        want: { cls: ApiError as StatusErrorClass, body: undefined, message: "GET /things answered 418" },
      },
    ],
    [
      "JSON without a message is shown as JSON",
      {
        given: { status: 400, body: '{"code":7}' },
        want: { cls: ApiError as StatusErrorClass, body: { code: 7 }, message: 'GET /things answered 400: {"code":7}' },
      },
    ],
  ];
  // The operation documents 404 and 5XX, as the client's table does.
  const documented: OperationSpec = { ...jsonObject, errors: ["404", "5XX"] };
  test.each(cases)("%s", (_, { given, want }) => {
    const error = thrown(() =>
      readResponse(
        documented,
        received(given.status, given.body, { "x-req": "r2" }, given.statusText),
        errors,
        "GET /things",
      ),
    );
    expect(error).toBeInstanceOf(want.cls);
    expect((error as Error).constructor).toBe(want.cls);
    const statusError = error as StatusError;
    expect(statusError.status).toBe(given.status);
    expect(statusError.body).toEqual(want.body);
    expect(statusError.headers.get("x-req")).toBe("r2");
    expect(statusError.message).toBe(want.message);
    expect(statusError.name).toBe(want.cls.name);
  });
});
