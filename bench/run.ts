/**
 * `npm run bench`: runs every measurement in order (GitHub, one-operation and
 * whole-Zep generation against the peers, type-checking the GitHub outputs
 * under TypeScript 5.9 and 7.0, a user project's type-check with each kind of
 * our client against the peers', unchanged regeneration, watch mode, scaling,
 * runtime overhead), optionally profiles ours on the missed rows, then prints
 * the report and writes bench/RESULTS.md. Work happens in a temp directory,
 * removed at the end unless BENCH_KEEP=1.
 *
 * Every tool runs on Node 24 (node_modules/.cache/runtimes/node-24, fetched by
 * scripts/fetch-node.sh when missing): ours (`ours`) and the peers, which come
 * from bench/peers (its own package.json and lock, installed with
 * `npm ci --prefix bench/peers` when its node_modules is missing, so the
 * project's dependencies stay as they are). Ours also runs on the machine's
 * Node (`ours-node20`) in the generation, regeneration, watch and runtime
 * sections, as a second column of our own figures. Each target row shows
 * Node 24's verdict, Node 20's figure and the floor (floors.ts).
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
 * `BENCH_ONLY=consumer-typecheck BENCH_WRITE=splice npm run bench`. A quick
 * pass over the target rows: `BENCH_RUNS=1 BENCH_ONLY=startup,zep,github,regeneration,watch,runtime npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compilers } from "./compilers.js";
import { measureConsumerTypecheck } from "./consumer-typecheck.js";
import { compareGeneration, generateOutputs, type GenerationResult } from "./generation.js";
import { describeMachine } from "./machine.js";
import { measureFloors, specFiles, treeSize, type FloorCase, type FloorResult } from "./floors.js";
import { oursArgv, peersDir, tools as allTools, type Runtimes, type Tool } from "./peers.js";
import { profileOurs, type ProfileInput, type ProfileSummary } from "./profile.js";
import { measureRegeneration } from "./regeneration.js";
import { renderReport, writeReport } from "./report.js";
import { spliceReport } from "./report-splice.js";
import type { BenchResults } from "./results.js";
import { measureRuntimeOn, type RuntimeResult } from "./runtime.js";
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

/**
 * Node 24 (fetched by scripts/fetch-node.sh when missing) and the machine's Node; and the peers' own folder,
 * installed from its lock with `npm ci --prefix bench/peers` when its node_modules is missing.
 */
function prepare(repoRoot: string, log: (line: string) => void): Runtimes {
  const node24 = join(repoRoot, "node_modules", ".cache", "runtimes", "node-24", "bin", "node");
  if (!existsSync(node24)) {
    log("bench: fetching Node 24 (scripts/fetch-node.sh)");
    execFileSync("bash", [join(repoRoot, "scripts", "fetch-node.sh")], { cwd: repoRoot, stdio: "inherit" });
  }
  const peers = peersDir(repoRoot);
  if (!existsSync(join(peers, "node_modules"))) {
    log("bench: installing the peers (npm ci --prefix bench/peers)");
    execFileSync("npm", ["ci", "--prefix", peers, "--no-audit", "--no-fund"], { cwd: repoRoot, stdio: "inherit" });
  }
  return { node24, node20: process.execPath };
}

/** Rounds of the runtime measurement, whatever BENCH_RUNS says: its per-round ratios spread more than the 5% it judges. */
const RUNTIME_ROUNDS = 9;

/** The tools the type-check sections know how to write user files for (ours on Node 24 and the first peers). */
const typecheckTools = (tools: readonly Tool[]): readonly Tool[] =>
  tools.filter((tool) => tool.id === "ours" || tool.id === "openapi-typescript" || tool.id === "hey-api" || tool.id === "orval");

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
    const runtimes = prepare(repoRoot, log);
    const tools = allTools(repoRoot, scratch, runtimes);
    const ours = tools.find((tool) => tool.id === "ours")!;
    const ours20 = tools.find((tool) => tool.id === "ours-node20")!;
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
            // The generation section's outputs include every tool (ours on Node 20, Kubb): only the compared ones.
            outputs:
              github === undefined
                ? await generateOutputs(typecheckTools(tools), githubSpec, join(workDir, "tsc-outputs"), log)
                : new Map([...github.outputs].filter(([id]) => typecheckTools(tools).some((tool) => tool.id === id))),
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
            tools: typecheckTools(tools),
            workDir: join(workDir, "consumer"),
            runs,
            log,
          }),
        )
      : undefined;
    const regeneration = want("regeneration")
      ? await attempt("regeneration", problems, () =>
          measureRegeneration({
            tools: [
              { tool: ours, outDir: github?.outputs.get("ours") ?? join(workDir, "regen-24") },
              { tool: ours20, outDir: github?.outputs.get("ours-node20") ?? join(workDir, "regen-20") },
            ],
            spec: githubSpec,
            runs,
            log,
          }),
        )
      : undefined;
    const watch = want("watch")
      ? await attempt("watch mode", problems, async () => {
          const results: WatchResult[] = [];
          for (const [node, suffix, dir] of [
            [runtimes.node24, "", "watch-24"],
            [runtimes.node20, " (Node 20)", "watch-20"],
          ] as const) {
            const watchDir = join(workDir, dir);
            for (const watchCase of watchCases(repoRoot, githubSpec, watchDir)) {
              const argv = oursArgv(repoRoot, node);
              const result = await measureWatch(watchCase, { argv, cwd: repoRoot, workDir: watchDir, runs, log });
              results.push({ ...result, label: `${result.label}${suffix}` });
            }
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
      ? await attempt("runtime", problems, async () => {
          const results: RuntimeResult[] = [];
          for (const [node, label] of [
            [runtimes.node24, "24"],
            [runtimes.node20, "20"],
          ] as const) {
            // At least RUNTIME_ROUNDS rounds: one is about a second, and single rounds spread by ±10%.
            const rounds = Math.max(runs, RUNTIME_ROUNDS);
            results.push(await measureRuntimeOn(node, label, { repoRoot, requests, runs: rounds, log }));
          }
          return results;
        })
      : undefined;
    // The floor under the generation, regeneration and watch rows, for the inputs this run measured.
    const floorCases: FloorCase[] = [];
    const floorCase = (input: FloorCase["input"], spec: string, result: GenerationResult | undefined): void => {
      // Without this run's generation of ours, its watch or regeneration output of the same spec stands in, and for
      // Zep the committed client (the same generator's output).
      const candidates = [
        result?.outputs.get("ours"),
        ...(input === "zep" ? [join(workDir, "watch-24", "out-zep"), join(repoRoot, "generated", "zep")] : []),
        ...(input === "github" ? [join(workDir, "watch-24", "out-github"), join(workDir, "regen-24")] : []),
      ];
      const size = treeSize(candidates.find((dir) => dir !== undefined && existsSync(dir)));
      floorCases.push({ input, files: specFiles(spec), outBytes: size.bytes, outFiles: size.files });
    };
    if (want("startup")) floorCase("startup", oneOperationSpec, startup);
    if (want("zep") || want("watch")) floorCase("zep", zepSpec, zep);
    if (want("github") || want("regeneration") || want("watch")) floorCase("github", githubSpec, github);
    const floors: FloorResult | undefined =
      floorCases.length === 0 && !want("runtime")
        ? undefined
        : await attempt("floors", problems, () =>
            measureFloors({
              repoRoot,
              nodes: { "24": runtimes.node24, "20": runtimes.node20 },
              cases: floorCases,
              workDir: join(workDir, "floors"),
              runs,
              log,
            }),
          );

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
      floors,
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
        `${machine.cpu}, bench on Node ${machine.node} (tools on Node 24), 1-minute load average ${loadavg()[0]!.toFixed(1)} on ${machine.cores} cores at the end; ` +
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
