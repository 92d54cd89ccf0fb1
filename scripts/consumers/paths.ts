/**
 * Where the consumer matrix finds things: the repository, the vendored
 * template configurations, its own toolchain, and the Node binaries that
 * `scripts/fetch-node.sh` puts in the cache. Paths only; nothing here looks
 * at the disk.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (two levels above this file). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The spec whose client every setup calls. */
export const ZEP_SPEC = join(REPO, "spec/zep.yaml");

/** The generator's command line, run the way `npm run generate` runs it. */
export const GENERATOR_CLI = join(REPO, "generator/cli/start.cjs");

/** Other projects' configuration files, vendored untouched (see SOURCES.md there). */
export const FIXTURES = join(REPO, "test/fixtures/consumers");

/** The matrix's own tools (Vite's react-ts packages, Jest, ts-jest), installed by `npm ci --prefix`. */
export const TOOLCHAIN = join(REPO, "scripts/consumers/toolchain");

/** The overlay that breaks the client on purpose (`--broken`). */
export const BROKEN_OVERLAY = join(REPO, "scripts/consumers/broken-auth.overlay.yaml");

/** The table of the last run, kept in the repository. */
export const RESULTS_FILE = join(REPO, "scripts/consumers/RESULTS.md");

/** A package's folder in the repository's own node_modules. */
export function rootModule(name: string): string {
  return join(REPO, "node_modules", name);
}

/** A package's folder in the toolchain's node_modules. */
export function toolchainModule(name: string): string {
  return join(TOOLCHAIN, "node_modules", name);
}

/** A Node binary fetched by `bash scripts/fetch-node.sh <version>`. */
export function cachedNode(major: number): string {
  return join(REPO, `node_modules/.cache/runtimes/node-${major}/bin/node`);
}
