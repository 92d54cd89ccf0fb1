/**
 * Bundling and measuring for `npm run size` (scripts/bundle-size.ts): bundles
 * one entry for the browser with esbuild (bundle, minify, ESM, es2022, tree
 * shaking), gzips the output (node:zlib, level 9), and reads esbuild's
 * metafile for the bytes each input file leaves in the output.
 *
 * Node builtins: a package that imports one would fail to resolve on the
 * browser platform. Such an import, when nothing else resolves it, becomes an
 * empty module, and the bundle lists it in `stubbedBuiltins`; modules that a
 * package's own `browser` field maps to `false` are listed in
 * `disabledByBrowserField`. Both are reported, so a figure never hides them.
 */
import { builtinModules } from "node:module";
import { relative } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { build, type BuildOptions, type Metafile, type Plugin } from "esbuild";

/** The esbuild settings every measured bundle uses. */
export const BROWSER_BUILD = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  treeShaking: true,
} as const satisfies BuildOptions;

/** One bundle to measure: TypeScript source for its entry, resolved from `resolveDir`. */
export interface BundleSpec {
  readonly label: string;
  readonly contents: string;
  /** Where the entry's imports resolve from (also esbuild's working directory, so metafile paths are relative to it). */
  readonly resolveDir: string;
}

/** Minified bytes one input file leaves in the output. */
export interface InputBytes {
  /** As esbuild's metafile names it: relative to the spec's `resolveDir`. */
  readonly path: string;
  readonly bytes: number;
}

export interface BundleSize {
  readonly label: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Every input with its bytes in the output, largest first. */
  readonly inputs: readonly InputBytes[];
  /** Node builtins that nothing could resolve for the browser, bundled as empty modules. */
  readonly stubbedBuiltins: readonly string[];
  /** Modules a package's `browser` field maps to `false`, which esbuild bundles empty. */
  readonly disabledByBrowserField: readonly string[];
  readonly warnings: readonly string[];
}

const ENTRY_NAME = "size-entry.ts";
const DISABLED_PREFIX = "(disabled):";
/** Marks the plugin's own look-up, so it does not answer itself. */
const LOOKING_UP = "empty-node-builtins: looking up";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A plugin that lets an import of a Node builtin (`fs`, `node:fs`, …) fall
 * back to an empty module when esbuild cannot resolve it for the browser, and
 * records the names it stubbed in `stubbed`.
 */
function emptyNodeBuiltins(stubbed: Set<string>): Plugin {
  const names = builtinModules.filter((name) => !name.startsWith("_")).map(escapeRegExp);
  const filter = new RegExp(`^(node:.+|(${names.join("|")})(/.*)?)$`);
  return {
    name: "empty-node-builtins",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter }, async (args) => {
        if (args.pluginData === LOOKING_UP) return undefined;
        // A browser polyfill of the same name, or a `browser` field mapping, wins.
        const resolved = await pluginBuild.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: LOOKING_UP,
        });
        // Resolvable: let esbuild resolve it again itself (a disabled module comes back with no namespace).
        if (resolved.errors.length === 0) return undefined;
        stubbed.add(args.path);
        return { path: args.path, namespace: "empty-node-builtin" };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: "empty-node-builtin" }, () => ({ contents: "", loader: "js" }));
    },
  };
}

function inputsOf(metafile: Metafile): InputBytes[] {
  const outputs = Object.values(metafile.outputs);
  if (outputs.length !== 1 || outputs[0] === undefined) throw new Error(`expected one output, got ${outputs.length}`);
  return Object.entries(outputs[0].inputs)
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
}

/** Bundles `spec` with {@link BROWSER_BUILD}, gzips it and reads its metafile. */
export async function measureBundle(spec: BundleSpec): Promise<BundleSize> {
  const stubbed = new Set<string>();
  const result = await build({
    ...BROWSER_BUILD,
    stdin: { contents: spec.contents, resolveDir: spec.resolveDir, sourcefile: ENTRY_NAME, loader: "ts" },
    absWorkingDir: spec.resolveDir,
    outfile: "size-bundle.js",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [emptyNodeBuiltins(stubbed)],
  });
  const output = result.outputFiles.find((file) => file.path.endsWith(".js"));
  if (output === undefined) throw new Error(`${spec.label}: esbuild wrote no JavaScript`);
  const disabled = Object.keys(result.metafile.inputs)
    .filter((path) => path.startsWith(DISABLED_PREFIX))
    .map((path) => path.slice(DISABLED_PREFIX.length));
  return {
    label: spec.label,
    minifiedBytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: constants.Z_BEST_COMPRESSION }).byteLength,
    inputs: inputsOf(result.metafile),
    stubbedBuiltins: [...stubbed].sort(),
    disabledByBrowserField: disabled.sort(),
    warnings: result.warnings.map((warning) => warning.text),
  };
}

/** The groups a generated client's files fall into, in report order. */
export const CLIENT_GROUPS = [
  "runtime/",
  "resources/",
  "entries/",
  "definition.ts",
  "client.ts",
  "errors.ts",
  "schemas.ts",
  "models/types",
  "index.ts",
  "entry and other",
] as const;

export type ClientGroup = (typeof CLIENT_GROUPS)[number];

/** The groups that are one file each. */
const FILE_GROUPS = [
  "definition.ts",
  "client.ts",
  "errors.ts",
  "schemas.ts",
  "index.ts",
] as const satisfies readonly ClientGroup[];

/**
 * The group of a metafile input, given the client's directory relative to
 * the bundle's working directory (`generated/zep`). Type-only modules
 * (`models.d.ts`, `types.d.ts`) should never appear; when they do they count
 * under `models/types`.
 */
export function clientGroupOf(inputPath: string, clientDir: string): ClientGroup {
  const inClient = relative(clientDir, inputPath).split("\\").join("/");
  if (inClient.startsWith("../") || inClient.startsWith("/")) return "entry and other";
  if (inClient.startsWith("runtime/")) return "runtime/";
  if (inClient.startsWith("resources/")) return "resources/";
  if (inClient.startsWith("entries/")) return "entries/";
  const file = FILE_GROUPS.find((group) => group === inClient);
  if (file !== undefined) return file;
  if (/^(models|types)(\.d)?\.ts$/.test(inClient)) return "models/types";
  return "entry and other";
}

/** Bytes per group, every group present (zero when nothing of it was bundled). */
export function groupBytes<G extends string>(
  inputs: readonly InputBytes[],
  groups: readonly G[],
  groupOf: (path: string) => G,
): ReadonlyMap<G, { readonly bytes: number; readonly files: number }> {
  const totals = new Map<G, { bytes: number; files: number }>(groups.map((group) => [group, { bytes: 0, files: 0 }]));
  for (const input of inputs) {
    const total = totals.get(groupOf(input.path));
    if (total === undefined) continue;
    total.bytes += input.bytes;
    total.files += 1;
  }
  return totals;
}
