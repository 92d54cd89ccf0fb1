/**
 * The package kind (generator/package/) end to end: spec/zep.yaml generated
 * with `.js` imports, made into a package folder, packed by `npm pack`, and
 * the tarball installed (offline: the package has no dependencies) into a
 * fresh ES module project and a fresh CommonJS one. Each makes one call,
 * through the root and through the `thread` entry point, run by Node with no
 * loader, against a local server that checks the exact request; consumers
 * are type-checked under `module: nodenext` (both conditions) and
 * `module: commonjs` (node10 resolution) with `skipLibCheck: false`.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { toPackageFiles, type PackageMeta } from "../../generator/package/to-package-files.js";
import { compile, compilerOf } from "../support/compilers.js";
import { useServer } from "../support/http-server.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";

const run = promisify(execFile);
const NAME = "@example/zep";
const scratch = useScratchDir("wiregen-package-kind-");
const packageDir = join(scratch, "package");
const esmApp = join(scratch, "esm-app");
const cjsApp = join(scratch, "cjs-app");

/** One generation of spec/zep.yaml as a package; the client files are kept to check determinism. */
let client: ReadonlyMap<string, string>;
let meta: PackageMeta;
let packageFiles: ReadonlyMap<string, string>;

async function writeTree(dir: string, files: Iterable<readonly [string, string]>): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** A fresh project holding `files`, with the packed tarball installed the way a user would, offline. */
async function installInto(dir: string, tarball: string, files: Record<string, string>): Promise<void> {
  await writeTree(dir, Object.entries(files));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-package-lock", tarball], { cwd: dir });
}

const OPTIONS = `{ apiKey: "test-key", baseUrl: \`\${process.argv[2]}/api/v2\`, maxRetries: 0 }`;
const PRINT = "console.log(JSON.stringify({ node: process.version, page }));";
const ROOT_CALL = [
  `const client = new ZepClient(${OPTIONS});`,
  "const page = await client.thread.listAll({ page_size: 5 });",
  PRINT,
];
const THREAD_CALL = [
  `const thread = new ZepThreadClient(${OPTIONS});`,
  "const page = await thread.listAll({ page_size: 5 });",
  PRINT,
];
const inAsync = (lines: readonly string[]): string[] => ["(async () => {", ...lines, "})();"];

/** The scripts each project runs: one call through the root, one through the `thread` entry. */
const SCRIPTS = {
  esmRoot: [`import { ZepClient } from "${NAME}";`, ...ROOT_CALL].join("\n"),
  esmThread: [`import { ZepThreadClient } from "${NAME}/thread";`, ...THREAD_CALL].join("\n"),
  cjsRoot: [`const { ZepClient } = require("${NAME}");`, ...inAsync(ROOT_CALL)].join("\n"),
  cjsThread: [`const { ZepThreadClient } = require("${NAME}/thread");`, ...inAsync(THREAD_CALL)].join("\n"),
};

/** A consumer that must type-check: values, types and a call that must not compile. */
const typedConsumer = (style: "esm" | "cjs"): string =>
  [
    `import { ZepClient, NotFoundError, type Thread } from "${NAME}";`,
    `import { ZepThreadClient } from "${NAME}/thread";`,
    "export async function firstThread(): Promise<Thread | undefined> {",
    `  const zep = new ZepClient({ apiKey: "k" });`,
    "  const page = await zep.thread.listAll({ page_size: 5 });",
    "  // @ts-expect-error page_size is a number",
    `  await new ZepThreadClient({ apiKey: "k" }).listAll({ page_size: "5" });`,
    "  return page.threads?.[0];",
    "}",
    `export const isNotFound = (error: unknown): boolean => error instanceof NotFoundError;`,
    `export const style = "${style}";`,
  ].join("\n");

const STRICT_CONSUMER = {
  target: "es2022",
  lib: ["es2022", "dom"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  noEmit: true,
};

/** A client of two modules, small enough to compile in a moment, for the ways a package must fail. */
const SMALL_CLIENT: ReadonlyArray<readonly [string, string]> = [
  ["index.ts", 'export { SmallClient } from "./client.js";\n'],
  [
    "client.ts",
    "export class SmallClient {\n  readonly apiKey: string;\n  constructor(apiKey: string) {\n    this.apiKey = apiKey;\n  }\n}\n",
  ],
  ["models.d.ts", "export type Model = { id: string };\n"],
  ["api.md", "# Small API: API reference\n"],
];
const SMALL_META: PackageMeta = { name: "small", version: "0.0.1", clientName: "SmallClient", entries: [] };
const small = (...changes: ReadonlyArray<readonly [string, string]>): Map<string, string> =>
  new Map([...SMALL_CLIENT, ...changes]);

describe("failing loudly", () => {
  it("makes a package of a client that compiles", async () => {
    const files = await toPackageFiles(small(), SMALL_META);
    expect(files.get("dist/esm/index.js")).toBe('export { SmallClient } from "./client.js";\n');
  });

  it.each([
    [
      "a type error",
      ["client.ts", 'export const port: number = "80";\n'],
      /does not compile as a package[\s\S]*client\.ts/,
    ],
    [
      "a runtime import of a type-only file",
      ["index.ts", 'import "./models.js";\n'],
      /index\.js: imports \.\/models\.js, which the package does not hold/,
    ],
    [
      "an import from outside the client",
      ["index.ts", 'import "left-pad";\n'],
      /imports left-pad, but a package has no dependencies/,
    ],
  ] as const)("refuses %s", async (_name, change, error) => {
    await expect(toPackageFiles(small(change), SMALL_META)).rejects.toThrow(error);
  });

  it("lists every problem with what it would publish, before compiling anything", async () => {
    const meta = {
      ...SMALL_META,
      name: "Small Client",
      version: "v1",
      entries: [{ subpath: "../up", file: "entries/up.ts" }],
    };
    const failure = toPackageFiles(small(), meta);
    await expect(failure).rejects.toThrow(/name "Small Client" is not a valid npm package name/);
    await expect(failure).rejects.toThrow(/version "v1" is not a semantic version/);
    await expect(failure).rejects.toThrow(/entry subpath "\.\.\/up" is not a plain relative path/);
    await expect(failure).rejects.toThrow(/the client holds no TypeScript file "entries\/up\.ts"/);
  });
});

describe("spec/zep.yaml as a package", () => {
  beforeAll(async () => {
    const result = await generate(join(ROOT, "spec", "zep.yaml"), undefined, undefined, {
      forcedExtension: { extension: "js", reason: "package" },
    });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    client = result.files;
    const entries = [...client.keys()]
      .filter((path) => path.startsWith("entries/") && path.endsWith(".ts"))
      .map((file) => ({ subpath: file.slice("entries/".length, -".ts".length), file }));
    meta = {
      name: NAME,
      version: "1.2.3",
      description: "Zep's API, generated by wiregen.",
      clientName: "ZepClient",
      entries,
    };
    packageFiles = await toPackageFiles(client, meta);
    await writeTree(packageDir, packageFiles);

    await run("npm", ["pack", "--pack-destination", scratch], { cwd: packageDir });
    const tarball = join(scratch, (await readdir(scratch)).find((name) => name.endsWith(".tgz")) ?? "no tarball");
    await installInto(esmApp, tarball, {
      "package.json": JSON.stringify({ name: "esm-app", private: true, type: "module" }),
      "root.js": SCRIPTS.esmRoot,
      "thread.js": SCRIPTS.esmThread,
      "consumer.mts": typedConsumer("esm"),
      "consumer.cts": typedConsumer("cjs"),
      "tsconfig.json": JSON.stringify({
        compilerOptions: { ...STRICT_CONSUMER, module: "nodenext" },
        files: ["consumer.mts", "consumer.cts"],
      }),
      "tsconfig.bundler.json": JSON.stringify({
        compilerOptions: { ...STRICT_CONSUMER, module: "esnext", moduleResolution: "bundler" },
        files: ["consumer.mts"],
      }),
    });
    await installInto(cjsApp, tarball, {
      "package.json": JSON.stringify({ name: "cjs-app", private: true }),
      "root.js": SCRIPTS.cjsRoot,
      "thread.js": SCRIPTS.cjsThread,
      "consumer.ts": typedConsumer("cjs"),
      "tsconfig.json": JSON.stringify({
        compilerOptions: { ...STRICT_CONSUMER, module: "commonjs", moduleResolution: "node10" },
        files: ["consumer.ts"],
      }),
    });
  }, 300_000);

  describe("the package folder", () => {
    it("has a manifest with both builds, their types, every entry and no dependencies", () => {
      const manifest = JSON.parse(packageFiles.get("package.json") ?? "{}") as Record<string, unknown>;
      expect(manifest).toMatchObject({
        name: NAME,
        version: "1.2.3",
        type: "module",
        sideEffects: false,
        engines: { node: ">=20" },
        main: "./dist/cjs/index.js",
        module: "./dist/esm/index.js",
        types: "./dist/cjs/index.d.ts",
        files: ["dist"],
      });
      for (const key of ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"]) {
        expect(manifest).not.toHaveProperty(key);
      }
      expect((manifest.exports as Record<string, unknown>)["./thread"]).toEqual({
        import: { types: "./dist/esm/entries/thread.d.ts", default: "./dist/esm/entries/thread.js" },
        require: { types: "./dist/cjs/entries/thread.d.ts", default: "./dist/cjs/entries/thread.js" },
      });
      expect(Object.keys(manifest.exports as object)).toHaveLength(meta.entries.length + 2);
      expect(packageFiles.get("dist/cjs/package.json")).toBe('{\n  "type": "commonjs"\n}\n');
    });

    it("ships the client's declaration files as they are and keeps doc comments in the emitted ones", () => {
      // As they are but for the header, which says a package is rebuilt whole (the source kind's says edits are kept).
      const rebuilt = (text: string | undefined) =>
        text?.replace("Edits are kept: regeneration merges them with the spec's changes.", "Rebuilt whole on every run: edit the spec, not this package.");
      expect(packageFiles.get("dist/esm/types.d.ts")).toBe(rebuilt(client.get("types.d.ts")));
      expect(packageFiles.get("dist/cjs/models.d.ts")).toBe(rebuilt(client.get("models.d.ts")));
      expect(packageFiles.get("dist/esm/client.js")).toMatch(/^\/\/ Generated from .* Rebuilt whole on every run: edit the spec, not this package\.\n/);
      expect(packageFiles.get("dist/esm/client.d.ts")).toContain("Sessions and the memory stored in them.");
      expect(packageFiles.get("dist/esm/resources/thread.js")).toMatch(/^\/\/ Generated from spec\/zep\.yaml/);
      expect(packageFiles.get("dist/cjs/entries/thread.js")).toContain('require("../runtime/transport.js")');
    });

    it("has a README made from api.md, with the install and import lines first", () => {
      const readme = packageFiles.get("README.md") ?? "";
      expect(readme).toContain(`npm install ${NAME}`);
      expect(readme).toContain(`import { ZepClient } from "${NAME}";`);
      expect(readme).toContain(`const { ZepClient } = require("${NAME}");`);
      expect(readme).toContain(`import { ZepThreadClient } from "${NAME}/thread";`);
      expect(readme).toContain("## Zep API: API reference");
      expect(readme).toContain("### `client.thread.listAll()`");
      expect(readme.indexOf("## Install")).toBeLessThan(readme.indexOf("## Zep API: API reference"));
      expect(readme.match(/^# /gm)).toHaveLength(1);
    });

    it("is the same, byte for byte, from the same client", async () => {
      expect(await toPackageFiles(client, meta)).toEqual(packageFiles);
    }, 120_000);
  });

  describe("installed from the packed tarball", () => {
    const server = useServer({ status: 200, body: { threads: [{ thread_id: "t1", user_id: "u1" }], total_count: 1 } });

    it.each([
      ["an ES module project, root import", esmApp, "root.js"],
      ["an ES module project, the thread entry", esmApp, "thread.js"],
      ["a CommonJS project, root require", cjsApp, "root.js"],
      ["a CommonJS project, the thread entry", cjsApp, "thread.js"],
    ])("%s: one thread.listAll call, exactly as sent", async (_name, app, script) => {
      // No loader: the installed JavaScript runs as Node finds it.
      const env = { ...process.env, NODE_OPTIONS: "" };
      const { stdout } = await run(process.execPath, [script, server.origin], { cwd: app, env });
      const { node, page } = JSON.parse(stdout) as { node: string; page: unknown };
      expect(Number(/^v(\d+)/.exec(node)?.[1])).toBeGreaterThanOrEqual(20);
      expect(page).toEqual({ threads: [{ thread_id: "t1", user_id: "u1" }], total_count: 1 });
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]).toMatchObject({ method: "GET", url: "/api/v2/threads?page_size=5" });
      expect(server.requests[0]?.headers.authorization).toBe("Api-Key test-key");
    });
  });

  describe("type-checked in a consumer, skipLibCheck off", () => {
    it("module nodenext: import reads dist/esm's types, require dist/cjs's", async () => {
      const { errors, files } = await compile(compilerOf("5.9.3"), "tsconfig.json", { cwd: esmApp, listFiles: true });
      expect(errors).toEqual([]);
      expect(files).toContain(join(esmApp, "node_modules", NAME, "dist/esm/entries/thread.d.ts"));
      expect(files).toContain(join(esmApp, "node_modules", NAME, "dist/cjs/entries/thread.d.ts"));
    }, 120_000);

    it("module nodenext under TypeScript 7.0", async () => {
      const { errors } = await compile(compilerOf("7.0.2"), "tsconfig.json", { cwd: esmApp });
      expect(errors).toEqual([]);
    }, 120_000);

    it("moduleResolution bundler: the import condition's types", async () => {
      const { errors, files } = await compile(compilerOf("5.9.3"), "tsconfig.bundler.json", {
        cwd: esmApp,
        listFiles: true,
      });
      expect(errors).toEqual([]);
      expect(files).toContain(join(esmApp, "node_modules", NAME, "dist/esm/entries/thread.d.ts"));
    }, 120_000);

    it("module commonjs (node10 resolution, which never reads exports)", async () => {
      const { errors, files } = await compile(compilerOf("5.9.3"), "tsconfig.json", { cwd: cjsApp, listFiles: true });
      expect(errors).toEqual([]);
      expect(files).toContain(join(cjsApp, "node_modules", NAME, "dist/cjs/entries/thread.d.ts"));
    }, 120_000);
  });
});
