/**
 * What the generated code costs the compiler: `tsc --noEmit` over each tool's
 * whole output, `tsc --noEmit` on the three-call user file (which pulls in
 * whatever the output's entry points import), and the editor-style check of
 * that user file alone. Flags are resolved per tool down FLAG_LADDER; the
 * resolving runs double as the warm-up of the output check.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAG_LADDER, writeTsconfig, type FlagSet } from "./compiler-flags.js";
import { describeSample } from "./generation.js";
import { measureProcess, type Command, type ProcessSample } from "./measure-process.js";
import type { ToolId } from "./peers.js";
import { runRounds } from "./rounds.js";
import { userFile } from "./user-files.js";

export interface EditorSample {
  readonly process: ProcessSample;
  /** Program creation + diagnostics of the user file, inside the child; NaN when it failed. */
  readonly checkMs: number;
  readonly files: number;
}

export interface ToolTypecheck {
  readonly tool: ToolId;
  readonly flags: FlagSet;
  /** Type errors `tsc` reported in the output with `flags` (0 unless even the last ladder step fails). */
  readonly outputErrors: number;
  readonly userErrors: number;
  readonly output: readonly ProcessSample[];
  readonly user: readonly ProcessSample[];
  readonly editor: readonly EditorSample[];
}

export interface TypecheckOptions {
  readonly repoRoot: string;
  /** Each tool's generated output directory. */
  readonly outputs: ReadonlyMap<ToolId, string>;
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

function tscCommand(repoRoot: string, project: string): Command {
  return { argv: [process.execPath, join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", project], cwd: repoRoot };
}

function errorCount(sample: ProcessSample): number {
  return (sample.output.match(/error TS\d+/g) ?? []).length;
}

/** tsc exits 2 when it reports type errors; that run still measures the check, so it counts as completed. */
function completed(sample: ProcessSample): ProcessSample {
  return sample.exitCode === 2 && errorCount(sample) > 0 ? { ...sample, ok: true } : sample;
}

async function resolveFlags(
  repoRoot: string,
  projectDir: string,
  outDir: string,
  log: (line: string) => void,
): Promise<{ flags: FlagSet; project: string; errors: number }> {
  let last: { flags: FlagSet; project: string; errors: number } | undefined;
  for (const flags of FLAG_LADDER) {
    const project = writeTsconfig(projectDir, flags, { include: [`${outDir}/**/*.ts`] });
    const sample = await measureProcess(tscCommand(repoRoot, project));
    const errors = errorCount(sample);
    log(`    ${flags.label}: ${sample.ok ? "compiles" : `${errors} errors`} (${describeSample(completed(sample))})`);
    last = { flags, project, errors };
    if (sample.ok) return last;
  }
  return last!;
}

function parseEditor(sample: ProcessSample): EditorSample {
  const line = sample.output.split("\n").find((text) => text.startsWith("{\"checkMs\""));
  const parsed = line === undefined ? undefined : (JSON.parse(line) as { checkMs: number; files: number });
  return { process: sample, checkMs: parsed?.checkMs ?? Number.NaN, files: parsed?.files ?? 0 };
}

export async function measureTypecheck(options: TypecheckOptions): Promise<readonly ToolTypecheck[]> {
  options.log("Type-checking the GitHub outputs");
  mkdirSync(options.workDir, { recursive: true });
  const setups: { tool: ToolId; flags: FlagSet; outputProject: string; userProject: string; userPath: string; outputErrors: number }[] = [];
  for (const [tool, outDir] of options.outputs) {
    options.log(`  resolving flags for ${tool}`);
    const resolved = await resolveFlags(options.repoRoot, join(options.workDir, tool, "output"), outDir, options.log);
    const userDir = join(options.workDir, tool, "user");
    const userProject = writeTsconfig(userDir, resolved.flags, { files: ["user.ts"] });
    const userPath = join(userDir, "user.ts");
    writeFileSync(userPath, userFile(tool, outDir, userDir));
    setups.push({ tool, flags: resolved.flags, outputProject: resolved.project, userProject, userPath, outputErrors: resolved.errors });
  }

  options.log("  tsc --noEmit on each output");
  const output = await runRounds(
    setups.map((setup) => ({
      key: setup.tool,
      run: async () => completed(await measureProcess(tscCommand(options.repoRoot, setup.outputProject))),
    })),
    { runs: options.runs, warmup: false, describe: describeSample, log: options.log },
  );
  options.log("  tsc --noEmit on the three-call user file");
  const user = await runRounds(
    setups.map((setup) => ({
      key: setup.tool,
      run: async () => completed(await measureProcess(tscCommand(options.repoRoot, setup.userProject))),
    })),
    { runs: options.runs, describe: describeSample, log: options.log },
  );
  options.log("  editor-style check of the user file");
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

  return setups.map((setup) => {
    const userSamples = user.get(setup.tool) ?? [];
    return {
      tool: setup.tool,
      flags: setup.flags,
      outputErrors: setup.outputErrors,
      userErrors: Math.max(0, ...userSamples.map(errorCount)),
      output: output.get(setup.tool) ?? [],
      user: userSamples,
      editor: editor.get(setup.tool) ?? [],
    };
  });
}
