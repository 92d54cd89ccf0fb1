/**
 * Keeping hand edits across regeneration: decides, for every path of a client
 * folder, what a run writes, deletes or leaves alone, merging each edited
 * generated file three ways (BASE = the last pristine output, from
 * pristine-base.ts; OURS = the file as the user left it; THEIRS = the new
 * output). Pure: the caller reads the folder and the base, and writes the
 * result.
 *
 * Decisions, each pinned by test/generator/write/merge-client.test.ts:
 * - Conflicts are written git-style in diff3 layout, with the last generated
 *   text between `||||||| last generated` and `=======`: in a generated file
 *   the user cannot otherwise tell which lines of their side were their edit
 *   and which were just the old output, and that is what they need to decide.
 * - Line endings: text is merged as "\n"-separated lines. A file the user's
 *   editor (or git's core.autocrlf) turned wholly into "\r\n" is merged as if
 *   it were "\n" and written back in "\r\n", so the conversion neither makes
 *   every line conflict nor is undone; it alone does not count as an edit.
 *   A file with mixed endings is merged as it is (its "\r"s are edits).
 * - No base (a client generated before base.json existed, or a first run):
 *   today's behaviour. Every generated file is written as generated and any
 *   other file is deleted, since nothing tells the user's files from stale
 *   generated ones; those are listed in `removed` too, so the caller can warn
 *   about them or keep them instead (by treating them as `userFiles`).
 * - Adjacent or overlapping edits conflict even when they look independent,
 *   as in git: node-diff3 joins hunks that touch.
 * - Before node-diff3 merges, the three texts are cut at lines each holds
 *   exactly once (in the same order), so its LCS only sees small pieces:
 *   on a large types file that is milliseconds instead of seconds.
 */
import { diff3Merge } from "node-diff3";
import { IGNORE_FILE } from "./ignore-file.js";
import { BASE_FILE } from "./pristine-base.js";

export interface MergeInput {
  /** The new output: every path the generator produces, with its text. */
  readonly generated: ReadonlyMap<string, string>;
  /** Every file now in the client folder, except under `.wiregen/`. */
  readonly onDisk: ReadonlyMap<string, string>;
  /** The last pristine output, or `undefined` when there is no base yet. */
  readonly base: ReadonlyMap<string, string> | undefined;
  /** Paths the generator must never write (`.wiregenignore`). */
  readonly ignored: (path: string) => boolean;
  /** Paths never merged, always written as generated (e.g. api.md, api.json), even over a user's deletion or own file: they must match the spec. */
  readonly alwaysFresh: (path: string) => boolean;
}

/** A place in a file; `line` is 1-based. */
export interface FileLine {
  readonly path: string;
  readonly line: number;
}

/** A file still holds conflict markers from an earlier run: write nothing at all until they are resolved. */
export interface MergeRefused {
  readonly refused: true;
  /** Each conflict region (its `<<<<<<<` line) or stray marker line left in a file. */
  readonly unresolved: readonly FileLine[];
}

/**
 * What to do with the folder. Every path of `onDisk` (outside `.wiregen/`)
 * is in exactly one of `files`, `deleted` and `userFiles`; all lists are sorted.
 */
export interface MergeDone {
  readonly refused: false;
  readonly unresolved: readonly [];
  /** The final text of every path the generator manages this run: write these. */
  readonly files: ReadonlyMap<string, string>;
  /** Paths to delete. */
  readonly deleted: readonly string[];
  /** What base.json must hold now: the pristine text of every generated, non-ignored path, user-deleted ones included, collisions not. */
  readonly newBase: ReadonlyMap<string, string>;
  /** Paths in `files` whose text differs from the generated text because hand edits were kept (line-ending conversion alone does not count). */
  readonly edited: readonly string[];
  /** Conflict regions written into `files`: the line of each `<<<<<<<` marker. */
  readonly conflicts: readonly FileLine[];
  /** Generated paths the user deleted: not written, kept in the base so they stay deleted. */
  readonly keptDeleted: readonly string[];
  /** Generated paths where a file of the user's already is (not from an earlier generation): left alone, not written. */
  readonly collisions: readonly string[];
  /** Files the spec no longer generates but the user edited: kept as theirs, dropped from the base. */
  readonly orphaned: readonly string[];
  /** Files on disk left untouched (the user's own, orphaned, colliding or ignored ones, `.wiregenignore`): carry these over when swapping the folder in. */
  readonly userFiles: readonly string[];
  /** With no base only: files deleted without knowing whether they were the user's (they are also in `deleted`). */
  readonly removed: readonly string[];
  /** Generated paths not written because `.wiregenignore` lists them. */
  readonly skipped: readonly string[];
}

export type MergeResult = MergeRefused | MergeDone;

/** The folder holding base.json (and its .gitattributes), which the caller manages. */
const WIREGEN_DIR = ".wiregen/";

const LABEL_OURS = "<<<<<<< your edit";
const LABEL_BASE = "||||||| last generated";
const LABEL_SEPARATOR = "=======";
const LABEL_THEIRS = ">>>>>>> regenerated from the spec";

/** Paths that belong to the merge machinery itself, never generated and never deleted. */
function isReserved(path: string): boolean {
  return path === IGNORE_FILE || path.startsWith(WIREGEN_DIR);
}

/** Every line break is "\r\n" (and there is at least one). */
function isWhollyCrlf(text: string): boolean {
  return text.includes("\r\n") && !/(^|[^\r])\n/.test(text);
}

/** The lines of `text`, without their "\r" if they end in "\r\n". */
function linesOf(text: string): string[] {
  return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/** `text` with "\r\n" as "\n" when every line break is "\r\n"; otherwise as it is. */
function withLf(text: string): string {
  return isWhollyCrlf(text) ? text.replaceAll("\r\n", "\n") : text;
}

export interface MergedText {
  /** The merged text, conflict markers included, in OURS's line-ending style. */
  readonly text: string;
  /** 1-based line of each `<<<<<<<` marker in `text`. */
  readonly conflicts: readonly number[];
  /** Whether `text` differs from THEIRS by more than line endings (edits kept, or conflicts). */
  readonly keepsEdits: boolean;
}

/** Same length and same lines. */
function sameLines(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((line, i) => line === y[i]);
}

/**
 * The longest run of `items`, in order, whose `key` strictly increases
 * (patience sorting, O(n log n)).
 */
function increasingRun<T>(items: readonly T[], key: (item: T) => number): T[] {
  const tails: number[] = []; // tails[k]: index in items of the smallest last key of a run of length k + 1
  const previous: number[] = [];
  items.forEach((item, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (key(items[tails[middle] as number] as T) < key(item)) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? (tails[low - 1] as number) : -1;
    tails[low] = i;
  });
  const run: T[] = [];
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i >= 0; i = previous[i] as number) run.push(items[i] as T);
  return run.reverse();
}

/**
 * Lines found exactly once in each of the three texts, in the same order in
 * all three, as [index in a, in o, in b]. node-diff3's LCS slows down with
 * every repeated line (closing braces, comment lines), taking seconds on a types file of a
 * few thousand lines; cutting the three texts at these lines (which any
 * sensible alignment matches anyway, as patience diff does) leaves it small
 * pieces.
 */
function anchors(a: readonly string[], o: readonly string[], b: readonly string[]): Array<readonly [number, number, number]> {
  const unique = (lines: readonly string[]): Map<string, number> => {
    const index = new Map<string, number>();
    lines.forEach((line, i) => index.set(line, index.has(line) ? -1 : i));
    return index;
  };
  const inA = unique(a);
  const inB = unique(b);
  const triples: Array<readonly [number, number, number]> = [];
  for (const [line, io] of unique(o)) {
    const ia = inA.get(line) ?? -1;
    const ib = inB.get(line) ?? -1;
    if (io >= 0 && ia >= 0 && ib >= 0) triples.push([ia, io, ib]);
  }
  triples.sort((x, y) => x[1] - y[1]);
  return increasingRun(increasingRun(triples, (t) => t[0]), (t) => t[2]);
}

/** Merges one file three ways, line by line; see the module comment for line endings. */
export function mergeText(ours: string, base: string, theirs: string): MergedText {
  // Converted back only when the generator's side is "\n": otherwise the "\r\n"s are the generator's own.
  const crlf = isWhollyCrlf(ours) && !base.includes("\r\n") && !theirs.includes("\r\n");
  const mine = crlf ? ours.replaceAll("\r\n", "\n") : ours;
  const conflicts: number[] = [];
  let merged: string;
  if (mine === base || mine === theirs) merged = theirs;
  else if (base === theirs) merged = mine;
  else {
    const lines: string[] = [];
    // A loop, not push(...chunk): spreading a chunk of a very long file overflows the call stack.
    const add = (chunk: readonly string[]): void => {
      for (const line of chunk) lines.push(line);
    };
    const mergePiece = (a: string[], o: string[], b: string[]): void => {
      if (sameLines(a, o)) return add(b);
      if (sameLines(o, b) || sameLines(a, b)) return add(a);
      for (const region of diff3Merge<string>(a, o, b, { excludeFalseConflicts: true })) {
        if (region.ok !== undefined) add(region.ok);
        else if (region.conflict !== undefined) {
          conflicts.push(lines.length + 1);
          add([LABEL_OURS, ...region.conflict.a, LABEL_BASE, ...region.conflict.o, LABEL_SEPARATOR, ...region.conflict.b, LABEL_THEIRS]);
        }
      }
    };
    const [a, o, b] = [mine.split("\n"), base.split("\n"), theirs.split("\n")];
    let [pa, po, pb] = [0, 0, 0];
    for (const [ia, io, ib] of anchors(a, o, b)) {
      mergePiece(a.slice(pa, ia), o.slice(po, io), b.slice(pb, ib));
      lines.push(o[io] as string);
      [pa, po, pb] = [ia + 1, io + 1, ib + 1];
    }
    mergePiece(a.slice(pa), o.slice(po), b.slice(pb));
    merged = lines.join("\n");
  }
  return { text: crlf ? merged.replaceAll("\n", "\r\n") : merged, conflicts, keepsEdits: merged !== theirs };
}

/**
 * 1-based lines of conflict markers left in `text`: the `<<<<<<<` line of each
 * region, and any `|||||||` or `>>>>>>>` line outside one (a region whose
 * opening line was deleted). A `=======` line counts only inside a region, as
 * it is also a Markdown heading underline.
 */
export function findConflictMarkers(text: string): number[] {
  const found: number[] = [];
  let open = false;
  linesOf(text).forEach((line, index) => {
    const marker = /^(<{7}|\|{7}|>{7})(?: |$)/.exec(line)?.[1];
    if (marker === undefined) return;
    if (marker.startsWith("<")) {
      found.push(index + 1);
      open = true;
    } else {
      if (!open) found.push(index + 1);
      open = !marker.startsWith(">");
    }
  });
  return found;
}

/** The files a run would merge: generated, managed before, edited on disk. Only these can hold markers of ours. */
function mergeCandidates(input: MergeInput, base: ReadonlyMap<string, string>): string[] {
  return [...input.generated.keys()].filter((path) => {
    const last = base.get(path);
    const disk = input.onDisk.get(path);
    return last !== undefined && disk !== undefined && disk !== last && !input.ignored(path) && !input.alwaysFresh(path);
  });
}

/**
 * Markers left in the files a run would merge. A marker-like line that the
 * last generation itself holds is the generator's text, not a leftover: it
 * must not block every run.
 */
function unresolvedIn(input: MergeInput, base: ReadonlyMap<string, string>): FileLine[] {
  return mergeCandidates(input, base)
    .sort()
    .flatMap((path) => {
      const text = input.onDisk.get(path) ?? "";
      const generatedLines = new Set(linesOf(base.get(path) ?? ""));
      const lines = linesOf(text);
      return findConflictMarkers(text)
        .filter((line) => !generatedLines.has(lines[line - 1] ?? ""))
        .map((line) => ({ path, line }));
    });
}

function assertNoReservedOutput(generated: ReadonlyMap<string, string>): void {
  for (const path of generated.keys()) {
    if (isReserved(path)) throw new Error(`wiregen bug: the generator produced ${path}, a path reserved for keeping hand edits`);
  }
}

/** Decides the whole regeneration of one client folder; see `MergeDone` for what each list means. */
export function mergeClient(input: MergeInput): MergeResult {
  const { generated, onDisk, base, ignored, alwaysFresh } = input;
  assertNoReservedOutput(generated);
  if (base !== undefined) {
    const unresolved = unresolvedIn(input, base);
    if (unresolved.length > 0) return { refused: true, unresolved };
  }
  const files = new Map<string, string>();
  const newBase = new Map<string, string>();
  const deleted: string[] = [];
  const edited: string[] = [];
  const conflicts: FileLine[] = [];
  const keptDeleted: string[] = [];
  const collisions: string[] = [];
  const orphaned: string[] = [];
  const userFiles: string[] = [];
  const removed: string[] = [];
  const skipped: string[] = [];

  for (const path of [...generated.keys()].sort()) {
    const fresh = generated.get(path) ?? "";
    const disk = onDisk.get(path);
    if (ignored(path)) {
      // Never written, and not in the base: if it is ever un-ignored, what is on disk then is the user's (a collision), not an edit of ours.
      skipped.push(path);
      if (disk !== undefined) userFiles.push(path);
      continue;
    }
    const last = base?.get(path);
    const nothingToKeep = disk === undefined ? last === undefined : disk === last || disk === fresh;
    if (base === undefined || alwaysFresh(path) || nothingToKeep) {
      // No base (today's behaviour), always regenerated, new, unedited, or already what the generator writes (nothing to keep).
      files.set(path, fresh);
      // An always-fresh file is compared with the generation itself, never merged: the base need not hold it.
      if (!alwaysFresh(path)) newBase.set(path, fresh);
    } else if (last === undefined) {
      // On disk but never generated before: the user's file; the base must not claim it, or the next run would merge into it.
      collisions.push(path);
      userFiles.push(path);
    } else if (disk === undefined) {
      // The user deleted it; the base keeps it so it stays deleted next time too.
      keptDeleted.push(path);
      newBase.set(path, fresh);
    } else {
      const merged = mergeText(disk, last, fresh);
      files.set(path, merged.text);
      newBase.set(path, fresh);
      if (merged.keepsEdits) edited.push(path);
      for (const line of merged.conflicts) conflicts.push({ path, line });
    }
  }

  for (const path of [...onDisk.keys()].sort()) {
    if (generated.has(path) || path.startsWith(WIREGEN_DIR)) continue;
    const last = base?.get(path);
    if (path === IGNORE_FILE || ignored(path)) userFiles.push(path);
    else if (base === undefined) {
      deleted.push(path);
      removed.push(path);
    } else if (last === undefined) userFiles.push(path);
    else if (alwaysFresh(path) || withLf(onDisk.get(path) ?? "") === last) deleted.push(path);
    else {
      orphaned.push(path);
      userFiles.push(path);
    }
  }

  return {
    refused: false,
    unresolved: [],
    files,
    deleted,
    newBase,
    edited,
    conflicts,
    keptDeleted,
    collisions,
    orphaned,
    userFiles: userFiles.sort(),
    removed,
    skipped,
  };
}

/**
 * `--check`: whether regenerating would change what the generator owns. Fresh
 * when the base equals the new generation (every generated, non-ignored path,
 * and nothing more), no edited file holds conflict markers, and every
 * alwaysFresh path is on disk with its generated text. Hand edits and user
 * deletions do not make a client stale: a run would keep them. An alwaysFresh
 * file that differs only by being wholly "\r\n" passes, so a Windows checkout
 * with core.autocrlf does not fail `--check`.
 */
export function isFresh(input: MergeInput): { fresh: boolean; reasons: string[] } {
  const { generated, onDisk, base, ignored, alwaysFresh } = input;
  const reasons: string[] = [];
  const owned = [...generated.keys()].filter((path) => !ignored(path) && !isReserved(path)).sort();
  if (base === undefined) {
    reasons.push(`${BASE_FILE} is missing: the client was generated before hand edits were tracked`);
  } else {
    for (const path of owned.filter((p) => !alwaysFresh(p))) {
      const last = base.get(path);
      if (last === undefined) reasons.push(`${path}: new in this generation`);
      else if (last !== generated.get(path)) {
        // A file the user deleted stays deleted; a run would only record the change in the base.
        const deletedByUser = !onDisk.has(path);
        reasons.push(`${path}: changed by the spec since the last generation${deletedByUser ? ` (you deleted it: a run keeps it deleted and records the change in ${BASE_FILE})` : ""}`);
      }
    }
    for (const path of [...base.keys()].sort()) {
      if (!generated.has(path)) reasons.push(`${path}: no longer generated`);
      else if (ignored(path)) reasons.push(`${path}: listed in ${IGNORE_FILE} but still in ${BASE_FILE}`);
    }
    for (const { path, line } of unresolvedIn(input, base)) reasons.push(`${path}:${line}: unresolved conflict markers`);
  }
  for (const path of owned.filter(alwaysFresh)) {
    const disk = onDisk.get(path);
    if (disk === undefined) reasons.push(`${path}: missing (it is always regenerated)`);
    else if (withLf(disk) !== generated.get(path)) reasons.push(`${path}: differs from a fresh run (it is always regenerated, never merged)`);
  }
  return { fresh: reasons.length === 0, reasons };
}
