/**
 * Runs the real CLI in a child process (`node --import tsx generator/cli/bin.ts`),
 * the way `npm run generate` does, minus npm's own start-up cost.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { BIN, ROOT } from "./paths.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

// Resolved from the project, so the CLI can also run with a temporary directory as its cwd.
const TSX = pathToFileURL(createRequire(`${ROOT}/package.json`).resolve("tsx")).href;

/**
 * Runs `generate <args>` in `cwd` (the project root by default); never rejects on a non-zero exit.
 * `nodeFlags` go to node before the CLI (e.g. a heap limit, or `--import` of a probe).
 */
export function runCli(
  args: readonly string[],
  cwd: string = ROOT,
  nodeFlags: readonly string[] = [],
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  // The debug switch prints stack traces; the tests assert there are none.
  delete env["WIREGEN_DEBUG"];
  delete env["NODE_OPTIONS"];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeFlags, "--import", TSX, BIN, ...args],
      { cwd, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== "number") {
          reject(new Error(`the CLI did not run: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
  });
}
