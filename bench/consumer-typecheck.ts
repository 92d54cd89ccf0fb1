/**
 * The consumer's type-check cost: `tsc --noEmit` in a user project as users
 * of each tool have it (NodeNext, strict, skipLibCheck, a `src/` with a small
 * user file making three calls), one project per setup:
 *
 * - ours, source kind: generated into `src/<document>/` after the project's
 *   tsconfig.json is in place (so the CLI picks its import extension from it),
 *   compiled with the user's code; against hey-api's and orval's `.ts`
 *   outputs, generated into the same place from the project's folder;
 * - ours, package kind: `--kind package`, `npm pack`, `npm install <tarball>`
 *   into the project, imported by name; against openapi-typescript's
 *   `schema.d.ts` in `src/<document>/` beside its fetch wrapper.
 *
 * Every setup of a document is checked in the same interleaved rounds, per
 * compiler, after a warm-up whose error count is reported.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Compiler } from "./compilers.js";
import { describeSample } from "./generation.js";
import { failureSummary, measureProcess, type Command, type ProcessSample } from "./measure-process.js";
import { oursArgv, type Tool, type ToolId } from "./peers.js";
import { runRounds } from "./rounds.js";
import { completed, errorCount } from "./tsc-outcome.js";
import { importPath, oursClientName, type UserFiles } from "./user-files.js";

export type ConsumerSetupId = "ours-source" | "hey-api" | "orval" | "ours-package" | "openapi-typescript";

/** Ours ÷ peer pairs the report gives ratios for. */
export const CONSUMER_COMPARISONS: readonly {
  readonly kind: "source" | "package";
  readonly ours: ConsumerSetupId;
  readonly peer: ConsumerSetupId;
}[] = [
  { kind: "source", ours: "ours-source", peer: "hey-api" },
  { kind: "source", ours: "ours-source", peer: "orval" },
  { kind: "package", ours: "ours-package", peer: "openapi-typescript" },
];

/**
 * The user project's compiler options: a NodeNext service's, strict, with skipLibCheck as every tool's users run
 * it. `types: []` (as `tsc --init` writes it) keeps the machine's @types out; the dom lib gives `fetch` its types.
 */
export const CONSUMER_COMPILER_OPTIONS: Readonly<Record<string, unknown>> = {
  target: "es2022",
  module: "nodenext",
  moduleResolution: "nodenext",
  lib: ["es2022", "dom", "dom.iterable"],
  types: [],
  strict: true,
  skipLibCheck: true,
  rootDir: "src",
  outDir: "dist",
};

export interface ConsumerDocument {
  /** Short name, also the folder the client goes to under `src/`. */
  readonly id: string;
  readonly title: string;
  /** Absolute path of the document. */
  readonly spec: string;
  readonly files: UserFiles;
}

export interface ConsumerSetup {
  readonly id: ConsumerSetupId;
  /** What is in the project, for the report. */
  readonly description: string;
  readonly project: string;
}

export interface ConsumerChecks {
  readonly compiler: Compiler;
  readonly samples: ReadonlyMap<ConsumerSetupId, readonly ProcessSample[]>;
  /** Errors the warm-up run reported for each setup; checks with errors are timed anyway. */
  readonly errors: ReadonlyMap<ConsumerSetupId, number>;
}

export interface ConsumerDocumentResult {
  readonly document: ConsumerDocument;
  readonly setups: readonly ConsumerSetup[];
  readonly checks: readonly ConsumerChecks[];
  /** What ours' CLI said about the import extension it picked for the source kind. */
  readonly importExtensionNote: string | undefined;
}

export interface ConsumerTypecheckResult {
  readonly documents: readonly ConsumerDocumentResult[];
  /** Setups that could not be prepared, and why. */
  readonly problems: readonly string[];
}

export interface ConsumerTypecheckOptions {
  readonly repoRoot: string;
  readonly compilers: readonly Compiler[];
  readonly documents: readonly ConsumerDocument[];
  readonly tools: readonly Tool[];
  readonly workDir: string;
  readonly runs: number;
  readonly log: (line: string) => void;
}

/** Writes a fresh user project (package.json of an ES module app, tsconfig.json) and returns its folder. */
function writeProject(dir: string): string {
  mkdirSync(join(dir, "src"), { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ private: true, type: "module" }, null, 2)}\n`);
  const tsconfig = { compilerOptions: CONSUMER_COMPILER_OPTIONS, include: ["src"] };
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return dir;
}

/** Runs an untimed preparation step; throws with the step's last output line when it fails. */
async function step(what: string, command: Command, log: (line: string) => void): Promise<ProcessSample> {
  const sample = await measureProcess(command);
  log(`    ${what}: ${describeSample(sample)}`);
  if (!sample.ok) throw new Error(`${what}: ${failureSummary(sample)}`);
  return sample;
}

interface Prepared {
  readonly setup: ConsumerSetup;
  readonly importExtensionNote?: string | undefined;
}

/** Generates `tool`'s output into the project's `src/<document>/` from the project's folder, and the user file. */
async function prepareBeside(
  id: Exclude<ConsumerSetupId, "ours-package">,
  tool: Tool,
  document: ConsumerDocument,
  workDir: string,
  log: (line: string) => void,
): Promise<Prepared> {
  const project = writeProject(join(workDir, document.id, id));
  const src = join(project, "src");
  const outDir = join(src, document.id);
  // Peers run from the project's folder, as a user runs them: orval and hey-api read the project's tsconfig.json
  // there. Ours keeps its own cwd (its command names the CLI relative to the repository) and reads the tsconfig.json
  // above the output folder.
  const command = tool.generate(document.spec, outDir);
  const generated = await step(`generate ${id}`, tool.id === "ours" ? command : { ...command, cwd: project }, log);
  const from = (file: string): string => importPath(src, join(outDir, file));
  const files = document.files;
  const text = {
    "ours-source": () => files.ours(oursClientName(join(outDir, "index.ts")), from("index.js")),
    "hey-api": () => files.heyApi(from("sdk.gen.js"), from("client.gen.js")),
    orval: () => files.orval(from("api.js")),
    "openapi-typescript": () => files.openapiTypescript(from("schema.js")),
  }[id]();
  writeFileSync(join(src, "user.ts"), text);
  const descriptions: Record<typeof id, string> = {
    "ours-source": `ours, source kind in \`src/${document.id}/\`, compiled with the user's code`,
    "hey-api": `${tool.label}, \`.ts\` output in \`src/${document.id}/\``,
    orval: `${tool.label}, \`.ts\` output in \`src/${document.id}/\``,
    "openapi-typescript": `${tool.label}, \`src/${document.id}/schema.d.ts\` and the user's fetch wrapper`,
  };
  // The line names the project's temporary folder; the report keeps what is true of every run.
  const note = /^\s*imports end in .*$/m.exec(generated.output)?.[0]?.trim().split(`${project}/`).join("");
  return { setup: { id, description: descriptions[id], project }, importExtensionNote: note };
}

/** Generates the package kind, packs it, installs the tarball into a fresh project and writes the user file. */
async function preparePackage(
  repoRoot: string,
  document: ConsumerDocument,
  workDir: string,
  log: (line: string) => void,
): Promise<Prepared> {
  const base = join(workDir, document.id);
  const packageDir = join(base, "package");
  await step(
    "generate ours-package",
    { argv: [...oursArgv(repoRoot), document.spec, "--out", packageDir, "--kind", "package"], cwd: repoRoot },
    log,
  );
  const packed = await step(
    "npm pack",
    { argv: ["npm", "pack", "--pack-destination", base, "--silent"], cwd: packageDir },
    log,
  );
  const tarball = packed.output.trim().split("\n").at(-1)?.trim() ?? "";
  const project = writeProject(join(base, "ours-package"));
  await step(
    "npm install <tarball>",
    {
      argv: ["npm", "install", join(base, tarball), "--no-audit", "--no-fund", "--offline", "--ignore-scripts"],
      cwd: project,
    },
    log,
  );
  const name = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { name: string }).name;
  const installed = join(project, "node_modules", name);
  const client = oursClientName(join(installed, "dist", "esm", "index.d.ts"));
  writeFileSync(join(project, "src", "user.ts"), document.files.ours(client, name));
  return {
    setup: {
      id: "ours-package",
      description: `ours, package kind: \`npm pack\`, installed as \`${name}\`, imported by name`,
      project,
    },
  };
}

const TOOL_OF: Readonly<Record<Exclude<ConsumerSetupId, "ours-package">, ToolId>> = {
  "ours-source": "ours",
  "hey-api": "hey-api",
  orval: "orval",
  "openapi-typescript": "openapi-typescript",
};

/** `tsc -p <project> --noEmit` with `compiler`, from the project's folder, as the user types it. */
function tscNoEmit(compiler: Compiler, project: string): Command {
  return { argv: [process.execPath, compiler.tsc, "-p", project, "--noEmit"], cwd: project };
}

async function checkDocument(
  setups: readonly ConsumerSetup[],
  compiler: Compiler,
  options: ConsumerTypecheckOptions,
): Promise<ConsumerChecks> {
  const errors = new Map<ConsumerSetupId, number>();
  options.log(`  ${compiler.label}: tsc --noEmit in each user project`);
  const samples = await runRounds(
    setups.map((setup) => ({
      key: setup.id,
      run: async (): Promise<ProcessSample> => {
        const sample = completed(await measureProcess(tscNoEmit(compiler, setup.project)));
        if (!errors.has(setup.id)) errors.set(setup.id, errorCount(sample));
        return sample;
      },
    })),
    { runs: options.runs, describe: describeSample, log: options.log },
  );
  return { compiler, samples: samples as ReadonlyMap<ConsumerSetupId, readonly ProcessSample[]>, errors };
}

export async function measureConsumerTypecheck(options: ConsumerTypecheckOptions): Promise<ConsumerTypecheckResult> {
  const problems: string[] = [];
  const documents: ConsumerDocumentResult[] = [];
  for (const document of options.documents) {
    options.log(`Consumer type-check: ${document.title}`);
    const prepared: Prepared[] = [];
    const attempt = async (id: ConsumerSetupId, prepare: () => Promise<Prepared>): Promise<void> => {
      try {
        prepared.push(await prepare());
      } catch (error) {
        problems.push(`${document.title}, ${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    for (const id of ["ours-source", "hey-api", "orval", "openapi-typescript"] as const) {
      const tool = options.tools.find((candidate) => candidate.id === TOOL_OF[id]);
      if (tool !== undefined) await attempt(id, () => prepareBeside(id, tool, document, options.workDir, options.log));
    }
    await attempt("ours-package", () => preparePackage(options.repoRoot, document, options.workDir, options.log));
    // Report order: each of ours' kinds ahead of the peers it is compared with.
    const order: readonly ConsumerSetupId[] = ["ours-source", "hey-api", "orval", "ours-package", "openapi-typescript"];
    const setups = order.flatMap((id) => prepared.filter((entry) => entry.setup.id === id).map((entry) => entry.setup));
    const checks: ConsumerChecks[] = [];
    for (const compiler of options.compilers) checks.push(await checkDocument(setups, compiler, options));
    documents.push({
      document,
      setups,
      checks,
      importExtensionNote: prepared.find((entry) => entry.setup.id === "ours-source")?.importExtensionNote,
    });
  }
  return { documents, problems };
}
