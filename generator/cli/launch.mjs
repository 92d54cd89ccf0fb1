/**
 * Start-up for `npm run generate`: runs the generator from plain JavaScript
 * kept in node_modules/.cache/wiregen, rebuilding only the files whose
 * TypeScript source changed (TypeScript's transpileModule, no type check; `tsc`
 * in `npm test` does the checking). This spares every run the cost of a
 * TypeScript loader, which is most of the time on a small spec.
 *
 * The one JavaScript file in the generator, because it is what makes the rest run.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const sourceRoot = fileURLToPath(new URL("..", import.meta.url));
const buildRoot = join(sourceRoot, "..", "node_modules", ".cache", "wiregen", "generator");
const manifestPath = join(buildRoot, "manifest.json");

function sources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name));
}

function outputOf(rel) {
  return join(buildRoot, rel.replace(/\.ts$/, ".js"));
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    return {};
  }
}

function build() {
  const manifest = readManifest();
  const next = {};
  const stale = [];
  for (const file of sources(sourceRoot)) {
    const rel = relative(sourceRoot, file);
    const { mtimeMs, size } = statSync(file);
    const stamp = `${mtimeMs}:${size}`;
    next[rel] = stamp;
    // The output is checked too: several runs may share this folder, and one may be mid-build.
    if (manifest[rel] !== stamp || !existsSync(outputOf(rel))) stale.push(rel);
  }
  // A source was deleted: delete its build, so it cannot be imported by mistake.
  for (const rel of Object.keys(manifest)) {
    if (rel in next) continue;
    rmSync(outputOf(rel), { force: true });
    rmSync(join(buildRoot, rel), { force: true });
  }
  if (stale.length === 0) return;
  // require(), not import(): importing TypeScript's 9 MB CommonJS file from ESM costs a second or more on Node 20.
  const ts = createRequire(import.meta.url)("typescript");
  for (const rel of stale) {
    const text = readFileSync(join(sourceRoot, rel), "utf8");
    const out = ts.transpileModule(text, {
      fileName: rel,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const target = outputOf(rel);
    mkdirSync(dirname(target), { recursive: true });
    // Written beside and renamed: a run starting meanwhile never imports half a file.
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, out.outputText);
    renameSync(temp, target);
    // The runtime is shipped as TypeScript: keep the sources beside the build for the emitter to copy.
    if (rel.startsWith(`runtime${"/"}`)) copyFileSync(join(sourceRoot, rel), join(buildRoot, rel));
  }
  writeFileSync(`${manifestPath}.${process.pid}.tmp`, JSON.stringify(next));
  renameSync(`${manifestPath}.${process.pid}.tmp`, manifestPath);
}

build();
await import(pathToFileURL(join(buildRoot, "cli", "bin.js")).href);
