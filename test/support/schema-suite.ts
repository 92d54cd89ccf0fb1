/**
 * The JSON Schema Test Suite (the vendored subset in
 * test/fixtures/json-schema-test-suite/) run through the whole validator
 * path: `toSchemaData` converts each case's schema (the root named `Root`,
 * each `$defs`/`definitions` entry named too, so `#` and `#/$defs/x` become
 * thunks), `printSchemaData` prints it as a generated `schemas.ts` would,
 * the text is compiled by TypeScript and evaluated with the runtime's
 * `defineSchema`, and `issues()`
 * must agree with the suite's `valid`. Shared by
 * scripts/validation-conformance.ts (the report) and
 * test/runtime/schema-conformance.test.ts (the regression guard).
 *
 * A case the validators knowingly do not cover is set apart with a reason
 * (a keyword we do not enforce, a remote or `$id`-relative reference, IDNA
 * rules) rather than counted as a failure: what is left is what we claim.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { printSchemaData } from "../../generator/emit/print-schema-data.js";
import { toSchemaData } from "../../generator/emit/to-schema-data.js";
import { defineSchema, type Validator } from "../../generator/runtime/schema.js";
import { ROOT } from "../generator/helpers/paths.js";

export const SUITE_DIR = join(ROOT, "test/fixtures/json-schema-test-suite");

/** A draft directory of the suite and the OpenAPI dialect it stands for. */
export interface SuiteDraft {
  readonly draft: "draft2020-12" | "draft4";
  readonly dialect: "3.1" | "3.0";
}

export const DRAFTS: readonly SuiteDraft[] = [
  { draft: "draft2020-12", dialect: "3.1" },
  { draft: "draft4", dialect: "3.0" },
];

export interface CaseResult {
  readonly draft: SuiteDraft["draft"];
  /** The keyword file, e.g. `type`, `format/date-time`. */
  readonly keyword: string;
  /** `group description / test description`. */
  readonly description: string;
  /** Why the case is outside what we claim, or undefined when it counts. */
  readonly excluded: string | undefined;
  /** The validator agreed with the suite (meaningful only when not excluded). */
  readonly passed: boolean;
}

interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: ReadonlyArray<{ readonly description: string; readonly data: unknown; readonly valid: boolean }>;
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every value under `value`, depth first, with the key it sits under. */
function* walk(value: unknown, key = ""): Generator<[string, unknown]> {
  yield [key, value];
  if (Array.isArray(value)) for (const item of value) yield* walk(item);
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) yield* walk(v, k);
}

/** Why a whole group's schema is outside what we claim, judged from its keywords. */
function schemaExclusion(schema: unknown, draft: SuiteDraft["draft"]): string | undefined {
  for (const [key, value] of walk(schema)) {
    if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) return "remote or relative $ref";
    if (key === "$ref" && typeof value === "string" && value.length > 1 && !value.startsWith("#/")) return "$ref to an anchor";
    if (key === "$id" || (draft === "draft4" && key === "id" && typeof value === "string")) return "$id changes the base URI";
    if (key === "$anchor" || key === "$dynamicAnchor") return "anchors";
  }
  return undefined;
}

/** Why one test is outside what we claim, when the group as a whole is in. */
function testExclusion(keyword: string, description: string, data: unknown): string | undefined {
  if (keyword === "format/hostname" && typeof data === "string" && /xn--/i.test(data))
    return "IDNA rules for xn-- labels are not checked";
  // The suite's default treats format as an annotation; the validators assert the formats they know
  // (2020-12's format-assertion, which the optional/format files test).
  if (keyword === "format" && description.includes("only an annotation")) return "formats are asserted, not annotations";
  return undefined;
}

function decodePointer(ref: string): string[] | undefined {
  if (!ref.startsWith("#")) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer.slice(1).split("/").map((step) => step.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function resolvePointer(root: unknown, ref: string): unknown {
  const steps = decodePointer(ref);
  if (steps === undefined) return undefined;
  let value: unknown = root;
  for (const step of steps) {
    if (Array.isArray(value)) value = value[Number(step)];
    else if (isObject(value) && Object.hasOwn(value, step)) value = value[step];
    else return undefined;
  }
  return value;
}

/**
 * The validators for one schema, made the way a client gets them: converted,
 * printed as `const Name = defineSchema("Name", …)` lines, then evaluated.
 */
function buildValidator(schema: unknown, dialect: SuiteDraft["dialect"]): { root: Validator<unknown>; skipped: string[] } {
  const named = new Map<string, { name: string; schema: unknown }>([["#", { name: "Root", schema }]]);
  for (const container of ["$defs", "definitions"]) {
    const defs = isObject(schema) ? schema[container] : undefined;
    if (!isObject(defs)) continue;
    Object.entries(defs).forEach(([key, value], index) => {
      const name = `${container === "$defs" ? "Defs" : "Definitions"}${index}`;
      named.set(`#/${container}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, { name, schema: value });
    });
  }
  const refName = (ref: string): string | undefined => {
    const steps = decodePointer(ref);
    if (steps === undefined) return undefined;
    const canonical = steps.length === 0 ? "#" : `#/${steps.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
    return named.get(canonical)?.name;
  };
  const skipped: string[] = [];
  const lines: string[] = [];
  for (const { name, schema: part } of named.values()) {
    const converted = toSchemaData(part, { dialect, refName, resolve: (ref) => resolvePointer(schema, ref) });
    skipped.push(...converted.skipped);
    lines.push(`const ${name} = defineSchema(${JSON.stringify(name)}, ${printSchemaData(converted.data)});`);
  }
  // The printed data is TypeScript (`as const` here and there): compiled to JavaScript, as a client's build would.
  const source = ts.transpileModule(lines.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const build = new Function("defineSchema", `${source}\nreturn Root;`) as (
    define: typeof defineSchema,
  ) => Validator<unknown>;
  return { root: build(defineSchema), skipped };
}

/** The keyword files of a draft: `type`, …, and `format/<name>` for the optional format files. */
export function suiteKeywords(draft: SuiteDraft["draft"]): string[] {
  const dir = join(SUITE_DIR, draft);
  const main = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  let formats: string[] = [];
  try {
    formats = readdirSync(join(dir, "optional/format")).filter((f) => f.endsWith(".json")).map((f) => `format/${f.slice(0, -5)}`);
  } catch {
    // This draft has no optional format files vendored.
  }
  return [...main.sort(), ...formats.sort()];
}

/** Every case of one keyword file, judged. */
export function runKeyword(draft: SuiteDraft, keyword: string): CaseResult[] {
  const file = keyword.startsWith("format/") ? `optional/${keyword}.json` : `${keyword}.json`;
  const groups = JSON.parse(readFileSync(join(SUITE_DIR, draft.draft, file), "utf8")) as SuiteGroup[];
  const results: CaseResult[] = [];
  for (const group of groups) {
    let excluded = schemaExclusion(group.schema, draft.draft);
    let root: Validator<unknown> | undefined;
    if (excluded === undefined) {
      const built = buildValidator(group.schema, draft.dialect);
      root = built.root;
      const keywords = [...new Set(built.skipped.map((pointer) => pointer.slice(pointer.lastIndexOf("/") + 1)))];
      if (built.skipped.length > 0) excluded = `not enforced: ${keywords.join(", ")}`;
    }
    for (const test of group.tests) {
      const reason = excluded ?? testExclusion(keyword, test.description, test.data);
      let passed = false;
      if (reason === undefined && root !== undefined) {
        try {
          // Both passes must agree with the suite: the verdict-only one (`is`) stops early and keeps
          // no path, the collecting one (`issues`) goes on, so they are separate code paths.
          passed = (root.issues(test.data).length === 0) === test.valid && root.is(test.data) === test.valid;
        } catch {
          passed = false;
        }
      }
      results.push({
        draft: draft.draft,
        keyword,
        description: `${group.description} / ${test.description}`,
        excluded: reason,
        passed,
      });
    }
  }
  return results;
}

/** One row of the conformance table. */
export interface KeywordSummary {
  readonly draft: SuiteDraft["draft"];
  readonly keyword: string;
  readonly total: number;
  /** Cases counted (total minus those set apart). */
  readonly claimed: number;
  readonly passed: number;
  readonly failures: readonly string[];
  /** Reasons for the cases set apart, with how many each. */
  readonly exclusions: ReadonlyMap<string, number>;
}

export function summarize(results: readonly CaseResult[]): KeywordSummary {
  const first = results[0];
  if (first === undefined) throw new Error("summarize: no results");
  const exclusions = new Map<string, number>();
  for (const result of results)
    if (result.excluded !== undefined) exclusions.set(result.excluded, (exclusions.get(result.excluded) ?? 0) + 1);
  const claimed = results.filter((result) => result.excluded === undefined);
  return {
    draft: first.draft,
    keyword: first.keyword,
    total: results.length,
    claimed: claimed.length,
    passed: claimed.filter((result) => result.passed).length,
    failures: claimed.filter((result) => !result.passed).map((result) => result.description),
    exclusions,
  };
}

/** Every keyword of every draft, summarised. */
export function runSuite(): KeywordSummary[] {
  return DRAFTS.flatMap((draft) => suiteKeywords(draft.draft).map((keyword) => summarize(runKeyword(draft, keyword))));
}
