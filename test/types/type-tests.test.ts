/**
 * Guards the type tests. `tsc -p .` checks `zep-calls.ts`, where each bad call
 * sits under `// @ts-expect-error`; that directive is satisfied by ANY error,
 * so here each bad call is compiled alone, without the directive, in a tiny
 * temporary file, and must fail with the error code that means the intended
 * mistake (not, say, a broken import). The good calls must compile cleanly.
 * One in-process compiler run covers every file.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../generator/helpers/paths.js";
import { useScratchDir } from "../support/scratch-dir.js";

const CALLS_FILE = join(ROOT, "test/types/zep-calls.ts");

/** Every `@ts-expect-error` reason in zep-calls.ts → the error code that mistake must produce. */
const EXPECTED: Readonly<Record<string, { code: number; message: RegExp }>> = {
  "order_by takes only the values the spec lists": { code: 2322, message: /Type '"bogus"' is not assignable to type '"created_at" \| "updated_at" \| "user_id" \| "session_id"/ },
  "page_size is a number, not a string": { code: 2322, message: /Type 'string' is not assignable to type 'number'/ },
  "a misspelt parameter": { code: 2561, message: /'page_sise' does not exist in type 'ListSessionsParams'. Did you mean to write 'page_size'\?/ },
  "a parameter the operation does not have": { code: 2353, message: /'user_id' does not exist in type 'ListSessionsParams'/ },
  "asc is a boolean": { code: 2322, message: /Type 'string' is not assignable to type 'boolean \| undefined'/ },
  "the credential is a string": { code: 2322, message: /Type 'number' is not assignable to type 'string'/ },
  "an unknown client option": { code: 2561, message: /'api_key' does not exist in type 'ZepClientOptions'/ },
  "the required path argument project_id is missing": { code: 2554, message: /Expected 2-3 arguments, but got 1/ },
  "the required query parameter dry_run is missing": { code: 2345, message: /Property 'dry_run' is missing/ },
  "the body property `name`, required, is missing": { code: 2345, message: /Property 'name' is missing/ },
  "the params object itself is required": { code: 2554, message: /Expected 2-3 arguments, but got 1/ },
  "the body misses its required `name`": { code: 2345, message: /Property 'name' is missing/ },
  "thread.listAll's order_by takes only the values the spec lists": { code: 2322, message: /Type '"created"' is not assignable to type '"created_at" \| "updated_at" \| "user_id" \| "thread_id"/ },
  "user.add needs the body property user_id": { code: 2345, message: /Property 'user_id' is missing/ },
  "a body property by its camelCase name where the wire name is snake_case": { code: 2561, message: /'firstName' does not exist in type '\{ user_id: string; .*\}'. Did you mean to write 'first_name'\?/ },
  "thread.addMessages needs its path argument before the params": { code: 2554, message: /Expected 2-3 arguments, but got 1/ },
  "userGroup.list needs its required query parameters": { code: 2345, message: /is missing the following properties from type 'UserGroupListParams': pageNumber, pageSize/ },
};

/** The bad calls of zep-calls.ts: each `// @ts-expect-error <reason>` and the statement on the next line. */
function badCalls(source: string): Array<{ reason: string; statement: string }> {
  const lines = source.split("\n");
  const calls: Array<{ reason: string; statement: string }> = [];
  lines.forEach((line, i) => {
    const match = /^\s*\/\/ @ts-expect-error (.+)$/.exec(line);
    if (match !== null) calls.push({ reason: match[1]!, statement: lines[i + 1]!.trim() });
  });
  return calls;
}

/** A module with `client` (Zep) and `things` (the required-params fixture) in scope, then `body`. */
function tinyFile(body: string): string {
  return [
    `import { ZepClient } from ${JSON.stringify(join(ROOT, "generated/zep/index.js"))};`,
    `import { RequiredParamsClient } from ${JSON.stringify(join(ROOT, "test/fixtures/required-params/__generated__/index.js"))};`,
    "declare const client: ZepClient;",
    "declare const things: RequiredParamsClient;",
    body,
    "export {};",
    "",
  ].join("\n");
}

const CALL_LINE = 5;

const scratch = useScratchDir("wiregen-type-tests-");
let calls: Array<{ reason: string; statement: string; file: string }>;
let controlFile: string;
let diagnosticsOf: (file: string) => readonly ts.Diagnostic[];

beforeAll(async () => {
  const source = await readFile(CALLS_FILE, "utf8");
  calls = badCalls(source).map((call, i) => ({ ...call, file: join(scratch, `bad-${i}.mts`) }));
  for (const call of calls) await writeFile(call.file, tinyFile(call.statement));
  // The same preamble with a good call: proves the bad files fail only because of their call.
  controlFile = join(scratch, "control.mts");
  await writeFile(controlFile, tinyFile('void client.memory.listSessions({ order_by: "created_at", page_size: 10 }); void things;'));

  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configPath);
  const program = ts.createProgram({ rootNames: [CALLS_FILE, controlFile, ...calls.map((c) => c.file)], options });
  const byFile = new Map<string, ts.Diagnostic[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName ?? "(global)";
    byFile.set(name, [...(byFile.get(name) ?? []), d]);
  }
  diagnosticsOf = (file) => byFile.get(file) ?? byFile.get(file.split("\\").join("/")) ?? [];
  // Anything outside the files under test (a broken generated client, a global error) fails loudly here.
  const elsewhere = [...byFile.keys()].filter((f) => f !== CALLS_FILE && !f.startsWith(scratch));
  expect(elsewhere.map((f) => `${f}: ${byFile.get(f)!.map((d) => ts.flattenDiagnosticMessageText(d.messageText, " ")).join("; ")}`)).toEqual([]);
}, 60_000);

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const line = d.file === undefined || d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    return `line ${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

describe("zep-calls.ts", () => {
  it("compiles, with every @ts-expect-error used", () => {
    expect(describeDiagnostics(diagnosticsOf(CALLS_FILE))).toEqual([]);
  });

  it("has a known reason for every bad call, and every known reason is tested", () => {
    expect(calls.map((c) => c.reason).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("a good call with the same preamble compiles", () => {
    expect(describeDiagnostics(diagnosticsOf(controlFile))).toEqual([]);
  });
});

describe("each bad call, alone, fails for its reason", () => {
  it.each(Object.keys(EXPECTED))("%s", (reason) => {
    const call = calls.find((c) => c.reason === reason);
    expect(call, `no bad call in zep-calls.ts says "${reason}"`).toBeDefined();
    const diagnostics = diagnosticsOf(call!.file);
    const described = describeDiagnostics(diagnostics);
    expect(diagnostics.length, described.join("\n")).toBe(1);
    const want = EXPECTED[reason]!;
    expect(described[0]).toMatch(new RegExp(`^line ${CALL_LINE}: TS${want.code} `));
    expect(described[0]).toMatch(want.message);
  });
});
