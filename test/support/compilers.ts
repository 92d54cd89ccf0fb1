/**
 * The TypeScript compilers a generated client must compile under: the
 * project's own (5.9) and the aliased devDependencies `typescript-6` and
 * `typescript-7` (the native compiler, run through its `bin/tsc` launcher).
 * Each runs as a child process on a tsconfig, so every version checks the
 * same files the way a user's `tsc -p` would.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../generator/helpers/paths.js";

const run = promisify(execFile);

export interface Compiler {
  /** The exact version installed (the devDependency pins it). */
  readonly version: string;
  /** Its package folder under node_modules. */
  readonly pkg: string;
}

export const COMPILERS: readonly Compiler[] = [
  { version: "5.9.3", pkg: "typescript" },
  { version: "6.0.3", pkg: "typescript-6" },
  { version: "7.0.2", pkg: "typescript-7" },
];

/** The compiler of this version, from COMPILERS. */
export function compilerOf(version: string): Compiler {
  const compiler = COMPILERS.find((c) => c.version === version);
  if (compiler === undefined) throw new Error(`no TypeScript ${version} in COMPILERS`);
  return compiler;
}

/** The compiler's `bin/tsc`, after checking it is installed at its version: a missing one fails, never skips. */
export async function compilerBin(compiler: Compiler): Promise<string> {
  const dir = join(ROOT, "node_modules", compiler.pkg);
  const bin = join(dir, "bin", "tsc");
  if (!existsSync(bin)) {
    throw new Error(`TypeScript ${compiler.version} is missing: no ${bin} (it is a devDependency; run npm ci)`);
  }
  const { version } = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { version: string };
  if (version !== compiler.version) {
    throw new Error(`node_modules/${compiler.pkg} is TypeScript ${version}, not ${compiler.version} (run npm ci)`);
  }
  return bin;
}

export interface CompileResult {
  /** Each `file(line,col): error TSnnnn: message` line, paths relative to the run's cwd. */
  readonly errors: string[];
  /** With `listFiles`: every file of the program, absolute. */
  readonly files: string[];
}

/**
 * Runs `tsc -p <tsconfig> --pretty false` in `cwd`. Type errors come back in
 * `errors`; a run that fails without reporting any (a crash, a bad config
 * option) throws with what it printed.
 */
export async function compile(
  compiler: Compiler,
  tsconfig: string,
  { cwd, listFiles = false }: { cwd: string; listFiles?: boolean },
): Promise<CompileResult> {
  const bin = await compilerBin(compiler);
  const args = ["--max-old-space-size=8192", bin, "-p", tsconfig, "--pretty", "false"];
  if (listFiles) args.push("--listFiles");
  const { code, stdout, stderr } = await run(process.execPath, args, { cwd, maxBuffer: 256 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: unknown; stdout?: string; stderr?: string; message: string }) => ({
      code: typeof error.code === "number" ? error.code : -1,
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? error.message,
    }),
  );
  const errors: string[] = [];
  const files: string[] = [];
  for (const line of stdout.split("\n").map((l) => l.trimEnd())) {
    if (/(^|\s)error TS\d+:/.test(line)) errors.push(line);
    // An elaboration of the error above it, indented.
    else if (/^\s/.test(line) && errors.length > 0) errors[errors.length - 1] += `\n${line}`;
    else if (listFiles && line.startsWith("/")) files.push(line);
  }
  if (code !== 0 && errors.length === 0) {
    throw new Error(`TypeScript ${compiler.version} failed (exit ${code}) without a type error:\n${stdout}\n${stderr}`);
  }
  return { errors, files };
}
