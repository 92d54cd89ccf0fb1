/**
 * Broken and hostile variants of real documents for the property-based test
 * (issue 12): fast-check arbitraries that drop keys, swap types, plant `$ref`
 * cycles and dangling refs, deepen nesting past every bound, plant huge
 * strings and YAML alias bombs, applied to small documents of the shared
 * corpus; and the check that one generation run of such a document ended
 * well. Shared by test/generator/hostile-fuzz.test.ts (a few cases in
 * `npm test`) and scripts/fuzz.ts (many).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { formatDiagnostic, type Diagnostic } from "../../../generator/check/diagnostic.js";
import type { EmitHelper } from "../../../generator/emit/emit-worker.js";
import { generate } from "../../../generator/generate.js";
import { newTimings } from "../../../generator/timings.js";
import { ROOT } from "./paths.js";

/** Small corpus documents: Swagger 2, 3.0 and 3.1, JSON and YAML, recursion, discriminators. */
export const BASE_DOCUMENTS = [
  "petstore-swagger2.json",
  "train-travel-api.yaml",
  "readme-circular.json",
  "readme-discriminators.json",
  "readme-form-data.json",
  "readme-webhooks-3.1.json",
  "readme-file-uploads.yaml",
] as const;

export interface BaseDocument {
  readonly name: string;
  readonly yaml: boolean;
  readonly data: unknown;
}

export function readBaseDocuments(): BaseDocument[] {
  return BASE_DOCUMENTS.map((name) => {
    const text = readFileSync(join(ROOT, "..", "shared", "corpus", name), "utf8");
    const yaml = !name.endsWith(".json");
    return { name, yaml, data: yaml ? parse(text) : JSON.parse(text) };
  });
}

export type Mutation =
  | { readonly kind: "drop"; readonly at: number }
  | { readonly kind: "swap"; readonly at: number; readonly value: unknown }
  | { readonly kind: "ref-cycle"; readonly at: number; readonly length: number }
  | { readonly kind: "dangling-ref"; readonly at: number; readonly ref: string }
  | { readonly kind: "deepen"; readonly at: number; readonly levels: number; readonly shape: "properties" | "items" }
  | { readonly kind: "huge-string"; readonly at: number; readonly length: number };

/** One generated case: a base document, what is done to it, and how it is written. */
export interface MutatedCase {
  readonly base: number;
  readonly mutations: readonly Mutation[];
  /** Written with nested YAML aliases (a bomb) added at the top; YAML bases only. */
  readonly aliasBomb: boolean;
  /** Read as OpenAPI 3.2 (an OpenAPI 3.x base only): see `asOpenapi32`. */
  readonly openapi32?: boolean;
}

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at }),
  fc.record({
    kind: fc.constant("swap" as const),
    at,
    value: fc.constantFrom<unknown>(null, 0, -1, "x", "", true, [], {}, [{}], { $ref: 5 }),
  }),
  fc.record({ kind: fc.constant("ref-cycle" as const), at, length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    kind: fc.constant("dangling-ref" as const),
    at,
    ref: fc.constantFrom(
      "#/components/schemas/Nowhere",
      "#",
      "#/",
      "./missing-file.yaml#/X",
      "http://127.0.0.1:1/refused.yaml",
      "#/paths",
    ),
  }),
  fc.record({
    kind: fc.constant("deepen" as const),
    at,
    levels: fc.constantFrom(5, 100, 300, 20_000),
    shape: fc.constantFrom("properties" as const, "items" as const),
  }),
  fc.record({ kind: fc.constant("huge-string" as const), at, length: fc.constantFrom(100_000, 2_000_000) }),
);

export function mutatedCase(bases: number): fc.Arbitrary<MutatedCase> {
  return fc.record({
    base: fc.nat({ max: bases - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    aliasBomb: fc.boolean(),
    openapi32: fc.boolean(),
  });
}

/**
 * An OpenAPI 3.x document (mutated) as 3.2: `openapi: 3.2.0`, and each declared
 * tag nested under the one before it with 3.2's `parent`, so the resource tree
 * is as deep as the tag list is long. Swagger 2 and broken tops are left alone.
 */
export function asOpenapi32(data: unknown): unknown {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const root = data as Record<string, unknown>;
  if (typeof root["openapi"] !== "string" || !root["openapi"].startsWith("3.")) return data;
  root["openapi"] = "3.2.0";
  const tags = Array.isArray(root["tags"]) ? root["tags"] : [];
  let previous: string | undefined;
  for (const tag of tags) {
    if (typeof tag !== "object" || tag === null || Array.isArray(tag)) continue;
    const record = tag as Record<string, unknown>;
    if (previous !== undefined) record["parent"] = previous;
    if (typeof record["name"] === "string") previous = record["name"];
  }
  return data;
}

type Holder = Record<string, unknown> | unknown[];

interface Found {
  readonly value: Holder;
  readonly parent: Found | undefined;
  readonly key: string | number;
}

/** The path to a found container, built only when needed (deepened documents are tens of thousands deep). */
function pathOf(found: Found): (string | number)[] {
  const steps: (string | number)[] = [];
  for (let f: Found | undefined = found; f?.parent !== undefined; f = f.parent) steps.push(f.key);
  return steps.reverse();
}

/** Every object and array of `root` (at most 50,000), in a stable order, without recursion. */
function containers(root: unknown): Found[] {
  const found: Found[] = [];
  const stack: Array<{ value: unknown; parent: Found | undefined; key: string | number }> = [
    { value: root, parent: undefined, key: "" },
  ];
  while (stack.length > 0 && found.length < 50_000) {
    const { value, parent, key } = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    const here: Found = { value: value as Holder, parent, key };
    found.push(here);
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [k, child] of entries.reverse()) stack.push({ value: child, parent: here, key: k });
  }
  return found;
}

function keysOf(holder: Holder): (string | number)[] {
  return Array.isArray(holder) ? holder.map((_, i) => i) : Object.keys(holder);
}

function pointerTo(path: readonly (string | number)[]): string {
  return `#/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

function deepen(levels: number, shape: "properties" | "items", leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) {
    value = shape === "items" ? { type: "array", items: value } : { type: "object", properties: { a: value } };
  }
  return value;
}

/** `data` (deep-copied) with `mutations` applied in order. */
export function applyMutations(data: unknown, mutations: readonly Mutation[]): unknown {
  const root = structuredClone(data);
  for (const m of mutations) {
    const all = containers(root);
    const target = all[m.at % all.length]!;
    const keys = keysOf(target.value);
    const key = keys.length === 0 ? undefined : keys[m.at % keys.length]!;
    const set = (k: string | number, value: unknown): void => {
      (target.value as Record<string | number, unknown>)[k] = value;
    };
    switch (m.kind) {
      case "drop":
        if (key === undefined) break;
        if (Array.isArray(target.value)) target.value.splice(Number(key), 1);
        else delete target.value[key as string];
        break;
      case "swap":
        if (key !== undefined) set(key, structuredClone(m.value));
        break;
      case "ref-cycle": {
        // A chain of `length` objects, each only a $ref to the next, the last back to the first.
        if (Array.isArray(target.value) || key === undefined) break;
        const names = Array.from({ length: m.length }, (_, i) => (i === 0 ? String(key) : `${String(key)}Loop${i}`));
        names.forEach((name, i) => set(name, { $ref: pointerTo([...pathOf(target), names[(i + 1) % names.length]!]) }));
        break;
      }
      case "dangling-ref":
        if (key !== undefined) set(key, { $ref: m.ref });
        break;
      case "deepen":
        if (key !== undefined) set(key, deepen(m.levels, m.shape, (target.value as Record<string, unknown>)[key]));
        break;
      case "huge-string":
        set(Array.isArray(target.value) ? target.value.length : "description", "x".repeat(m.length));
        break;
    }
  }
  return root;
}

/** Nested aliases under an `x-` key: small to read, hundreds of millions of values expanded. */
const ALIAS_BOMB = [
  'x-bomb-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ..."bcdefghi".split("").map((c, i) => {
    const prev = "abcdefghi"[i]!;
    return `x-bomb-${c}: &${c} [${Array(10).fill(`*${prev}`).join(", ")}]`;
  }),
].join("\n");

/** JSON text of `value`, written without recursion: `JSON.stringify` overflows on deepened documents. */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  const work: unknown[] = [value];
  const TOKEN = Symbol("token");
  while (work.length > 0) {
    const item = work.pop();
    if (typeof item === "object" && item !== null && TOKEN in item) {
      out.push((item as { [TOKEN]: string })[TOKEN]);
      continue;
    }
    if (typeof item !== "object" || item === null) {
      out.push(JSON.stringify(item) ?? "null");
      continue;
    }
    const token = (text: string) => ({ [TOKEN]: text });
    const entries = Array.isArray(item) ? item.map((v) => [undefined, v] as const) : Object.entries(item);
    const [open, close] = Array.isArray(item) ? ["[", "]"] : ["{", "}"];
    work.push(token(close));
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      work.push(child);
      const prefix = (i > 0 ? "," : "") + (key === undefined ? "" : `${JSON.stringify(key)}:`);
      if (prefix !== "") work.push(token(prefix));
    }
    out.push(open);
  }
  return out.join("");
}

/** The text of a case's document, and the file name it is written under. */
export function writeCase(base: BaseDocument, c: MutatedCase): { name: string; text: string } {
  const mutated = applyMutations(base.data, c.mutations);
  const data = c.openapi32 === true ? asOpenapi32(mutated) : mutated;
  if (!base.yaml) return { name: "mutated.json", text: jsonText(data) };
  let text: string;
  try {
    // The yaml library's writer recurses: a deepened document is written as JSON, which YAML also reads.
    text = stringify(data, { aliasDuplicateObjects: false, lineWidth: 0 });
  } catch {
    text = jsonText(data);
  }
  if (c.aliasBomb && !text.trimStart().startsWith("{") && typeof data === "object" && data !== null) {
    text = `${ALIAS_BOMB}\n${text}`;
  }
  return { name: "mutated.yaml", text };
}

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** Why the diagnostics of a failed run are not acceptable, or undefined when every error is located and clean. */
export function unacceptableFailure(diagnostics: readonly Diagnostic[]): string | undefined {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return "the run failed without an error diagnostic";
  for (const d of errors) {
    const { file, line, column } = d.position;
    if (typeof file !== "string" || file === "" || !(line >= 1) || !(column >= 1)) {
      return `an error without a position: ${JSON.stringify(d)}`;
    }
    if (d.message.trim() === "") return "an error without a message";
    if (/Maximum call stack size exceeded|out of memory/i.test(d.message))
      return `a crash reported as a diagnostic: ${d.message}`;
    if (STACK_FRAME.test(d.message) || STACK_FRAME.test(d.fix ?? ""))
      return `a stack trace in a diagnostic: ${d.message}`;
  }
  return undefined;
}

export interface CaseOutcome {
  readonly outcome: "generated" | "refused" | "bad";
  readonly ms: number;
  /** Why the run was bad: a timeout, a throw, or an unacceptable failure. */
  readonly reason?: string;
  readonly firstError?: string;
}

/**
 * Writes `c` into `dir` and generates from it in process (no files are
 * written by `generate`), bounded by `timeoutMs`. `helper` is reused across
 * cases so each does not pay for starting threads.
 */
export async function runCase(
  dir: string,
  base: BaseDocument,
  c: MutatedCase,
  helper: EmitHelper,
  timeoutMs: number,
): Promise<CaseOutcome> {
  const { name, text } = writeCase(base, c);
  const spec = join(dir, name);
  writeFileSync(spec, text);
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((done) => {
    timer = setTimeout(() => done("timeout"), timeoutMs);
  });
  // What the pipeline (or a library inside it) prints, held to check it prints no stack trace.
  const printed: string[] = [];
  const originals = { log: console.log, warn: console.warn, error: console.error };
  for (const name of ["log", "warn", "error"] as const) {
    console[name] = (...args: unknown[]) => {
      printed.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(" "));
    };
  }
  try {
    const result = await Promise.race([generate(spec, newTimings(), { helper }), timeout]);
    const ms = performance.now() - started;
    if (result === "timeout") return { outcome: "bad", ms, reason: `did not end within ${timeoutMs} ms` };
    const trace = printed.find((text) => STACK_FRAME.test(text));
    if (trace !== undefined) return { outcome: "bad", ms, reason: `printed a stack trace: ${trace.slice(0, 300)}` };
    if (result.ok) return { outcome: "generated", ms };
    const reason = unacceptableFailure(result.diagnostics);
    const first = result.diagnostics.find((d) => d.severity === "error");
    const firstError = first === undefined ? undefined : formatDiagnostic(first).split("\n")[0]!.slice(0, 300);
    return reason === undefined
      ? { outcome: "refused", ms, ...(firstError === undefined ? {} : { firstError }) }
      : { outcome: "bad", ms, reason };
  } catch (error) {
    return { outcome: "bad", ms: performance.now() - started, reason: `threw: ${(error as Error).stack ?? error}` };
  } finally {
    clearTimeout(timer);
    Object.assign(console, originals);
  }
}
