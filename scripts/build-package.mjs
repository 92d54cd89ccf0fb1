/**
 * `npm pack`'s prepack step: compiles the generator into dist/ with tsc
 * (tsconfig.build.json), so the installed command runs plain JavaScript and
 * compiles nothing in the user's project. The runtime is then copied in as
 * TypeScript, the form in which it is copied into every client
 * (generator/emit/runtime-files.ts reads it from dist/runtime/), and its
 * compiled JavaScript, which nothing loads, is dropped from the package.
 *
 * JavaScript, so packing needs nothing but Node and the dev dependencies.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

// A clean build: a deleted source must not leave its old JavaScript in the package.
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });

const runtimeSource = join(root, "generator", "runtime");
const runtimeBuild = join(dist, "runtime");
for (const name of readdirSync(runtimeBuild)) {
  if (name.endsWith(".js")) rmSync(join(runtimeBuild, name));
}
for (const name of readdirSync(runtimeSource)) {
  if (name.endsWith(".ts")) copyFileSync(join(runtimeSource, name), join(runtimeBuild, name));
}
