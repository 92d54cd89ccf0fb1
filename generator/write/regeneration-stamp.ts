/**
 * The regeneration cache: after a successful write, a stamp records what the
 * client was made from (the hash of every input file and of the generator
 * itself) and what was written (the hash of every output file). A later run
 * whose inputs and outputs still match skips generation entirely. Stamps live
 * in the cache folder's stamps/ (node_modules/.cache/wiregen/stamps by
 * default, see cache-dir.ts), local to the machine and never committed, so a
 * fresh clone always generates for real.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDir } from "./cache-dir.js";

interface Stamp {
  readonly generator: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly outputs: Readonly<Record<string, string>>;
}

/** Packages whose version changes the output. */
const OUTPUT_PACKAGES = ["openapi-typescript", "ts-morph", "prettier", "typescript"];

function sha(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

function stampFile(outDir: string): string {
  return join(cacheDir(), "stamps", `${sha(resolve(outDir)).slice(0, 32)}.json`);
}

/**
 * `name`'s package.json text as Node resolves it from `from`: the nearest
 * node_modules/<name> above, which for an installed wiregen is not under the
 * working directory (pnpm keeps it beside wiregen in its store). "" when absent.
 */
async function readManifestOf(name: string, from: string): Promise<string> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const text = await readFile(join(dir, "node_modules", name, "package.json"), "utf8").catch(() => undefined);
    if (text !== undefined) return text;
    if (dirname(dir) === dir) return "";
  }
}

/** A hash of the generator's own code (whichever form is running) and of the libraries it emits with. */
export async function generatorFingerprint(): Promise<string> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const hash = createHash("sha256");
  // Read in a row without yielding: some 200 small files, where one awaited read at a time left
  // the thread idle for about 70 ms of every run's start-up while the helper thread took the cores.
  for (const file of files) hash.update(file.slice(root.length)).update(readFileSync(file));
  for (const name of OUTPUT_PACKAGES) {
    const manifest = await readManifestOf(name, root);
    hash.update(`${name}@${(JSON.parse(manifest || "{}") as { version?: string }).version ?? "?"}`);
  }
  return hash.digest("hex");
}

async function hashFiles(paths: Iterable<string>, base = ""): Promise<Record<string, string> | undefined> {
  const hashes: Record<string, string> = {};
  for (const path of paths) {
    const bytes = await readFile(join(base, path)).catch(() => undefined);
    if (bytes === undefined) return undefined;
    hashes[path] = sha(bytes);
  }
  return hashes;
}

function sameRecord(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>> | undefined): boolean {
  if (b === undefined) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * What a client's stamp is keyed by: the generator's fingerprint, the overlay
 * applied, if any, and the settings that shape the output besides the inputs
 * (the kind, the import extension chosen). The overlay's content is an input
 * like the spec's; naming it here makes adding, dropping or switching an
 * overlay regenerate too, as does a tsconfig.json edit that changes the
 * extension the client's imports take.
 */
export function clientFingerprint(generator: string, overlay: string | undefined, settings = ""): string {
  const base = overlay === undefined ? generator : `${generator} overlay:${resolve(overlay)}`;
  return settings === "" ? base : `${base} ${settings}`;
}

/** True when `outDir` holds exactly what the stamp says, made from inputs that have not changed since. */
export async function isUnchanged(outDir: string, fingerprint: string): Promise<boolean> {
  const text = await readFile(stampFile(outDir), "utf8").catch(() => undefined);
  if (text === undefined) return false;
  const stamp = JSON.parse(text) as Stamp;
  if (stamp.generator !== fingerprint) return false;
  if (!sameRecord(stamp.inputs, await hashFiles(Object.keys(stamp.inputs)))) return false;
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const present = entries.filter((e) => e.isFile()).length;
  return present === Object.keys(stamp.outputs).length && sameRecord(stamp.outputs, await hashFiles(Object.keys(stamp.outputs), outDir));
}

/**
 * Records what `outDir` was just generated from. `kept` names the user's own
 * files the folder also holds, hashed from disk: an edit to one is a reason
 * to run again as much as an edit to a generated file. A failure here only
 * costs the next run its shortcut.
 */
export async function writeStamp(
  outDir: string,
  fingerprint: string,
  inputs: readonly string[],
  files: ReadonlyMap<string, string>,
  kept: readonly string[] = [],
): Promise<void> {
  const inputHashes = await hashFiles(inputs);
  if (inputHashes === undefined) return;
  const keptHashes = await hashFiles(kept, outDir);
  if (keptHashes === undefined) return;
  const outputs: Record<string, string> = { ...keptHashes };
  for (const [path, text] of files) outputs[path] = sha(text);
  const stamp: Stamp = { generator: fingerprint, inputs: inputHashes, outputs };
  const file = stampFile(outDir);
  await mkdir(join(file, ".."), { recursive: true }).catch(() => undefined);
  await writeFile(file, JSON.stringify(stamp)).catch(() => undefined);
}
