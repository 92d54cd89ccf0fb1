/**
 * The Zep client with runtime validation, for the measurements that need one:
 * `generated/zep/` is committed without validation, so bench/validation.ts
 * and `npm run size` generate `spec/zep.yaml` afresh with the mode they
 * measure, into `node_modules/.cache/wiregen/<purpose>/`. Generated on every
 * run rather than cached by a stamp: it takes a few seconds, and a stale
 * client would measure last week's generator.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateChoice } from "../generator/config/validate-choice.js";
import { generate } from "../generator/generate.js";
import { writeClients } from "../generator/write/write-atomic.js";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The folder the client is written to, relative to the repository root. */
export function validatedZepClientDir(purpose: string, validate: ValidateChoice): string {
  return `node_modules/.cache/wiregen/${purpose}/zep-validate-${validate}`;
}

/** Generates `spec/zep.yaml` with `validate` and writes it; returns the client's folder, absolute. */
export async function writeValidatedZepClient(purpose: string, validate: ValidateChoice): Promise<string> {
  const outDir = join(REPO_ROOT, validatedZepClientDir(purpose, validate));
  const result = await generate(join(REPO_ROOT, "spec/zep.yaml"), undefined, {}, { validate });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  await writeClients([{ outDir, files: result.files }]);
  return outDir;
}
