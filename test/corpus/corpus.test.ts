/**
 * Every real-world document in ../shared/corpus generates a client that
 * type-checks under the strict flag set of DESIGN.md; each `loose/` document
 * either generates or fails with a located error, as the table says.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/check/diagnostic.js";
import { generate } from "../../generator/generate.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";

const CORPUS = resolve(import.meta.dirname, "../../../shared/corpus");
const run = promisify(execFile);

/** Documents that must generate and type-check. */
const MUST_GENERATE = [
  "github-api.json",
  "kubernetes-1.13-swagger2.json",
  "openai-api.yaml",
  "openapi-ts-simple-example.yaml",
  "petstore-swagger2.json",
  "readme-circular.json",
  "readme-discriminators.json",
  "readme-file-uploads.yaml",
  "readme-form-data.json",
  "readme-polymorphism.json",
  "readme-webhooks-3.1.json",
  "stripe-api.json",
  "train-travel-api.yaml",
  "twilio-messaging-v1.json",
  "uspto-api.json",
  "digitalocean-api/DigitalOcean-public.v2.yaml",
  "loose/_remote-ref-full.yaml",
  "loose/anchor-with-ref-test-2.yaml",
  "loose/anchor-with-ref-test.yaml",
  "loose/common-common.yaml",
  "loose/e2e-app-e2e.yaml",
  "loose/generate-params-test.yaml",
  "loose/http-methods-delete.yaml",
  "loose/http-methods-get.yaml",
  "loose/http-methods-head.yaml",
  "loose/http-methods-options.yaml",
  "loose/http-methods-patch.yaml",
  "loose/http-methods-post.yaml",
  "loose/http-methods-put.yaml",
  "loose/http-methods-trace.yaml",
  "loose/jsonschema-defs.yaml",
  "loose/middleware-middleware.yaml",
  "loose/multi-line-descriptions.yaml",
  "loose/never-response-never-response.yaml",
  "loose/openapi-react-query-api.yaml",
  "loose/parameters-test.yaml",
  "loose/path-based-client-path-based-client.yaml",
  "loose/path-item-components.yaml",
  "loose/path-object-refs.yaml",
  "loose/read-write-visibility-read-write.yaml",
  "loose/yaml-merge.yaml",
];

/** Documents that must be refused with an error at this position, saying this. */
const MUST_FAIL: ReadonlyArray<[string, { where: string; says: RegExp }]> = [
  // Fragments other documents point into: not OpenAPI documents of their own.
  ["loose/_jsonschema-remote-obj.yaml", { where: "1:1", says: /no `openapi` version field/ }],
  ["loose/_parameters-test-partial.yaml", { where: "1:1", says: /no `openapi` version field/ }],
  ["loose/_path-object-refs-paths.yaml", { where: "1:1", says: /no `openapi` version field/ }],
  ["loose/_remote-ref-partial.yaml", { where: "1:1", says: /no `openapi` version field/ }],
];

const STRICT = strictFlags();

function dirName(doc: string): string {
  return basename(doc).replace(/\.(ya?ml|json)$/, "");
}

describe("corpus", { skip: !existsSync(CORPUS) }, () => {
  const root = useScratchDir("wiregen-corpus-");
  const generated: string[] = [];

  it.each(MUST_GENERATE)("generates %s", { timeout: 300_000 }, async (doc) => {
    const result = await generate(join(CORPUS, doc));
    if (!result.ok) expect.fail(result.diagnostics.map(formatDiagnostic).join("\n"));
    expect(result.operations).toBeGreaterThanOrEqual(0);
    const outDir = join(root, dirName(doc));
    await writeClients([{ outDir, files: result.files }]);
    generated.push(outDir);
  });

  it.each(MUST_FAIL)("refuses %s with a located error", async (doc, { where, says }) => {
    const result = await generate(join(CORPUS, doc));
    expect(result.ok).toBe(false);
    const error = result.diagnostics.find((d) => d.severity === "error");
    expect(error).toBeDefined();
    expect(`${error!.position.line}:${error!.position.column}`).toBe(where);
    expect(error!.position.file).toContain(basename(doc));
    expect(error!.message).toMatch(says);
  });

  it("type-checks every generated client under the strict flags", { timeout: 900_000 }, async () => {
    expect(generated).toHaveLength(MUST_GENERATE.length);
    const tsconfig = join(root, "tsconfig.json");
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: STRICT, include: ["**/*.ts"] }));
    const tsc = resolve(import.meta.dirname, "../../node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, ["--max-old-space-size=8192", tsc, "-p", tsconfig], {
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    // Group errors by client so a failure says which document broke.
    const byClient = new Map<string, number>();
    for (const line of result.split("\n").filter((l) => l.includes("error TS"))) {
      const client = line.slice(0, line.indexOf("/")) || line;
      byClient.set(client, (byClient.get(client) ?? 0) + 1);
    }
    expect(Object.fromEntries(byClient), result.split("\n").slice(0, 30).join("\n")).toEqual({});
  });
});
