/**
 * The check stage on small YAML documents, in process: each problem comes back
 * as one located diagnostic (position computed from the fixture text), and
 * documents that are fine come back clean. The CLI side of the same errors is
 * in `bad-specs.test.ts`.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../generator/check/check-document.js";
import { formatDiagnostic } from "../../../generator/check/diagnostic.js";
import { loadDocument } from "../../../generator/load/load-document.js";
import { useScratchDir } from "../../support/scratch-dir.js";
import { positionOf } from "../helpers/source-position.js";

const scratch = useScratchDir("wiregen-check-");

const OPERATION = `
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: OK`;

interface Want {
  readonly severity: "error" | "warning";
  /** The text the diagnostic points at; `""` for the document's first character. */
  readonly at: string;
  readonly occurrence?: number;
  readonly message: RegExp;
}

describe("checkDocument", () => {
  const table: ReadonlyArray<readonly [string, { given: string; want: Want[] }]> = [
    ["a minimal 3.0 document is fine", { given: `openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths:${OPERATION}\n`, want: [] }],
    ["`openapi: 3.1` written as a short string is fine", { given: `openapi: "3.1"\ninfo: { title: T, version: "1" }\npaths:${OPERATION}\n`, want: [] }],
    [
      "a 3.1 document with only components needs no paths",
      { given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\ncomponents:\n  schemas:\n    A: { type: string }\n`, want: [] },
    ],
    [
      "a 3.1 document with an empty `paths:` and components is fine too",
      { given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\ncomponents:\n  schemas:\n    A: { type: string }\n`, want: [] },
    ],
    [
      "a 3.0 document with only components is a schema library, with a warning",
      {
        given: `openapi: 3.0.3\ninfo: { title: T, version: "1" }\ncomponents:\n  schemas:\n    A: { type: string }\n`,
        want: [{ severity: "warning", at: "", message: /^the document has no `paths` \(OpenAPI 3\.0 requires them\); read as a schema library/ }],
      },
    ],
    [
      "`paths` as a list is not a mapping",
      {
        given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  - /things\ncomponents: {}\n`,
        want: [{ severity: "error", at: "paths:", message: /^`paths` is not a mapping$/ }],
      },
    ],
    [
      "`paths` as a string is not a mapping",
      { given: `openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: /things\n`, want: [{ severity: "error", at: "paths:", message: /^`paths` is not a mapping$/ }] },
    ],
    [
      "`openapi: 3.1` unquoted is a number: read as \"3.1.0\", with a warning that says so",
      {
        given: `openapi: 3.1\ninfo: { title: T, version: "1" }\npaths:${OPERATION}\n`,
        want: [{ severity: "warning", at: "openapi", message: /^`openapi` is the number 3\.1, not a string \(YAML reads an unquoted version as a number\); read as "3\.1\.0"$/ }],
      },
    ],
    [
      "an unsupported version",
      { given: `openapi: 4.0.0\ninfo: { title: T, version: "1" }\npaths:${OPERATION}\n`, want: [{ severity: "error", at: "openapi", message: /^unsupported OpenAPI version "4\.0\.0"$/ }] },
    ],
    ["no version at all", { given: `info: { title: T, version: "1" }\npaths:${OPERATION}\n`, want: [{ severity: "error", at: "", message: /^no `openapi` version field/ }] }],
    ["a list at the top level", { given: `- openapi: 3.1.0\n`, want: [{ severity: "error", at: "", message: /its top level is not a mapping/ }] }],
    ["no info is a warning", { given: `openapi: 3.1.0\npaths:${OPERATION}\n`, want: [{ severity: "warning", at: "", message: /^the document has no `info` object$/ }] }],
    [
      "an operationId that is not a string",
      {
        given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /things:\n    get:\n      operationId: 42\n      responses: { "200": { description: OK } }\n`,
        want: [{ severity: "error", at: "operationId", message: /^operationId of GET \/things is not a string$/ }],
      },
    ],
    [
      "no responses is a warning",
      {
        given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /things:\n    get:\n      operationId: listThings\n`,
        want: [{ severity: "warning", at: "get:", message: /^GET \/things documents no responses/ }],
      },
    ],
    [
      "a duplicate operationId in another method of the same path",
      {
        given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /things:\n    get:\n      operationId: things\n      responses: { "200": { description: OK } }\n    post:\n      operationId: things\n      responses: { "200": { description: OK } }\n`,
        want: [{ severity: "error", at: "operationId: things", occurrence: 1, message: /^duplicate operationId "things" on POST \/things: GET \/things \(.*:6:7\) already uses it$/ }],
      },
    ],
    [
      "every dangling $ref, in document order",
      {
        given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /things:\n    get:\n      operationId: listThings\n      parameters:\n        - $ref: "#/components/parameters/Nope"\n      responses:\n        "200":\n          $ref: "#/components/responses/Gone"\n`,
        want: [
          { severity: "error", at: "$ref", occurrence: 0, message: /^\$ref "#\/components\/parameters\/Nope" points to nothing/ },
          { severity: "error", at: "$ref", occurrence: 1, message: /^\$ref "#\/components\/responses\/Gone" points to nothing/ },
        ],
      },
    ],
    [
      "a $ref inside an example is data, not a reference",
      {
        given: `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /things:\n    get:\n      operationId: listThings\n      responses:\n        "200":\n          description: OK\n          content:\n            application/json:\n              example: { $ref: "#/nowhere" }\n`,
        want: [],
      },
    ],
  ];
  it.each(table)("%s", async (name, { given, want }) => {
    const file = join(scratch, `${name.replace(/\W+/g, "-")}.yaml`);
    await writeFile(file, given);
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    const diagnostics = [...loaded.warnings, ...checkDocument(loaded.document)];
    expect(diagnostics.map((d) => `${d.severity}: ${d.message}`)).toHaveLength(want.length);
    want.forEach((w, i) => {
      const d = diagnostics[i]!;
      const position = w.at === "" ? { line: 1, column: 1 } : positionOf(given, w.at, w.occurrence ?? 0);
      expect({ severity: d.severity, file: d.position.file, line: d.position.line, column: d.position.column }).toEqual({
        severity: w.severity,
        file,
        ...position,
      });
      expect(d.message).toMatch(w.message);
      expect(d.fix ?? "", "every diagnostic says how to fix it").not.toBe("");
    });
  });
});
