/**
 * Reads a project's `tsconfig.json` the way `tsc` does for the options a
 * generated client depends on: comments and trailing commas allowed, `extends`
 * followed (a relative file, a package's config, or a list of either; later
 * and nearer settings win), and, for a solution file (`files: []` with
 * `references`, as Vite's templates write), the referenced project whose
 * `include` holds the client.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

/** The compiler options a client's imports depend on, lower-cased where TypeScript ignores case. */
export interface ProjectOptions {
  readonly module?: string | undefined;
  readonly moduleResolution?: string | undefined;
  readonly allowImportingTsExtensions?: boolean | undefined;
  readonly rewriteRelativeImportExtensions?: boolean | undefined;
}

/** A config file read: its effective options, and the files they came from (for the message). */
export interface ReadConfig {
  readonly file: string;
  readonly options: ProjectOptions;
}

export interface RawConfig {
  readonly extends?: unknown;
  readonly compilerOptions?: Record<string, unknown>;
  readonly files?: unknown;
  readonly include?: unknown;
  readonly references?: unknown;
}

/** Parses one JSONC file; a syntax error names the file, line and column. */
export function readJsonc(file: string): RawConfig {
  const text = readFileSync(file, "utf8");
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  if (errors.length > 0) {
    const first = errors[0]!;
    const before = text.slice(0, first.offset).split("\n");
    throw new Error(
      `${file}:${before.length}:${before.at(-1)!.length + 1}: ${printParseErrorCode(first.error)} (cannot read the project's TypeScript settings)`,
    );
  }
  return typeof value === "object" && value !== null ? (value as RawConfig) : {};
}

/** The file an `extends` entry names: a path relative to `from`, or a package's config resolved like Node does. */
function resolveExtends(entry: string, from: string): string | undefined {
  if (entry.startsWith(".") || isAbsolute(entry)) {
    const path = resolve(dirname(from), entry);
    if (existsSync(path)) return path;
    return existsSync(`${path}.json`) ? `${path}.json` : undefined;
  }
  const require = createRequire(from);
  for (const candidate of [entry, `${entry}.json`, `${entry}/tsconfig.json`]) {
    try {
      return require.resolve(candidate);
    } catch {
      // Not this form; try the next.
    }
  }
  return undefined;
}

const KEYS = ["module", "moduleResolution", "allowImportingTsExtensions", "rewriteRelativeImportExtensions"] as const;

/**
 * The options `file` sets, its bases' first and its own over them. `seen`
 * stops an `extends` cycle; `raw` is the file already parsed, when it is.
 */
function optionsOf(file: string, seen: ReadonlySet<string>, raw: RawConfig = readJsonc(file)): ProjectOptions {
  if (seen.has(file)) return {};
  const bases = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  let options: Record<string, unknown> = {};
  for (const base of bases) {
    if (typeof base !== "string") continue;
    const path = resolveExtends(base, file);
    // tsc refuses a config whose base is missing; the user sees that in their own build, so it is not ours to fail on.
    if (path !== undefined) options = { ...options, ...optionsOf(path, new Set([...seen, file])) };
  }
  const own = raw.compilerOptions ?? {};
  for (const key of KEYS) {
    const value = own[key];
    if (value === undefined) continue;
    options[key] = typeof value === "string" ? value.toLowerCase() : value;
  }
  return options as ProjectOptions;
}

/** True when the folder `dir` lies inside the folder `base` (or is it). */
function isInside(dir: string, base: string): boolean {
  const rel = relative(base, dir);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The fixed folder an `include` pattern starts with (`src/**` → `src`). */
function patternBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed = parts.findIndex((part) => /[*?{[]/.test(part));
  return (fixed === -1 ? parts : parts.slice(0, fixed)).join(sep);
}

/** A referenced project whose `include` holds `outDir` (with its parsed text), for a solution-style `tsconfig.json`. */
function referencedConfig(
  file: string,
  raw: RawConfig,
  outDir: string,
): { readonly file: string; readonly raw: RawConfig } | undefined {
  if (!Array.isArray(raw.references)) return undefined;
  for (const reference of raw.references as unknown[]) {
    const path = (reference as { path?: unknown } | null)?.path;
    if (typeof path !== "string") continue;
    let target = resolve(dirname(file), path);
    if (!target.endsWith(".json")) target = join(target, "tsconfig.json");
    if (!existsSync(target)) continue;
    const parsed = readJsonc(target);
    const patterns = Array.isArray(parsed.include)
      ? parsed.include.filter((p): p is string => typeof p === "string")
      : ["**/*"];
    if (patterns.some((p) => isInside(outDir, resolve(dirname(target), patternBase(p))))) {
      return { file: target, raw: parsed };
    }
  }
  return undefined;
}

/** The settings that apply to a client written to `outDir`, read from the config `file`. */
export function readTsconfig(file: string, outDir: string): ReadConfig {
  const raw = readJsonc(file);
  // A solution file compiles nothing itself (`files: []`): the project that includes the client decides.
  if (Array.isArray(raw.files) && raw.files.length === 0 && raw.include === undefined) {
    const referenced = referencedConfig(file, raw, resolve(outDir));
    if (referenced !== undefined) {
      return { file: referenced.file, options: optionsOf(referenced.file, new Set(), referenced.raw) };
    }
  }
  return { file, options: optionsOf(file, new Set(), raw) };
}
