/**
 * The config file through the real CLI: `init` writes a starter and refuses
 * to replace one; a run with no spec generates every client of the config,
 * with flags over its settings; `--check` covers every client; a mistake is a
 * located error that writes nothing.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useScratchDir } from "../../support/scratch-dir.js";
import { ROOT } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const scratch = useScratchDir("wiregen-cli-config-");

/** A project with two documents under `docs/` and the given config files. */
async function project(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(join(dir, "docs"), { recursive: true });
  await copyFile(join(ROOT, "test/fixtures/untagged/untagged.yaml"), join(dir, "docs/untagged.yaml"));
  await copyFile(join(ROOT, "test/fixtures/required-params/required-params.yaml"), join(dir, "docs/things.yaml"));
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
  return dir;
}

const TWO_CLIENTS = JSON.stringify({
  clients: [
    { input: "docs/untagged.yaml", output: "src/untagged", clientName: "Plain", importExtension: "none" },
    { input: "docs/things.yaml", output: "src/things" },
  ],
});

describe("a config's clients through the CLI", () => {
  it("generates every client, each with its own settings, and --check covers them all", async () => {
    const dir = await project("two", { "wiregen.config.json": TWO_CLIENTS });
    const run = await runCli([], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^src\/untagged: 2 operations, \d+ files/m);
    expect(run.stdout).toMatch(/^src\/things: 1 operation, \d+ files/m);
    expect(run.stdout).toContain("imports end in no extension: wiregen.config.json sets importExtension");
    expect(await readFile(join(dir, "src/untagged/client.ts"), "utf8")).toContain("export class PlainClient");
    expect(await readFile(join(dir, "src/untagged/client.ts"), "utf8")).toMatch(/from "\.\/definition";/);

    const check = await runCli(["--check"], dir);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain("src/untagged, src/things up to date");
    // A hand edit is kept, not stale; an edited api.md (always regenerated) is.
    await writeFile(join(dir, "src/things/api.md"), "edited\n");
    const stale = await runCli(["--check"], dir);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("src/things is stale");
  });

  it("a flag applies to every client, over the config", async () => {
    const dir = await project("flag", { "wiregen.config.json": TWO_CLIENTS });
    const run = await runCli(["--import-extension", "ts"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/imports end in \.ts: --import-extension says so/g)).toHaveLength(2);
  });

  it("a mistake is an error located in the config, and nothing is written", async () => {
    const config = '{\n  "clients": [\n    { "input": "docs/untagged.yaml", "output": "src/a", "kind": "zip" }\n  ]\n}\n';
    const dir = await project("mistake", { "wiregen.config.json": config });
    const run = await runCli([], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('wiregen.config.json:3:57: error: `kind` must be "source" or "package", not "zip"');
    expect(run.stderr).toContain("1 error in the config; nothing was written");
    expect(existsSync(join(dir, "src"))).toBe(false);
  });

  it("a TypeScript config loads (Node 20, no loader)", async () => {
    const config = [
      `import { defineConfig } from ${JSON.stringify(join(ROOT, "generator/index.ts"))};`,
      "export default defineConfig({ clients: [{ input: \"docs/untagged.yaml\", output: \"src/api\" }] });",
      "",
    ].join("\n");
    const dir = await project("ts", { "wiregen.config.ts": config });
    const run = await runCli([], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^src\/api: 2 operations/m);
  });
});

describe("init", () => {
  it("writes a starter config from the document it finds; a second init refuses", async () => {
    const dir = await project("init", {});
    await copyFile(join(ROOT, "test/fixtures/untagged/untagged.yaml"), join(dir, "openapi.yaml"));
    const init = await runCli(["init"], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("wrote wiregen.config.ts (input: openapi.yaml)");
    const text = await readFile(join(dir, "wiregen.config.ts"), "utf8");
    expect(text).toContain('input: "openapi.yaml"');
    expect(text).toContain('import { defineConfig } from "wiregen";');
    const again = await runCli(["init"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/wiregen\.config\.ts is already here/);
  });

  it("writes wiregen.config.mjs where tsconfig.json's rootDir would leave a .ts config out of the build", async () => {
    const dir = await project("init-rootdir", { "tsconfig.json": '{ "compilerOptions": { "rootDir": "./src", "outDir": "./dist" } }' });
    const init = await runCli(["init"], dir);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("wrote wiregen.config.mjs");
    expect(await readFile(join(dir, "wiregen.config.mjs"), "utf8")).toMatch(/^\/\/ @ts-check\nimport \{ defineConfig \} from "wiregen";/);
  });
});
