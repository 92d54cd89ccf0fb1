/**
 * emit-resource's `paramStyle`: which runtime serialiser a parameter's record
 * names. Exploded form query, simple path and header are built in and name
 * none, so a plain client's bundle carries no other style.
 */
import { describe, expect, test } from "vitest";
import { paramStyle } from "../../generator/emit/emit-resource.js";
import type { ParamSpec } from "../../generator/runtime/operation.js";

describe("paramStyle", () => {
  const cases: Array<[string, { given: Omit<ParamSpec, "key" | "name">; want: string | undefined }]> = [
    ["query, no style", { given: { in: "query" }, want: undefined }],
    ["query, form exploded", { given: { in: "query", style: "form", explode: true }, want: undefined }],
    ["query, form not exploded", { given: { in: "query", style: "form", explode: false }, want: "form" }],
    ["query, no style, not exploded", { given: { in: "query", explode: false }, want: "form" }],
    [
      "query, spaceDelimited",
      {
        given: { in: "query", style: "spaceDelimited" },
        want: "spaceDelimited",
      },
    ],
    ["query, pipeDelimited", { given: { in: "query", style: "pipeDelimited" }, want: "pipeDelimited" }],
    [
      "query, deepObject",
      {
        given: { in: "query", style: "deepObject", explode: true },
        want: "deepObject",
      },
    ],
    [
      "path, simple exploded",
      {
        given: { in: "path", style: "simple", explode: true },
        want: undefined,
      },
    ],
    ["path, label", { given: { in: "path", style: "label" }, want: "label" }],
    ["path, matrix", { given: { in: "path", style: "matrix" }, want: "matrix" }],
    ["header, exploded", { given: { in: "header", explode: true }, want: undefined }],
    ["cookie", { given: { in: "cookie" }, want: "cookieForm" }],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(paramStyle({ key: "p", name: "p", ...given })).toBe(want);
  });
});
