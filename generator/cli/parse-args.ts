/**
 * Command-line arguments: `[<spec>] [--out|-o <dir>] [--overlay <file>] [--import-extension ts|js|none] [--allow-ref <prefix>]… [--check] [--timings]`.
 * Returns a usage error instead of exiting, so it is tested as a table.
 */
import { asImportExtension, IMPORT_EXTENSIONS, type ImportExtension } from "../project/import-extension.js";
import { asValidateChoice, VALIDATE_CHOICES, type ValidateChoice } from "../config/validate-choice.js";

export interface CliArgs {
  readonly spec: string | undefined;
  readonly out: string | undefined;
  readonly overlay: string | undefined;
  readonly check: boolean;
  readonly timings: boolean;
  readonly watch: boolean;
  /** Where to write the change report as Markdown (for a pull request). */
  readonly report?: string | undefined;
  readonly help: boolean;
  /** `init`: write a starter wiregen.config.ts and stop. */
  readonly init?: true | undefined;
  /** `--version`: print the package's version and stop. */
  readonly version: boolean;
  /** `--import-extension`: the extension of the client's relative imports, over what the project's tsconfig says. */
  readonly importExtension?: ImportExtension | undefined;
  /** `--kind`: TypeScript for the user's own build (`source`, the default), or a publishable npm package. */
  readonly kind?: ClientKind | undefined;
  /** `--package-name` / `--package-version`, for the package kind. */
  readonly packageName?: string | undefined;
  readonly packageVersion?: string | undefined;
  /** `--allow-ref` (repeatable): path or URL prefixes `$ref`s may read although the reference policy refuses them; paths as given (relative to the working folder). */
  readonly allowRefs?: readonly string[] | undefined;
  /** `--validate`: which payloads the client checks against the spec's schemas, over the config's `validate`. */
  readonly validate?: ValidateChoice | undefined;
}

export type ClientKind = "source" | "package";

export const USAGE = `usage: wiregen init
       wiregen [<spec> --out <dir> --overlay <file>] [--import-extension ts|js|none] [--kind source|package] [--allow-ref <prefix>]... [--validate responses|requests|all|none] [--check] [--timings] [--watch] [--report <file>]

  init           write a starter wiregen.config.ts here (its input guessed from the documents found)
  (no spec)      generate every client of wiregen.config.ts (.mts, .mjs, .js, .json) in this folder,
                 else every spec/*.yaml|yml|json into generated/<name>/; flags apply to every client
  <spec>         generate one document (a file or an https:// URL); --out (or -o) names its directory (default generated/<name>)
  --overlay FILE apply this OpenAPI Overlay to <spec> (default: <spec dir>/<name>.overlay.yaml, if present)
  --check        write nothing; exit 1 and list the files that differ when generated/ is stale
  --report FILE  also write the change report (what changes for callers, and the semver bump) as Markdown
  --import-extension ts|js|none
                 the extension of the client's relative imports (default: read from the nearest
                 tsconfig.json or deno.json above the output folder; the run prints its choice)
  --kind source|package
                 source (default): TypeScript your build compiles with your configuration;
                 package: a publishable npm package (ESM and CommonJS JavaScript with .d.ts,
                 per-resource entry points, a README), for npm pack
  --package-name NAME, --package-version VERSION
                 the package kind's name (default <spec name>-client) and version
                 (default the document's info.version when it is semver, else 0.1.0)
  --allow-ref PREFIX
                 let $refs read files under this path (relative to here) or URLs under this prefix
                 (e.g. http://127.0.0.1:8080/), which are refused by default: only files inside
                 the spec's folder tree and public https:// URLs are read; repeatable, for every
                 client, added to the config's allowRefs
  --validate responses|requests|all|none
                 check JSON response bodies (responses), request bodies (requests) or both (all)
                 against the spec's schemas at run time, with validators the client carries and
                 exports as \`schemas\` (Standard Schema); over the config's validate (default none)
  --timings      print the time of each phase (load, check, model, emit, format, write)
  --watch        stay running: regenerate a client when its spec, a file it $refs or its overlay changes
  --help, -h     print this text
  --version, -v  print wiregen's version

in this repository, \`npm run generate -- <options>\` runs the same command

exit codes: 0 ok, 1 spec errors or stale output, 2 bad usage`;

export function parseArgs(argv: readonly string[]): CliArgs | { readonly error: string } {
  if (argv[0] === "init") {
    if (argv.length > 1) return { error: `init takes no arguments (got ${argv.slice(1).join(" ")})` };
    return { ...parseArgs([]), init: true } as CliArgs;
  }
  let spec: string | undefined;
  let out: string | undefined;
  let overlay: string | undefined;
  let check = false;
  let timings = false;
  let watch = false;
  let report: string | undefined;
  let help = false;
  let version = false;
  let importExtension: ImportExtension | undefined;
  let validate: ValidateChoice | undefined;
  let kind: ClientKind | undefined;
  let packageName: string | undefined;
  let packageVersion: string | undefined;
  const allowRefs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--check") check = true;
    else if (arg === "--timings") timings = true;
    else if (arg === "--watch") watch = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--version" || arg === "-v") version = true;
    else if (arg === "--out" || arg === "-o") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("-")) return { error: `${arg} needs a directory` };
      out = value;
    } else if (arg === "--report") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return { error: "--report needs a file" };
      report = value;
    } else if (arg === "--overlay") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return { error: "--overlay needs an overlay file" };
      overlay = value;
    } else if (arg === "--import-extension") {
      const value = argv[++i];
      importExtension = asImportExtension(value);
      if (importExtension === undefined) return { error: `--import-extension needs one of ${IMPORT_EXTENSIONS.join(", ")}` };
    } else if (arg === "--kind") {
      const value = argv[++i];
      if (value !== "source" && value !== "package") return { error: "--kind needs source or package" };
      kind = value;
    } else if (arg === "--package-name" || arg === "--package-version") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--")) return { error: `${arg} needs a value` };
      if (arg === "--package-name") packageName = value;
      else packageVersion = value;
    } else if (arg === "--validate") {
      validate = asValidateChoice(argv[++i]);
      if (validate === undefined) return { error: `--validate needs one of ${VALIDATE_CHOICES.join(", ")}` };
    } else if (arg === "--allow-ref") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("-") || value === "") return { error: "--allow-ref needs a path or URL prefix" };
      allowRefs.push(value);
    } else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
    else if (spec !== undefined) return { error: `only one spec at a time (got ${spec} and ${arg})` };
    else spec = arg;
  }
  if (out !== undefined && spec === undefined) return { error: "--out needs a spec to generate" };
  if (overlay !== undefined && spec === undefined) return { error: "--overlay needs a spec to apply it to" };
  if ((packageName !== undefined || packageVersion !== undefined) && kind !== "package") {
    return { error: "--package-name and --package-version need --kind package" };
  }
  if (kind === "package" && importExtension !== undefined) {
    return { error: "--import-extension does not apply to --kind package (its JavaScript imports .js)" };
  }
  return {
    spec,
    out,
    overlay,
    check,
    timings,
    watch,
    report,
    help,
    version,
    importExtension,
    kind,
    packageName,
    packageVersion,
    allowRefs: allowRefs.length === 0 ? undefined : allowRefs,
    ...(validate === undefined ? {} : { validate }),
  };
}
