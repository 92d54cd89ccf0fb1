/**
 * The command's entry point (`npm run generate`): keeps V8's compiled code of
 * the libraries the generator loads (ts-morph carries a 9 MB copy of
 * TypeScript) in node_modules/.cache/wiregen, so a run after the first does
 * not parse and compile them again, then hands over to launch.mjs. On Node
 * 22.1+ that is Node's own compile cache (every module, every thread); on
 * Node 20, v8-compile-cache (CommonJS on the main thread).
 *
 * CommonJS, because v8-compile-cache hooks `require()` and names its cache
 * after the main module; from an ES module entry it would name it after the
 * working directory and keep one copy per folder the command is run from.
 */
const nodeModule = require("node:module");
const { join } = require("node:path");

// V8's young generation at 4 MB a half (it grows to 16 MB, then 32 MB on Node 24): the generator's
// objects mostly live as long as the run, so a bigger nursery is slack, about 40 MB of the Zep run's peak
// and 250 MB of GitHub's, at no measurable cost in time. From here it reaches only the helper threads,
// which start after it; the npm script passes the same flag on the command line for this thread.
require("node:v8").setFlagsFromString("--max-semi-space-size=4");

const cacheRoot = join(__dirname, "..", "..", "node_modules", ".cache", "wiregen");
if (typeof nodeModule.enableCompileCache === "function") {
  // Node 22.1+: its own code cache, for ES modules too; the helper threads turn it on from the env (emit/compile-cache.ts).
  process.env.WIREGEN_COMPILE_CACHE ??= join(cacheRoot, "compile");
  nodeModule.enableCompileCache(process.env.WIREGEN_COMPILE_CACHE);
} else {
  process.env.V8_COMPILE_CACHE_CACHE_DIR ??= join(cacheRoot, "v8");
  require("v8-compile-cache");
}

import("./launch.mjs").catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
