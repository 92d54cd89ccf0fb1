/**
 * serialize-params: OpenAPI `style`/`explode` for query, path, header and
 * cookie parameters (the examples of OpenAPI 3.1 §4.8.12.4), plus the rules a
 * user relies on: `undefined` is not sent, `0`/`false`/`""` are, and a path
 * value that would change the path is refused before anything is sent.
 */
import { describe, expect, test } from "vitest";
import { RequestBuildError } from "../../generator/runtime/errors.js";
import type { ParamRecord, ParamSpec, ParamStyle } from "../../generator/runtime/operation.js";
import {
  cookieForm,
  deepObject,
  form,
  label,
  matrix,
  pipeDelimited,
  spaceDelimited,
} from "../../generator/runtime/param-styles.js";
import {
  serializeHeaderParam,
  serializePathParam,
  serializeQueryParam,
} from "../../generator/runtime/serialize-params.js";

type Style = NonNullable<ParamSpec["style"]>;

const STYLES: Readonly<Record<Exclude<Style, "simple">, ParamStyle>> = {
  form,
  spaceDelimited,
  pipeDelimited,
  deepObject,
  label,
  matrix,
};

/** A parameter's record as a generated client holds it: a style other than simple names its serialiser. */
function param(
  location: ParamSpec["in"],
  extra: { style?: Style; explode?: boolean; allowReserved?: boolean } = {},
  name = "color",
): ParamRecord {
  const { style, ...rest } = extra;
  // As the generator writes it: unexploded form names `form`; simple, or exploded form, is built in.
  const spelled = style ?? (location === "query" && extra.explode === false ? "form" : undefined);
  const serialize =
    location === "cookie" ? cookieForm : spelled === undefined || spelled === "simple" ? undefined : STYLES[spelled];
  return {
    key: name,
    name,
    in: location,
    ...rest,
    ...(serialize === undefined ? {} : { style: serialize }),
  } as ParamRecord;
}

function query(spec: ParamRecord, value: unknown): string {
  return (spec.style ?? serializeQueryParam)(spec, value) ?? "";
}

function path(spec: ParamRecord, value: unknown): string | undefined {
  return (spec.style ?? serializePathParam)(spec, value);
}

const colors = ["blue", "black", "brown"];
const rgb = { R: 100, G: 200, B: 150 };
const when = new Date("2025-01-02T03:04:05.000Z");

describe("serializeQueryParam", () => {
  const cases: Array<[string, { given: { spec: ParamRecord; value: unknown }; want: string }]> = [
    ["string", { given: { spec: param("query"), value: "blue" }, want: "color=blue" }],
    ["number zero is sent", { given: { spec: param("query"), value: 0 }, want: "color=0" }],
    ["false is sent", { given: { spec: param("query"), value: false }, want: "color=false" }],
    ["true", { given: { spec: param("query"), value: true }, want: "color=true" }],
    ["empty string is sent", { given: { spec: param("query"), value: "" }, want: "color=" }],
    ["undefined is skipped", { given: { spec: param("query"), value: undefined }, want: "" }],
    [
      "bigint",
      {
        given: { spec: param("query"), value: 12345678901234567890n },
        want: "color=12345678901234567890",
      },
    ],
    [
      "Date as ISO 8601",
      {
        given: { spec: param("query"), value: when },
        want: "color=2025-01-02T03%3A04%3A05.000Z",
      },
    ],
    [
      "reserved characters are encoded",
      {
        given: { spec: param("query"), value: "a&b=c d/é?#+" },
        want: "color=a%26b%3Dc%20d%2F%C3%A9%3F%23%2B",
      },
    ],
    [
      "the name is encoded too",
      {
        given: { spec: param("query", {}, "a b&c"), value: "x" },
        want: "a%20b%26c=x",
      },
    ],
    [
      "allowReserved keeps / ? : but not & = # +",
      {
        given: {
          spec: param("query", { allowReserved: true }),
          value: "a/b?c:d&e=f#g+h",
        },
        want: "color=a/b?c:d%26e%3Df%23g%2Bh",
      },
    ],
    [
      "form array explodes by default",
      {
        given: { spec: param("query"), value: colors },
        want: "color=blue&color=black&color=brown",
      },
    ],
    [
      "form array, explode false",
      {
        given: { spec: param("query", { explode: false }), value: colors },
        want: "color=blue,black,brown",
      },
    ],
    [
      "form array, explode false, commas in items are encoded",
      {
        given: {
          spec: param("query", { explode: false }),
          value: ["a,b", "c"],
        },
        want: "color=a%2Cb,c",
      },
    ],
    [
      "array items that are undefined are skipped",
      {
        given: { spec: param("query"), value: ["a", undefined, "b"] },
        want: "color=a&color=b",
      },
    ],
    [
      "array of numbers with zero",
      {
        given: { spec: param("query"), value: [0, 1] },
        want: "color=0&color=1",
      },
    ],
    ["empty array sends nothing when exploded", { given: { spec: param("query"), value: [] }, want: "" }],
    [
      "spaceDelimited",
      {
        given: {
          spec: param("query", { style: "spaceDelimited" }),
          value: colors,
        },
        want: "color=blue%20black%20brown",
      },
    ],
    [
      "spaceDelimited exploded",
      {
        given: {
          spec: param("query", { style: "spaceDelimited", explode: true }),
          value: colors,
        },
        want: "color=blue&color=black&color=brown",
      },
    ],
    [
      "pipeDelimited",
      {
        given: {
          spec: param("query", { style: "pipeDelimited" }),
          value: colors,
        },
        want: "color=blue|black|brown",
      },
    ],
    [
      "pipeDelimited exploded",
      {
        given: {
          spec: param("query", { style: "pipeDelimited", explode: true }),
          value: colors,
        },
        want: "color=blue&color=black&color=brown",
      },
    ],
    [
      "form object explodes into its own names",
      {
        given: { spec: param("query"), value: rgb },
        want: "R=100&G=200&B=150",
      },
    ],
    [
      "form object, explode false",
      {
        given: { spec: param("query", { explode: false }), value: rgb },
        want: "color=R,100,G,200,B,150",
      },
    ],
    [
      "object properties that are undefined are skipped",
      {
        given: { spec: param("query"), value: { R: 1, G: undefined, B: 0 } },
        want: "R=1&B=0",
      },
    ],
    [
      "deepObject",
      {
        given: {
          spec: param("query", { style: "deepObject", explode: true }),
          value: rgb,
        },
        want: "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
      },
    ],
    [
      "deepObject nested and with arrays",
      {
        given: {
          spec: param("query", { style: "deepObject", explode: true }, "filter"),
          value: { a: { b: "x y" }, ids: [1, 2], skip: undefined },
        },
        want: "filter%5Ba%5D%5Bb%5D=x%20y&filter%5Bids%5D%5B0%5D=1&filter%5Bids%5D%5B1%5D=2",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(query(given.spec, given.value)).toBe(want);
  });

  test("deepObject names decode to the bracket form servers expect", () => {
    const text = query(param("query", { style: "deepObject", explode: true }), {
      R: 100,
      G: 200,
    });
    expect([...new URLSearchParams(text)]).toEqual([
      ["color[R]", "100"],
      ["color[G]", "200"],
    ]);
  });
});

describe("serializePathParam", () => {
  const cases: Array<[string, { given: { spec: ParamRecord; value: unknown }; want: string }]> = [
    ["simple string", { given: { spec: param("path"), value: "blue" }, want: "blue" }],
    ["simple number zero", { given: { spec: param("path"), value: 0 }, want: "0" }],
    ["simple false", { given: { spec: param("path"), value: false }, want: "false" }],
    ["slash is percent-encoded", { given: { spec: param("path"), value: "a/b" }, want: "a%2Fb" }],
    [
      "query and fragment characters are encoded",
      {
        given: { spec: param("path"), value: "a?b#c d%" },
        want: "a%3Fb%23c%20d%25",
      },
    ],
    ["dots inside a value are fine", { given: { spec: param("path"), value: "v1.2..3" }, want: "v1.2..3" }],
    ["three dots are a name, not a path step", { given: { spec: param("path"), value: "..." }, want: "..." }],
    [
      "Date",
      {
        given: { spec: param("path"), value: when },
        want: "2025-01-02T03%3A04%3A05.000Z",
      },
    ],
    [
      "simple array",
      {
        given: { spec: param("path"), value: colors },
        want: "blue,black,brown",
      },
    ],
    [
      "simple array exploded",
      {
        given: { spec: param("path", { explode: true }), value: colors },
        want: "blue,black,brown",
      },
    ],
    ["simple object", { given: { spec: param("path"), value: rgb }, want: "R,100,G,200,B,150" }],
    [
      "simple object exploded",
      {
        given: { spec: param("path", { explode: true }), value: rgb },
        want: "R=100,G=200,B=150",
      },
    ],
    [
      "label string",
      {
        given: { spec: param("path", { style: "label" }), value: "blue" },
        want: ".blue",
      },
    ],
    [
      "label array",
      {
        given: { spec: param("path", { style: "label" }), value: colors },
        want: ".blue,black,brown",
      },
    ],
    [
      "label array exploded",
      {
        given: {
          spec: param("path", { style: "label", explode: true }),
          value: colors,
        },
        want: ".blue.black.brown",
      },
    ],
    [
      "label object",
      {
        given: { spec: param("path", { style: "label" }), value: rgb },
        want: ".R,100,G,200,B,150",
      },
    ],
    [
      "label object exploded",
      {
        given: {
          spec: param("path", { style: "label", explode: true }),
          value: rgb,
        },
        want: ".R=100.G=200.B=150",
      },
    ],
    [
      "matrix string",
      {
        given: { spec: param("path", { style: "matrix" }), value: "blue" },
        want: ";color=blue",
      },
    ],
    [
      "matrix array",
      {
        given: { spec: param("path", { style: "matrix" }), value: colors },
        want: ";color=blue,black,brown",
      },
    ],
    [
      "matrix array exploded",
      {
        given: {
          spec: param("path", { style: "matrix", explode: true }),
          value: colors,
        },
        want: ";color=blue;color=black;color=brown",
      },
    ],
    [
      "matrix object",
      {
        given: { spec: param("path", { style: "matrix" }), value: rgb },
        want: ";color=R,100,G,200,B,150",
      },
    ],
    [
      "matrix object exploded",
      {
        given: {
          spec: param("path", { style: "matrix", explode: true }),
          value: rgb,
        },
        want: ";R=100;G=200;B=150",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(path(given.spec, given.value)).toBe(want);
  });

  const refused: Array<[string, { given: unknown; want: RegExp }]> = [
    ["undefined", { given: undefined, want: /path parameter "color" is required/ }],
    ["null", { given: null, want: /path parameter "color" is required/ }],
    ["empty string", { given: "", want: /cannot be "": it would change the path/ }],
    ["a single dot", { given: ".", want: /cannot be ".": it would change the path/ }],
    ["two dots", { given: "..", want: /cannot be "..": it would change the path/ }],
    ["two dots inside an array", { given: ["a", ".."], want: /cannot be ".."/ }],
    ["two dots as an object value", { given: { a: ".." }, want: /cannot be ".."/ }],
    ["empty array", { given: [], want: /cannot be empty/ }],
    ["empty object", { given: {}, want: /cannot be empty/ }],
  ];
  test.each(refused)("refuses %s with RequestBuildError", (_, { given, want }) => {
    let caught: unknown;
    try {
      serializePathParam(param("path"), given);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RequestBuildError);
    expect((caught as Error).message).toMatch(want);
    expect((caught as Error).message).toMatch(/No request was sent/);
  });
});

describe("serializeHeaderParam", () => {
  const cases: Array<
    [
      string,
      {
        given: { spec: ParamRecord; value: unknown };
        want: string | undefined;
      },
    ]
  > = [
    ["string", { given: { spec: param("header"), value: "blue" }, want: "blue" }],
    ["zero", { given: { spec: param("header"), value: 0 }, want: "0" }],
    ["false", { given: { spec: param("header"), value: false }, want: "false" }],
    ["empty string", { given: { spec: param("header"), value: "" }, want: "" }],
    ["undefined is not sent", { given: { spec: param("header"), value: undefined }, want: undefined }],
    [
      "array",
      {
        given: { spec: param("header"), value: colors },
        want: "blue,black,brown",
      },
    ],
    [
      "object",
      {
        given: { spec: param("header"), value: rgb },
        want: "R,100,G,200,B,150",
      },
    ],
    [
      "object exploded",
      {
        given: { spec: param("header", { explode: true }), value: rgb },
        want: "R=100,G=200,B=150",
      },
    ],
    [
      "Date",
      {
        given: { spec: param("header"), value: when },
        want: "2025-01-02T03:04:05.000Z",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(serializeHeaderParam(given.spec, given.value)).toBe(want);
  });
});

describe("cookieForm", () => {
  const cases: Array<
    [
      string,
      {
        given: { spec: ParamRecord; value: unknown };
        want: string | undefined;
      },
    ]
  > = [
    ["string", { given: { spec: param("cookie"), value: "blue" }, want: "color=blue" }],
    ["zero", { given: { spec: param("cookie"), value: 0 }, want: "color=0" }],
    ["false", { given: { spec: param("cookie"), value: false }, want: "color=false" }],
    ["undefined is not sent", { given: { spec: param("cookie"), value: undefined }, want: undefined }],
    [
      "array",
      {
        given: { spec: param("cookie"), value: colors },
        want: "color=blue%2Cblack%2Cbrown",
      },
    ],
    [
      "a semicolon cannot split the cookie",
      {
        given: { spec: param("cookie"), value: "a; admin=1" },
        want: "color=a%3B%20admin%3D1",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(cookieForm(given.spec, given.value)).toBe(want);
  });
});
