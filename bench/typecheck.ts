/**
 * What the generated code costs the compiler, under each compiler of
 * compilers.ts: `tsc --noEmit` over each tool's whole output and on the
 * three-call user file (which pulls in whatever the output's entry points
 * import); plus the editor-style check of that user file alone, with
 * TypeScript 5.9's API only (7.0 ships no JavaScript API to build a program
 * with). Flags are resolved per tool down FLAG_LADDER with the first compiler
 * and used unchanged with the others, so both compile the same program; the
 * resolving runs double as the 5.9 warm-up of the output check.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAG_LADDER, writeTsconfig, type FlagSet } from "./compiler-flags.js";
import { tscCommand, type Compiler } from "./compilers.js";
import { describeSample } from "./generation.js";
import { measureProcess, type ProcessSample } from "./measure-process.js";
import type { ToolId } from "./peers.js";
import { runRounds } from "./rounds.js";
import { completed, errorCount } from "./tsc-outcome.js";
import { userFile } from "./user-files.js";

export interface EditorSample {
  readonly process: ProcessSample;
  /** Program creation + diagnostics of the user file, inside the child; NaN when it failed. */
  readonly checkMs: number;
  readonly files: number;
}

export interface ToolChecks {
  readonly tool: ToolId;
  readonly flags: FlagSet;
  /** Type errors this compiler reported in the output with `flags` (0 unless even the last ladder step fails). */
  readonly outputErrors: number;
  readonly userErrors: number;
  readonly output: readonly ProcessSample[];
  readonly user: readonly ProcessSample[];
}

export interface CompilerTypecheck {
  readonly compiler: Compiler;
  readonly tools: readonly ToolChecks[];
}

export interface EditorChecks {
  readonly tool: ToolId;
  readonly samples: readonly EditorSample[];
}

export interface TypecheckResult {
  readonly compilers: readonly CompilerTypecheck[];
  /** The editor-style check, TypeScript 5.9 only. */
  readonly editor: readonly EditorChecks[];
}

export interface TypecheckOptions {
  readonly repoRoot: string;
  readonly compilers: readonly Compiler[];
  /** Each tool's generated output directory. */
  readonly outputs: ReadonlyMap<ToolId, string>;
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

interface Setup {
  readonly tool: ToolId;
  readonly flags: FlagSet;
  readonly outputProject: string;
  readonly userProject: string;
  readonly userPath: string;
  readonly outputErrors: number;
}

async function resolveFlags(
  compiler: Compiler,
  repoRoot: string,
  projectDir: string,
  outDir: string,
  log: (line: string) => void,
): Promise<{ flags: FlagSet; project: string; errors: number }> {
  let last: { flags: FlagSet; project: string; errors: number } | undefined;
  for (const flags of FLAG_LADDER) {
    const project = writeTsconfig(projectDir, flags, { include: [`${outDir}/**/*.ts`] });
    const sample = await measureProcess(tscCommand(compiler, repoRoot, project));
    const errors = errorCount(sample);
    log(`    ${flags.label}: ${sample.ok ? "compiles" : `${errors} errors`} (${describeSample(completed(sample))})`);
    last = { flags, project, errors };
    if (sample.ok) return last;
  }
  return last!;
}

function parseEditor(sample: ProcessSample): EditorSample {
  const line = sample.output.split("\n").find((text) => text.startsWith('{"checkMs"'));
  const parsed = line === undefined ? undefined : (JSON.parse(line) as { checkMs: number; files: number });
  return { process: sample, checkMs: parsed?.checkMs ?? Number.NaN, files: parsed?.files ?? 0 };
}

/** Output and user-file checks of every tool with one compiler, tools interleaved by round. */
async function checkWith(
  compiler: Compiler,
  setups: readonly Setup[],
  warmedUp: boolean,
  options: TypecheckOptions,
): Promise<CompilerTypecheck> {
  const tsc = (project: string) => async (): Promise<ProcessSample> =>
    completed(await measureProcess(tscCommand(compiler, options.repoRoot, project)));
  const firstErrors = new Map<string, number>();
  const describe = (sample: ProcessSample): string => describeSample(sample);
  // The first run's error count is kept (the warm-up's when there is one): what this compiler says of the program.
  const counting = (key: string, run: () => Promise<ProcessSample>) => async () => {
    const sample = await run();
    if (!firstErrors.has(key)) firstErrors.set(key, errorCount(sample));
    return sample;
  };
  options.log(`  ${compiler.label}: tsc --noEmit on each output`);
  const output = await runRounds(
    setups.map((setup) => ({ key: setup.tool, run: counting(`output ${setup.tool}`, tsc(setup.outputProject)) })),
    { runs: options.runs, warmup: !warmedUp, describe, log: options.log },
  );
  options.log(`  ${compiler.label}: tsc --noEmit on the three-call user file`);
  const user = await runRounds(
    setups.map((setup) => ({ key: setup.tool, run: counting(`user ${setup.tool}`, tsc(setup.userProject)) })),
    { runs: options.runs, describe, log: options.log },
  );
  return {
    compiler,
    tools: setups.map((setup) => ({
      tool: setup.tool,
      flags: setup.flags,
      outputErrors: warmedUp ? setup.outputErrors : (firstErrors.get(`output ${setup.tool}`) ?? 0),
      userErrors: firstErrors.get(`user ${setup.tool}`) ?? 0,
      output: output.get(setup.tool) ?? [],
      user: user.get(setup.tool) ?? [],
    })),
  };
}

export async function measureTypecheck(options: TypecheckOptions): Promise<TypecheckResult> {
  const [first, ...others] = options.compilers;
  if (first === undefined) throw new Error("no compiler to type-check with");
  options.log("Type-checking the GitHub outputs");
  mkdirSync(options.workDir, { recursive: true });
  const setups: Setup[] = [];
  for (const [tool, outDir] of options.outputs) {
    options.log(`  resolving flags for ${tool} with ${first.label}`);
    const resolved = await resolveFlags(
      first,
      options.repoRoot,
      join(options.workDir, tool, "output"),
      outDir,
      options.log,
    );
    const userDir = join(options.workDir, tool, "user");
    const userProject = writeTsconfig(userDir, resolved.flags, { files: ["user.ts"] });
    const userPath = join(userDir, "user.ts");
    writeFileSync(userPath, userFile(tool, outDir, userDir));
    setups.push({
      tool,
      flags: resolved.flags,
      outputProject: resolved.project,
      userProject,
      userPath,
      outputErrors: resolved.errors,
    });
  }

  const compilers: CompilerTypecheck[] = [await checkWith(first, setups, true, options)];
  for (const compiler of others) compilers.push(await checkWith(compiler, setups, false, options));

  options.log("  editor-style check of the user file (TypeScript 5.9 API)");
  const editorScript = join(options.repoRoot, "bench", "editor-check.ts");
  const editor = await runRounds(
    setups.map((setup) => ({
      key: setup.tool,
      run: async () =>
        parseEditor(
          await measureProcess({
            argv: [process.execPath, "--import", "tsx", editorScript, setup.userProject, setup.userPath],
            cwd: options.repoRoot,
          }),
        ),
    })),
    {
      runs: options.runs,
      describe: (sample) => `${(sample.checkMs / 1000).toFixed(2)} s in-process, ${describeSample(sample.process)}`,
      log: options.log,
    },
  );
  return { compilers, editor: setups.map((setup) => ({ tool: setup.tool, samples: editor.get(setup.tool) ?? [] })) };
}
