/**
 * Every real-world document in ../shared/corpus generates a client that
 * type-checks under the strict flag set of DESIGN.md, with TypeScript 5.9,
 * 6.0 and 7.0, each with NodeNext and bundler resolution; each `loose/`
 * document either generates or fails with a located error, as the table says.
 * The clients are generated with validation (`validate: "all"`): that client
 * is the one without, plus `schemas.ts`, its runtime and the records naming
 * their validators, so one program checks both.
 */
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/check/diagnostic.js";
import { generate } from "../../generator/generate.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { compile, compilerOf } from "../support/compilers.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";
import { describeWithCorpus } from "../support/shared-corpus.js";
import { CORPUS, MUST_GENERATE } from "./documents.js";

/** Documents that must be refused with an error at this position, saying this. */
const MUST_FAIL: ReadonlyArray<[string, { where: string; says: RegExp }]> = [
  // Fragments other documents point into: not OpenAPI documents of their own.
  ["loose/_jsonschema-remote-obj.yaml", { where: "1:1", says: /no `openapi` version field/ }],
  ["loose/_parameters-test-partial.yaml", { where: "1:1", says: /no `openapi` version field/ }],
  ["loose/_path-object-refs-paths.yaml", { where: "1:1", says: /no `openapi` version field/ }],
  ["loose/_remote-ref-partial.yaml", { where: "1:1", says: /no `openapi` version field/ }],
];

/**
 * The compilers and resolutions the generated clients are checked under: all
 * six pairs, each one program over every client. 5.9 and 6.0 take 15-25 s a
 * run on this corpus, TypeScript 7 about 3 s.
 */
const CHECKS = (
  [
    ["5.9.3", "nodenext"],
    ["5.9.3", "bundler"],
    ["6.0.3", "nodenext"],
    ["6.0.3", "bundler"],
    ["7.0.2", "nodenext"],
    ["7.0.2", "bundler"],
  ] as const
).map(([version, resolution]) => ({
  name: `TypeScript ${version}, ${resolution}`,
  compiler: compilerOf(version),
  resolution,
}));

function dirName(doc: string): string {
  return basename(doc).replace(/\.(ya?ml|json)$/, "");
}

describeWithCorpus("corpus", {}, () => {
  const root = useScratchDir("wiregen-corpus-");
  const generated: string[] = [];

  it.each(MUST_GENERATE)("generates %s", { timeout: 300_000 }, async (doc) => {
    const result = await generate(join(CORPUS, doc), undefined, {}, { validate: "all" });
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

  it.for(CHECKS)(
    "type-checks every generated client under the strict flags: $name",
    { timeout: 900_000 },
    async ({ compiler, resolution }) => {
      expect(generated).toHaveLength(MUST_GENERATE.length);
      const tsconfig = join(root, `tsconfig.${compiler.version}.${resolution}.json`);
      await writeFile(tsconfig, JSON.stringify({ compilerOptions: strictFlags(resolution), include: ["**/*.ts"] }));
      // Run in the scratch folder, so each error's path starts with its client's folder.
      const { errors } = await compile(compiler, tsconfig, { cwd: root });
      // Group errors by client so a failure says which document broke.
      const byClient = new Map<string, number>();
      for (const line of errors) {
        const client = line.slice(0, line.indexOf("/")) || line;
        byClient.set(client, (byClient.get(client) ?? 0) + 1);
      }
      expect(Object.fromEntries(byClient), errors.slice(0, 30).join("\n")).toEqual({});
    },
  );
});
