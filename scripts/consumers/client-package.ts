/**
 * The package kind: the client written as an npm package folder by
 * `--kind package`, packed by `npm pack`, and installed with npm from the
 * tarball. Built once per run (one tarball for every row), then each project
 * gets a copy of the installed folder in its node_modules: the package has no
 * dependencies, and running `npm install` in each project would also install
 * the template's own dependencies from the registry.
 */
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand, type Finished } from "./exec.ts";
import { BROKEN_OVERLAY, GENERATOR_CLI, ZEP_SPEC } from "./paths.ts";
import { firstErrorLine } from "./first-error.ts";

export interface PackedClient {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  /** The package as npm installed it: `<dir>/node_modules/<name>`. */
  readonly installed: string;
}

/** Why no package could be made: `unavailable` when the CLI has no `--kind package` yet. */
export interface NoPackage {
  readonly unavailable: boolean;
  readonly reason: string;
}

function describe(step: string, finished: Finished): string {
  return `${step}: ${firstErrorLine(finished.stderr, finished.stdout) ?? `exit code ${finished.code}`}`;
}

/** Generates, packs and installs the package kind in `dir`. */
export async function buildPackage(dir: string, broken: boolean): Promise<PackedClient | NoPackage> {
  const out = join(dir, "zep-package");
  await mkdir(dir, { recursive: true });
  const args = [GENERATOR_CLI, ZEP_SPEC, "--out", out, "--kind", "package"];
  if (broken) args.push("--overlay", BROKEN_OVERLAY);
  const generated = await runCommand(process.execPath, args, { cwd: dir, limitMs: 180_000 });
  if (generated.code !== 0) {
    const text = `${generated.stderr}\n${generated.stdout}`;
    const unknown = /unknown option --kind|--kind/.test(text) && generated.code === 2;
    return { unavailable: unknown, reason: describe("generate --kind package", generated) };
  }
  const packed = await runCommand("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: out, limitMs: 120_000 });
  if (packed.code !== 0) return { unavailable: false, reason: describe("npm pack", packed) };
  const tarballName = packed.stdout.trim().split("\n").pop() ?? "";
  const tarball = join(dir, tarballName);
  const meta = JSON.parse(await readFile(join(out, "package.json"), "utf8")) as { name?: string; version?: string };
  if (meta.name === undefined) return { unavailable: false, reason: "the package's package.json has no name" };
  const install = join(dir, "install");
  await mkdir(install, { recursive: true });
  await writeFile(join(install, "package.json"), JSON.stringify({ name: "install-check", private: true }) + "\n");
  const installed = await runCommand(
    "npm",
    ["install", tarball, "--no-audit", "--no-fund", "--offline", "--ignore-scripts"],
    { cwd: install, limitMs: 120_000 },
  );
  if (installed.code !== 0) return { unavailable: false, reason: describe("npm install <tarball>", installed) };
  return { name: meta.name, version: meta.version ?? "0.0.0", tarball, installed: join(install, "node_modules", meta.name) };
}

/**
 * Puts the installed package into `project/node_modules` and records it in the
 * project's package.json as `npm install <tarball>` would (Deno reads
 * node_modules only when a package.json names the package, so one is made
 * where the template has none).
 */
export async function installPackage(project: string, pkg: PackedClient): Promise<void> {
  await cp(pkg.installed, join(project, "node_modules", pkg.name), { recursive: true });
  const manifestPath = join(project, "package.json");
  const existing = (await readdir(project)).includes("package.json")
    ? (JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>)
    : { private: true, type: "module" };
  const dependencies = { ...((existing["dependencies"] as Record<string, string> | undefined) ?? {}) };
  dependencies[pkg.name] = `file:${pkg.tarball}`;
  await writeFile(manifestPath, JSON.stringify({ ...existing, dependencies }, null, 2) + "\n");
}

export function isPackedClient(value: PackedClient | NoPackage): value is PackedClient {
  return "tarball" in value;
}
