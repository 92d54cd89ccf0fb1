/**
 * `npm run bench`: runs every measurement in order (GitHub, one-operation and
 * whole-Zep generation against the peers, type-checking the GitHub outputs
 * under TypeScript 5.9 and 7.0, a user project's type-check with each kind of
 * our client against the peers', unchanged regeneration, watch mode, scaling,
 * runtime overhead), optionally profiles ours on the missed rows, then prints
 * the report and writes bench/RESULTS.md. Work happens in a temp directory,
 * removed at the end unless BENCH_KEEP=1.
 *
 * Environment: BENCH_RUNS (measured runs per figure, default 3, after one
 * warm-up), BENCH_REQUESTS (runtime requests per loop, default 2000),
 * BENCH_GITHUB_SPEC (default ../shared/corpus/github-api.json), BENCH_ONLY
 * (comma-separated sections of sections.ts; then RESULTS.md is written only
 * with BENCH_WRITE=1, which replaces it with this run's sections, or with
 * BENCH_WRITE=splice, which puts them into it in place of their earlier
 * figures and keeps the rest), BENCH_PROFILE (1: profile ours on the input of
 * every missed generation row; all: on every generation input).
 *
 * One section alone, written into RESULTS.md:
 * `BENCH_ONLY=consumer-typecheck BENCH_WRITE=splice npm run bench`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compilers } from "./compilers.js";
import { measureConsumerTypecheck } from "./consumer-typecheck.js";
import { compareGeneration, generateOutputs, type GenerationResult } from "./generation.js";
import { describeMachine } from "./machine.js";
import { oursArgv, tools as allTools } from "./peers.js";
import { profileOurs, type ProfileInput, type ProfileSummary } from "./profile.js";
import { measureRegeneration } from "./regeneration.js";
import { renderReport, writeReport } from "./report.js";
import { spliceReport } from "./report-splice.js";
import type { BenchResults } from "./results.js";
import { measureRuntime } from "./runtime.js";
import { measureScaling } from "./scaling.js";
import { SECTIONS, selectSections, type Section } from "./sections.js";
import { evaluateTargets } from "./targets.js";
import { measureTypecheck } from "./typecheck.js";
import { githubUserFiles } from "./user-files.js";
import { measureWatch, watchCases, type WatchResult } from "./watch.js";
import { zepUserFiles } from "./zep-user-files.js";

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function profileMode(): "off" | "missed" | "all" {
  const raw = process.env["BENCH_PROFILE"] ?? "";
  if (raw === "" || raw === "0") return "off";
  if (raw === "1") return "missed";
  if (raw === "all") return "all";
  throw new Error(`BENCH_PROFILE must be 1 or all, got "${raw}"`);
}

async function attempt<T>(what: string, problems: string[], run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`${what} failed: ${message}`);
    console.error(`${what} failed: ${message}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const repoRoot = fileURLToPath(new URL("..", import.meta.url));
  const runs = positiveInteger("BENCH_RUNS", 3);
  const requests = positiveInteger("BENCH_REQUESTS", 2000);
  const sections = selectSections(process.env["BENCH_ONLY"]);
  const profiling = profileMode();
  const want = (section: Section): boolean => sections.includes(section);
  const githubSpec = resolve(repoRoot, process.env["BENCH_GITHUB_SPEC"] ?? "../shared/corpus/github-api.json");
  const zepSpec = join(repoRoot, "spec", "zep.yaml");
  const oneOperationSpec = join(repoRoot, "bench", "one-operation.yaml");
  const workDir = mkdtempSync(join(tmpdir(), "wiregen-bench-"));
  // Outputs without a package.json of their own are ES modules, like ours.
  writeFileSync(join(workDir, "package.json"), `{ "type": "module" }\n`);
  const scratch = join(workDir, "cwd");
  mkdirSync(scratch);
  const log = (line: string): void => console.error(line);
  const problems: string[] = [];
  log(`bench: ${runs} runs after a warm-up; sections ${sections.join(", ")}; work directory ${workDir}`);

  try {
    const tools = allTools(repoRoot, scratch);
    const ours = tools.find((tool) => tool.id === "ours")!;
    const generation = (title: string, spec: string, inputNote: string, dir: string) => () =>
      compareGeneration({ title, spec, inputNote, tools, workDir: join(workDir, dir), runs, log });

    const github = want("github")
      ? await attempt(
          "GitHub generation",
          problems,
          generation(
            "GitHub generation",
            githubSpec,
            "`github-api.json` (GitHub's REST API description, 13 MB of JSON)",
            "github",
          ),
        )
      : undefined;
    const startup = want("startup")
      ? await attempt(
          "start-up generation",
          problems,
          generation(
            "Start-up: one-operation spec",
            oneOperationSpec,
            "`bench/one-operation.yaml` (GET /sessions-ordered and the schemas it needs: the seed of spec/zep.yaml)",
            "startup",
          ),
        )
      : undefined;
    const zep = want("zep")
      ? await attempt(
          "Zep generation",
          problems,
          generation(
            "Whole Zep spec generation",
            zepSpec,
            "`spec/zep.yaml` and the files under `spec/zep/` it reaches by relative `$ref` (100 operations); " +
              "every peer reads the multi-file spec itself, so all tools get the same files",
            "zep",
          ),
        )
      : undefined;
    const typecheck = want("typecheck")
      ? await attempt("type-checking", problems, async () =>
          measureTypecheck({
            repoRoot,
            compilers: compilers(repoRoot),
            outputs: github?.outputs ?? (await generateOutputs(tools, githubSpec, join(workDir, "tsc-outputs"), log)),
            workDir: join(workDir, "tsc"),
            runs,
            log,
          }),
        )
      : undefined;
    const consumerTypecheck = want("consumer-typecheck")
      ? await attempt("consumer type-check", problems, () =>
          measureConsumerTypecheck({
            repoRoot,
            compilers: compilers(repoRoot),
            documents: [
              { id: "zep", title: "Zep", spec: zepSpec, files: zepUserFiles },
              { id: "github", title: "GitHub", spec: githubSpec, files: githubUserFiles },
            ],
            tools,
            workDir: join(workDir, "consumer"),
            runs,
            log,
          }),
        )
      : undefined;
    const regeneration = want("regeneration")
      ? await attempt("regeneration", problems, () =>
          measureRegeneration({
            tool: ours,
            spec: githubSpec,
            outDir: github?.outputs.get("ours") ?? join(workDir, "regen"),
            runs,
            log,
          }),
        )
      : undefined;
    const watch = want("watch")
      ? await attempt("watch mode", problems, async () => {
          const watchDir = join(workDir, "watch");
          const results: WatchResult[] = [];
          for (const watchCase of watchCases(repoRoot, githubSpec, watchDir)) {
            results.push(
              await measureWatch(watchCase, { argv: oursArgv(repoRoot), cwd: repoRoot, workDir: watchDir, runs, log }),
            );
          }
          return results;
        })
      : undefined;
    const scaling = want("scaling")
      ? await attempt("scaling", problems, () =>
          measureScaling({ tool: ours, source: githubSpec, workDir: join(workDir, "scaling"), runs, log }),
        )
      : undefined;
    const runtime = want("runtime")
      ? await attempt("runtime", problems, () => measureRuntime({ repoRoot, requests, runs, log }))
      : undefined;

    // Where the time goes, written by hand from profiles; kept beside the figures it explains.
    const notesPath = join(repoRoot, "bench", "profile-notes.md");
    const measured: BenchResults = {
      machine: describeMachine(repoRoot, started),
      runs,
      durationMs: 0,
      sections,
      github,
      startup,
      zep,
      typecheck,
      consumerTypecheck,
      regeneration,
      watch,
      scaling,
      runtime,
      profiles: undefined,
      problems,
      notes: existsSync(notesPath) ? readFileSync(notesPath, "utf8") : undefined,
    };
    let profiles: ProfileSummary[] | undefined;
    if (profiling !== "off") {
      const inputs: Readonly<Record<ProfileInput, string>> = {
        startup: oneOperationSpec,
        zep: zepSpec,
        github: githubSpec,
      };
      const missed = new Set(
        evaluateTargets(measured).flatMap((target) =>
          target.profile !== undefined && (profiling === "all" || target.pass === false) ? [target.profile] : [],
        ),
      );
      profiles = [];
      for (const input of missed) {
        const summary = await attempt(`profiling ${input}`, problems, () =>
          profileOurs(input, inputs[input], {
            argv: oursArgv(repoRoot),
            cwd: repoRoot,
            workDir: join(workDir, "profiles"),
            log,
          }),
        );
        if (summary !== undefined) profiles.push(summary);
      }
    }

    const results: BenchResults = { ...measured, profiles, durationMs: Date.now() - started.getTime() };
    const markdown = renderReport(results);
    console.log(markdown);
    const path = join(repoRoot, "bench", "RESULTS.md");
    const write = process.env["BENCH_WRITE"] ?? "";
    if (sections.length === SECTIONS.length || write === "1") {
      writeReport(path, markdown);
      log(`wrote ${path}`);
    } else if (write === "splice") {
      const { machine } = results;
      const stamp =
        `Measured alone on ${machine.date} (\`BENCH_ONLY=${sections.join(",")} BENCH_WRITE=splice npm run bench\`, ` +
        `${runs} runs after a warm-up, ${(results.durationMs / 60_000).toFixed(1)} min), checkout ${machine.commit}, ` +
        `Node ${machine.node}, 1-minute load average ${loadavg()[0]!.toFixed(1)} on ${machine.cores} cores at the end; ` +
        "the other sections are from the run named at the top." +
        (problems.length === 0 ? "" : ` Problems: ${problems.join("; ")}.`);
      // The hand-written notes are not a measurement: only this run's sections go in.
      const titles = spliceReport(path, renderReport({ ...results, notes: undefined }), stamp);
      log(`spliced ${titles.length === 0 ? "nothing" : titles.join(", ")} into ${path}`);
    } else {
      log(
        `BENCH_ONLY chose some sections: ${path} left as it was ` +
          "(BENCH_WRITE=1 replaces it with them, BENCH_WRITE=splice puts them into it)",
      );
    }
  } finally {
    if (process.env["BENCH_KEEP"] === "1") log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
