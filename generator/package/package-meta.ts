/**
 * What a package kind is published as (name, version, description, entry
 * points) and the checks that keep a bad value from reaching `package.json`:
 * a name npm would refuse, a subpath that is not a plain path, an entry file
 * the client does not hold.
 */

/** One per-resource entry point: `import { … } from "<name>/<subpath>"` loads `file` of the client. */
export interface PackageEntry {
  /** The subpath after the package name, e.g. `thread` (no leading `./`). */
  readonly subpath: string;
  /** The client's TypeScript file behind it, e.g. `entries/thread.ts`. */
  readonly file: string;
}

export interface PackageMeta {
  /** The npm package name, e.g. `@acme/zep` or `zep-client`. */
  readonly name: string;
  readonly version: string;
  readonly description?: string | undefined;
  /** The client class the package's root exports, e.g. `ZepClient` (used in the README). */
  readonly clientName: string;
  readonly entries: ReadonlyArray<PackageEntry>;
}

// npm's rules (validate-npm-package-name, for new packages): lower case, URL-safe, at most 214 characters,
// not starting with `.` or `_`; a scope is `@scope/`.
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
// Semantic versioning 2.0.0, as npm reads it (no leading `v`).
export const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
// Path segments of lower-case letters, digits, `-`, `_` and `.`, none of them `.` or `..`.
const SUBPATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[a-z0-9._-]+(?:\/[a-z0-9._-]+)*$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Every problem with `meta` for a client holding `files`; empty when it can be published. */
export function checkPackageMeta(meta: PackageMeta, files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  if (!NAME.test(meta.name) || meta.name.length > 214)
    problems.push(
      `name ${JSON.stringify(meta.name)} is not a valid npm package name (lower case, URL-safe, optional @scope/)`,
    );
  if (!VERSION.test(meta.version))
    problems.push(`version ${JSON.stringify(meta.version)} is not a semantic version such as 1.0.0`);
  if (!IDENTIFIER.test(meta.clientName))
    problems.push(`clientName ${JSON.stringify(meta.clientName)} is not an identifier`);
  const seen = new Set<string>();
  for (const entry of meta.entries) {
    if (!SUBPATH.test(entry.subpath) || entry.subpath === "package.json")
      problems.push(`entry subpath ${JSON.stringify(entry.subpath)} is not a plain relative path such as "thread"`);
    if (seen.has(entry.subpath)) problems.push(`entry subpath ${JSON.stringify(entry.subpath)} is listed twice`);
    seen.add(entry.subpath);
    if (!entry.file.endsWith(".ts") || entry.file.endsWith(".d.ts") || !files.has(entry.file))
      problems.push(
        `entry ${JSON.stringify(entry.subpath)}: the client holds no TypeScript file ${JSON.stringify(entry.file)}`,
      );
  }
  if (!files.has("index.ts")) problems.push("the client holds no index.ts");
  return problems;
}
