/**
 * How each generator is invoked: ours (the command line `npm run generate`
 * runs, read from package.json at bench time and run with node directly, so
 * npm's own start-up is not counted) and the pinned peers, each writing into
 * its own output directory.
 */
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "./measure-process.js";

export type ToolId = "ours" | "ours-node20" | "openapi-typescript" | "hey-api" | "orval" | "kubb";

/** The tools that compare with ours: every tool but ours on either Node. */
export const isPeer = (id: ToolId): boolean => id !== "ours" && id !== "ours-node20";

export interface Tool {
  readonly id: ToolId;
  /** Name and version, for the report. */
  readonly label: string;
  /** What the tool generates, for the report. */
  readonly produces: string;
  /** The command that generates `spec` (an absolute path) into `outDir`. */
  readonly generate: (spec: string, outDir: string) => Command;
}

/** The Nodes the bench runs tools on: Node 24 (every tool) and the machine's own (ours' second column). */
export interface Runtimes {
  /** Node 24's binary (node_modules/.cache/runtimes/node-24/bin/node). */
  readonly node24: string;
  /** The machine's Node (Node 20), the one running the bench. */
  readonly node20: string;
}

interface PackageJson {
  readonly version?: string;
  readonly scripts?: Readonly<Record<string, string>>;
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
}

/**
 * The generate script as a node command line: `node X …` runs as is, `tsx X …`
 * becomes `node --import tsx X …`. Anything else (shell syntax, other runners)
 * is refused rather than guessed at.
 */
export function oursArgv(repoRoot: string, node: string = process.execPath): readonly string[] {
  const script = readPackage(repoRoot).scripts?.["generate"];
  if (script === undefined) throw new Error("package.json has no generate script");
  const words = script.trim().split(/\s+/);
  if (words.some((word) => /[&|;<>$`'"]/.test(word))) throw new Error(`cannot run "${script}" without a shell`);
  const [runner, ...rest] = words;
  if (runner === "node") return [node, ...rest];
  if (runner === "tsx") return [node, "--import", "tsx", ...rest];
  throw new Error(`do not know how to run the generate script "${script}" without npm`);
}

/** A package's bin script, resolved through node_modules/.bin so it can be run with a chosen node. */
function binScript(modules: string, name: string): string {
  return realpathSync(join(modules, ".bin", name));
}

/** Where the peers live: bench/peers (its own package.json and lock, installed by the bench). */
export function peersDir(repoRoot: string): string {
  return join(repoRoot, "bench", "peers");
}

/**
 * Every tool, ours first: ours on Node 24 and on Node 20, then the peers from bench/peers/node_modules on Node 24
 * (they need Node >= 22.18). Peers run with their temp directory as cwd so nothing lands in the repo; orval and
 * Kubb read their config from bench/peers, which takes the spec and output from BENCH_SPEC and BENCH_OUT.
 */
export function tools(repoRoot: string, scratchDir: string, runtimes: Runtimes): readonly Tool[] {
  const node = runtimes.node24;
  const peers = peersDir(repoRoot);
  const modules = join(peers, "node_modules");
  const version = (pkg: string): string => readPackage(join(modules, pkg)).version ?? "?";
  const ours24 = oursArgv(repoRoot, runtimes.node24);
  const ours20 = oursArgv(repoRoot, runtimes.node20);
  const openapiTypescript = join(modules, "openapi-typescript", "bin", "cli.js");
  const heyApi = binScript(modules, "openapi-ts");
  const orval = binScript(modules, "orval");
  const kubb = binScript(modules, "kubb");
  const oursTool = (id: ToolId, argv: readonly string[], nodeLabel: string): Tool => ({
    id,
    label: `wiregen on ${nodeLabel} (\`${argv.slice(1).join(" ")}\`)`,
    produces: "types + client",
    generate: (spec, outDir) => ({ argv: [...argv, spec, "--out", outDir, "--timings"], cwd: repoRoot }),
  });
  return [
    oursTool("ours", ours24, "Node 24"),
    oursTool("ours-node20", ours20, `Node ${process.versions.node.split(".")[0]} (the machine's)`),
    {
      id: "openapi-typescript",
      label: `openapi-typescript ${version("openapi-typescript")}`,
      produces: "types only (`paths`, `components`), written as its README recommends (`-o schema.d.ts`)",
      // A .d.ts, as its README has users write it: a project's skipLibCheck then skips it, as it does for them.
      generate: (spec, outDir) => ({
        argv: [node, openapiTypescript, spec, "-o", join(outDir, "schema.d.ts")],
        cwd: scratchDir,
      }),
    },
    {
      id: "hey-api",
      label: `@hey-api/openapi-ts ${version("@hey-api/openapi-ts")}`,
      produces: "types + SDK functions (default plugins: its built-in fetch client, types, SDK)",
      generate: (spec, outDir) => ({
        argv: [node, heyApi, "-i", spec, "-o", outDir, "--no-log-file"],
        cwd: scratchDir,
      }),
    },
    {
      id: "orval",
      label: `orval ${version("orval")}`,
      produces:
        "types + fetch functions (`bench/peers/orval.config.mjs`: client fetch, single file, external `$ref`s allowed)",
      generate: (spec, outDir) => ({
        argv: [node, orval, "--config", join(peers, "orval.config.mjs")],
        cwd: scratchDir,
        env: { BENCH_SPEC: spec, BENCH_OUT: join(outDir, "api.ts") },
      }),
    },
    {
      id: "kubb",
      label: `Kubb ${version("@kubb/cli")}`,
      produces: "types + fetch client (`bench/peers/kubb.config.mjs`: plugin-oas, plugin-ts, plugin-client fetch)",
      generate: (spec, outDir) => ({
        argv: [node, kubb, "generate", "--config", join(peers, "kubb.config.mjs")],
        cwd: scratchDir,
        env: { BENCH_SPEC: spec, BENCH_OUT: outDir },
      }),
    },
  ];
}
