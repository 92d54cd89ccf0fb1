/**
 * Keeping hand edits across regeneration, for one client folder: reads what
 * the folder holds (its files, the pristine base in `.wiregen/base.json`, the
 * `.wiregenignore` list), merges the new generation into it
 * (merge-client.ts), and says what to write, what to carry over untouched
 * and what to tell the user. The merge itself is pure; this module owns the
 * reading and the final tree: the managed files plus `.wiregen/`.
 */
import { readFile } from "node:fs/promises";
import { handAddedMethods, withHandAddedSection } from "../report/hand-added.js";
import { join } from "node:path";
import { IGNORE_FILE, readIgnore } from "./ignore-file.js";
import { isFresh, mergeClient, type FileLine, type MergeDone, type MergeInput } from "./merge-client.js";
import { BASE_FILE, BASE_GITATTRIBUTES, parseBase, serializeBase, type BaseMemo } from "./pristine-base.js";
import { readClientDir } from "./update-files.js";

/** Files regenerated whole, never merged: they describe the generated surface and must match the spec. */
const ALWAYS_FRESH = new Set(["api.md", "api.json"]);

/** The `.gitattributes` beside the base, so reviews collapse it. */
const BASE_ATTRIBUTES_FILE = ".wiregen/.gitattributes";

/** A client folder as a run finds it. */
export interface ClientState {
  /** Every file of the folder, `.wiregen/` included, as text: what a writer compares with. */
  readonly all: ReadonlyMap<string, string>;
  /** Every file outside `.wiregen/`, as text. */
  readonly onDisk: ReadonlyMap<string, string>;
  readonly base: ReadonlyMap<string, string> | undefined;
  readonly ignored: (path: string) => boolean;
}

/** Reads `outDir`; a base.json that cannot be read is an error whose message says what to do. `memo`: see pristine-base.ts. */
export async function readClientState(outDir: string, memo?: BaseMemo): Promise<ClientState | { readonly error: string }> {
  const all = await readClientDir(outDir);
  const onDisk = new Map([...all].filter(([path]) => !path.startsWith(".wiregen/")));
  const baseText = await readFile(join(outDir, BASE_FILE), "utf8").catch(() => undefined);
  let base: Map<string, string> | undefined;
  try {
    base = baseText === undefined ? undefined : parseBase(baseText, join(outDir, BASE_FILE), memo);
  } catch (error) {
    return { error: (error as Error).message };
  }
  return { all, onDisk, base, ignored: readIgnore(onDisk.get(IGNORE_FILE)) };
}

function mergeInput(generated: ReadonlyMap<string, string>, state: ClientState): MergeInput {
  const { onDisk, base, ignored } = state;
  return { generated, onDisk, base, ignored, alwaysFresh: (path) => ALWAYS_FRESH.has(path) };
}

/** What one regeneration of a folder does. */
export type ClientPlan =
  | { readonly refused: true; readonly unresolved: readonly FileLine[] }
  | {
      readonly refused: false;
      /** Every file the generator manages, as it must be after the run, `.wiregen/` included. */
      readonly files: ReadonlyMap<string, string>;
      /** Files on disk to leave exactly as they are (the user's own, ignored, orphaned, colliding). */
      readonly keep: readonly string[];
      readonly merge: MergeDone;
    };

/**
 * `generated` with `api.md` listing the methods `merged` holds that the
 * generation does not: the reference shows the whole surface a caller has.
 */
function withHandAdded(merged: ReadonlyMap<string, string>, generated: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const apiMd = generated.get("api.md");
  const added = handAddedMethods(merged, generated);
  if (apiMd === undefined || added.length === 0) return generated;
  return new Map([...generated, ["api.md", withHandAddedSection(apiMd, added)]]);
}

/** Merges `generated` into the folder's state: what to write, what to keep, what happened. `memo`: see pristine-base.ts. */
export function planClient(generated: ReadonlyMap<string, string>, state: ClientState, memo?: BaseMemo): ClientPlan {
  const first = mergeClient(mergeInput(generated, state));
  if (first.refused) return { refused: true, unresolved: first.unresolved };
  const finished = withHandAdded(first.files, generated);
  // Only api.md changes, and it is never merged, so merging again changes nothing else.
  const merge = finished === generated ? first : (mergeClient(mergeInput(finished, state)) as MergeDone);
  const files = new Map(merge.files);
  files.set(BASE_FILE, serializeBase(merge.newBase, memo));
  files.set(BASE_ATTRIBUTES_FILE, BASE_GITATTRIBUTES);
  return { refused: false, files, keep: merge.userFiles, merge };
}

/** `--check` for a folder: fresh when a run would change nothing the generator owns (hand edits are the user's). */
export function checkClient(generated: ReadonlyMap<string, string>, state: ClientState): { fresh: boolean; reasons: string[] } {
  const merged = mergeClient(mergeInput(generated, state));
  // With markers left the merge cannot say what api.md would list; the markers are the reason to give.
  const onDiskApi = state.onDisk.get("api.md");
  const finished = !merged.refused
    ? withHandAdded(merged.files, generated)
    : onDiskApi === undefined
      ? generated
      : new Map([...generated, ["api.md", onDiskApi]]);
  return isFresh(mergeInput(finished, state));
}
