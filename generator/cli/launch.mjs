/**
 * Start-up for `npm run generate`: runs the generator from plain JavaScript
 * kept in node_modules/.cache/wiregen, rebuilding only the files whose
 * TypeScript source changed (TypeScript's transpileModule, no type check; `tsc`
 * in `npm test` does the checking). This spares every run the cost of a
 * TypeScript loader, which is most of the time on a small spec.
 *
 * The one JavaScript file in the generator, because it is what makes the rest run.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

function readManifest() {
  try {
    return JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch {
    return {};
  }
}

async function build() {
  let manifest = readManifest();
  const next = {};
  const stale = [];
  for (const file of sources(sourceRoot)) {
    const rel = relative(sourceRoot, file);
    const { mtimeMs, size } = statSync(file);
    const stamp = `${mtimeMs}:${size}`;
    next[rel] = stamp;
    if (manifest[rel] !== stamp) stale.push(rel);
  }
  if (Object.keys(manifest).some((rel) => !(rel in next))) {
    // A source was deleted: start clean so its old build cannot be imported by mistake.
    rmSync(buildRoot, { recursive: true, force: true });
    manifest = {};
    stale.splice(0, stale.length, ...Object.keys(next));
  }
  if (stale.length === 0) return;
  const { default: ts } = await import("typescript");
  for (const rel of stale) {
    const text = readFileSync(join(sourceRoot, rel), "utf8");
    const out = ts.transpileModule(text, {
      fileName: rel,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    const target = join(buildRoot, rel.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
    // The runtime is shipped as TypeScript: keep the sources beside the build for the emitter to copy.
    if (rel.startsWith(`runtime${"/"}`)) copyFileSync(join(sourceRoot, rel), join(buildRoot, rel));
  }
  writeFileSync(manifestPath, JSON.stringify(next));
}

await build();
await import(pathToFileURL(join(buildRoot, "cli", "bin.js")).href);
