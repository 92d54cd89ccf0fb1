/**
 * The check stage on OpenAPI 3.2's operations, in process: `in: querystring`
 * misused (two on one operation, beside a query parameter, without `content`,
 * a media type the client cannot write, in a 3.1 document) is one located
 * error with a fix, and so is an `additionalOperations` key that is no HTTP
 * method or one a path item field is for; the rules every operation follows
 * (unique operationIds, servers with a url) reach QUERY and
 * `additionalOperations` too.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../generator/check/check-document.js";
import { formatDiagnostic } from "../../../generator/check/diagnostic.js";
import { loadDocument } from "../../../generator/load/load-document.js";
import { useScratchDir } from "../../support/scratch-dir.js";
import { positionOf } from "../helpers/source-position.js";

const scratch = useScratchDir("wiregen-check-querystring-");

const HEAD = `openapi: 3.2.0\ninfo: { title: T, version: "1" }\npaths:\n`;

/** `/things` with `get`'s parameters as given (YAML list items, indented for `parameters:`). */
function withParameters(parameters: string, head = HEAD): string {
  return `${head}  /things:\n    get:\n      operationId: listThings\n      parameters:\n${parameters}      responses:\n        "200":\n          description: OK\n`;
}

const FORM = `        - name: filter\n          in: querystring\n          content:\n            application/x-www-form-urlencoded:\n              schema: { type: object, properties: { q: { type: string } } }\n`;

interface Want {
  /** The text the diagnostic points at, and which occurrence of it. */
  readonly at: string;
  readonly occurrence?: number;
  readonly message: RegExp;
  readonly fix: RegExp;
}

describe("checkDocument on 3.2 operations", () => {
  const table: ReadonlyArray<readonly [string, { given: string; want: Want[] }]> = [
    ["a form querystring alone is fine", { given: withParameters(FORM), want: [] }],
    [
      "QUERY and additional methods with their own operationIds are fine",
      {
        given: `${HEAD}  /things:\n    query:\n      operationId: findThings\n      responses: { "200": { description: OK } }\n    additionalOperations:\n      COPY:\n        operationId: copyThings\n        responses: { "201": { description: OK } }\n`,
        want: [],
      },
    ],
    [
      "two querystring parameters",
      {
        given: withParameters(FORM + FORM.replace("name: filter", "name: other")),
        want: [
          {
            at: "in: querystring",
            occurrence: 1,
            message: /^GET \/things has a second `in: querystring` parameter \(`other`\); `filter` already describes the whole query string$/,
            fix: /keep one querystring parameter and put these fields in its schema/,
          },
        ],
      },
    ],
    [
      "a querystring beside a query parameter",
      {
        given: withParameters(`${FORM}        - name: limit\n          in: query\n          schema: { type: integer }\n`),
        want: [
          {
            at: "in: querystring",
            message: /^`filter` on GET \/things is the whole query string, so it cannot sit beside the query parameter `limit` \(#\/paths\/~1things\/get\/parameters\/1\)$/,
            fix: /move `limit` into the querystring's schema, or write every field as an `in: query` parameter/,
          },
        ],
      },
    ],
    [
      "a querystring of the path item beside a query parameter of a QUERY operation",
      {
        given: `${HEAD}  /things:\n    parameters:\n${FORM.replace(/^ {4}/gm, "")}    query:\n      operationId: findThings\n      parameters:\n        - { name: limit, in: query, schema: { type: integer } }\n      responses: { "200": { description: OK } }\n`,
        want: [
          {
            at: "in: querystring",
            message: /^`filter` on QUERY \/things is the whole query string, so it cannot sit beside the query parameter `limit`/,
            fix: /move `limit` into the querystring's schema/,
          },
        ],
      },
    ],
    [
      "a querystring with a schema and no content",
      {
        given: withParameters(`        - name: filter\n          in: querystring\n          schema: { type: object }\n`),
        want: [
          {
            at: "name: filter",
            message: /^the querystring parameter `filter` of GET \/things needs `content` with exactly one media type$/,
            fix: /describe it as `content: \{ application\/x-www-form-urlencoded: \{ schema: … \} \}`/,
          },
        ],
      },
    ],
    [
      "a querystring in a media type the client cannot write",
      {
        given: withParameters(`        - name: filter\n          in: querystring\n          content:\n            text/plain:\n              schema: { type: string }\n`),
        want: [
          {
            at: "text/plain:",
            message: /^the querystring parameter `filter` of GET \/things is `text\/plain`, which the client cannot write as a query string$/,
            fix: /use `application\/x-www-form-urlencoded` \(an object of fields\) or `application\/json`/,
          },
        ],
      },
    ],
    [
      "a querystring in a 3.1 document",
      {
        given: withParameters(FORM, HEAD.replace("3.2.0", "3.1.0")),
        want: [
          {
            at: "in: querystring",
            message: /^`in: querystring` on GET \/things is an OpenAPI 3\.2 parameter, but this document is 3\.1\.0$/,
            fix: /write `openapi: 3\.2\.0`/,
          },
        ],
      },
    ],
    [
      "an operationId used by QUERY and by an additional method",
      {
        given: `${HEAD}  /things:\n    query:\n      operationId: things\n      responses: { "200": { description: OK } }\n    additionalOperations:\n      PURGE:\n        operationId: things\n        responses: { "204": { description: OK } }\n`,
        want: [
          {
            at: "operationId: things",
            occurrence: 1,
            message: /^duplicate operationId "things" on PURGE \/things: QUERY \/things \(.*:6:7\) already uses it$/,
            fix: /give each operation its own operationId/,
          },
        ],
      },
    ],
    [
      "an additional method that is not an HTTP token",
      {
        given: `${HEAD}  /things:\n    additionalOperations:\n      "SYNC NOW":\n        responses: { "200": { description: OK } }\n`,
        want: [
          {
            at: '"SYNC NOW"',
            message: /^"SYNC NOW" under `additionalOperations` of \/things is not an HTTP method name$/,
            fix: /letters, digits and/,
          },
        ],
      },
    ],
    [
      "an additional method a path item field is for",
      {
        given: `${HEAD}  /things:\n    additionalOperations:\n      POST:\n        responses: { "200": { description: OK } }\n`,
        want: [
          {
            at: "POST:",
            message: /^`additionalOperations` of \/things names POST, which the path item's `post` field is for$/,
            fix: /move the operation to `post:` on the path item/,
          },
        ],
      },
    ],
    [
      "a server without url on an additional method",
      {
        given: `${HEAD}  /things:\n    additionalOperations:\n      COPY:\n        servers:\n          - description: mirror\n        responses: { "201": { description: OK } }\n`,
        want: [
          {
            at: "description: mirror",
            message: /^server 1 of #\/paths\/~1things\/additionalOperations\/COPY\/servers has no `url`$/,
            fix: /give every server a `url`/,
          },
        ],
      },
    ],
  ];
  it.each(table)("%s", async (name, { given, want }) => {
    const file = join(scratch, `${name.replace(/\W+/g, "-")}.yaml`);
    await writeFile(file, given);
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    const diagnostics = [...loaded.warnings, ...checkDocument(loaded.document)];
    expect(diagnostics.map((d) => `${d.severity}: ${d.message}`)).toEqual(want.map(() => expect.stringMatching(/^error: /)));
    want.forEach((w, i) => {
      const d = diagnostics[i]!;
      expect({ file: d.position.file, line: d.position.line, column: d.position.column }).toEqual({
        file,
        ...positionOf(given, w.at, w.occurrence ?? 0),
      });
      expect(d.message).toMatch(w.message);
      expect(d.fix ?? "").toMatch(w.fix);
    });
  });
});
