/**
 * The source kind: the client written into the project by our CLI, after the
 * project's own configuration is in place, the way a user runs
 * `npm run generate -- spec/zep.yaml --out src/zep` in their project.
 */
import { join } from "node:path";
import { runCommand, type Finished } from "./exec.ts";
import { BROKEN_OVERLAY, GENERATOR_CLI, ZEP_SPEC } from "./paths.ts";

/** Where the client goes in every project. */
export const CLIENT_DIR = "src/zep";

/** Generates the Zep client into `<project>/src/zep` (with the wrong auth prefix when `broken`). */
export function generateSourceClient(project: string, broken: boolean): Promise<Finished> {
  const args = [GENERATOR_CLI, ZEP_SPEC, "--out", join(project, CLIENT_DIR)];
  if (broken) args.push("--overlay", BROKEN_OVERLAY);
  return runCommand(process.execPath, args, { cwd: project, limitMs: 120_000 });
}
