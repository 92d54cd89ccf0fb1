/**
 * One row of the matrix: a setup × a kind. Makes the project, puts the client
 * in it (generated, or installed from the tarball), writes the app, runs the
 * setup's commands against the row's own server, then asserts the request and
 * that the app printed the thread id from the response. The first thing that
 * goes wrong is the row's result; the whole story is in the row's log.
 */
import { readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { startApiServer } from "./api-server.ts";
import { appSource, printedLine } from "./apps.ts";
import { generateSourceClient } from "./client-source.ts";
import { installPackage, isPackedClient, type NoPackage, type PackedClient } from "./client-package.ts";
import { consumerEnv, runCommand, type Finished } from "./exec.ts";
import { firstErrorLine } from "./first-error.ts";
import { makeProject } from "./project.ts";
import { checkRequest } from "./request-check.ts";
import type { Setup } from "./setups.ts";
import { resolveTool } from "./tools.ts";

export type Kind = "source" | "package";
export type Outcome = "pass" | "fail" | "not available";

export interface RowResult {
  readonly setup: string;
  readonly kind: Kind;
  readonly outcome: Outcome;
  /** The stage that failed: `project`, `generate`, a step's label, `request` or `output`. */
  readonly stage?: string | undefined;
  /** The first error line, with the project folder shortened to `<project>`. */
  readonly error?: string | undefined;
  readonly seconds: number;
  /** The project folder (kept for a failed row, removed for a passing one unless `keep`). */
  readonly project: string;
}

export interface RowContext {
  /** The run's temporary folder; each row makes `<setup>-<kind>` in it. */
  readonly workDir: string;
  /** Generate with the wrong auth prefix. */
  readonly broken: boolean;
  /** For the package kind: the run's tarball, or why there is none. */
  readonly pkg?: PackedClient | NoPackage | undefined;
  /** Keep passing rows' projects too. */
  readonly keep?: boolean | undefined;
}

interface Failure {
  readonly stage: string;
  readonly error: string;
}

function shorten(text: string, project: string): string {
  return text.split(project).join("<project>").slice(0, 300);
}

function formatLog(label: string, command: string, args: readonly string[], finished: Finished): string {
  return [
    `## ${label}: ${[command, ...args].join(" ")}`,
    `exit ${finished.code}${finished.timedOut ? " (timed out)" : ""} after ${finished.ms} ms`,
    `--- stdout`,
    finished.stdout.trimEnd(),
    `--- stderr`,
    finished.stderr.trimEnd(),
    ``,
  ].join("\n");
}

/** Runs one row; never throws. */
export async function runRow(setup: Setup, kind: Kind, context: RowContext): Promise<RowResult> {
  const begin = performance.now();
  const project = join(context.workDir, `${setup.name}-${kind}`);
  const log: string[] = [`# ${setup.name} (${kind})${context.broken ? " with the broken client" : ""}: ${setup.title}`, ""];
  const finish = async (failure: Failure | undefined, outcome: Outcome = failure ? "fail" : "pass"): Promise<RowResult> => {
    if (failure) log.push(`RESULT: ${outcome} at ${failure.stage}: ${failure.error}`);
    else log.push("RESULT: pass");
    await mkdir(project, { recursive: true });
    await writeFile(join(project, "consumer-matrix.log"), log.join("\n") + "\n");
    if (!failure && !context.keep) await rm(project, { recursive: true, force: true });
    return {
      setup: setup.name,
      kind,
      outcome,
      stage: failure?.stage,
      error: failure === undefined ? undefined : shorten(failure.error, project),
      seconds: Math.round((performance.now() - begin) / 100) / 10,
      project,
    };
  };

  if (kind === "package") {
    const pkg = context.pkg;
    if (pkg === undefined) return finish({ stage: "package", error: "no package was built for this run" });
    if (!isPackedClient(pkg)) return finish({ stage: "package", error: pkg.reason }, pkg.unavailable ? "not available" : "fail");
  }

  const server = await startApiServer(setup.name);
  try {
    try {
      await makeProject(setup, project);
    } catch (error) {
      return await finish({ stage: "project", error: error instanceof Error ? error.message : String(error) });
    }

    let specifier = setup.app.sourceImport;
    if (kind === "source") {
      const generated = await generateSourceClient(project, context.broken);
      log.push(formatLog("generate", "wiregen", ["spec/zep.yaml", "--out", "src/zep"], generated));
      if (generated.code !== 0) {
        return await finish({ stage: "generate", error: firstErrorLine(generated.stderr, generated.stdout) ?? `exit ${generated.code}` });
      }
    } else {
      const pkg = context.pkg as PackedClient;
      await installPackage(project, pkg);
      log.push(`## installed ${pkg.name}@${pkg.version} from ${pkg.tarball}\n`);
      specifier = pkg.name;
    }

    const appPath = join(project, setup.app.file);
    const existing = setup.app.style === "browser" ? await readFile(appPath, "utf8") : "";
    await mkdir(dirname(appPath), { recursive: true });
    await writeFile(appPath, appSource(setup.app, specifier, server.origin, existing));

    const appOutput: string[] = [];
    for (const step of setup.steps) {
      const tool = resolveTool(step.tool);
      if ("missing" in tool) return await finish({ stage: step.label, error: `missing tool: ${tool.missing}` });
      const args = [...tool.prefix, ...step.args.map((arg) => arg.replace("{origin}", server.origin).replace("{project}", project))];
      if (step.serveDist) server.serveFiles(join(project, "dist"));
      const finished = await runCommand(tool.command, args, {
        cwd: project,
        limitMs: step.limitMs ?? 180_000,
        env: consumerEnv(),
      });
      log.push(formatLog(step.label, tool.command, args, finished));
      if (step.app) appOutput.push(finished.stdout, finished.stderr);
      if (finished.code !== 0 || finished.timedOut) {
        const why = firstErrorLine(finished.stderr, finished.stdout) ?? `exit code ${finished.code}`;
        return await finish({ stage: step.label, error: finished.timedOut ? `timed out after ${finished.ms} ms: ${why}` : why });
      }
    }

    const requestProblem = checkRequest(server.requests);
    log.push(`## requests received\n${JSON.stringify(server.requests, null, 2)}\n`);
    if (requestProblem !== undefined) return await finish({ stage: "request", error: requestProblem });

    const want = printedLine(server.threadId);
    if (!appOutput.join("\n").includes(want)) {
      const said = firstErrorLine(...appOutput) ?? "(nothing)";
      return await finish({ stage: "output", error: `the app did not print "${want}"; it printed: ${said}` });
    }
    return await finish(undefined);
  } catch (error) {
    return await finish({ stage: "harness", error: error instanceof Error ? error.message : String(error) });
  } finally {
    await server.close();
  }
}
