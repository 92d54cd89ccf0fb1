/**
 * Bad specs through the real CLI: each fixture under `test/fixtures/bad/` must
 * exit 1 with a `file:line:col` pointing at the exact spot, say what is wrong
 * and how to fix it, print no stack trace, and leave a previously generated
 * output directory byte-identical. Bad usage exits 2, also without writing.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";
import { runCli, type CliRun } from "./helpers/run-cli.js";
import { positionOf } from "./helpers/source-position.js";
import { copyTree, readTree, treeDifferences } from "./helpers/tree.js";

interface BadSpec {
  /** Under `test/fixtures/bad/`. */
  readonly file: string;
  /** The text the diagnostic must point at (its first character), and which occurrence of it. */
  readonly at: string;
  readonly occurrence?: number;
  /** What is wrong. */
  readonly message: RegExp;
  /** How to fix it. */
  readonly fix: RegExp;
}

const BAD_SPECS: ReadonlyArray<[string, BadSpec]> = [
  [
    // openapi-typescript decodes every $ref, and a bare % stopped the whole run with "URI malformed" (issue 19's property test).
    "a $ref whose fragment holds a % that starts no escape",
    {
      file: "percent-ref.yaml",
      at: "$ref",
      message: /\$ref "#\/components\/schemas\/% schema" holds a % that starts no %XX escape/,
      fix: /write a percent sign in a \$ref as %25/,
    },
  ],
  [
    "a YAML syntax error",
    {
      file: "yaml-syntax.yaml",
      at: "a: b",
      message: /YAML syntax error: Nested mappings are not allowed in compact mappings/,
      fix: /correct the syntax/,
    },
  ],
  [
    // A 3.0 document with components and no paths is a schema library (test/generator/lenient.test.ts).
    "a document with neither paths nor components",
    {
      file: "nothing-to-generate.yaml",
      at: "openapi",
      message: /the document has no `paths`, `components` or `webhooks`: there is nothing to generate/,
      fix: /add a `paths:` mapping/,
    },
  ],
  [
    // Without paths too: the missing paths are only a warning now, and the broken server is what is named.
    "a server without url in a 3.0 document without paths",
    {
      file: "server-without-url.yaml",
      at: "description: Production",
      message: /server 1 of #\/servers has no `url`/,
      fix: /give every server a `url`/,
    },
  ],
  [
    // OpenAPI 3.2: the querystring is the whole query string, so a query parameter has nowhere to go.
    "a querystring parameter beside a query parameter",
    {
      file: "querystring-beside-query.yaml",
      at: "in: querystring",
      message: /`filter` on QUERY \/documents is the whole query string, so it cannot sit beside the query parameter `limit`/,
      fix: /move `limit` into the querystring's schema, or write every field as an `in: query` parameter/,
    },
  ],
  [
    "a type that does not exist",
    {
      file: "unknown-type.yaml",
      at: "type: strng",
      message: /`type: "strng"` is not a JSON Schema type/,
      fix: /use one of string, number, integer, boolean, array, object or null/,
    },
  ],
  [
    // A document that says `swagger` is not told it lacks an `openapi` field.
    "a Swagger version other than 2.0",
    {
      file: "unsupported-swagger.yaml",
      at: "swagger",
      message: /`swagger: "1\.2"`: this Swagger version is not supported/,
      fix: /Swagger 2\.0 documents are converted/,
    },
  ],
  [
    "a $ref to nothing",
    {
      file: "missing-ref.yaml",
      at: "$ref",
      message: /\$ref "#\/components\/schemas\/Thing" points to nothing/,
      fix: /correct the reference or add the component/,
    },
  ],
  [
    "a duplicate operationId",
    {
      file: "duplicate-operation-id.yaml",
      at: "operationId: listThings",
      occurrence: 1,
      // It also says where the first use is, so the user can pick which one to rename.
      message:
        /duplicate operationId "listThings" on GET \/other-things: GET \/things \(test\/fixtures\/bad\/duplicate-operation-id\.yaml:8:7\) already uses it/,
      fix: /give each operation its own operationId/,
    },
  ],
  [
    "an unknown x-pagination style",
    {
      file: "pagination-style.yaml",
      at: "style: offset",
      message: /unknown x-pagination style "offset"/,
      fix: /use one of: page-number, cursor/,
    },
  ],
  [
    "an unknown key inside x-pagination",
    {
      file: "pagination-unknown-key.yaml",
      at: "cursor: next",
      message: /unknown x-pagination key "cursor"/,
      fix: /use only: style, page, size, items, total, first/,
    },
  ],
  [
    "x-pagination.page naming a parameter that does not exist",
    {
      file: "pagination-page-param.yaml",
      at: "page: page_number",
      message:
        /x-pagination\.page names "page_number", which is not a query parameter or body property of this operation/,
      fix: /use one of: page$/m,
    },
  ],
  [
    // One kind of value (mercedes-benz's configurator: strings) is read as that type (lenient.test.ts).
    "an object enum whose values are neither objects nor of one type",
    {
      file: "enum-type.yaml",
      at: "PKW",
      message: /an enum value of a `type: object` schema is a string \("PKW"\), not an object/,
      fix: /give the schema the type of its values \(e\.g\. `type: string`\), or remove the enum/,
    },
  ],
  [
    "an x-env-var that is not a variable name",
    {
      file: "env-var.yaml",
      at: "x-env-var: ",
      message: /x-env-var must be an environment variable name, not "not valid!"/,
      fix: /letters, digits and underscores/,
    },
  ],
  [
    "an x-value-prefix that is not a string",
    {
      file: "value-prefix.yaml",
      at: "x-value-prefix: 5",
      message: /x-value-prefix must be a string, not 5/,
      fix: /quote it/,
    },
  ],
];

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

const scratch = useScratchDir("wiregen-bad-specs-");
/** A client generated earlier, copied into each case's output directory before the failed run. */
let previous: Map<string, Buffer>;
let baseline: string;

beforeAll(async () => {
  // Copied once: generated/zep may be regenerated while the tests run.
  baseline = join(scratch, "baseline");
  await copyTree(join(ROOT, "generated/zep"), baseline);
  previous = await readTree(baseline);
  expect(previous.size).toBeGreaterThan(0);
});

/** Runs the CLI on `args` with `--out` set to a directory pre-filled with the previous client. */
async function runOnPrefilled(name: string, args: readonly string[]): Promise<{ run: CliRun; out: string }> {
  const out = join(scratch, name, "out");
  await copyTree(baseline, out);
  const run = await runCli([...args, "--out", out]);
  return { run, out };
}

async function expectUnchanged(out: string): Promise<void> {
  const after = await readTree(out);
  expect([...after.keys()]).toEqual([...previous.keys()]);
  expect(treeDifferences(previous, after)).toEqual([]);
}

describe("a bad spec exits 1, located, and writes nothing", () => {
  it.concurrent.each(BAD_SPECS)("%s", async (_name, bad) => {
    const file = `test/fixtures/bad/${bad.file}`;
    const text = await readFile(join(ROOT, file), "utf8");
    const { line, column } = positionOf(text, bad.at, bad.occurrence ?? 0);

    const { run, out } = await runOnPrefilled(bad.file, [file]);

    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    // Warnings may come first (a document without paths); the error is the line under test.
    const at = lines.findIndex((l) => l.startsWith(`${file}:`) && l.includes(": error: "));
    expect(at, run.stderr).toBeGreaterThanOrEqual(0);
    const [where, rest] = [
      lines[at]!.slice(0, lines[at]!.indexOf(": ")),
      lines[at]!.slice(lines[at]!.indexOf(": ") + 2),
    ];
    expect(where).toBe(`${file}:${line}:${column}`);
    expect(rest).toMatch(/^error: /);
    expect(rest).toMatch(bad.message);
    // The fix is on the next line, indented under its diagnostic.
    expect(lines[at + 1]).toMatch(/^ {2}fix: \S/);
    expect(lines[at + 1]).toMatch(bad.fix);
    expect(run.stderr).toContain(`${file}: 1 error; nothing was written`);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    await expectUnchanged(out);
  });
});

describe("bad usage exits 2 and writes nothing", () => {
  it.concurrent("a spec file that does not exist", async () => {
    const { run, out } = await runOnPrefilled("missing", ["test/fixtures/bad/does-not-exist.yaml"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^error: spec not found: test\/fixtures\/bad\/does-not-exist\.yaml$/m);
    expect(run.stderr).toContain("usage: ");
    expect(run.stderr).not.toMatch(STACK_FRAME);
    await expectUnchanged(out);
  });

  it.concurrent("an unknown flag", async () => {
    const { run, out } = await runOnPrefilled("unknown-flag", ["spec/zep.yaml", "--frobnicate"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown option --frobnicate$/m);
    expect(run.stderr).toContain("usage: ");
    expect(run.stderr).not.toMatch(STACK_FRAME);
    await expectUnchanged(out);
  });
});
