/**
 * `npm run size`: what the generated Zep client costs in a browser bundle,
 * next to the official SDK (`@getzep/zep-cloud`).
 *
 * Bundles, with esbuild for the browser (see `BROWSER_BUILD` in
 * scripts/bundle-measure.ts), a tiny entry making one call, `thread.listAll`,
 * through `generated/zep/` twice (from the client's index, and from the
 * per-resource entry `entries/thread.ts` that the package kind exports as
 * `<name>/thread`) and the same call through the SDK, then the whole client
 * (every export of `index.ts`, and the client constructed), and for
 * reference the SDK's whole package. Prints minified and gzipped sizes (gzip
 * level 9) with ours ÷ SDK, then where the bytes go: esbuild's metafile,
 * bytes per input file and per group of the client (runtime/, resources/,
 * entries/, definition.ts, client.ts, errors.ts, models/types). Writes the
 * same report to scripts/SIZE.md. The goal (issues 8 and 17): one call
 * through the per-resource entry, gzipped, is a tenth of the SDK's or less.
 *
 * What validation adds: the same one call (both imports) through the Zep
 * client generated with `validate: "responses"`, which `generated/zep/` is
 * not, so it is generated first into node_modules/.cache/wiregen/size/
 * (scripts/validated-zep-client.ts); the report gives its sizes and the
 * difference from the same bundle without validation.
 *
 * Exit codes: 0 report written (goal met or not; the report says), 1 failure.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { version as esbuildVersion } from "esbuild";
import {
  BROWSER_BUILD,
  CLIENT_GROUPS,
  clientGroupOf,
  groupBytes,
  measureBundle,
  type BundleSize,
  type BundleSpec,
  type InputBytes,
} from "./bundle-measure.js";
import { validatedZepClientDir, writeValidatedZepClient } from "./validated-zep-client.js";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The client measured, relative to the repository root. */
const CLIENT_DIR = "generated/zep";
/** The same client generated with response validation (by `main`, before bundling), relative to the repository root. */
const VALIDATED_CLIENT_DIR = validatedZepClientDir("size", "responses");
const SDK_PACKAGE = "@getzep/zep-cloud";
const REPORT_PATH = join(REPO_ROOT, "scripts", "SIZE.md");
/** Ours ÷ SDK, gzipped, one call: at most this. */
const GOAL_RATIO = 0.1;
const TOP_FILES = 15;

/** One `thread.listAll` call through the client in `dir`, from its index. */
function oneCall(label: string, dir: string): BundleSpec {
  return {
    label,
    resolveDir: REPO_ROOT,
    contents: [
      `import { ZepClient } from "./${dir}/index.ts";`,
      `const zep = new ZepClient({ apiKey: "z_key" });`,
      `const page = await zep.thread.listAll({ page_size: 50 });`,
      `console.log(page.threads?.length);`,
    ].join("\n"),
  };
}

/** The same call through the client's per-resource entry point, `entries/thread.ts`. */
function entryCall(label: string, dir: string): BundleSpec {
  return {
    label,
    resolveDir: REPO_ROOT,
    contents: [
      `import { ZepThreadClient } from "./${dir}/entries/thread.ts";`,
      `const thread = new ZepThreadClient({ apiKey: "z_key" });`,
      `const page = await thread.listAll({ page_size: 50 });`,
      `console.log(page.threads?.length);`,
    ].join("\n"),
  };
}

/** The bundles measured; each entry is TypeScript resolved from the repository root. */
export const ENTRIES = {
  oursOneCall: oneCall("ours, one call", CLIENT_DIR),
  oursEntryOneCall: entryCall("ours, one call, `thread` entry", CLIENT_DIR),
  oursValidatedOneCall: oneCall("ours, one call, validating responses", VALIDATED_CLIENT_DIR),
  oursValidatedEntryOneCall: entryCall("ours, one call, `thread` entry, validating responses", VALIDATED_CLIENT_DIR),
  sdkOneCall: {
    label: "SDK, one call",
    resolveDir: REPO_ROOT,
    contents: [
      `import { ZepClient } from "${SDK_PACKAGE}";`,
      `const zep = new ZepClient({ apiKey: "z_key" });`,
      `const page = await zep.thread.listAll({ pageSize: 50 });`,
      `console.log(page.threads?.length);`,
    ].join("\n"),
  },
  oursWhole: {
    label: "ours, whole client",
    resolveDir: REPO_ROOT,
    contents: [
      `import { ZepClient } from "./${CLIENT_DIR}/index.ts";`,
      `export * from "./${CLIENT_DIR}/index.ts";`,
      `export const zep = new ZepClient({ apiKey: "z_key" });`,
    ].join("\n"),
  },
  sdkWhole: {
    label: "SDK, whole package",
    resolveDir: REPO_ROOT,
    contents: [
      `import { ZepClient } from "${SDK_PACKAGE}";`,
      `export * from "${SDK_PACKAGE}";`,
      `export const zep = new ZepClient({ apiKey: "z_key" });`,
    ].join("\n"),
  },
} as const satisfies Record<string, BundleSpec>;

type EntryName = keyof typeof ENTRIES;
/** Every entry's name, in the order the report lists them. */
const ENTRY_NAMES = Object.keys(ENTRIES) as EntryName[];
/** Each entry's measured bundle. */
type Bundles = { readonly [K in EntryName]: BundleSize };

/** The SDK's files, grouped by the part of the package (or dependency) they come from. */
export const SDK_GROUPS = [
  "api/resources (resource clients)",
  "serialization/ (schemas)",
  "core/",
  "zod (dependency)",
  "rest of the SDK",
  "entry",
] as const;

export type SdkGroup = (typeof SDK_GROUPS)[number];

/** The group of one input of an SDK bundle. */
export function sdkGroupOf(inputPath: string): SdkGroup {
  const dist = `node_modules/${SDK_PACKAGE}/dist/esm/`;
  if (inputPath.startsWith("node_modules/zod/")) return "zod (dependency)";
  if (!inputPath.startsWith(dist)) return "entry";
  const inSdk = inputPath.slice(dist.length);
  if (inSdk.startsWith("api/resources/")) return "api/resources (resource clients)";
  if (inSdk.startsWith("serialization/")) return "serialization/ (schemas)";
  if (inSdk.startsWith("core/")) return "core/";
  return "rest of the SDK";
}

const bytes = (n: number): string => `${n.toLocaleString("en-US")} B`;
const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
const size = (n: number): string => `${bytes(n)} (${kib(n)})`;
const ratio = (ours: number, theirs: number): string => `${(ours / theirs).toFixed(3)}×`;
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** What, if anything, had to be emptied for the browser build of `bundle`. */
function builtinsNote(bundle: BundleSize): string {
  const parts: string[] = [];
  if (bundle.stubbedBuiltins.length > 0)
    parts.push(
      `Node builtins bundled as empty modules: ${bundle.stubbedBuiltins.map((name) => `\`${name}\``).join(", ")}`,
    );
  if (bundle.disabledByBrowserField.length > 0)
    parts.push(
      `modules the package's \`browser\` field maps to \`false\` (bundled empty): ${bundle.disabledByBrowserField.map((name) => `\`${name}\``).join(", ")}`,
    );
  if (bundle.warnings.length > 0)
    parts.push(`${bundle.warnings.length} esbuild warning(s): ${bundle.warnings.join("; ")}`);
  return parts.length === 0
    ? `${bundle.label}: no Node builtin reached the bundle; nothing marked external or empty.`
    : `${bundle.label}: ${parts.join("; ")}.`;
}

function sizeRow(bundle: BundleSize, sdk: BundleSize | undefined): string[] {
  return [
    bundle.label,
    size(bundle.minifiedBytes),
    size(bundle.gzipBytes),
    sdk === undefined ? "–" : ratio(bundle.minifiedBytes, sdk.minifiedBytes),
    sdk === undefined ? "–" : ratio(bundle.gzipBytes, sdk.gzipBytes),
  ];
}

const SIZE_HEADERS = ["bundle", "minified", "gzipped", "ours ÷ SDK, minified", "ours ÷ SDK, gzipped"] as const;

const signed = (n: number): string => `${n < 0 ? "−" : "+"}${bytes(Math.abs(n))}`;

/** `bundle` beside `without`, the same entry through the client without validation. */
function validationRow(bundle: BundleSize, without: BundleSize): string[] {
  return [
    bundle.label,
    size(bundle.minifiedBytes),
    size(bundle.gzipBytes),
    `${signed(bundle.minifiedBytes - without.minifiedBytes)} (${ratio(bundle.minifiedBytes, without.minifiedBytes)})`,
    `${signed(bundle.gzipBytes - without.gzipBytes)} (${ratio(bundle.gzipBytes, without.gzipBytes)})`,
  ];
}

const VALIDATION_HEADERS = [
  "bundle",
  "minified",
  "gzipped",
  "minus the same without validation, minified",
  "minus the same without validation, gzipped",
] as const;

/** Group totals and the top files of one bundle of the generated client in `clientDir`; `resourceFiles` is how many files `resources/` holds. */
function clientBreakdown(bundle: BundleSize, resourceFiles: number, clientDir: string = CLIENT_DIR): string {
  const counted = bundle.inputs.reduce((sum, input) => sum + input.bytes, 0);
  const groups = groupBytes(bundle.inputs, CLIENT_GROUPS, (path) => clientGroupOf(path, clientDir));
  const groupRows = [...groups].map(([group, total]) => [
    group,
    String(total.files),
    bytes(total.bytes),
    percent(total.bytes, bundle.minifiedBytes),
  ]);
  groupRows.push([
    "esbuild's own glue",
    "–",
    bytes(bundle.minifiedBytes - counted),
    percent(bundle.minifiedBytes - counted, bundle.minifiedBytes),
  ]);
  const typeOnly = bundle.inputs.filter(
    (input) => clientGroupOf(input.path, clientDir) === "models/types" && input.bytes > 0,
  );
  const typeNote =
    typeOnly.length === 0
      ? "`models.d.ts` and `types.d.ts` contribute 0 B (type-only: esbuild never loads them)."
      : `**Unexpected:** type-only modules left code: ${typeOnly.map((input) => `\`${input.path}\` ${bytes(input.bytes)}`).join(", ")}.`;
  const bundledResources = groups.get("resources/")?.files ?? 0;
  const resourceNote = `\`resources/\`: ${bundledResources} of the ${resourceFiles} files under \`${clientDir}/resources/\` are in this bundle.`;
  return [
    `#### ${bundle.label}: ${size(bundle.minifiedBytes)} minified, ${bundle.inputs.length} input files`,
    "",
    table(["group", "files", "minified bytes", "share"], groupRows),
    "",
    `${resourceNote} ${typeNote}`,
    "",
    topFiles(bundle.inputs, bundle.minifiedBytes, clientDir),
  ].join("\n");
}

function topFiles(inputs: readonly InputBytes[], total: number, stripPrefix: string): string {
  const rows = inputs.slice(0, TOP_FILES).map((input, i) => {
    const shown = input.path.startsWith(`${stripPrefix}/`) ? input.path.slice(stripPrefix.length + 1) : input.path;
    return [String(i + 1), `\`${shown}\``, bytes(input.bytes), percent(input.bytes, total)];
  });
  return table(["#", `file (under \`${stripPrefix}/\`)`, "minified bytes", "share"], rows);
}

function sdkBreakdown(bundle: BundleSize): string {
  const groups = groupBytes(bundle.inputs, SDK_GROUPS, sdkGroupOf);
  const rows = [...groups].map(([group, total]) => [
    group,
    String(total.files),
    bytes(total.bytes),
    percent(total.bytes, bundle.minifiedBytes),
  ]);
  return [
    `#### ${bundle.label}: ${size(bundle.minifiedBytes)} minified, ${bundle.inputs.length} input files (groups only, for comparison)`,
    "",
    table(["group", "files", "minified bytes", "share"], rows),
  ].join("\n");
}

/** The whole report, as Markdown. */
export function renderReport(
  bundles: Bundles,
  versions: { readonly esbuild: string; readonly sdk: string; readonly node: string },
  resourceFiles: number,
): string {
  const {
    oursOneCall,
    oursEntryOneCall,
    oursValidatedOneCall,
    oursValidatedEntryOneCall,
    sdkOneCall,
    oursWhole,
    sdkWhole,
  } = bundles;
  // The goal is for the per-resource entry: the import a size-conscious user (or the package kind's
  // `<name>/thread`) makes. The index import carries every resource, since the client constructs them all.
  const achieved = oursEntryOneCall.gzipBytes / sdkOneCall.gzipBytes;
  const limit = Math.floor(sdkOneCall.gzipBytes * GOAL_RATIO);
  const measured = `ours through the \`thread\` entry, gzipped, is ${ratio(oursEntryOneCall.gzipBytes, sdkOneCall.gzipBytes)} the SDK's`;
  const goal =
    achieved <= GOAL_RATIO
      ? `**Goal met**: ${measured} (goal ≤ ${GOAL_RATIO}×, i.e. ≤ ${bytes(limit)}).`
      : `**Goal missed**: ${measured}; the goal is ≤ ${GOAL_RATIO}×, i.e. ≤ ${bytes(limit)}, ${bytes(oursEntryOneCall.gzipBytes - limit)} less than now.`;
  const fromIndex = `Through the client's index (every resource): ${ratio(oursOneCall.gzipBytes, sdkOneCall.gzipBytes)}.`;
  const build = Object.entries(BROWSER_BUILD)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
  return [
    "# Bundle size",
    "",
    `Written by \`npm run size\` (scripts/bundle-size.ts). esbuild ${versions.esbuild} (${build}); gzip: node:zlib level 9; ` +
      `SDK: \`${SDK_PACKAGE}\` ${versions.sdk}; Node ${versions.node}. Bytes are exact; KiB = 1024 B.`,
    "",
    "## One call: `thread.listAll`",
    "",
    table(SIZE_HEADERS, [
      sizeRow(oursOneCall, sdkOneCall),
      sizeRow(oursEntryOneCall, sdkOneCall),
      sizeRow(sdkOneCall, undefined),
    ]),
    "",
    `${goal} ${fromIndex}`,
    "",
    "## One call, validating responses",
    "",
    `The same two entries through the Zep client generated with \`validate: "responses"\` (into \`${VALIDATED_CLIENT_DIR}/\`), ` +
      "beside the same entry through `generated/zep/`, which has no validation.",
    "",
    table(VALIDATION_HEADERS, [
      validationRow(oursValidatedOneCall, oursOneCall),
      validationRow(oursValidatedEntryOneCall, oursEntryOneCall),
    ]),
    "",
    `Through the \`thread\` entry, validating responses, ours is ${ratio(oursValidatedEntryOneCall.gzipBytes, sdkOneCall.gzipBytes)} the SDK's one call, gzipped.`,
    "",
    "## Whole client",
    "",
    table(SIZE_HEADERS, [sizeRow(oursWhole, sdkWhole), sizeRow(sdkWhole, undefined)]),
    "",
    "The SDK's whole package is `export *` of its index, which also carries its `serialization` schemas; it is here for scale, not as a like-for-like pair.",
    "",
    "## Browser build notes",
    "",
    ...ENTRY_NAMES.map((name) => `- ${builtinsNote(bundles[name])}`),
    "",
    "## Where the bytes go",
    "",
    `Minified bytes each input file leaves in the output (esbuild's metafile \`bytesInOutput\`), by group, then the top ${TOP_FILES} files. ` +
      "Shares are of the whole minified bundle; gzip does not split by file.",
    "",
    clientBreakdown(oursEntryOneCall, resourceFiles),
    "",
    clientBreakdown(oursOneCall, resourceFiles),
    "",
    clientBreakdown(oursValidatedEntryOneCall, resourceFiles, VALIDATED_CLIENT_DIR),
    "",
    clientBreakdown(oursWhole, resourceFiles),
    "",
    sdkBreakdown(sdkOneCall),
    "",
    "## Entries",
    "",
    ...Object.values(ENTRIES).flatMap((entry) => [`${entry.label}:`, "", "```ts", entry.contents, "```", ""]),
  ].join("\n");
}

async function main(): Promise<void> {
  const sdkManifest = JSON.parse(
    readFileSync(join(REPO_ROOT, "node_modules", SDK_PACKAGE, "package.json"), "utf8"),
  ) as { version: string };
  await writeValidatedZepClient("size", "responses");
  const sizes = await Promise.all(ENTRY_NAMES.map((name) => measureBundle(ENTRIES[name])));
  const bundles = Object.fromEntries(ENTRY_NAMES.map((name, i) => [name, sizes[i]!])) as Bundles;
  const report = renderReport(
    bundles,
    { esbuild: esbuildVersion, sdk: sdkManifest.version, node: process.versions.node },
    readdirSync(join(REPO_ROOT, CLIENT_DIR, "resources")).filter((name) => name.endsWith(".ts")).length,
  );
  console.log(report);
  writeFileSync(REPORT_PATH, report);
  console.error(`size: wrote ${REPORT_PATH}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
