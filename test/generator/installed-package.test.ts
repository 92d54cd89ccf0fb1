/**
 * The package as a user gets it: `npm pack` of this repository, installed
 * from the tarball into a fresh project, run through node_modules/.bin/wiregen
 * (`--help`, `--version`, `<spec> -o <dir>`, `--check`); the client it writes
 * compiles with the project's tsc and makes a call to a local server. Then the
 * same with the install folder read-only (pnpm's store, Nix): the command must
 * neither crash nor write there. Then `--version`, a generation, `init` and a
 * config-driven run on Node 22 and 24, when scripts/fetch-node.sh has fetched them.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/http-server.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `file args` in `cwd`; never rejects on a non-zero exit. */
function run(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== "number") {
        reject(new Error(`${file} ${args.join(" ")} did not run: ${error.message}\n${stderr}`));
        return;
      }
      resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
  });
}

/** Fails with the command's output when it did not exit 0. */
function ok(result: Run, what: string): Run {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Every file and folder under `dir` with its size and modification time: what a write there would change. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const lines = await Promise.all(
    entries.map(async (e) => {
      const path = join(e.parentPath, e.name);
      const s = await stat(path);
      return `${path.slice(dir.length)} ${s.size} ${s.mtimeMs}`;
    }),
  );
  return lines.sort();
}

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** The project's tsconfig: NodeNext, so the client's imports end in .js and tsc emits JavaScript that Node runs. */
const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    lib: ["es2022", "dom"],
    types: [],
    strict: true,
    skipLibCheck: true,
    outDir: "out",
    rootDir: "src",
  },
  include: ["src"],
};

/** One call through the generated client, exported for the test to run after tsc. */
const MAIN = `import { UntaggedClient } from "./api/index.js";

export async function health(baseUrl: string): Promise<string> {
  return new UntaggedClient({ baseUrl }).default.getHealth();
}
`;

const OTHER_NODES = [22, 24].map((major) => ({
  major,
  node: join(ROOT, "node_modules", ".cache", "runtimes", `node-${major}`, "bin", "node"),
}));

describe("the packed wiregen package, installed in a fresh project", () => {
  const dir = useScratchDir("wiregen-installed-");
  const app = join(dir, "app");
  const wiregen = join(app, "node_modules", ".bin", "wiregen");
  const installed = join(app, "node_modules", "wiregen");
  let server: TestServer | undefined;

  beforeAll(async () => {
    server = await startServer();
    const packed = ok(await run("npm", ["pack", "--pack-destination", dir, "--silent"], ROOT), "npm pack");
    const tarball = join(dir, packed.stdout.trim().split("\n").at(-1)!);
    await mkdir(app);
    await writeFile(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    await writeFile(join(app, "tsconfig.json"), JSON.stringify(TSCONFIG));
    await copyFile(join(ROOT, "test", "fixtures", "untagged", "untagged.yaml"), join(app, "untagged.yaml"));
    const flags = ["install", "--no-audit", "--no-fund", tarball];
    // Every dependency's tarball is in npm's cache after `npm ci`, but its metadata may not be: then npm asks the registry.
    const offline = await run("npm", [...flags, "--offline"], app);
    if (offline.code !== 0) ok(await run("npm", [...flags, "--prefer-offline"], app), "npm install");
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    // Writable again, so the scratch folder can be deleted when the tests do not run as root.
    await run("chmod", ["-R", "u+w", installed], dir);
  });

  it("answers --help and --version with the exit codes the usage names", async () => {
    const help = ok(await run(wiregen, ["--help"], app), "--help");
    expect(help.stdout).toContain("usage: wiregen");
    expect(help.stdout).toContain("exit codes: 0 ok, 1 spec errors or stale output, 2 bad usage");
    expect(ok(await run(wiregen, ["--version"], app), "--version").stdout.trim()).toBe(VERSION);
    expect((await run(wiregen, ["--frobnicate"], app)).code).toBe(2);
  });

  it("ships compiled JavaScript and the runtime's TypeScript, and nothing of the repository besides", async () => {
    const files = await snapshot(installed);
    expect(files.some((f) => f.startsWith("/dist/cli/bin.js "))).toBe(true);
    expect(files.some((f) => f.startsWith("/dist/runtime/transport.ts "))).toBe(true);
    expect(files.filter((f) => /^\/(spec|test|scripts|generator|bench|generated)\//.test(f))).toEqual([]);
    // TypeScript only as the runtime's sources and as declaration files (the config's `defineConfig` types).
    expect(files.filter((f) => /(?<!\.d)\.ts /.test(f) && !f.startsWith("/dist/runtime/"))).toEqual([]);
    expect(files.some((f) => f.startsWith("/dist/index.d.ts "))).toBe(true);
  });

  it("generates a client with -o that passes --check, compiles with the project's tsc and calls a server", async () => {
    const generated = ok(await run(wiregen, ["untagged.yaml", "-o", "src/api"], app), "generate");
    expect(generated.stdout).toContain("src/api: 2 operations");
    expect(generated.stdout).toContain("imports end in .js");
    ok(await run(wiregen, ["untagged.yaml", "-o", "src/api", "--check"], app), "--check");
    await writeFile(join(app, "src", "main.ts"), MAIN);
    ok(await run(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", "."], app), "tsc");
    const s = server!;
    s.reply({ status: 200, headers: { "content-type": "text/plain" }, body: "healthy" });
    const { health } = (await import(pathToFileURL(join(app, "out", "main.js")).href)) as {
      health: (baseUrl: string) => Promise<string>;
    };
    expect(await health(s.origin)).toBe("healthy");
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /health"]);
  });

  it("init writes a config importing defineConfig from the installed package, and wiregen generates from it", async () => {
    await copyFile(join(app, "untagged.yaml"), join(app, "openapi.yaml"));
    const init = ok(await run(wiregen, ["init"], app), "init");
    const name = /wrote (wiregen\.config\.(?:ts|mjs))/.exec(init.stdout)?.[1];
    expect(name, init.stdout).toBeDefined();
    const config = join(app, name!);
    // Its own folder, so the -o client above stays as the other tests expect it.
    await writeFile(config, (await readFile(config, "utf8")).replace('output: "src/api"', 'output: "src/configured"'));
    const generated = ok(await run(wiregen, [], app), "wiregen with the config");
    expect(generated.stdout).toContain("src/configured: 2 operations");
    ok(await run(wiregen, ["--check"], app), "--check with the config");
    await rm(config);
  });

  it("runs from a read-only install folder without writing to it", async () => {
    ok(await run("chmod", ["-R", "a-w", installed], dir), "chmod");
    // As root, chmod stops no write: comparing the folder before and after proves none happened either way.
    if (process.getuid?.() === 0) console.log("installed-package: running as root; the read-only check compares the install folder before and after");
    const before = await snapshot(installed);
    try {
      expect(ok(await run(wiregen, ["--version"], app), "--version").stdout.trim()).toBe(VERSION);
      ok(await run(wiregen, ["untagged.yaml", "-o", "src/read-only"], app), "generate");
      ok(await run(wiregen, ["untagged.yaml", "-o", "src/read-only", "--check"], app), "--check");
      // A second run takes the shortcut of the stamp the first one wrote, in the project's cache, not the install folder.
      expect(ok(await run(wiregen, ["untagged.yaml", "-o", "src/read-only"], app), "regenerate").stdout).toContain("unchanged");
    } finally {
      await run("chmod", ["-R", "u+w", installed], dir);
    }
    expect(await snapshot(installed)).toEqual(before);
    expect(existsSync(join(app, "node_modules", ".cache", "wiregen", "stamps"))).toBe(true);
  });

  it("skips its caches when the cache folder cannot be written", async () => {
    // A folder under a regular file cannot be created, even by root, for whom chmod stops nothing.
    await writeFile(join(app, "not-a-folder"), "");
    const env = { ...process.env, WIREGEN_CACHE_DIR: join(app, "not-a-folder", "cache") };
    for (let i = 0; i < 2; i++) {
      // Both runs generate for real: with no stamp kept, there is no shortcut to take.
      const generated = ok(await run(wiregen, ["untagged.yaml", "-o", "src/no-cache"], app, env), `run ${i + 1}`);
      expect(generated.stdout).toContain("src/no-cache: 2 operations");
    }
  });

  for (const { major, node } of OTHER_NODES) {
    it(`runs on Node ${major}`, async ({ skip }) => {
      if (!existsSync(node)) {
        console.log(`installed-package: SKIPPED Node ${major}: ${node} is missing; run bash scripts/fetch-node.sh`);
        if (process.env["CI"] !== undefined) throw new Error(`Node ${major} is missing: run bash scripts/fetch-node.sh`);
        skip();
      }
      // The command's `#!/usr/bin/env node` finds this Node first on the PATH.
      const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env["PATH"] ?? ""}` };
      const version = ok(await run(node, ["--version"], app, env), "node --version").stdout.trim();
      expect(version.startsWith(`v${major}.`)).toBe(true);
      expect(ok(await run(wiregen, ["--version"], app, env), "--version").stdout.trim()).toBe(VERSION);
      const out = `src/node-${major}`;
      expect(ok(await run(wiregen, ["untagged.yaml", "-o", out], app, env), "generate").stdout).toContain(`${out}: 2 operations`);
      ok(await run(wiregen, ["untagged.yaml", "-o", out, "--check"], app, env), "--check");
      // init and a config-driven run: on Node 22.18+ and 24 a .ts config could load natively, but goes through jiti all the same.
      await copyFile(join(app, "untagged.yaml"), join(app, "openapi.yaml"));
      const init = ok(await run(wiregen, ["init"], app, env), "init");
      const config = join(app, /wrote (wiregen\.config\.(?:ts|mjs))/.exec(init.stdout)?.[1] ?? "wiregen.config.ts");
      try {
        await writeFile(config, (await readFile(config, "utf8")).replace('output: "src/api"', `output: "src/init-${major}"`));
        expect(ok(await run(wiregen, [], app, env), "wiregen with the config").stdout).toContain(`src/init-${major}: 2 operations`);
        ok(await run(wiregen, ["--check"], app, env), "--check with the config");
      } finally {
        await rm(config, { force: true });
      }
    });
  }
});
