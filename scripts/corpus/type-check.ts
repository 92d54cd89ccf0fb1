/**
 * Type-checking generated clients under the strict flags
 * (`strictFlags("nodenext")`), many in one compiler run: each client is a
 * directory `<root>/<id>/`, and each error is attributed to a client by the
 * path it is reported at. A run that does not finish, crashes, or reports
 * errors that name no client is split, and each of its clients checked alone,
 * so one client cannot spoil the others' results.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { strictFlags } from "../../test/support/strict-flags.js";
import type { Compiler } from "./parse-args.js";
import { runProcess } from "./run-process.js";

export type CheckResult =
  | { readonly ok: true }
  /** `first` is the first error line, its path relative to the client (`types.ts(3,5): error TS2304: …`). */
  | { readonly ok: false; readonly first: string; readonly errors: number };

export interface CheckContext {
  /** The project root, for `node_modules/typescript` and `node_modules/typescript-7`. */
  readonly projectRoot: string;
  readonly compiler: Compiler;
  /** For one client; a run of several gets more. */
  readonly timeoutMs: number;
}

const ERROR_LINE = /^([^/\s]+)\/(.*\(\d+,\d+\): error TS\d+: .*)$/;

/** The command that runs TypeScript `compiler` on `tsconfig`; TypeScript 7 as its native program, not its launcher. */
async function compilerArgv({ projectRoot, compiler }: CheckContext, tsconfig: string): Promise<string[]> {
  const common = ["-p", tsconfig, "--pretty", "false"];
  if (compiler === "5") {
    return [
      process.execPath,
      "--max-old-space-size=4096",
      join(projectRoot, "node_modules/typescript/bin/tsc"),
      ...common,
    ];
  }
  const launcher = pathToFileURL(join(projectRoot, "node_modules/typescript-7/lib/getExePath.js")).href;
  const { default: getExePath } = (await import(launcher)) as { default: () => string };
  // One thread per run: the run's other jobs use the other cores.
  return [getExePath(), ...common, "--singleThreaded"];
}

/** Errors by client id, and the error lines that name none. */
export function attributeErrors(
  output: string,
  ids: readonly string[],
): { byClient: Map<string, string[]>; unattributed: string[] } {
  const known = new Set(ids);
  const byClient = new Map<string, string[]>();
  const unattributed: string[] = [];
  for (const line of output.split("\n")) {
    if (!/error TS\d+/.test(line)) continue;
    const match = ERROR_LINE.exec(line.trim());
    if (match !== null && known.has(match[1]!)) {
      byClient.set(match[1]!, [...(byClient.get(match[1]!) ?? []), match[2]!]);
    } else unattributed.push(line.trim());
  }
  return { byClient, unattributed };
}

/** Checks the clients `ids` under `root` together; returns a result per client. */
export async function typeCheckClients(
  root: string,
  ids: readonly string[],
  context: CheckContext,
): Promise<Map<string, CheckResult>> {
  const results = new Map<string, CheckResult>();
  if (ids.length === 0) return results;
  const tsconfig = join(root, `tsconfig.${ids[0]}.json`);
  const config = { compilerOptions: strictFlags("nodenext"), include: ids.map((id) => `${id}/**/*.ts`) };
  await writeFile(tsconfig, JSON.stringify(config, null, 2));
  const timeoutMs = context.timeoutMs * Math.max(1, Math.ceil(ids.length / 5));
  const run = await runProcess(await compilerArgv(context, tsconfig), { cwd: root, timeoutMs });
  // No compiler is no finding about the clients: the run stops rather than call every client a failure.
  if (run.startError !== undefined) throw new Error(`cannot run TypeScript ${context.compiler}: ${run.startError}`);
  const { byClient, unattributed } = attributeErrors(run.stdout, ids);
  const finished = !run.timedOut && (run.code === 0 || byClient.size > 0 || unattributed.length > 0);

  if (!finished || unattributed.length > 0) {
    if (ids.length > 1) {
      for (const id of ids)
        for (const [one, result] of await typeCheckClients(root, [id], context)) results.set(one, result);
      return results;
    }
    const why = run.timedOut
      ? `type-check timed out after ${context.timeoutMs / 1000} s`
      : (unattributed[0] ?? `the compiler exited with ${run.code ?? run.signal}: ${run.stderr.trim().split("\n")[0]}`);
    results.set(ids[0]!, { ok: false, first: why, errors: Math.max(1, unattributed.length) });
    return results;
  }
  for (const id of ids) {
    const errors = byClient.get(id);
    results.set(id, errors === undefined ? { ok: true } : { ok: false, first: errors[0]!, errors: errors.length });
  }
  return results;
}
