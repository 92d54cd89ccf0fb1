/**
 * Compiles a source-kind client (TypeScript with `.js` import specifiers,
 * path → text) in memory into what a package ships: ES2022 JavaScript as ES
 * modules and as CommonJS, and declaration files with their doc comments.
 *
 * The compiler reads only the map and TypeScript's own `lib` files, never the
 * disk around it, so a client that imports anything outside itself fails here
 * instead of shipping a package that cannot load. Any type error throws with
 * every diagnostic: a package is never emitted from a client that does not
 * type-check.
 */
import { dirname, posix } from "node:path";
import ts from "typescript";

/** Where the client's files appear to the compiler; nothing on disk lives there. */
const SOURCE_ROOT = "/wiregen-package/src/";
const OUT_ROOT = "/wiregen-package/out/";

export interface CompiledClient {
  /** ES module JavaScript, by output path relative to the client (`resources/thread.js`). */
  readonly esm: ReadonlyMap<string, string>;
  /** The same modules as CommonJS, same paths; their specifiers still end in `.js`. */
  readonly cjs: ReadonlyMap<string, string>;
  /** Declarations: those emitted for each `.ts` file and the client's own `.d.ts` files as they are. */
  readonly declarations: ReadonlyMap<string, string>;
  /** The names each requested module exports as values (classes, functions, constants), sorted. */
  readonly valueExports: ReadonlyMap<string, readonly string[]>;
}

/** The settings the client is checked and emitted with: DESIGN.md's strict set, plus what a package needs. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // The client calls fetch, Headers, AbortSignal and streams: the DOM's names for them, as Node, Deno, Bun and browsers provide them.
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  // Each module compiles on its own, so the CommonJS build can be transpiled file by file (below).
  isolatedModules: true,
  // The client's own declaration files (types.d.ts, models.d.ts) ship as they are, so they are checked;
  // TypeScript's lib files are not ours to check, and checking lib.dom.d.ts alone doubles the time.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  declaration: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
  rootDir: SOURCE_ROOT,
  outDir: OUT_ROOT,
  noEmitOnError: true,
};

/** The CommonJS build: the same modules transpiled one by one (the ES build has checked them). */
const CJS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  isolatedModules: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/** A compiler host over `files`; emitted files are collected in `written`. */
function mapHost(files: ReadonlyMap<string, string>, written: Map<string, string>): ts.CompilerHost {
  const base = ts.createCompilerHost(OPTIONS, true);
  const libDir = `${dirname(ts.getDefaultLibFilePath(OPTIONS))}/`;
  const inMap = (fileName: string): string | undefined =>
    fileName.startsWith(SOURCE_ROOT) ? files.get(fileName.slice(SOURCE_ROOT.length)) : undefined;
  // Only TypeScript's lib files come from disk; every other path outside the map does not exist.
  const onDisk = (fileName: string): boolean => fileName.startsWith(libDir);
  const readFile = (fileName: string): string | undefined =>
    inMap(fileName) ?? (onDisk(fileName) ? base.readFile(fileName) : undefined);
  return {
    ...base,
    getCurrentDirectory: () => SOURCE_ROOT,
    fileExists: (fileName) => inMap(fileName) !== undefined || (onDisk(fileName) && base.fileExists(fileName)),
    readFile,
    directoryExists: (dir) => {
      const prefix = dir.endsWith("/") ? dir : `${dir}/`;
      if (!prefix.startsWith(SOURCE_ROOT)) return SOURCE_ROOT.startsWith(prefix) || prefix.startsWith(libDir);
      const inside = prefix.slice(SOURCE_ROOT.length);
      return [...files.keys()].some((path) => path.startsWith(inside));
    },
    getDirectories: () => [],
    realpath: (path) => path,
    getSourceFile: (fileName, languageVersion) => {
      const text = readFile(fileName);
      return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion, true);
    },
    writeFile: (fileName, text) => {
      if (!fileName.startsWith(OUT_ROOT)) throw new Error(`TypeScript wrote outside its output folder: ${fileName}`);
      written.set(fileName.slice(OUT_ROOT.length), text);
    },
  };
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => SOURCE_ROOT,
    getNewLine: () => "\n",
  });
}

const errorsOf = (diagnostics: readonly ts.Diagnostic[]): ts.Diagnostic[] =>
  diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);

/** The value names `file` exports, read from the checked program (types and interfaces left out). */
function valueExportsOf(program: ts.Program, file: string): string[] {
  const sourceFile = program.getSourceFile(SOURCE_ROOT + file);
  const checker = program.getTypeChecker();
  const symbol = sourceFile === undefined ? undefined : checker.getSymbolAtLocation(sourceFile);
  if (symbol === undefined) throw new Error(`${file} is not a module of the client`);
  return checker
    .getExportsOfModule(symbol)
    .filter((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    })
    .map((exported) => exported.name)
    .sort();
}

/** `file`'s CommonJS form; only syntax can fail here, and the ES build has already parsed it. */
function transpileToCommonJs(file: string, text: string): string {
  const result = ts.transpileModule(text, { compilerOptions: CJS_OPTIONS, fileName: file, reportDiagnostics: true });
  const errors = errorsOf(result.diagnostics ?? []);
  if (errors.length > 0) throw new Error(`${file} does not transpile to CommonJS:\n${formatDiagnostics(errors)}`);
  return result.outputText;
}

/**
 * `declaration` with its source's first-line comment (`// Generated from … Do not edit.`) in front:
 * declaration emit drops a file's leading comments, and a reader of the `.d.ts` should see it too.
 */
function withHeader(declaration: string, source: string | undefined): string {
  const header = /^\/\/[^\n]*\n/.exec(source ?? "")?.[0];
  return header === undefined || declaration.startsWith(header) ? declaration : header + declaration;
}

/**
 * Every relative specifier of every emitted module resolves to a module emitted beside it:
 * a runtime import of a type-only file (`./models.js`) or of a file the client lacks fails here.
 */
function checkSpecifiers(modules: ReadonlyMap<string, string>, format: string): void {
  const broken: string[] = [];
  for (const [path, text] of modules) {
    for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = posix.normalize(posix.join(posix.dirname(path), specifier));
      if (!specifier.startsWith(".")) broken.push(`${path}: imports ${specifier}, but a package has no dependencies`);
      else if (!modules.has(target)) broken.push(`${path}: imports ${specifier}, which the package does not hold`);
    }
  }
  if (broken.length > 0) throw new Error(`the ${format} build has imports that cannot load:\n${broken.join("\n")}`);
}

/**
 * Compiles `files` (a source-kind client with `.js` import specifiers): checks
 * it, emits ES modules and declarations, transpiles each module to CommonJS,
 * and reads the value exports of each module in `exportsOf`.
 */
export function compileClient(files: ReadonlyMap<string, string>, exportsOf: readonly string[]): CompiledClient {
  const written = new Map<string, string>();
  const sources = [...files.keys()].filter((path) => path.endsWith(".ts")).sort();
  const program = ts.createProgram({
    rootNames: sources.map((path) => SOURCE_ROOT + path),
    options: OPTIONS,
    host: mapHost(files, written),
  });
  const errors = errorsOf(ts.getPreEmitDiagnostics(program));
  if (errors.length > 0) throw new Error(`the client does not compile as a package:\n${formatDiagnostics(errors)}`);
  const emitted = program.emit();
  const emitErrors = errorsOf(emitted.diagnostics);
  if (emitted.emitSkipped || emitErrors.length > 0) {
    throw new Error(`the client could not be emitted as a package:\n${formatDiagnostics(emitErrors)}`);
  }

  const esm = new Map([...written].filter(([path]) => path.endsWith(".js")).sort(byPath));
  const cjs = new Map(
    sources
      .filter((path) => !path.endsWith(".d.ts"))
      .map((path) => [path.replace(/\.ts$/, ".js"), transpileToCommonJs(path, files.get(path) ?? "")] as const),
  );
  const emittedDeclarations = [...written]
    .filter(([path]) => path.endsWith(".d.ts"))
    .map(([path, text]) => [path, withHeader(text, files.get(path.replace(/\.d\.ts$/, ".ts")))] as const);
  const declarations = new Map(
    [...emittedDeclarations, ...[...files].filter(([path]) => path.endsWith(".d.ts"))].sort(byPath),
  );
  checkSpecifiers(esm, "ES module");
  checkSpecifiers(cjs, "CommonJS");
  const valueExports = new Map(exportsOf.map((file) => [file, valueExportsOf(program, file)]));
  return { esm, cjs, declarations, valueExports };
}

const byPath = ([a]: readonly [string, string], [b]: readonly [string, string]): number => (a < b ? -1 : a > b ? 1 : 0);
