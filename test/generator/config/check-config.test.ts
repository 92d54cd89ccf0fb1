/**
 * The configuration file: each key read into a client (paths resolved against
 * the config's folder), and each kind of mistake an error located at the key
 * it is about, in a JSON config (exact) and a TypeScript one (by its text).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkConfig } from "../../../generator/config/check-config.js";
import { loadConfig } from "../../../generator/config/load-config.js";
import { useScratchDir } from "../../support/scratch-dir.js";

const scratch = useScratchDir("wiregen-config-");

/** Writes `files` into a fresh folder of the scratch dir; returns the folder. */
async function project(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(join(dir, "spec"), { recursive: true });
  await writeFile(join(dir, "spec", "api.yaml"), "openapi: 3.1.0\ninfo: { title: A, version: 1.0.0 }\npaths: {}\n");
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
  return dir;
}

/** Loads and checks the config `file` of `dir`. */
async function read(dir: string, file: string) {
  const loaded = await loadConfig(join(dir, file));
  if (!loaded.ok) return { clients: [], diagnostics: loaded.diagnostics };
  return checkConfig(join(dir, file), loaded.file, loaded.text, loaded.value);
}

describe("a valid config", () => {
  it.each([
    ["wiregen.config.json", JSON.stringify({ clients: [{ input: "spec/api.yaml", output: "src/api", clientName: "Acme", kind: "package", package: { name: "@acme/api", version: "2.0.0" }, allowRefs: ["spec", "http://127.0.0.1:8080/"], validate: "responses" }] }, null, 2)],
    [
      "wiregen.config.ts",
      'import { defineConfig } from "' +
        join(process.cwd(), "generator/config/define-config.ts") +
        '";\nconst kind: "source" | "package" = "package";\nexport default defineConfig({\n  clients: [{ input: "spec/api.yaml", output: "src/api", clientName: "Acme", kind, package: { name: "@acme/api", version: "2.0.0" }, allowRefs: ["spec", "http://127.0.0.1:8080/"], validate: "responses" }],\n});\n',
    ],
    ["wiregen.config.mjs", 'export default { clients: [{ input: "spec/api.yaml", output: "src/api", clientName: "Acme", kind: "package", package: { name: "@acme/api", version: "2.0.0" }, allowRefs: ["spec", "http://127.0.0.1:8080/"], validate: "responses" }] };\n'],
  ])("%s: every key read, paths resolved against its folder", async (file, text) => {
    const dir = await project(`valid-${file}`, { [file]: text });
    const { clients, diagnostics } = await read(dir, file);
    expect(diagnostics).toEqual([]);
    expect(clients).toEqual([
      {
        input: join(dir, "spec/api.yaml"),
        output: join(dir, "src/api"),
        clientName: "Acme",
        overlay: undefined,
        kind: "package",
        importExtension: undefined,
        packageName: "@acme/api",
        packageVersion: "2.0.0",
        allowRefs: [join(dir, "spec"), "http://127.0.0.1:8080/"],
        validate: "responses",
      },
    ]);
  });

  it("an https:// input is kept as the URL, not resolved as a path", async () => {
    const url = "https://api.example.com/v2/openapi.yaml";
    const dir = await project("url", { "wiregen.config.json": JSON.stringify({ clients: [{ input: url, output: "src/api" }] }) });
    const { clients, diagnostics } = await read(dir, "wiregen.config.json");
    expect(diagnostics).toEqual([]);
    expect(clients[0]).toMatchObject({ input: url, output: join(dir, "src/api") });
  });

  it("defaults: the source kind, the project's import extension", async () => {
    const dir = await project("defaults", { "wiregen.config.json": '{ "clients": [{ "input": "spec/api.yaml", "output": "out", "importExtension": "none" }] }' });
    const { clients } = await read(dir, "wiregen.config.json");
    expect(clients[0]).toMatchObject({ kind: "source", importExtension: "none", clientName: undefined });
  });
});

describe("each mistake is located at its key", () => {
  const table: ReadonlyArray<readonly [string, { given: string; message: RegExp; line: number; column: number }]> = [
    ["an unknown top-level key", { given: '{\n  "clients": [{ "input": "spec/api.yaml", "output": "o" }],\n  "watch": true\n}', message: /unknown key `watch`/, line: 3, column: 3 }],
    ["an unknown client key", { given: '{\n  "clients": [\n    { "input": "spec/api.yaml", "output": "o", "outDir": "x" }\n  ]\n}', message: /unknown key `outDir`/, line: 3, column: 48 }],
    ["a missing input", { given: '{\n  "clients": [\n    { "output": "o" }\n  ]\n}', message: /`input` is missing/, line: 3, column: 5 }],
    ["an input that is not there", { given: '{\n  "clients": [\n    { "input": "spec/nope.yaml", "output": "o" }\n  ]\n}', message: /`input` not found: spec\/nope\.yaml/, line: 3, column: 7 }],
    ["a URL the generator cannot fetch", { given: '{ "clients": [{ "input": "ftp://example.com/api.yaml", "output": "o" }] }', message: /`input` is a URL the generator cannot fetch \(ftp:/, line: 1, column: 17 }],
    ["a malformed URL", { given: '{ "clients": [{ "input": "https://exa mple.com/api.yaml", "output": "o" }] }', message: /`input` is not a valid URL/, line: 1, column: 17 }],
    ["a wrong type", { given: '{\n  "clients": [\n    { "input": "spec/api.yaml", "output": 3 }\n  ]\n}', message: /`output` must be a non-empty string, not 3/, line: 3, column: 33 }],
    ["a wrong kind", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "kind": "zip" }] }', message: /`kind` must be "source" or "package", not "zip"/, line: 1, column: 58 }],
    ["a bad client name", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "clientName": "my api" }] }', message: /PascalCase identifier, not "my api"/, line: 1, column: 58 }],
    ["package settings for the source kind", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "package": { "name": "x" } }] }', message: /`package` applies only to kind: "package"/, line: 1, column: 58 }],
    ["two clients in one folder", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o" }, { "input": "spec/api.yaml", "output": "o" }] }', message: /`output` is clients\[0\]'s folder too/, line: 1, column: 88 }],
    ["no clients", { given: '{ "clients": [] }', message: /`clients` must be a list of at least one client/, line: 1, column: 3 }],
    ["not JSON", { given: '{ "clients": [ }', message: /not valid JSON/, line: 1, column: 16 }],
    ["allowRefs that is not a list", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "allowRefs": "../shared" }] }', message: /`allowRefs` must be a list of path or URL prefixes, not "\.\.\/shared"/, line: 1, column: 58 }],
    ["an allowRefs entry that is not a string", { given: '{\n  "clients": [\n    { "input": "spec/api.yaml", "output": "o", "allowRefs": ["spec", 7] }\n  ]\n}', message: /`allowRefs\[1\]` must be a non-empty string, not 7/, line: 3, column: 70 }],
    ["an allowRefs path that is not there", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "allowRefs": ["../nowhere/schemas"] }] }', message: /`allowRefs\[0\]` is neither an existing path nor a valid URL: \.\.\/nowhere\/schemas/, line: 1, column: 72 }],
    ["an allowRefs URL that is not valid", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "allowRefs": ["http://exa mple.com/"] }] }', message: /`allowRefs\[0\]` is neither an existing path nor a valid URL: http:\/\/exa mple\.com\//, line: 1, column: 72 }],
    ["a validate choice that is not one", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "validate": true }] }', message: /`validate` must be "none", "responses", "requests", "all", not true/, line: 1, column: 58 }],
    ["an allowRefs URL the generator never reads", { given: '{ "clients": [{ "input": "spec/api.yaml", "output": "o", "allowRefs": ["ftp://example.com/"] }] }', message: /`allowRefs\[0\]` is a URL the generator never reads \(ftp:/, line: 1, column: 72 }],
  ];
  it.each(table)("%s (JSON)", async (name, { given, message, line, column }) => {
    const dir = await project(`json-${name.replace(/\W+/g, "-")}`, { "wiregen.config.json": given });
    const { diagnostics } = await read(dir, "wiregen.config.json");
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(message)]);
    expect(diagnostics[0]!.position).toEqual({ file: expect.stringMatching(/wiregen\.config\.json$/), line, column });
  });

  it("in a TypeScript config, the line of the key in the client it is about", async () => {
    const text = [
      "export default {",
      "  clients: [",
      '    { input: "spec/api.yaml", output: "a" },',
      "    {",
      '      input: "spec/api.yaml",',
      '      output: "b",',
      '      kind: "zip",',
      "    },",
      "  ],",
      "};",
    ].join("\n");
    const dir = await project("ts-kind", { "wiregen.config.ts": text });
    const { diagnostics } = await read(dir, "wiregen.config.ts");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ message: expect.stringMatching(/`kind` must be/), position: { line: 7, column: 7 } });
  });

  it("a config that throws while loading is one located error, not a stack trace", async () => {
    const dir = await project("throws", { "wiregen.config.mjs": 'throw new Error("no such setting");\n' });
    const { diagnostics } = await read(dir, "wiregen.config.mjs");
    expect(diagnostics).toEqual([expect.objectContaining({ message: "the config did not load: no such setting" })]);
  });
});
