/**
 * The types behind the wire behaviour of the `features` fixture client: the
 * whole generated client compiles under the project's strict options, each
 * response reads as the type its media type promises (`Blob`, `string`,
 * `undefined`, a union for 200/201), and each status error class has its
 * body typed from the spec (`NotFoundError` → `NotFound`, `Status4xxError` →
 * `Problem`). Every bad use is compiled alone and must fail for its reason.
 * One in-process compiler run covers every file.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { useGeneratedClient } from "../fixtures/wire-features/client.js";
import { ROOT } from "../generator/helpers/paths.js";

const PREAMBLE = [
  "import {",
  "  FeaturesClient, FeaturesError, NotFoundError, Status4xxError, Status5xxError,",
  "  type Created, type NotFound, type Problem, type Widget,",
  '} from "./index.js";',
  "declare const client: FeaturesClient;",
  "declare const e: unknown;",
];
const BODY_LINE = PREAMBLE.length + 2;

/** Each line must compile (and the client with it). */
const GOOD = [
  "const png: Blob = await client.responses.getPng();",
  "const octets: Blob = await client.responses.getOctets();",
  "const text: string = await client.responses.getText();",
  "const noContent: undefined = await client.responses.deleteNoContent();",
  "const reset: undefined = await client.responses.resetContent();",
  "const empty: undefined = await client.responses.getEmptyOk();",
  "const either: Widget | Created = await client.responses.createOrGet();",
  "const fallback: Widget = await client.responses.getDefaultOnly();",
  "if (e instanceof NotFoundError) { const body: NotFound = e.body; void body.resource; }",
  "if (e instanceof Status4xxError) { const body: Problem = e.body; const d: string | undefined = e.body.detail; void d; void body; }",
  "if (e instanceof Status5xxError) { const status: number = e.body.status; void status; }",
  "if (e instanceof FeaturesError) { const body: unknown = e.body; void body; }",
  'await client.bodies.upload({ file: new File(["x"], "x.txt"), attachments: [new Blob([])], metadata: { version: 1 } });',
  'await client.bodies.putBlob("n", { body: new ReadableStream<Uint8Array>() });',
  'await client.bodies.mergePatch("w", { color: null });',
  'await client.query.search({ ids: [1], tags: ["a"], color: { R: 1 }, filter: { owner: { name: "n" } }, levels: [2] });',
  'await client.headers.sendHeadersAndCookies({ "X-Request-Id": "r", recent: ["a"], prefs: { lang: "en" } });',
  "await client.bodies.sendOptionalBody();",
  'new FeaturesClient({ headerKey: "h", queryKey: "q", cookieKey: "c", bearerAuth: "b", username: "u", password: "p", oauth: "o", oidc: "i" });',
  "void [png, octets, text, noContent, reset, empty, either, fallback];",
];

/** Each bad use, compiled alone, must fail with this code and message. */
const BAD: ReadonlyArray<[string, { source: string; code: number; message: RegExp }]> = [
  [
    "a binary response is a Blob, not a string",
    {
      source: "const s: string = await client.responses.getPng();",
      code: 2322,
      message: /'Blob' is not assignable to type 'string'/,
    },
  ],
  [
    "a 204 gives undefined",
    {
      source: "const w: Widget = await client.responses.deleteNoContent();",
      code: 2322,
      message: /Type 'undefined' is not assignable to type '\{ name: string;/,
    },
  ],
  [
    "200 or 201: a Created is not certain",
    {
      source: "const c: Created = await client.responses.createOrGet();",
      code: 2322,
      message: /Property 'id' is missing in type '\{ name: string;.*' but required in type '\{ id: string;/,
    },
  ],
  [
    "a 404 body is a NotFound, with no `detail`",
    {
      source: "if (e instanceof NotFoundError) void e.body.detail;",
      code: 2339,
      message: /Property 'detail' does not exist on type '\{ message: string; resource: string; \}'/,
    },
  ],
  [
    "a 4XX body is a Problem, not a NotFound",
    {
      source: "if (e instanceof Status4xxError) { const n: NotFound = e.body; }",
      code: 2739,
      message: /missing .*: message, resource/,
    },
  ],
  [
    "the multipart file is required",
    {
      source: "await client.bodies.upload({ labels: [] });",
      code: 2345,
      message: /Property 'file' is missing/,
    },
  ],
  [
    "a required body is required",
    { source: "await client.bodies.sendJson();", code: 2554, message: /Expected 1-2 arguments, but got 0\./ },
  ],
  [
    "credentials are named after their schemes when there are several of a kind",
    {
      source: 'new FeaturesClient({ token: "t" });',
      code: 2353,
      message: /'token' does not exist in type 'FeaturesClientOptions'/,
    },
  ],
];

function tinyFile(lines: readonly string[]): string {
  return [...PREAMBLE, "export async function use(): Promise<void> {", ...lines, "}", ""].join("\n");
}

const generated = useGeneratedClient("types");
let goodFile: string;
let badFiles: Map<string, string>;
let byFile: Map<string, ts.Diagnostic[]>;

beforeAll(async () => {
  goodFile = join(generated.dir, "good.mts");
  await writeFile(goodFile, tinyFile(GOOD));
  badFiles = new Map(BAD.map(([reason], i) => [reason, join(generated.dir, `bad-${i}.mts`)]));
  for (const [reason, { source }] of BAD) await writeFile(badFiles.get(reason)!, tinyFile([source]));

  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configPath);
  const program = ts.createProgram({ rootNames: [goodFile, ...badFiles.values()], options });
  byFile = new Map();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName ?? "(global)";
    byFile.set(name, [...(byFile.get(name) ?? []), d]);
  }
}, 60_000);

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[] | undefined): string[] {
  return (diagnostics ?? []).map((d) => {
    const line =
      d.file === undefined || d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    return `${d.file?.fileName ?? ""}:${line}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

describe("the features client's types", () => {
  it("the generated client compiles under the project's strict options", () => {
    const inClient = [...byFile.keys()].filter((f) => f !== goodFile && ![...badFiles.values()].includes(f));
    expect(inClient.flatMap((f) => describeDiagnostics(byFile.get(f)))).toEqual([]);
  });

  it("every good use compiles", () => {
    expect(describeDiagnostics(byFile.get(goodFile))).toEqual([]);
  });

  it.each(BAD.map(([reason]) => reason))("%s", (reason) => {
    const want = BAD.find(([r]) => r === reason)![1];
    const described = describeDiagnostics(byFile.get(badFiles.get(reason)!));
    expect(described, described.join("\n")).toHaveLength(1);
    expect(described[0]).toMatch(new RegExp(`:${BODY_LINE}: TS${want.code} `));
    expect(described[0]).toMatch(want.message);
  });
});
