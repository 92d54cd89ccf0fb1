/**
 * `npm pack`'s prepack step: compiles the generator into dist/ with tsc
 * (tsconfig.build.json), so the installed command runs plain JavaScript and
 * compiles nothing in the user's project. The runtime is then copied in as
 * TypeScript, the form in which it is copied into every client
 * (generator/emit/runtime-files.ts reads it from dist/runtime/), and its
 * compiled JavaScript is dropped from the package, but for the modules the
 * generator itself imports (the change report asks retry-policy whether a
 * method is retried) and what they import.
 *
 * JavaScript, so packing needs nothing but Node and the dev dependencies.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
/**
 * The runtime modules (`x.js`) that the JavaScript in `text` imports, by its import statements (a line
 * of its own: the emitters' strings of generated imports are indented or quoted).
 */
const runtimeImports = (text, prefix) =>
  [...text.matchAll(new RegExp(`^(?:import|export)\\b[^\\n]*? from "${prefix}([\\w-]+\\.js)";$`, "gm"))].map(
    (match) => match[1],
  );
const needed = new Set(
  readdirSync(dist, { recursive: true })
    .filter((path) => path.endsWith(".js") && !path.startsWith(`runtime`))
    .flatMap((path) => runtimeImports(readFileSync(join(dist, path), "utf8"), "(?:\\.\\./)+runtime/")),
);
for (const name of needed) for (const more of runtimeImports(readFileSync(join(runtimeBuild, name), "utf8"), "\\./")) needed.add(more);
for (const name of readdirSync(runtimeBuild)) {
  if (name.endsWith(".js") && !needed.has(name)) rmSync(join(runtimeBuild, name));
}
for (const name of readdirSync(runtimeSource)) {
  if (name.endsWith(".ts")) copyFileSync(join(runtimeSource, name), join(runtimeBuild, name));
}
