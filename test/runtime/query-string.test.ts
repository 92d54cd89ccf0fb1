/**
 * query-string: OpenAPI 3.2's `in: querystring`, one value that is the whole
 * query string. Form fields follow a form body's rules (arrays repeat their
 * name, objects nest in brackets, spaces are `+`, reserved characters are
 * escaped); JSON is the value's text percent-encoded whole. `undefined` sends
 * nothing; a form querystring given something other than fields is refused.
 * Then through `buildRequest`: the text follows the path's `?`, beside a
 * query credential, and a QUERY keeps its body.
 */
import { describe, expect, test } from "vitest";
import { buildRequest, type BuildContext } from "../../generator/runtime/build-request.js";
import { jsonBody } from "../../generator/runtime/encode-body.js";
import { RequestBuildError } from "../../generator/runtime/errors.js";
import type { OperationSpec, ParamRecord } from "../../generator/runtime/operation.js";
import { formQueryString, jsonQueryString } from "../../generator/runtime/query-string.js";
import { apiKey } from "../../generator/runtime/security.js";

const FORM: ParamRecord = { key: "filter", name: "filter", in: "querystring", style: formQueryString };
const JSON_TEXT: ParamRecord = { key: "where", name: "where", in: "querystring", style: jsonQueryString };

describe("formQueryString", () => {
  const cases: Array<[string, { given: unknown; want: string | undefined }]> = [
    ["fields in the order given", { given: { q: "lease", page: 2, draft: false }, want: "q=lease&page=2&draft=false" }],
    [
      "spaces as +, reserved characters escaped",
      { given: { q: "a b&c=d", path: "/x?y#z" }, want: "q=a+b%26c%3Dd&path=%2Fx%3Fy%23z" },
    ],
    ["non-ASCII as UTF-8", { given: { author: "Zoë" }, want: "author=Zo%C3%AB" }],
    ["an escaped field name", { given: { "a b": "1" }, want: "a+b=1" }],
    ["an array repeats the name", { given: { tag: ["x", "y z"] }, want: "tag=x&tag=y+z" }],
    [
      "a nested object in brackets",
      { given: { range: { from: 1, to: 9 } }, want: "range%5Bfrom%5D=1&range%5Bto%5D=9" },
    ],
    ["an undefined field is left out", { given: { q: undefined, page: 1 }, want: "page=1" }],
    ["0, false and an empty string are sent", { given: { n: 0, b: false, s: "" }, want: "n=0&b=false&s=" }],
    [
      "a date as ISO text",
      { given: { after: new Date("2026-01-02T03:04:05Z") }, want: "after=2026-01-02T03%3A04%3A05.000Z" },
    ],
    ["no fields, no text", { given: {}, want: "" }],
    ["undefined sends nothing", { given: undefined, want: undefined }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(formQueryString(FORM, given)).toBe(want);
  });

  test.each([
    ["a string", "q=1"],
    ["an array", ["q"]],
    ["null", null],
  ])("%s is refused, naming the parameter", (_, given) => {
    expect(() => formQueryString(FORM, given)).toThrow(RequestBuildError);
    expect(() => formQueryString(FORM, given)).toThrow(
      'querystring parameter "filter" is form fields: pass an object such as { q: "text" }. No request was sent.',
    );
  });
});

describe("formQueryString with the styles of the media type's encoding map", () => {
  test("a field's style and explode follow the query rules; the others stay form fields", () => {
    const styled: ParamRecord = {
      ...FORM,
      fieldStyles: { tag: { style: "form", explode: false }, ids: { style: "pipeDelimited", explode: false } },
    };
    expect(formQueryString(styled, { q: "a b", tag: ["x", "y z"], ids: [1, 2] })).toBe("q=a+b&tag=x,y%20z&ids=1|2");
  });
});

describe("jsonQueryString", () => {
  const cases: Array<[string, { given: unknown; want: string | undefined }]> = [
    ["an object", { given: { kind: "created" }, want: "%7B%22kind%22%3A%22created%22%7D" }],
    ["characters that would end the query", { given: { s: "a&b #1" }, want: "%7B%22s%22%3A%22a%26b%20%231%22%7D" }],
    ["a string is JSON text too", { given: "x", want: "%22x%22" }],
    ["null", { given: null, want: "null" }],
    ["undefined sends nothing", { given: undefined, want: undefined }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(jsonQueryString(JSON_TEXT, given)).toBe(want);
  });
});

describe("buildRequest with a querystring", () => {
  const ctx: BuildContext = {
    clientName: "ArchiveClient",
    baseUrl: "https://archive.example.com/v1",
    schemes: { QueryKey: { type: apiKey, in: "query", name: "key", option: "queryKey" } },
    credentials: { queryKey: "k 1" },
    headers: [],
  };
  const search: OperationSpec = {
    id: "searchDocuments",
    method: "QUERY",
    path: "/documents/{kind}/search",
    params: [{ key: "kind", name: "kind", in: "path" }, FORM],
    body: { mediaType: "application/json", encoding: jsonBody, required: true },
    security: [],
    responses: { "200": { kind: "json" } },
  };

  test("the text follows the path, and a QUERY keeps its method and body", () => {
    const request = buildRequest(ctx, search, { kind: "leases", filter: { q: "a b" }, body: { text: "x" } });
    expect(request.url).toBe("https://archive.example.com/v1/documents/leases/search?q=a+b");
    expect(request.method).toBe("QUERY");
    expect(request.body).toBe('{"text":"x"}');
  });

  test("left out or empty, the URL has no ?", () => {
    expect(buildRequest(ctx, search, { kind: "k", body: {} }).url).toBe(
      "https://archive.example.com/v1/documents/k/search",
    );
    expect(buildRequest(ctx, search, { kind: "k", filter: {}, body: {} }).url).toBe(
      "https://archive.example.com/v1/documents/k/search",
    );
  });

  test("a query credential joins after it", () => {
    const request = buildRequest(
      ctx,
      { ...search, security: [["QueryKey"]] },
      { kind: "k", filter: { q: "z" }, body: {} },
    );
    expect(request.url).toBe("https://archive.example.com/v1/documents/k/search?q=z&key=k+1");
  });
});
