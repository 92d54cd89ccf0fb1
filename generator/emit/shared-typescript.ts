/**
 * One TypeScript per thread for the emit stage. ts-morph carries a copy of
 * its own (TypeScript 6.0, 9 MB), and openapi-typescript requires the
 * `typescript` package (5.9, the version it supports); on the thread that
 * runs both, two copies cost about 60 ms of start-up and 25 MB. ts-morph is
 * used here only to print structures as text, which does not depend on the
 * compiler's version (output compared on every fixture and corpus document
 * by the snapshot and format tests), so it is handed openapi-typescript's
 * copy: that copy is placed in require()'s cache under the path of ts-morph's
 * own before ts-morph first loads. Nothing else requires that path.
 */
import { createRequire, Module } from "node:module";

/** require() as openapi-typescript's CommonJS build does it (from its transform folder). */
export function openapiTypescriptRequire(): NodeJS.Require {
  const here = createRequire(import.meta.url);
  return createRequire(here.resolve("openapi-typescript/dist/transform/index.cjs"));
}

/** Loads ts-morph, sharing openapi-typescript's TypeScript unless ts-morph is already loaded. */
export function requireTsMorph(): typeof import("ts-morph") {
  const here = createRequire(import.meta.url);
  const tsMorphPath = here.resolve("ts-morph");
  if (here.cache[tsMorphPath] === undefined) {
    const bundled = createRequire(createRequire(tsMorphPath).resolve("@ts-morph/common")).resolve("./typescript");
    if (here.cache[bundled] === undefined) {
      const shared = new Module(bundled);
      shared.filename = bundled;
      shared.exports = openapiTypescriptRequire()("typescript") as unknown;
      shared.loaded = true;
      here.cache[bundled] = shared;
    }
  }
  return here(tsMorphPath) as typeof import("ts-morph");
}
