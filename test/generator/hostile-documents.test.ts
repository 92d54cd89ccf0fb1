/**
 * Hostile and broken documents through the real CLI (issue 12): each class
 * (alias expansion, nesting depth, `$ref` cycles, remote `$ref`s that never
 * end or never stop branching) exits 1 with a located error that says what is
 * wrong, within a stated time and peak resident memory, prints no stack trace,
 * and leaves a previously generated output directory byte-identical. Huge
 * documents are written at run time, not committed. The fixtures run again
 * as OpenAPI 3.2, beside what 3.2 adds that could loop (`components.mediaTypes`
 * naming each other, tag `parent`s in a circle).
 */
import { createServer, type Server } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";
import { positionOf, type LineColumn } from "./helpers/source-position.js";
import { copyTree, readTree, treeDifferences } from "./helpers/tree.js";
import { specWithRemoteRef } from "../support/remote-ref-spec.js";
import { useScratchDir } from "../support/scratch-dir.js";

/**
 * Bounds per run, with room for a shared two-core machine: a failing run
 * measures 1–7 s and 90–280 MB peak RSS (most of it Node, tsx and the yaml
 * parser); without the load bounds these documents hung past 60 s at 2.4 GB.
 */
const MAX_SECONDS = 30;
const MAX_PEAK_RSS_MB = 400;

const PEAK_RSS_PROBE = join(ROOT, "test/generator/helpers/peak-rss.mjs");
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

const scratch = useScratchDir("wiregen-hostile-");
let baseline: Map<string, Buffer>;
let baselineDir: string;

beforeAll(async () => {
  baselineDir = join(scratch, "baseline");
  await copyTree(join(ROOT, "generated/zep"), baselineDir);
  baseline = await readTree(baselineDir);
});

interface Expected {
  /** The spec as the CLI is given it (relative to the project root, or absolute). */
  readonly spec: string;
  /** Where the first error must point (any column when none is given). */
  readonly at: LineColumn | { readonly line: number };
  readonly message: RegExp;
  /** More command-line arguments (the remote cases allow the local test server with `--allow-ref`). */
  readonly args?: readonly string[];
}

/** Runs the CLI on a pre-filled output directory and checks everything the issue asks of a failed run. */
async function expectRefused(name: string, { spec, at, message, args = [] }: Expected): Promise<void> {
  const out = join(scratch, name);
  await copyTree(baselineDir, out);
  const started = performance.now();
  const run = await runCli([spec, "--out", out, ...args], ROOT, ["--import", PEAK_RSS_PROBE]);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Number(/^peak-rss-kb: (\d+)$/m.exec(run.stderr)?.[1]) / 1024;

  expect(run.code, run.stderr).toBe(1);
  const first = run.stderr.split("\n").find((line) => line.includes(": error: "));
  expect(first, run.stderr).toBeDefined();
  const where = first!.slice(0, first!.indexOf(": error: "));
  if ("column" in at) expect(where).toBe(`${spec}:${at.line}:${at.column}`);
  else expect(where.slice(0, where.lastIndexOf(":"))).toBe(`${spec}:${at.line}`);
  expect(first).toMatch(message);
  expect(run.stderr).toMatch(/^ {2}fix: \S/m);
  expect(run.stderr).toContain("nothing was written");
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(/Maximum call stack/);
  expect(seconds).toBeLessThan(MAX_SECONDS);
  expect(peakMb, run.stderr).toBeLessThan(MAX_PEAK_RSS_MB);
  expect(treeDifferences(baseline, await readTree(out))).toEqual([]);
}

async function fixture(file: string, needle: string, occurrence = 0): Promise<Pick<Expected, "spec" | "at">> {
  const spec = `test/fixtures/hostile/${file}`;
  return { spec, at: positionOf(await readFile(join(ROOT, spec), "utf8"), needle, occurrence) };
}

const HEAD = 'openapi: 3.0.3\ninfo: { title: deep, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n';

describe.concurrent("YAML aliases", () => {
  it("a billion laughs is refused at the alias whose expansion crosses the bound", async () => {
    // The sixth `*f` of `x-g` is where the count passes 4 million values.
    await expectRefused("laughs", {
      ...(await fixture("billion-laughs.yaml", "*f", 5)),
      message:
        /the alias \*f at #\/x-g\/5 expands to 597,871 values, and with it the document's aliases expand to more than 4,000,000 values/,
    });
  });

  it("an alias inside its own anchor is refused, not turned into a circular object", async () => {
    await expectRefused("alias-cycle", {
      ...(await fixture("alias-cycle.yaml", "*loop")),
      message: /the alias \*loop at #\/paths\/~1loop\/get\/.*\/properties\/self is inside the node its anchor names/,
    });
  });
});

describe.concurrent("nesting depth", () => {
  it("JSON 50,000 levels deep: refused at the first level past 256, with its pointer", async () => {
    const pre = '{"openapi":"3.0.3","info":{"title":"d","version":"1"},"paths":{},"components":{"schemas":{"Deep":';
    const level = '{"type":"array","items":';
    const spec = join(scratch, "deep.json");
    await writeFile(spec, pre + level.repeat(50_000) + '{"type":"string"}' + "}".repeat(50_000) + "}}}");
    // Deep is level 3; the object 253 `items` further is at 256, and its first key is one too many.
    await expectRefused("deep-json", {
      spec,
      at: { line: 1, column: pre.length + 253 * level.length + 2 },
      message:
        /the document is nested more than 256 levels deep, at #\/components\/schemas\/Deep\/items\/items\/items\/…\/items\/items\/items\/type \(257 steps\)/,
    });
  });

  it("YAML 300 levels deep (the parser copes): refused with the deepest pointer", async () => {
    const lines = [`${HEAD}    Deep:`];
    for (let i = 0; i < 300; i++) lines.push(`${" ".repeat(6 + i)}items:`);
    lines.push(`${" ".repeat(306)}type: string`);
    const spec = join(scratch, "deep-block.yaml");
    await writeFile(spec, `${lines.join("\n")}\n`);
    // The value of the 254th `items` is the first node at level 257; it starts at the next line's key.
    await expectRefused("deep-block", {
      spec,
      at: { line: 6 + 255, column: 6 + 254 + 1 },
      message:
        /the document is nested more than 256 levels deep, at #\/components\/schemas\/Deep\/items\/items\/items\/…\/items\/items\/items\/items \(257 steps\)/,
    });
  });

  it("YAML 50,000 flow levels deep (past the parser's own stack): refused where the parser gave up", async () => {
    const spec = join(scratch, "deep-flow.yaml");
    await writeFile(spec, `${HEAD}    Deep: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`);
    // The column is wherever the parser's stack ran out, which depends on the stack size.
    await expectRefused("deep-flow", {
      spec,
      at: { line: 6 },
      message: /the document is nested too deeply to parse \(far more than 256 levels\) at this position/,
    });
  });
});

describe.concurrent("$ref cycles", () => {
  it("a response that is a $ref to a $ref back to itself", async () => {
    await expectRefused("ref-cycle", {
      ...(await fixture("ref-cycle.yaml", '$ref: "#/components/responses/MoreThings"')),
      message:
        /\$ref cycle that resolves to nothing: "#\/components\/responses\/Things" → "#\/components\/responses\/MoreThings" → "#\/components\/responses\/Things"/,
    });
  });

  it("a schema that is a $ref to itself is read as any value, with a warning at the $ref (not refused)", async () => {
    const { spec, at } = await fixture("schema-cycle.yaml", '$ref: "#/components/schemas/Thing"', 1);
    const out = join(scratch, "schema-cycle");
    const run = await runCli([spec, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `${spec}:${at.line}:${"column" in at ? at.column : 1}: warning: schema $ref cycle that names no value: "#/components/schemas/Thing" → "#/components/schemas/Thing"; \`Thing\` is read as any value (unknown)`,
    );
    expect(await readFile(join(out, "types.d.ts"), "utf8")).toMatch(/^ {8}Thing: unknown;$/m);
  });
});

/**
 * A hostile fixture as OpenAPI 3.2: the same text with its `openapi` line set to
 * 3.2.0 (same lines, so the same positions), written to the scratch folder.
 */
async function fixture32(file: string, needle: string, occurrence = 0): Promise<Pick<Expected, "spec" | "at">> {
  const text = (await readFile(join(ROOT, "test/fixtures/hostile", file), "utf8")).replace(
    /^openapi: 3\.[01]\.\d+$/m,
    "openapi: 3.2.0",
  );
  expect(text).toMatch(/^openapi: 3\.2\.0$/m);
  const spec = join(scratch, file.replace(".yaml", "-3.2.yaml"));
  await writeFile(spec, text);
  return { spec, at: positionOf(text, needle, occurrence) };
}

const HEAD_32 = 'openapi: 3.2.0\ninfo: { title: hostile 3.2, version: "1" }\n';

describe.concurrent("on OpenAPI 3.2", () => {
  it("a billion laughs is refused at the same alias", async () => {
    await expectRefused("laughs-3.2", {
      ...(await fixture32("billion-laughs.yaml", "*f", 5)),
      message: /the alias \*f at #\/x-g\/5 expands to 597,871 values/,
    });
  });

  it("an alias inside its own anchor is refused", async () => {
    await expectRefused("alias-cycle-3.2", {
      ...(await fixture32("alias-cycle.yaml", "*loop")),
      message: /the alias \*loop at .* is inside the node its anchor names/,
    });
  });

  it("a response $ref cycle is refused", async () => {
    await expectRefused("ref-cycle-3.2", {
      ...(await fixture32("ref-cycle.yaml", '$ref: "#/components/responses/MoreThings"')),
      message: /\$ref cycle that resolves to nothing: "#\/components\/responses\/Things"/,
    });
  });

  it("a schema $ref to itself is read as any value, with a warning (not refused)", async () => {
    const { spec, at } = await fixture32("schema-cycle.yaml", '$ref: "#/components/schemas/Thing"', 1);
    const run = await runCli([spec, "--out", join(scratch, "schema-cycle-3.2")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `${spec}:${at.line}:${"column" in at ? at.column : 1}: warning: schema $ref cycle that names no value: "#/components/schemas/Thing" → "#/components/schemas/Thing"`,
    );
  });

  it("components.mediaTypes that name each other in a circle are refused as a $ref cycle, not inlined forever", async () => {
    const text = `${HEAD_32}paths:\n  /things:\n    get:\n      operationId: getThings\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              $ref: "#/components/mediaTypes/A"\ncomponents:\n  mediaTypes:\n    A:\n      $ref: "#/components/mediaTypes/B"\n    B:\n      $ref: "#/components/mediaTypes/A"\n`;
    const spec = join(scratch, "media-type-cycle.yaml");
    await writeFile(spec, text);
    await expectRefused("media-type-cycle", {
      spec,
      // At the $ref that closes the circle, under components.
      at: positionOf(text, '$ref: "#/components/mediaTypes/A"', 1),
      message: /\$ref cycle that resolves to nothing: "#\/components\/mediaTypes\/[AB]" → "#\/components\/mediaTypes\/[AB]" → /,
    });
  });

  it("tags whose parents go round in a circle are refused at the parent that closes it", async () => {
    const tags = Array.from({ length: 200 }, (_, i) => `  - name: t${i}\n    parent: t${(i + 1) % 200}\n`).join("");
    const text = `${HEAD_32}tags:\n${tags}paths:\n  /things:\n    get:\n      operationId: getThings\n      tags: [t0]\n      responses:\n        "200":\n          description: ok\n`;
    const spec = join(scratch, "tag-cycle.yaml");
    await writeFile(spec, text);
    await expectRefused("tag-cycle", {
      spec,
      at: positionOf(text, "parent: t0"),
      message: /the tag parents go round in a circle \("t0" → "t1" → .* → "t199" → "t0"\)/,
    });
  });
});

describe("remote $refs", () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://x");
      if (url.pathname === "/forever.yaml") {
        // A body that never ends: write as fast as the client reads until it hangs up.
        response.writeHead(200, { "content-type": "application/yaml" });
        const chunk = `Thing: { type: string }\n${"# padding\n".repeat(6_000)}`;
        const pump = (): void => {
          while (!response.destroyed && response.write(chunk));
          if (!response.destroyed) response.once("drain", pump);
        };
        pump();
        return;
      }
      const chain = /^\/chain\/(\d+)\.yaml$/.exec(url.pathname);
      if (chain !== null) {
        // Each document refers to the next one: an endless supply of remote documents.
        response.writeHead(200, { "content-type": "application/yaml" });
        response.end(
          `Thing:\n  type: object\n  properties:\n    next:\n      $ref: "/chain/${Number(chain[1]) + 1}.yaml#/Thing"\n`,
        );
        return;
      }
      if (url.pathname === "/local-file.yaml") {
        response.writeHead(200, { "content-type": "application/yaml" });
        response.end(`Thing:\n  $ref: "file://${join(ROOT, "spec/zep.yaml")}#/info"\n`);
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  });

  async function specWithRef(name: string, url: string): Promise<string> {
    const spec = join(scratch, `${name}.yaml`);
    await writeFile(spec, specWithRemoteRef(url, "getThing"));
    return spec;
  }

  it("a server that sends forever is cut off at the byte bound", async () => {
    const url = `${base}/forever.yaml#/Thing`;
    await expectRefused("forever", {
      spec: await specWithRef("forever", url),
      at: { line: 13, column: 17 },
      // The test server listens on loopback, which the reference policy refuses unless allowed.
      args: ["--allow-ref", `${base}/`],
      message: /sends more than the 32 MB allowed for remote documents and references in all/,
    });
  });

  it("remote documents that refer to ever more remote documents stop at the count bound", async () => {
    // A remote document's text is not kept, so the error points at the root's $ref that led there.
    await expectRefused("chain", {
      spec: await specWithRef("chain", `${base}/chain/0.yaml#/Thing`),
      at: { line: 13, column: 17 },
      // The test server listens on loopback, which the reference policy refuses unless allowed.
      args: ["--allow-ref", `${base}/`],
      message:
        /cannot follow a \$ref in http:\/\/127\.0\.0\.1:\d+\/chain\/99\.yaml: more than 100 remote documents are referenced; not fetched/,
    });
  });

  it("a remote document cannot reach a local file", async () => {
    await expectRefused("local-file", {
      spec: await specWithRef("local-file", `${base}/local-file.yaml#/Thing`),
      at: { line: 13, column: 17 },
      // The test server listens on loopback, which the reference policy refuses unless allowed.
      args: ["--allow-ref", `${base}/`],
      message: /local-file\.yaml is remote, so it may only refer to http: or https: URLs, not file:/,
    });
  });
});
