/**
 * What every probe of issue 19 does with a document an attacker wrote: run the
 * real CLI on it (in its own folder, as the working directory), note every
 * file outside `-o` before and after, type-check every client in one tsc
 * program under the strict flags (with `useDefineForClassFields` true and
 * false), emit JavaScript, and import each client in a child process that
 * constructs it, calls every method against a local server, and reports
 * whether anything leaked into the process (`globalThis.pwned`, new keys on
 * `Object.prototype`, a changed `process.env`).
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { compile, compilerOf } from "../support/compilers.js";
import { strictFlags } from "../support/strict-flags.js";
import { ROOT } from "../generator/helpers/paths.js";
import type { CliRun } from "../generator/helpers/run-cli.js";
import { variant, type Format } from "./variants.js";

export interface Generated {
  /** `<name>-<format>`: the case's folder under the scratch dir. */
  readonly id: string;
  readonly dir: string;
  /** The spec, relative to `dir` (the CLI's cwd). */
  readonly spec: string;
  /** The output folder, absolute. */
  readonly out: string;
  readonly run: CliRun;
  /** Paths written outside `-o` by the run (new, changed or removed). */
  readonly writtenOutside: string[];
  /** Every path under `out`, relative, `/`-separated (empty when nothing was written). */
  readonly files: string[];
}

/** Every file and folder under `dir` with its size and mtime, except under `skip`. */
export async function snapshot(dir: string, skip?: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const out = new Map<string, string>();
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    if (skip !== undefined && (path === skip || path.startsWith(`${skip}/`))) continue;
    const s = await stat(path).catch(() => undefined);
    out.set(relative(dir, path), s === undefined ? "gone" : `${s.size} ${s.mtimeMs}`);
  }
  return out;
}

/**
 * The CLI's own regeneration stamps (generator/write/cache-dir.ts: node_modules/.cache/wiregen
 * under the working directory, file names hashed from the output folder) are not the spec's doing.
 */
const CACHE = /^node_modules(\/\.cache(\/wiregen(\/stamps(\/[0-9a-f]{32}\.json)?)?)?)?$/;

export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p) && !CACHE.test(p)).sort();
}

/** Every file under `dir`, relative and sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/**
 * Runs the CLI as `npm run generate` does (`node generator/cli/start.cjs`, with
 * its compile cache: about twice as fast as run-cli.ts's tsx loader) in `cwd`;
 * never rejects on a non-zero exit.
 */
export function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env["WIREGEN_DEBUG"];
  delete env["NODE_OPTIONS"];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, "generator/cli/start.cjs"), ...args],
      { cwd, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== "number") {
          reject(new Error(`the CLI did not run: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
  });
}

/**
 * Writes `doc` (OpenAPI 3.0.3) in `format` as JSON to `<root>/<name>-<format>/<file>`,
 * and runs the CLI there with `-o out`. `files` are written next to it first
 * (paths relative to the case folder, e.g. `../outside.yaml`).
 */
export async function generate(
  root: string,
  name: string,
  format: Format,
  doc: unknown,
  { file = "spec.json", files = {} }: { file?: string; files?: Readonly<Record<string, string>> } = {},
): Promise<Generated> {
  const id = `${name}-${format}`;
  const dir = join(root, id);
  await mkdir(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
  await writeFile(join(dir, file), `${JSON.stringify(variant(doc, format), null, 2)}\n`);
  const out = join(dir, "out");
  const before = await snapshot(dir, out);
  const run = await runCli([file, "-o", "out", "--import-extension", "ts"], dir);
  const writtenOutside = changed(before, await snapshot(dir, out));
  return { id, dir, spec: file, out, run, writtenOutside, files: await listFiles(out) };
}

export interface Compiled {
  /** tsc errors per client id (paths relative to the scratch root), with `useDefineForClassFields` true / false. */
  readonly errors: ReadonlyMap<string, { defineTrue: string[]; defineFalse: string[] }>;
  /** Where the JavaScript of client `id` is (`<root>/js/<id>/out`). */
  readonly jsDir: (id: string) => string;
}

/**
 * Type-checks every generated client in one program per `useDefineForClassFields`
 * value, under the strict flags; the `true` run also emits JavaScript (`.ts`
 * imports rewritten to `.js`) to `<root>/js`. The compiler is TypeScript 7
 * (one of COMPILERS, the native one): on the ~30 clients here it takes a sixth
 * of TypeScript 5.9's time, which keeps the suite within its budget.
 */
export async function compileAll(root: string, clients: readonly Generated[]): Promise<Compiled> {
  const include = clients.filter((c) => c.files.length > 0).map((c) => `${c.id}/out/**/*.ts`);
  const base = strictFlags("nodenext");
  const configs = {
    "tsconfig.define-false.json": { ...base, useDefineForClassFields: false },
    "tsconfig.define-true.json": {
      ...base,
      useDefineForClassFields: true,
      noEmit: false,
      rewriteRelativeImportExtensions: true,
      outDir: "js",
      rootDir: ".",
    },
  };
  for (const [file, compilerOptions] of Object.entries(configs)) {
    await writeFile(join(root, file), JSON.stringify({ compilerOptions, include }, null, 2));
  }
  const tsc = compilerOf("7.0.2");
  const [defineFalse, defineTrue] = await Promise.all(
    Object.keys(configs).map((file) => compile(tsc, file, { cwd: root })),
  );
  const errors = new Map<string, { defineTrue: string[]; defineFalse: string[] }>();
  for (const c of clients) {
    const of = (list: string[]): string[] => list.filter((e) => e.startsWith(`${c.id}/`));
    errors.set(c.id, { defineTrue: of(defineTrue!.errors), defineFalse: of(defineFalse!.errors) });
  }
  return { errors, jsDir: (id) => join(root, "js", id, "out") };
}

/** What the child process saw when it imported a client and called it. */
export interface ProbeResult {
  readonly imported: string[];
  readonly importErrors: string[];
  readonly constructError: string | null;
  /** Each method called (`resource.method`), with its error if it threw or rejected. */
  readonly calls: Array<{ method: string; error?: string }>;
  readonly pwned: unknown;
  /** Own keys that appeared on Object.prototype, Function.prototype or Array.prototype. */
  readonly prototypeKeysAdded: string[];
  /** Environment variables added, removed or changed. */
  readonly envChanged: string[];
}

const PROBE = String.raw`
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, origin, report] = process.argv.slice(2);
const protos = { Object: Object.prototype, Function: Function.prototype, Array: Array.prototype };
const keysBefore = Object.fromEntries(Object.entries(protos).map(([n, p]) => [n, new Set(Reflect.ownKeys(p))]));
const envBefore = { ...process.env };
const result = { imported: [], importErrors: [], constructError: null, calls: [] };

const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".js")).sort();
const modules = {};
for (const f of files) {
  try {
    modules[f] = await import(pathToFileURL(join(dir, f)).href);
    result.imported.push(f);
  } catch (error) {
    result.importErrors.push(f + ": " + String(error).split("\n")[0]);
  }
}

const definition = modules["definition.js"]?.definition;
const Client = definition && modules["index.js"]?.[definition.clientName];
if (typeof Client !== "function") {
  result.constructError = "no client class " + JSON.stringify(definition?.clientName) + " exported by index.js";
} else {
  const options = { baseUrl: origin, maxRetries: 0, timeoutMs: 5000 };
  for (const scheme of Object.values(definition.schemes)) {
    for (const key of ["option", "usernameOption", "passwordOption"]) {
      if (typeof scheme[key] === "string") Object.defineProperty(options, scheme[key], { value: "k", enumerable: true });
    }
  }
  let client;
  try {
    client = new Client(options);
  } catch (error) {
    result.constructError = String(error);
  }
  const seen = new Set();
  const walk = async (object, path, depth) => {
    if (object === null || typeof object !== "object" || seen.has(object) || depth > 4) return;
    seen.add(object);
    const proto = Object.getPrototypeOf(object);
    if (proto !== null && proto !== Object.prototype) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name === "constructor") continue;
        const fn = Object.getOwnPropertyDescriptor(proto, name)?.value;
        if (typeof fn !== "function") continue;
        const method = path + "." + name;
        try {
          const call = fn.apply(object, Array.from({ length: fn.length }, () => "v"));
          await call;
          result.calls.push({ method });
        } catch (error) {
          result.calls.push({ method, error: String(error).split("\n")[0] });
        }
      }
    }
    for (const name of Object.getOwnPropertyNames(object)) {
      const value = Object.getOwnPropertyDescriptor(object, name)?.value;
      if (value !== null && typeof value === "object") await walk(value, path + "." + name, depth + 1);
    }
  };
  if (client !== undefined) await walk(client, "client", 0);
}

result.pwned = globalThis.pwned === undefined ? undefined : String(globalThis.pwned);
result.prototypeKeysAdded = Object.entries(protos).flatMap(([n, p]) =>
  Reflect.ownKeys(p).filter((k) => !keysBefore[n].has(k)).map((k) => n + ".prototype." + String(k)),
);
const names = new Set([...Object.keys(envBefore), ...Object.keys(process.env)]);
result.envChanged = [...names].filter((k) => envBefore[k] !== process.env[k]);
writeFileSync(report, JSON.stringify(result));
process.exit(0);
`;

/**
 * Imports the client compiled to `jsDir` in a child process with `cwd`, and calls it against `origin`.
 * The report is written to `report` (outside `cwd`); a probe that dies or hangs rejects with its output.
 */
export async function probe(root: string, jsDir: string, cwd: string, origin: string, report: string): Promise<ProbeResult> {
  // One script per probe: probes run side by side, and rewriting one shared file let a child start on a
  // truncated script and exit 0 with no report (a CI flake).
  const script = join(root, `${basename(report, ".json")}.mjs`);
  await writeFile(script, PROBE);
  const env = { ...process.env };
  delete env["NODE_OPTIONS"];
  const { code, stdout, stderr } = await new Promise<{ code: unknown; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [script, jsDir, origin, report],
      { cwd, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error?.code ?? (error === null ? 0 : error.message), stdout, stderr }),
    );
  });
  try {
    return JSON.parse(await readFile(report, "utf8")) as ProbeResult;
  } catch {
    throw new Error(`the probe exited ${String(code)} without a report:\n${head(stdout)}\n${head(stderr, 12)}`);
  }
}

/** The first `file:line:col: error:` line of a run's stderr, or undefined. */
export function firstError(run: CliRun): string | undefined {
  return run.stderr.split("\n").find((line) => /:\d+:\d+: error: /.test(line));
}

/** The first lines of stderr, for a failure message. */
export function head(text: string, lines = 6): string {
  return text.split("\n").slice(0, lines).join("\n");
}
