/**
 * What a run generates: one client per job. From the command line (a spec,
 * `--out`, `--overlay`), else from the project's config file
 * (`wiregen.config.*`, with the command line's `--kind` and
 * `--import-extension` over each client's), else every `spec/*.yaml`. Each
 * job carries the import extension its output folder's project takes, and
 * the prefixes its `$ref`s may read beyond the reference policy's defaults
 * (`--allow-ref` added to the config's `allowRefs`).
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { hasErrors, type Diagnostic } from "../check/diagnostic.js";
import { findConfig } from "../config/find-config.js";
import type { ValidateChoice } from "../config/validate-choice.js";
import { isOverlayFile, overlayBeside } from "../load/overlay-file.js";
import { isUrlPrefix } from "../load/ref-policy.js";
import { isRemote } from "../load/remote-text.js";
import { detectImportExtension } from "../project/detect-import-extension.js";
import type { ImportExtension, ImportExtensionChoice } from "../project/import-extension.js";
import { clientBaseName } from "../spec-file.js";
import type { CliArgs, ClientKind } from "./parse-args.js";

export interface Job {
  readonly spec: string;
  readonly outDir: string;
  /** The OpenAPI Overlay applied at load: `--overlay` or the config's, else `<name>.overlay.yaml` beside the spec. */
  readonly overlay: string | undefined;
  readonly kind: ClientKind;
  /** The config's `clientName`, over the document's `x-client-name`. */
  readonly clientName: string | undefined;
  readonly packageName: string | undefined;
  readonly packageVersion: string | undefined;
  /** `--import-extension` or the config's `importExtension` (or the package kind's `.js`), which win over the rest. */
  readonly forcedExtension: ImportExtensionChoice | undefined;
  /** What the project around `outDir` takes. */
  readonly projectExtension: ImportExtensionChoice;
  /** Path (absolute) and URL prefixes its `$ref`s may read although the reference policy refuses them: the config's `allowRefs`, then `--allow-ref`. */
  readonly allowRefs: readonly string[];
  /** `--validate` or the config's `validate`: which payloads the client checks at run time. */
  readonly validate: ValidateChoice;
}

export type FoundJobs =
  | { readonly jobs: readonly Job[]; readonly config?: string | undefined; readonly warnings: readonly Diagnostic[] }
  | { readonly usage: string }
  | { readonly diagnostics: readonly Diagnostic[] };

type Planned = Omit<Job, "forcedExtension" | "projectExtension"> & { readonly importExtension: ImportExtension | undefined; readonly extensionFrom: string };

/** A path as the run shows it: relative to the working folder. */
function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** `--allow-ref`'s prefixes, paths made absolute (from the working folder), or the usage error of one that is neither a path nor a URL. */
function allowRefsOf(args: CliArgs): string[] | string {
  const prefixes: string[] = [];
  for (const prefix of args.allowRefs ?? []) {
    if (isUrlPrefix(prefix)) {
      if (!URL.canParse(prefix)) return `--allow-ref ${prefix}: not a valid URL`;
      prefixes.push(prefix);
    } else if (!existsSync(prefix)) {
      return `--allow-ref ${prefix}: neither an existing path nor a URL`;
    } else {
      prefixes.push(resolve(prefix));
    }
  }
  return prefixes;
}

/** A job for `spec` with only the command line's settings (no config). */
function fromFlags(args: CliArgs, spec: string, outDir: string, overlay: string | undefined, allowRefs: readonly string[]): Planned {
  return {
    spec,
    outDir,
    overlay,
    kind: args.kind ?? "source",
    clientName: undefined,
    packageName: args.packageName,
    packageVersion: args.packageVersion,
    importExtension: args.importExtension,
    extensionFrom: "--import-extension says so",
    allowRefs,
    validate: args.validate ?? "none",
  };
}

async function fromSpecFolder(args: CliArgs, allowRefs: readonly string[]): Promise<Planned[] | string> {
  // `github.overlay.yaml` is read with `github.json`, never as a spec of its own.
  const names = existsSync("spec")
    ? (await readdir("spec")).filter((n) => /\.(ya?ml|json)$/.test(n) && !isOverlayFile(n)).sort()
    : [];
  if (names.length === 0) return "no wiregen.config.ts and no spec/*.yaml found: run from the project root, name a spec, or run `wiregen init`";
  return names.map((name) =>
    fromFlags(args, join("spec", name), join("generated", clientBaseName(name)), overlayBeside(join("spec", name)), allowRefs),
  );
}

/** The import-extension settings of each planned job, or the message of a tsconfig.json that cannot be read. */
function withExtensions(planned: readonly Planned[]): Job[] | string {
  const jobs: Job[] = [];
  for (const { importExtension, extensionFrom, ...job } of planned) {
    const forcedExtension: ImportExtensionChoice | undefined =
      job.kind === "package"
        ? { extension: "js", reason: "a package's JavaScript imports .js" }
        : importExtension === undefined
          ? undefined
          : { extension: importExtension, reason: extensionFrom };
    try {
      jobs.push({ ...job, forcedExtension, projectExtension: detectImportExtension(job.outDir) });
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return jobs;
}

/** The jobs of this run, a usage error, or the config's located errors. */
export async function findJobs(args: CliArgs): Promise<FoundJobs> {
  let planned: Planned[] | string;
  let config: string | undefined;
  const warnings: Diagnostic[] = [];
  const allowRefs = allowRefsOf(args);
  if (typeof allowRefs === "string") return { usage: allowRefs };
  if (args.spec !== undefined) {
    const { spec, out, overlay } = args;
    if (isRemote(spec) ? !URL.canParse(spec) : !existsSync(spec)) return { usage: `spec not found: ${spec}` };
    if (overlay !== undefined && !existsSync(overlay)) return { usage: `overlay not found: ${overlay}` };
    planned = [
      fromFlags(args, spec, out ?? join("generated", clientBaseName(spec)), overlay ?? (isRemote(spec) ? undefined : overlayBeside(spec)), allowRefs),
    ];
  } else if ((config = findConfig(process.cwd())) !== undefined) {
    // Loaded only when there is a config: they bring the YAML parser, which a named spec's unchanged run skips.
    const [{ loadConfig }, { checkConfig }] = await Promise.all([
      import("../config/load-config.js"),
      import("../config/check-config.js"),
    ]);
    const loaded = await loadConfig(config);
    if (!loaded.ok) return { diagnostics: loaded.diagnostics };
    const checked = checkConfig(config, loaded.file, loaded.text, loaded.value);
    if (hasErrors(checked.diagnostics)) return { diagnostics: checked.diagnostics };
    warnings.push(...checked.diagnostics);
    planned = checked.clients.map((client) => ({
      spec: isRemote(client.input) ? client.input : shown(client.input),
      outDir: shown(client.output),
      overlay:
        client.overlay !== undefined ? shown(client.overlay) : isRemote(client.input) ? undefined : overlayBeside(client.input),
      kind: args.kind ?? client.kind,
      clientName: client.clientName,
      packageName: args.packageName ?? client.packageName,
      packageVersion: args.packageVersion ?? client.packageVersion,
      importExtension: args.importExtension ?? client.importExtension,
      extensionFrom:
        args.importExtension === undefined ? `${loaded.file} sets importExtension` : "--import-extension says so",
      allowRefs: [...client.allowRefs, ...allowRefs],
      validate: args.validate ?? client.validate,
    }));
  } else {
    planned = await fromSpecFolder(args, allowRefs);
  }
  if (typeof planned === "string") return { usage: planned };
  const jobs = withExtensions(planned);
  return typeof jobs === "string" ? { usage: jobs } : { jobs, config: config === undefined ? undefined : shown(config), warnings };
}
