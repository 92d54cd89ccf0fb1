#!/usr/bin/env node
/**
 * The installed `wiregen` command: runs the JavaScript compiled into dist/ at
 * pack time (nothing is compiled in the user's project), with V8's compiled
 * code of the CommonJS libraries it loads (ts-morph carries a 9 MB copy of
 * TypeScript) cached so a run after the first does not compile them again.
 *
 * The caches go to a folder the user can write (WIREGEN_CACHE_DIR, else the
 * project's node_modules/.cache/wiregen, else the system's temporary folder),
 * never beside this file: the install folder may be read-only (pnpm's store,
 * Nix, a CI cache). With no writable folder, the caches are skipped.
 *
 * CommonJS, for the same reason as generator/cli/start.cjs: v8-compile-cache
 * hooks `require()` and names its cache after the main module.
 */
const { accessSync, constants } = require("node:fs");
const { tmpdir } = require("node:os");
const { dirname, join } = require("node:path");

/** True when `dir`, or the nearest folder above it that exists, can be written to. */
function writable(dir) {
  for (let at = dir; ; at = dirname(at)) {
    try {
      accessSync(at, constants.W_OK);
      return true;
    } catch (error) {
      if (error.code !== "ENOENT" || dirname(at) === at) return false;
    }
  }
}

/** The cache root, or undefined when no candidate is writable. */
function chooseCacheDir() {
  if (process.env.WIREGEN_CACHE_DIR) return process.env.WIREGEN_CACHE_DIR;
  // Only a project that already has node_modules: a run elsewhere must not create one.
  const projectModules = join(process.cwd(), "node_modules");
  const candidates = [];
  try {
    accessSync(projectModules);
    candidates.push(join(projectModules, ".cache", "wiregen"));
  } catch {
    // No node_modules here: the temporary folder it is.
  }
  const uid = typeof process.getuid === "function" ? process.getuid() : "user";
  candidates.push(join(tmpdir(), `wiregen-cache-${uid}`));
  return candidates.find(writable);
}

// A smaller young generation for the helper threads, as generator/cli/start.cjs sets it (see there).
// This thread keeps V8's default: the flag works here only on node's command line, which a bin cannot set.
require("node:v8").setFlagsFromString("--max-semi-space-size=4");

const cacheDir = chooseCacheDir();
const nodeModule = require("node:module");
if (cacheDir === undefined) {
  process.env.DISABLE_V8_COMPILE_CACHE = "1";
} else {
  // Passed on to the generator's stamps (generator/write/cache-dir.ts) and its helper threads.
  process.env.WIREGEN_CACHE_DIR = cacheDir;
  if (typeof nodeModule.enableCompileCache === "function") {
    // Node 22.1+: its own code cache, ES modules and helper threads included (generator/emit/compile-cache.ts).
    process.env.WIREGEN_COMPILE_CACHE ??= join(cacheDir, "compile");
    nodeModule.enableCompileCache(process.env.WIREGEN_COMPILE_CACHE);
  } else {
    process.env.V8_COMPILE_CACHE_CACHE_DIR ??= join(cacheDir, "v8");
  }
}
if (typeof nodeModule.enableCompileCache !== "function") require("v8-compile-cache");

import("../dist/cli/bin.js").catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
