/**
 * The runtime a client ships with: the hand-written TypeScript under
 * `generator/runtime/`, compiled for the client into `runtime/<name>.js` (the
 * code, comments kept, formatted like the rest of the client) and
 * `runtime/<name>.d.ts` (its types). Declaration files, like the resources', so
 * a project's `skipLibCheck` spares its build checking code the generator's own
 * tests check.
 *
 * Compiling costs about a second, the same for every client of a
 * generator version, so the result is kept in node_modules/.cache/wiregen,
 * named by the hash of everything it is made from.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RUNTIME_DIR = fileURLToPath(new URL("../runtime/", import.meta.url));

/** Formats the compiled files (prettier, on the emit's helper thread). */
export type RuntimeFormatter = (sources: ReadonlyMap<string, string>) => Promise<Map<string, string>>;

/** `<name>.ts` → source text, sorted by name. */
async function readSources(): Promise<Map<string, string>> {
  const names = (await readdir(RUNTIME_DIR)).filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts")).sort();
  const files = new Map<string, string>();
  for (const name of names) files.set(name, await readFile(`${RUNTIME_DIR}${name}`, "utf8"));
  return files;
}

/**
 * Compiles the runtime as one program without a type check (`noCheck`: the
 * sources need none to emit, and `npm test` checks them). A program, not one
 * `transpileDeclaration` per file: that one declares a `[Symbol.asyncIterator]()`
 * method twice (TypeScript 5.9).
 */
async function compile(names: readonly string[], format: RuntimeFormatter): Promise<Map<string, string>> {
  const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
  const options: import("typescript").CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    verbatimModuleSyntax: true,
    declaration: true,
    noCheck: true,
    rootDir: RUNTIME_DIR,
    outDir: join(RUNTIME_DIR, "out"),
  };
  const emitted = new Map<string, string>();
  const program = ts.createProgram(
    names.map((name) => join(RUNTIME_DIR, name)),
    options,
  );
  const result = program.emit(undefined, (file, text) => {
    emitted.set(`runtime/${file.slice(options.outDir!.length + 1)}`, text);
  });
  if (result.emitSkipped) throw new Error("the runtime did not compile (run `npm run typecheck`)");
  const out = new Map<string, string>();
  for (const [path, text] of await format(emitted)) {
    // Deno finds a script's types by this comment; TypeScript and bundlers pair the files by name.
    const base = path.slice("runtime/".length).replace(/\.js$/, "");
    out.set(path, path.endsWith(".js") ? `// @ts-self-types="./${base}.d.ts"\n${text}` : text);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The compiled runtime, from the cache when this generator has compiled these sources before. */
export async function runtimeFiles(format: RuntimeFormatter): Promise<Map<string, string>> {
  const sources = await readSources();
  const require = createRequire(import.meta.url);
  const versions = ["typescript", "prettier"].map((name) => {
    const { version } = require(`${name}/package.json`) as { version: string };
    return `${name} ${version}`;
  });
  const hash = createHash("sha256").update(versions.join(", "));
  for (const [name, text] of sources) hash.update(`\0${name}\0${text}`);
  // Beside the generator's own packages, wherever the command runs from.
  const nodeModules = dirname(dirname(require.resolve("typescript/package.json")));
  const cacheFile = join(nodeModules, ".cache", "wiregen", "runtime", `${hash.digest("hex").slice(0, 32)}.json`);
  const cached = await readFile(cacheFile, "utf8").then(
    (text) => new Map(JSON.parse(text) as Array<[string, string]>),
    () => undefined,
  );
  if (cached !== undefined) return cached;
  const files = await compile([...sources.keys()], format);
  // Written beside and renamed, so a run reading it meanwhile never sees half a file; a failure only costs the next run a compile.
  const temp = `${cacheFile}.${process.pid}.tmp`;
  await mkdir(join(cacheFile, ".."), { recursive: true })
    .then(() => writeFile(temp, JSON.stringify([...files])))
    .then(() => rename(temp, cacheFile))
    .catch(() => undefined);
  return files;
}
