/**
 * A first error reduced to its kind, so documents failing the same way group
 * together: quoted names, types, pointers, paths and numbers are replaced by
 * `…` or `N`, and a compiler error keeps its code and the kind of generated
 * file it is in (`types.ts`, from openapi-typescript, or `resources/…`, the
 * client code).
 */

const COMPILER_ERROR = /^(.*)\(\d+,\d+\): error (TS\d+): (.*)$/;

function stripDetails(message: string): string {
  return (
    message
      // A whole location first (`x.json:12:7: `), so its numbers do not survive as N.
      .replace(/^\S+:\d+:\d+: (?:error: )?/, "")
      .replace(/(\.[cm]?[jt]s):\d+(?::\d+)?/g, "$1")
      .replace(/#\/[^\s"'`,;)]*/g, "#/…")
      .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
      .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
      .replace(/\b(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \/\S*?(?=:?(?:\s|$))/g, "METHOD /…")
      .replace(/\b\d+(?:\.\d+)?\b/g, "N")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** `resources/users.ts` → `resources/…`; other files keep their name. */
function fileKind(path: string): string {
  return path.startsWith("resources/") ? "resources/…" : path;
}

export function errorSignature(first: string): string {
  const compiler = COMPILER_ERROR.exec(first);
  if (compiler !== null) return `${compiler[2]} in ${fileKind(compiler[1]!)}: ${stripDetails(compiler[3]!)}`;
  return stripDetails(first);
}
