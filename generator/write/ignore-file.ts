/**
 * `.wiregenignore`: a file in the client folder, in gitignore syntax, listing
 * paths the generator must never write (create, overwrite or delete), so a
 * user can take a generated file over entirely. Matching is the `ignore`
 * package's, which follows git's rules (a pattern with no slash matches at
 * any depth; "dir/" covers everything under it; a file inside an ignored
 * directory cannot be re-included with "!", as in git), except that case
 * is ignored, as git does on macOS and Windows: a rule that matches a path
 * in another case should rather stop a write than let one through.
 */
import ignore from "ignore";

/** Where the ignore file lives, relative to the client folder. */
export const IGNORE_FILE = ".wiregenignore";

/**
 * A predicate telling whether a client-relative, "/"-separated path is
 * ignored, from the text of `.wiregenignore` (`undefined` when there is none:
 * nothing is ignored). CRLF line endings and a byte-order mark are accepted,
 * since editors on Windows write them.
 */
export function readIgnore(text: string | undefined): (path: string) => boolean {
  if (text === undefined || text.trim() === "") return () => false;
  const rules = ignore({ ignorecase: true }).add(text);
  return (path) => rules.ignores(path);
}
