/**
 * Validator data for real documents (../shared/corpus): every component
 * schema of each document converted by `toSchemaData`, printed into one
 * `schemas.ts` by `printSchemaData`, compiled and evaluated, then each
 * validator run on a few values (so every pattern and reference resolves)
 * and on the document's own examples. The small documents are also
 * type-checked under the strict flag set, as a client's build would.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { printSchemaData } from "../../generator/emit/print-schema-data.js";
import { toSchemaData } from "../../generator/emit/to-schema-data.js";
import { defineSchema, type Validator } from "../../generator/runtime/schema.js";
import { ROOT } from "./helpers/paths.js";
import { CORPUS, describeWithCorpus } from "../support/shared-corpus.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";

type Json = Readonly<Record<string, unknown>>;

const COMPONENTS = "#/components/schemas/";

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointerStep(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows a local `#/…` pointer through the document. */
function resolveIn(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let value: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const step = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    value = isObject(value) && Object.hasOwn(value, step) ? value[step] : undefined;
  }
  return value;
}

interface SchemasFile {
  readonly source: string;
  readonly names: ReadonlyMap<string, string>;
  readonly skipped: readonly string[];
}

/** `schemas.ts` for a document: one `defineSchema` per component schema, named `S_<sanitised key>`. */
function schemasFile(document: Json): SchemasFile {
  const components = isObject(document["components"]) ? document["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  const dialect = String(document["openapi"]).startsWith("3.0") ? "3.0" : "3.1";
  const names = new Map<string, string>();
  for (const key of Object.keys(schemas)) {
    let name = `S_${key.replace(/[^A-Za-z0-9_$]/g, "_")}`;
    while ([...names.values()].includes(name)) name += "_";
    names.set(`${COMPONENTS}${pointerStep(key)}`, name);
  }
  const skipped: string[] = [];
  const lines = ['import { defineSchema, type Validator } from "./runtime/schema.ts";'];
  for (const [key, schema] of Object.entries(schemas)) {
    const name = names.get(`${COMPONENTS}${pointerStep(key)}`) ?? "";
    const converted = toSchemaData(schema, {
      dialect,
      refName: (ref) => names.get(ref),
      resolve: (ref) => resolveIn(document, ref),
    });
    skipped.push(...converted.skipped.map((pointer) => `${key}${pointer}`));
    const head = `export const ${name}: Validator<unknown> = defineSchema(${JSON.stringify(name)}, `;
    lines.push(`${head}${printSchemaData(converted.data, { prefix: head.length, suffix: 2 })});`);
  }
  return { source: `${lines.join("\n")}\n`, names, skipped };
}

/** The validators of a `schemas.ts`, compiled to JavaScript and evaluated with the runtime. */
function evaluate(file: SchemasFile): Map<string, Validator<unknown>> {
  const body = file.source.replace(/^import .*\n/, "").replace(/^export const (\w+): Validator<unknown>/gm, "const $1");
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const names = [...file.names.values()];
  const build = new Function("defineSchema", `${js}\nreturn { ${names.join(", ")} };`) as (
    define: typeof defineSchema,
  ) => Record<string, Validator<unknown>>;
  return new Map(Object.entries(build(defineSchema)));
}

/** Writes a `schemas.ts` into `dir` beside a copy of the runtime, as in a client; returns its path. */
function writeClient(file: SchemasFile, dir: string): string {
  mkdirSync(join(dir, "runtime"), { recursive: true });
  writeFileSync(join(dir, "schemas.ts"), file.source);
  for (const name of ["schema.ts", "schema-formats.ts"])
    copyFileSync(join(ROOT, "generator/runtime", name), join(dir, "runtime", name));
  return join(dir, "schemas.ts");
}

/** Type errors of the given files under the strict flag set, in one program. */
function typeErrors(roots: readonly string[], dir: string): string[] {
  // ES2022 alone, no DOM: the validators must need nothing of a browser's or Node's globals. Checking
  // the libraries' own declarations (skipLibCheck off) is compilers.test.ts's job, and costs seconds here.
  const flags = { ...strictFlags("bundler"), lib: ["es2022"], skipLibCheck: true };
  const options = ts.convertCompilerOptionsFromJson(flags, dir).options;
  return ts
    .getPreEmitDiagnostics(ts.createProgram(roots, options))
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

function load(name: string): Json {
  const text = readFileSync(join(CORPUS, name), "utf8");
  return (name.endsWith(".json") ? JSON.parse(text) : parse(text)) as Json;
}

/** Each document, with the examples of its own that its schemas reject (mistakes in the document). */
const DOCUMENTS: ReadonlyArray<readonly [string, { readonly typeCheck: boolean; readonly badExamples: readonly string[] }]> = [
  ["train-travel-api.yaml", { typeCheck: true, badExamples: [] }],
  ["readme-discriminators.json", { typeCheck: true, badExamples: [] }],
  ["stripe-api.json", { typeCheck: false, badExamples: [] }],
  // Examples that leave out required properties, or put null in a string.
  ["openai-api.yaml", {
    typeCheck: false,
    badExamples: ["BetaCompactResource", "BetaResponse", "ChatSessionResource", "CompactResource", "Response"],
  }],
];

describeWithCorpus("validator data for the corpus documents", { timeout: 60_000 }, () => {
  const scratch = useScratchDir("schema-data-corpus-");
  const toTypeCheck: string[] = [];

  it.each(DOCUMENTS)("%s", (name, { typeCheck, badExamples }) => {
    const document = load(name);
    const file = schemasFile(document);
    const validators = evaluate(file);
    const schemas = ((document["components"] as Json)["schemas"] ?? {}) as Json;
    const rejected: string[] = [];
    for (const [key, schema] of Object.entries(schemas)) {
      const validator = validators.get(file.names.get(`${COMPONENTS}${pointerStep(key)}`) ?? "");
      expect(validator, key).toBeDefined();
      // Every keyword compiles and every reference resolves, whatever the value.
      for (const value of [{}, [], null, "x", 1, { id: "x", type: "x", object: "x" }]) validator?.issues(value);
      const examples = isObject(schema) && schema["example"] !== undefined ? [schema["example"]] : [];
      if (examples.some((example) => (validator?.issues(example).length ?? 0) > 0)) rejected.push(key);
    }
    expect(rejected.sort()).toEqual([...badExamples].sort());
    if (typeCheck) toTypeCheck.push(writeClient(file, join(scratch, name)));
  });

  it("the small documents' schemas.ts type-check under the strict flag set", () => {
    expect(toTypeCheck).toHaveLength(DOCUMENTS.filter(([, { typeCheck }]) => typeCheck).length);
    expect(typeErrors(toTypeCheck, scratch)).toEqual([]);
  });
});
