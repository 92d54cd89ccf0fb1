/**
 * The change report, kind by kind (change-kinds.ts): each before/after pair
 * is generated in process, its report must list exactly the expected lines
 * and bump, and — the type-level proof — a call written against the old
 * client must compile against the new one exactly when the report says
 * every change is compatible. One TypeScript program checks every pair.
 */
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmitHelper, type EmitHelper } from "../../../generator/emit/emit-worker.js";
import { generate } from "../../../generator/generate.js";
import { buildChangeReport, type ChangeReport } from "../../../generator/report/change-report.js";
import { ROOT } from "../helpers/paths.js";
import { useScratchDir } from "../../support/scratch-dir.js";
import { strictFlags } from "../../support/strict-flags.js";
import { CHANGE_KINDS, type Edit } from "./change-kinds.js";

const BASE = join(ROOT, "test/fixtures/change-report/base.yaml");
const scratch = useScratchDir("wiregen-change-report-");

function applyEdits(text: string, edits: readonly Edit[], kind: string): string {
  return edits.reduce((spec, [find, replace]) => {
    const count = spec.split(find).length - 1;
    if (count !== 1) throw new Error(`${kind}: ${JSON.stringify(find)} occurs ${count} times in the spec`);
    return spec.replace(find, () => replace);
  }, text);
}

function callsFile(calls: string): string {
  return [
    'import { NotesClient } from "./client/index.ts";',
    'import * as api from "./client/index.ts";',
    "declare const client: NotesClient;",
    "export async function calls(): Promise<void> {",
    `  ${calls}`,
    "}",
    "void api;",
    "",
  ].join("\n");
}

interface Outcome {
  readonly report: ChangeReport;
  readonly oldCalls: string;
  readonly newCalls: string;
}

const outcomes = new Map<string, Outcome>();
let errorsOf: (file: string) => string[];
let helper: EmitHelper;

/** Writes a client's files under `dir`, its runtime/ a link to one shared copy (checked once by the compiler). */
async function writeClient(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const shared = join(scratch, "runtime");
  for (const [path, text] of files) {
    const target = path.startsWith("runtime/") ? join(shared, path.slice("runtime/".length)) : join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  await symlink(shared, join(dir, "runtime")).catch(() => undefined);
}

beforeAll(async () => {
  helper = startEmitHelper();
  const base = await readFile(BASE, "utf8");
  await writeFile(join(scratch, "package.json"), JSON.stringify({ type: "module" }));
  const roots: string[] = [];
  let n = 0;
  for (const [kind, change] of Object.entries(CHANGE_KINDS)) {
    const dir = join(scratch, `kind-${n++}`);
    const before = applyEdits(base, change.before ?? [], kind);
    const after = applyEdits(base, change.after, kind);
    const sides = [];
    for (const [side, text] of [
      ["old", before],
      ["new", after],
    ] as const) {
      // The same file name on both sides: the client's header names it.
      const spec = join(dir, side, "notes.yaml");
      await mkdir(dirname(spec), { recursive: true });
      await writeFile(spec, text);
      const result = await generate(spec, undefined, { helper });
      if (!result.ok) throw new Error(`${kind} (${side}): ${result.diagnostics.map((d) => d.message).join("; ")}`);
      await writeClient(join(dir, side, "client"), result.files);
      await writeFile(join(dir, side, "calls.ts"), callsFile(change.calls));
      sides.push(result);
    }
    const [old, now] = sides as [(typeof sides)[0], (typeof sides)[0]];
    if (!old.ok || !now.ok) throw new Error("unreachable");
    const differ = [...now.files].some(([path, text]) => old.files.get(path) !== text);
    const report = buildChangeReport({
      outDir: "client",
      previous: old.files.get("api.json"),
      surface: now.api.surface,
      locate: now.api.locate,
      filesDiffer: differ,
    });
    const outcome = { report, oldCalls: join(dir, "old", "calls.ts"), newCalls: join(dir, "new", "calls.ts") };
    outcomes.set(kind, outcome);
    roots.push(outcome.oldCalls, outcome.newCalls);
  }
  const { options } = ts.convertCompilerOptionsFromJson(strictFlags("nodenext"), scratch);
  const program = ts.createProgram({ rootNames: roots, options });
  const byFile = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? "(global)";
    const line =
      d.file === undefined || d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    byFile.set(file, [
      ...(byFile.get(file) ?? []),
      `${file}:${line} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    ]);
  }
  // Only the calls files may have errors: a client that does not compile would prove nothing.
  expect([...byFile.keys()].filter((f) => !f.endsWith("/calls.ts"))).toEqual([]);
  errorsOf = (file) => byFile.get(file) ?? [];
}, 120_000);

afterAll(async () => {
  await helper?.close();
});

function lines(report: ChangeReport): string[] {
  if (report.kind !== "changes") return [`(${report.kind})`];
  return report.lines.map((l) => `${l.severity} ${l.method ?? "(client)"}: ${l.message}`).sort();
}

describe.each(Object.entries(CHANGE_KINDS))("%s", (kind, change) => {
  it("is reported as expected, with its bump", () => {
    const { report } = outcomes.get(kind)!;
    expect(lines(report)).toEqual([...change.want].sort());
    expect(report.kind === "changes" && report.bump).toBe(change.bump);
  });

  it("names a line of the new spec for each change", () => {
    const { report } = outcomes.get(kind)!;
    if (report.kind !== "changes") throw new Error("no report");
    for (const line of report.lines.filter((l) => l.method !== undefined)) {
      expect(line.location).toMatch(/\/new\/notes\.yaml:\d+$/);
    }
  });

  it("old calls compile against the new client exactly when the report says compatible", () => {
    const { report, oldCalls, newCalls } = outcomes.get(kind)!;
    expect(errorsOf(oldCalls)).toEqual([]);
    const compatible = report.kind === "changes" && report.lines.every((l) => l.severity === "compatible");
    if (compatible) expect(errorsOf(newCalls)).toEqual([]);
    else expect(errorsOf(newCalls).length).toBeGreaterThan(0);
  });
});
