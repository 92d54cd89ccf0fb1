/**
 * `npm run bench`: runs every measurement in order (GitHub and Zep generation
 * against the peers, type-checking the outputs, unchanged regeneration,
 * scaling, runtime overhead), then prints the report and writes
 * bench/RESULTS.md. Work happens in a temp directory, removed at the end
 * unless BENCH_KEEP=1.
 *
 * Environment: BENCH_RUNS (measured runs per figure, default 3, after one
 * warm-up), BENCH_REQUESTS (runtime requests per loop, default 2000),
 * BENCH_GITHUB_SPEC (default ../shared/corpus/github-api.json).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compareGeneration } from "./generation.js";
import { describeMachine } from "./machine.js";
import { tools as allTools } from "./peers.js";
import { measureRegeneration } from "./regeneration.js";
import { renderReport, writeReport } from "./report.js";
import type { BenchResults } from "./results.js";
import { measureRuntime } from "./runtime.js";
import { measureScaling, type ScalingResult } from "./scaling.js";
import { measureTypecheck } from "./typecheck.js";

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

async function attempt<T>(what: string, problems: string[], run: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`${what} failed: ${message}`);
    console.error(`${what} failed: ${message}`);
    return fallback;
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const repoRoot = fileURLToPath(new URL("..", import.meta.url));
  const runs = positiveInteger("BENCH_RUNS", 3);
  const requests = positiveInteger("BENCH_REQUESTS", 2000);
  const githubSpec = resolve(repoRoot, process.env["BENCH_GITHUB_SPEC"] ?? "../shared/corpus/github-api.json");
  const zepSpec = join(repoRoot, "spec", "zep.yaml");
  const workDir = mkdtempSync(join(tmpdir(), "wiregen-bench-"));
  // Outputs without a package.json of their own are ES modules, like ours.
  writeFileSync(join(workDir, "package.json"), `{ "type": "module" }\n`);
  const scratch = join(workDir, "cwd");
  mkdirSync(scratch);
  const log = (line: string): void => console.error(line);
  const problems: string[] = [];
  log(`bench: ${runs} runs after a warm-up; work directory ${workDir}`);

  try {
    const tools = allTools(repoRoot, scratch);
    const ours = tools.find((tool) => tool.id === "ours")!;
    const github = await compareGeneration({ title: "GitHub generation", spec: githubSpec, tools, workDir: join(workDir, "github"), runs, log });
    const zep = await compareGeneration({ title: "Zep generation", spec: zepSpec, tools, workDir: join(workDir, "zep"), runs, log });
    const typecheck = await attempt(
      "type-checking",
      problems,
      () => measureTypecheck({ repoRoot, outputs: github.outputs, workDir: join(workDir, "tsc"), runs, log }),
      [],
    );
    const regeneration = await attempt(
      "regeneration",
      problems,
      () =>
        measureRegeneration({
          tool: ours,
          spec: githubSpec,
          outDir: github.outputs.get("ours") ?? join(workDir, "regen"),
          runs,
          log,
        }),
      [],
    );
    const noScaling: ScalingResult = { cuts: [], samples: new Map(), allOverHalf: Number.NaN, halfOverQuarter: Number.NaN };
    const scaling = await attempt(
      "scaling",
      problems,
      () => measureScaling({ tool: ours, source: githubSpec, workDir: join(workDir, "scaling"), runs, log }),
      noScaling,
    );
    const runtime = await attempt("runtime", problems, () => measureRuntime({ repoRoot, requests, runs, log }), undefined);

    const results: BenchResults = {
      machine: describeMachine(repoRoot, started),
      runs,
      durationMs: Date.now() - started.getTime(),
      github,
      zep,
      typecheck,
      regeneration,
      scaling,
      runtime,
      problems,
    };
    const markdown = renderReport(results);
    console.log(markdown);
    writeReport(join(repoRoot, "bench", "RESULTS.md"), markdown);
    log(`wrote ${join(repoRoot, "bench", "RESULTS.md")}`);
  } finally {
    if (process.env["BENCH_KEEP"] === "1") log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
