/**
 * How each generator is invoked: ours (the command line `npm run generate`
 * runs, read from package.json at bench time and run with node directly, so
 * npm's own start-up is not counted) and the pinned peers, each writing into
 * its own output directory.
 */
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "./measure-process.js";

export type ToolId = "ours" | "openapi-typescript" | "hey-api" | "orval";

export interface Tool {
  readonly id: ToolId;
  /** Name and version, for the report. */
  readonly label: string;
  /** What the tool generates, for the report. */
  readonly produces: string;
  /** The command that generates `spec` (an absolute path) into `outDir`. */
  readonly generate: (spec: string, outDir: string) => Command;
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
export function oursArgv(repoRoot: string): readonly string[] {
  const script = readPackage(repoRoot).scripts?.["generate"];
  if (script === undefined) throw new Error("package.json has no generate script");
  const words = script.trim().split(/\s+/);
  if (words.some((word) => /[&|;<>$`'"]/.test(word))) throw new Error(`cannot run "${script}" without a shell`);
  const [runner, ...rest] = words;
  if (runner === "node") return [process.execPath, ...rest];
  if (runner === "tsx") return [process.execPath, "--import", "tsx", ...rest];
  throw new Error(`do not know how to run the generate script "${script}" without npm`);
}

/** A package's bin script, resolved through node_modules/.bin so it can be run with this node. */
function binScript(repoRoot: string, name: string): string {
  return realpathSync(join(repoRoot, "node_modules", ".bin", name));
}

/** Every tool, ours first; peers run with their temp directory as cwd so nothing lands in the repo. */
export function tools(repoRoot: string, scratchDir: string): readonly Tool[] {
  const node = process.execPath;
  const version = (pkg: string): string => readPackage(join(repoRoot, "node_modules", pkg)).version ?? "?";
  const ours = oursArgv(repoRoot);
  const openapiTypescript = join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
  const heyApi = binScript(repoRoot, "openapi-ts");
  const orval = binScript(repoRoot, "orval");
  return [
    {
      id: "ours",
      label: `wiregen (\`${ours.slice(1).join(" ")}\`)`,
      produces: "types + client",
      generate: (spec, outDir) => ({ argv: [...ours, spec, "--out", outDir, "--timings"], cwd: repoRoot }),
    },
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
      produces: "types + SDK functions (default plugins, client-fetch)",
      generate: (spec, outDir) => ({
        argv: [node, heyApi, "-i", spec, "-o", outDir, "--no-log-file"],
        cwd: scratchDir,
      }),
    },
    {
      id: "orval",
      label: `orval ${version("orval")}`,
      produces: "types + fetch functions (`--client fetch`, single file)",
      generate: (spec, outDir) => ({
        argv: [node, orval, "--input", spec, "--output", join(outDir, "api.ts"), "--client", "fetch"],
        cwd: scratchDir,
      }),
    },
  ];
}
