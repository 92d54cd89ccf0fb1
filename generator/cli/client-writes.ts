/**
 * What a run writes into each client folder, and what `--check` says of it.
 * A source client is merged with the folder (hand edits kept: write/keep-edits.ts);
 * a package is written whole, as its files are built from the sources.
 * Messages are worded here, once, for the one-off run and watch mode.
 */
import { join } from "node:path";
import { staleFiles } from "../write/compare-tree.js";
import { checkClient, planClient, readClientState } from "../write/keep-edits.js";
import type { MergeDone } from "../write/merge-client.js";
import type { BaseMemo } from "../write/pristine-base.js";
import type { ClientKind } from "./parse-args.js";

export interface PlannedWrite {
  /** Every file the generator manages, as it must be after the run. */
  readonly files: ReadonlyMap<string, string>;
  /** Files of the user's in the folder, carried over untouched. */
  readonly keep: readonly string[];
  readonly merge: MergeDone | undefined;
  /** The files the generator manages as they are on disk before the run (the user's aside), read once for the writer and the report. */
  readonly previous: ReadonlyMap<string, string> | undefined;
}

/**
 * The folder's files after the run, or the errors that stop it (nothing is written then).
 * `memo`: what a long-lived session keeps of the base between runs (pristine-base.ts).
 */
export async function planWrite(
  outDir: string,
  kind: ClientKind,
  generated: ReadonlyMap<string, string>,
  memo?: BaseMemo,
): Promise<PlannedWrite | { readonly errors: readonly string[] }> {
  if (kind === "package") return { files: generated, keep: [], merge: undefined, previous: undefined };
  const state = await readClientState(outDir, memo);
  if ("error" in state) return { errors: [`error: ${state.error}`] };
  const plan = planClient(generated, state, memo);
  if (plan.refused) {
    return {
      errors: plan.unresolved.map(
        ({ path, line }) =>
          `${join(outDir, path)}:${line}: error: unresolved conflict markers from the last run; resolve them (keep the lines you want, delete the markers), then run again`,
      ),
    };
  }
  const kept = new Set(plan.keep);
  const previous = new Map([...state.all].filter(([path]) => !kept.has(path)));
  return { files: plan.files, keep: plan.keep, merge: plan.merge, previous };
}

/** What the merge did, as lines for stdout (`out`) and stderr (`err`); `conflicts` counts the conflicted regions. */
export function describeMerge(outDir: string, merge: MergeDone | undefined): { out: string[]; err: string[]; conflicts: number } {
  const out: string[] = [];
  const err: string[] = [];
  if (merge === undefined) return { out, err, conflicts: 0 };
  const at = (path: string): string => join(outDir, path);
  // A conflicted file is reported below, not as kept.
  const conflicted = new Set(merge.conflicts.map((c) => c.path));
  const kept = merge.edited.filter((path) => !conflicted.has(path));
  if (kept.length > 0) out.push(`  kept your edits in ${kept.join(", ")}`);
  if (merge.keptDeleted.length > 0) out.push(`  left deleted, as you deleted them: ${merge.keptDeleted.join(", ")}`);
  if (merge.skipped.length > 0) out.push(`  not written, as .wiregenignore lists them: ${merge.skipped.join(", ")}`);
  for (const path of merge.collisions) {
    err.push(`${at(path)}: warning: a file of yours is where the generator now writes ${path}; it was left as it is, and the generated one was not written`);
  }
  for (const path of merge.orphaned) {
    err.push(`${at(path)}: warning: the spec no longer generates ${path}, but you edited it: it was kept, and is yours now`);
  }
  for (const { path, line } of merge.conflicts) {
    err.push(`${at(path)}:${line}: error: your edit and the spec's change touch the same lines; conflict markers were written here`);
  }
  return { out, err, conflicts: merge.conflicts.length };
}

/** `--check`: why the folder is stale (each line a path or reason), empty when it is fresh. */
export async function staleReasons(outDir: string, kind: ClientKind, generated: ReadonlyMap<string, string>): Promise<string[]> {
  if (kind === "package") return (await staleFiles(outDir, generated)).map((path) => join(outDir, path));
  const state = await readClientState(outDir);
  if ("error" in state) return [state.error];
  return checkClient(generated, state).reasons.map((reason) => join(outDir, reason));
}
