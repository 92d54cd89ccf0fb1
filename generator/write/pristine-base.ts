/**
 * The pristine base of a client: what the generator wrote last time, before
 * any hand edits, kept so the next run can merge three ways (your edits, the
 * last generation, the new generation). It lives in one file committed with
 * the client, `.wiregen/base.json`, so a clean or shallow checkout in CI has
 * it with no cache and no network.
 *
 * Format: `{ "version": 1, "files": { "<relative path>": ["line 1", …] } }`,
 * paths sorted, one array entry per line so git diffs and merges the base
 * line by line like the files it mirrors.
 *
 * Lines are the text split on "\n" and rejoined with "\n" exactly, so the
 * round trip is byte-exact:
 * - a final newline is a last entry `""` ("a\n" is ["a", ""]; "a" is ["a"]);
 * - an empty file is [""];
 * - "\r\n" files keep their "\r" at the end of each entry ("a\r\n" is
 *   ["a\r", ""]), which JSON writes as the escape `\r`.
 */

/** Where the base lives, relative to the client folder. */
export const BASE_FILE = ".wiregen/base.json";

/**
 * The text of `.wiregen/.gitattributes`, written next to the base.
 * `linguist-generated=true` makes GitHub collapse base.json in pull requests
 * (it only mirrors the generated files, which reviewers see anyway); `-diff`
 * does the same for local `git diff`/`git log -p`, which print "Binary files
 * differ" for it. The `merge` attribute is left alone, so git still merges
 * base.json line by line when two branches regenerate. The path is relative
 * to the `.wiregen/` folder this file sits in.
 */
export const BASE_GITATTRIBUTES = "base.json linguist-generated=true -diff\n";

const VERSION = 1;

/**
 * What a long-lived session (watch mode) keeps of the base between runs: a
 * save changes a few files, and splitting and quoting the lines of all the
 * others again, then parsing them back, was a tenth of a GitHub save.
 */
export interface BaseMemo {
  /** The base.json text last written, and the files it holds. */
  last: { readonly text: string; readonly files: ReadonlyMap<string, string> } | undefined;
  /** Path → a file's text and its entry in that base.json. */
  readonly entries: Map<string, { readonly text: string; readonly entry: string }>;
}

export function newBaseMemo(): BaseMemo {
  return { last: undefined, entries: new Map() };
}

/** One file's entry of base.json: its path and its lines (one native call lays the lines out, six spaces in). */
function entryOf(path: string, text: string): string {
  const lines = JSON.stringify(text.split("\n"), null, 6);
  // `[\n      "a",\n      "b"\n]`: the closing bracket moves in under the path.
  return `    ${JSON.stringify(path)}: ${lines.slice(0, -1)}    ]`;
}

/**
 * base.json's text for `files` (relative path → text). Written by hand rather
 * than with `JSON.stringify(object)` so paths are truly sorted (an object puts
 * integer-like keys such as "404" first) and a path named "__proto__" is just
 * a path; the layout is what `JSON.stringify(value, null, 2)` prints, plus a
 * final newline. With a memo, unchanged files' entries are reused and the
 * result is remembered for `parseBase`.
 */
export function serializeBase(files: ReadonlyMap<string, string>, memo?: BaseMemo): string {
  const paths = [...files.keys()].sort();
  if (paths.length === 0) return `{\n  "version": ${VERSION},\n  "files": {}\n}\n`;
  const entries = paths.map((path) => {
    const text = files.get(path) ?? "";
    const known = memo?.entries.get(path);
    return known !== undefined && known.text === text ? known.entry : entryOf(path, text);
  });
  const result = `{\n  "version": ${VERSION},\n  "files": {\n${entries.join(",\n")}\n  }\n}\n`;
  if (memo !== undefined) {
    // Only this run's files: the memo stays one client's worth.
    memo.entries.clear();
    paths.forEach((path, i) => memo.entries.set(path, { text: files.get(path) ?? "", entry: entries[i]! }));
    memo.last = { text: result, files: new Map(files) };
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The files held by base.json's `text`. `file` is the path to name in errors:
 * a corrupt base must stop the run with a message saying which file and what
 * is wrong, since merging against a wrong base would silently mangle edits.
 * With a memo, a text equal to the one last written is not parsed again.
 */
export function parseBase(text: string, file: string, memo?: BaseMemo): Map<string, string> {
  // The file as this session last wrote it: its files are known.
  if (memo?.last !== undefined && memo.last.text === text) return new Map(memo.last.files);
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}; delete it to regenerate without keeping hand edits, or restore it from git`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(value)) return fail("expected a JSON object");
  if (value["version"] !== VERSION) {
    return fail(`unsupported version ${JSON.stringify(value["version"]) ?? "(missing)"}, expected ${VERSION}`);
  }
  const files = value["files"];
  if (!isRecord(files)) return fail(`"files" must be an object of path → array of lines`);
  const result = new Map<string, string>();
  for (const [path, lines] of Object.entries(files)) {
    if (!Array.isArray(lines) || lines.length === 0 || !lines.every((line) => typeof line === "string")) {
      return fail(`"files"[${JSON.stringify(path)}] must be a non-empty array of strings (lines)`);
    }
    // A line cannot hold "\n" (it was split on it); one that does was hand-made and would shift every line after it.
    if (lines.some((line: string) => line.includes("\n"))) {
      return fail(`"files"[${JSON.stringify(path)}] has a line containing a newline`);
    }
    result.set(path, (lines as string[]).join("\n"));
  }
  return result;
}
