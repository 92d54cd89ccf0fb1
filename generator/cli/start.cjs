/**
 * The command's entry point (`npm run generate`): keeps V8's compiled code of
 * the CommonJS libraries the generator loads (ts-morph carries a 9 MB copy of
 * TypeScript) in node_modules/.cache/wiregen/v8, so a run after the first
 * does not parse and compile them again, then hands over to launch.mjs.
 *
 * CommonJS, because v8-compile-cache hooks `require()` and names its cache
 * after the main module; from an ES module entry it would name it after the
 * working directory and keep one copy per folder the command is run from.
 */
const { join } = require("node:path");

process.env.V8_COMPILE_CACHE_CACHE_DIR ??= join(__dirname, "..", "..", "node_modules", ".cache", "wiregen", "v8");
require("v8-compile-cache");

import("./launch.mjs").catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
