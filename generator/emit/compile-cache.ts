/**
 * Node's own code cache (`module.enableCompileCache`, Node 22.1+) for the
 * emit helper threads. The launchers (generator/cli/start.cjs,
 * bin/wiregen.cjs) turn it on for the main thread and name its folder in
 * `WIREGEN_COMPILE_CACHE`; a worker is a thread of its own, whose loads
 * (TypeScript's 9 MB, through require(), in the types thread) would otherwise
 * be parsed and compiled again on every run. On Node 20 there is no such
 * function, and nothing happens.
 */
import * as nodeModule from "node:module";

type EnableCompileCache = (directory?: string) => unknown;

/** Turns the cache on in this thread, in the launcher's folder; a no-op without one or on Node 20. */
export function enableCompileCacheHere(): void {
  const directory = process.env["WIREGEN_COMPILE_CACHE"];
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (directory !== undefined && directory !== "" && typeof enable === "function") enable(directory);
}
