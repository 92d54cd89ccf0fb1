/**
 * The import extension a client gets from the project around its output
 * folder: the nearest `deno.json` or `tsconfig.json` decides, following
 * `extends` (files and packages) and a solution file's `references`, with
 * comments and trailing commas allowed as `tsc` allows them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectImportExtension } from "../../generator/project/detect-import-extension.js";
import type { ImportExtension } from "../../generator/project/import-extension.js";
import { useScratchDir } from "../support/scratch-dir.js";

const scratch = useScratchDir("wiregen-detect-");

/** A project: file path → contents (objects are written as JSON, strings as they are). */
type Project = Record<string, unknown>;

async function writeProject(root: string, project: Project): Promise<void> {
  for (const [path, contents] of Object.entries(project)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), typeof contents === "string" ? contents : JSON.stringify(contents));
  }
}

const table: ReadonlyArray<readonly [string, { given: Project; out?: string; want: ImportExtension; reason: RegExp }]> = [
  ["no configuration at all", { given: {}, want: "ts", reason: /no tsconfig\.json or deno\.json/ }],
  ["Deno", { given: { "deno.json": {} }, want: "ts", reason: /Deno imports \.ts/ }],
  [
    "allowImportingTsExtensions (Vite's templates)",
    {
      given: { "tsconfig.json": { compilerOptions: { moduleResolution: "bundler", allowImportingTsExtensions: true, noEmit: true } } },
      want: "ts",
      reason: /allowImportingTsExtensions/,
    },
  ],
  [
    "rewriteRelativeImportExtensions",
    { given: { "tsconfig.json": { compilerOptions: { module: "nodenext", rewriteRelativeImportExtensions: true } } }, want: "ts", reason: /rewriteRelativeImportExtensions/ },
  ],
  [
    "NodeNext (tsc --init of TypeScript 5.9), with comments and trailing commas",
    {
      given: { "tsconfig.json": '{\n  // Visit https://aka.ms/tsconfig\n  "compilerOptions": {\n    /* modules */\n    "module": "nodenext",\n    "target": "esnext",\n  },\n}\n' },
      want: "js",
      reason: /module: nodenext/,
    },
  ],
  [
    "bundler resolution (Next.js)",
    { given: { "tsconfig.json": { compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: true } } }, want: "js", reason: /moduleResolution: bundler/ },
  ],
  [
    "module commonjs (tsc --init of TypeScript 5.8)",
    { given: { "tsconfig.json": { compilerOptions: { target: "es2016", module: "commonjs", strict: true } } }, want: "none", reason: /CommonJS way \(module: commonjs\)/ },
  ],
  [
    "no module at all",
    { given: { "tsconfig.json": { compilerOptions: { strict: true } } }, want: "none", reason: /CommonJS way/ },
  ],
  [
    "moduleResolution node10, written in capitals",
    { given: { "tsconfig.json": { compilerOptions: { module: "ESNext", moduleResolution: "Node10" } } }, want: "none", reason: /moduleResolution: node10/ },
  ],
  [
    "extends a file, which the child overrides",
    {
      given: {
        "tsconfig.base.json": { compilerOptions: { module: "commonjs" } },
        "tsconfig.json": { extends: "./tsconfig.base.json", compilerOptions: { module: "nodenext" } },
      },
      want: "js",
      reason: /module: nodenext/,
    },
  ],
  [
    "extends a package's config, and a list of bases",
    {
      given: {
        "node_modules/@tsconfig/strictest/tsconfig.json": { compilerOptions: { strict: true } },
        "node_modules/@tsconfig/vite/tsconfig.json": { compilerOptions: { allowImportingTsExtensions: true } },
        "tsconfig.json": { extends: ["@tsconfig/strictest/tsconfig.json", "@tsconfig/vite"], compilerOptions: { noEmit: true } },
      },
      want: "ts",
      reason: /allowImportingTsExtensions/,
    },
  ],
  [
    "a solution file: the referenced project that includes the client decides",
    {
      given: {
        "tsconfig.json": { files: [], references: [{ path: "./tsconfig.node.json" }, { path: "./tsconfig.app.json" }] },
        "tsconfig.node.json": { include: ["vite.config.ts"], compilerOptions: { module: "nodenext" } },
        "tsconfig.app.json": { include: ["src"], compilerOptions: { allowImportingTsExtensions: true, moduleResolution: "bundler" } },
      },
      want: "ts",
      reason: /tsconfig\.app\.json sets allowImportingTsExtensions/,
    },
  ],
  [
    "the nearest configuration wins",
    {
      given: {
        "tsconfig.json": { compilerOptions: { allowImportingTsExtensions: true } },
        "src/tsconfig.json": { compilerOptions: { module: "commonjs" } },
      },
      want: "none",
      reason: /src\/tsconfig\.json/,
    },
  ],
];

describe("detectImportExtension", () => {
  it.each(table)("%s", async (name, { given, out = "src/api", want, reason }) => {
    const root = join(scratch, name.replace(/\W+/g, "-"));
    await writeProject(root, given);
    const choice = detectImportExtension(join(root, out));
    expect(choice.extension).toBe(want);
    expect(choice.reason).toMatch(reason);
  });

  it("a tsconfig.json that is not JSON is an error naming its file, line and column", async () => {
    const root = join(scratch, "broken");
    await writeProject(root, { "tsconfig.json": '{\n  "compilerOptions": {\n    "module": nodenext\n  }\n}' });
    expect(() => detectImportExtension(join(root, "src"))).toThrow(/tsconfig\.json:3:15: InvalidSymbol/);
  });
});
