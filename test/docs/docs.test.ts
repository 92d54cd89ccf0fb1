/**
 * The docs cannot rot: every fenced block of README.md and docs/*.md that is a
 * TypeScript (or JavaScript) example is type-checked against the committed
 * clients, and every command block is checked against what it names.
 *
 * - `ts` blocks (and `js` ones, as checked JavaScript) are written to a scratch
 *   folder under `test/.tmp/`, their `./…` imports rewritten to this
 *   repository's root (examples import `./generated/zep/index.js` as a user
 *   would import their own copy), as ES modules so top-level `await` compiles;
 *   `js` blocks that `require` are CommonJS. The package kind's name,
 *   `zep-client`, maps to the committed client. All of them compile in one
 *   `tsc` run (TypeScript 5.9, the strict flag set under NodeNext).
 * - `sh` blocks: each `npm run <script>` names a script of package.json, each
 *   flag of the generator (`npm run generate`, `npx wiregen`) is one its
 *   `--help` documents, a long script's flags are read by that script, and
 *   files named are there. Nothing is run but `--help`.
 * - `text`, `yaml` and `json` blocks are not checked, nor `ts no-check` (an
 *   example that cannot compile, which says why beside it). A block with no
 *   language or another one fails, so a new kind of block is a decision.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../generator/helpers/paths.js";
import { compile, compilerOf } from "../support/compilers.js";
import { strictFlags } from "../support/strict-flags.js";

interface Block {
  /** `README.md:12`: the document and the line of the opening fence. */
  readonly where: string;
  readonly lang: string;
  readonly info: string;
  /** The block's text, without its fences (and without the indentation of a list item). */
  readonly code: string;
  /** The document line of the block's first line of code. */
  readonly firstLine: number;
}

const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];

/** Every fenced block of a Markdown file. */
function blocksOf(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(.*)$/.exec(lines[i]!);
    if (open === null) continue;
    const indent = open[1]!;
    const [lang = "", ...rest] = open[2]!.trim().split(/\s+/);
    const end = lines.findIndex((line, j) => j > i && line.trimEnd() === `${indent}\`\`\``);
    if (end === -1) throw new Error(`${file}:${i + 1}: a fence that is never closed`);
    const code = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n");
    blocks.push({ where: `${file}:${i + 1}`, lang, info: rest.join(" "), code, firstLine: i + 2 });
    i = end;
  }
  return blocks;
}

const BLOCKS = DOCS.flatMap(blocksOf);
const UNCHECKED = new Set(["text", "yaml", "json"]);
const isTs = (b: Block): boolean => (b.lang === "ts" || b.lang === "js") && !b.info.split(" ").includes("no-check");
const TS_BLOCKS = BLOCKS.filter(isTs);
const SH_BLOCKS = BLOCKS.filter((b) => b.lang === "sh");

describe("the docs' blocks", () => {
  it("are found in the README and every page of docs/", () => {
    expect(DOCS.length).toBeGreaterThan(1);
    expect(TS_BLOCKS.length).toBeGreaterThan(5);
    expect(SH_BLOCKS.length).toBeGreaterThan(5);
  });

  it("each say what they are: ts, js, sh, or text, yaml, json", () => {
    const unknown = BLOCKS.filter((b) => !["ts", "js", "sh", ...UNCHECKED].includes(b.lang));
    expect(unknown.map((b) => `${b.where}: \`\`\`${b.lang}`)).toEqual([]);
  });

  it("every page of docs/ is linked from the README", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const unlinked = DOCS.filter((d) => d !== "README.md" && !readme.includes(`](${d})`));
    expect(unlinked).toEqual([]);
  });
});

// ---------------------------------------------------------------- TypeScript

/** The scratch folder, inside the repository so `@types/node` and the clients resolve as they do for tsc -p . */
const SCRATCH = join(ROOT, "test/.tmp", `docs-${randomUUID()}`);
const fileOf = new Map<Block, string>();
let errorsOf: (file: string) => string[];
let elsewhere: string[];

/** The block as a module: `./…` imports from the repository's root, `export {}` so it is a module either way. */
function moduleText(block: Block, file: string): string {
  const toRoot = relative(dirname(file), ROOT) || ".";
  const code = block.code.replace(/(from\s+|require\(\s*|import\(\s*)(["'])\.\/([^"']+)\2/g, (_, head, quote, path) =>
    `${head}${quote}${toRoot}/${path}${quote}`,
  );
  return block.lang === "js" && /\brequire\(/.test(block.code) ? `${code}\n` : `${code}\nexport {};\n`;
}

beforeAll(async () => {
  await mkdir(SCRATCH, { recursive: true });
  await writeFile(join(SCRATCH, "package.json"), '{ "type": "module" }\n');
  TS_BLOCKS.forEach((block, i) => {
    const slug = block.where.replace(/[^a-z0-9]+/gi, "-");
    const ext = block.lang === "ts" ? "mts" : /\brequire\(/.test(block.code) ? "cjs" : "mjs";
    fileOf.set(block, join(SCRATCH, `${i}-${slug}.${ext}`));
  });
  for (const [block, file] of fileOf) await writeFile(file, moduleText(block, file));
  const zep = relative(SCRATCH, join(ROOT, "generated/zep"));
  await writeFile(
    join(SCRATCH, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        ...strictFlags("nodenext"),
        // Examples run in Node: `process`, `require`.
        types: ["node"],
        // An example may name a value only to show its type.
        noUnusedLocals: false,
        noUnusedParameters: false,
        // The clients' own files are checked by `tsc -p .` and the compilers test; here, only the examples.
        skipLibCheck: true,
        allowJs: true,
        checkJs: true,
        // The package kind's imports, against the same client.
        paths: {
          "zep-client": [`./${zep}/index.ts`],
          "zep-client/*": [`./${zep}/entries/*.ts`],
          // What a config file imports from the installed package: its public API.
          wiregen: [`./${relative(SCRATCH, join(ROOT, "generator/index.ts"))}`],
        },
      },
      files: [...fileOf.values()].map((f) => `./${relative(SCRATCH, f)}`),
    }),
  );
  const { errors } = await compile(compilerOf("5.9.3"), "tsconfig.json", { cwd: SCRATCH });
  const byFile = new Map<string, string[]>();
  for (const error of errors) {
    const name = join(SCRATCH, error.slice(0, error.indexOf("(")));
    byFile.set(name, [...(byFile.get(name) ?? []), error]);
  }
  errorsOf = (file) => byFile.get(file) ?? [];
  elsewhere = [...byFile.keys()].filter((f) => ![...fileOf.values()].includes(f)).flatMap((f) => byFile.get(f)!);
}, 120_000);

afterAll(async () => {
  await rm(SCRATCH, { recursive: true, force: true });
});

describe("TypeScript examples compile against the committed clients", () => {
  it("with no error outside the examples", () => {
    expect(elsewhere).toEqual([]);
  });

  it.each(TS_BLOCKS.map((b) => [b.where, b] as const))("%s", (_, block) => {
    // Each error as the document's line: `docs/calls.md:14: error TS2339: …`.
    const errors = errorsOf(fileOf.get(block)!).map((e) => {
      const match = /^[^(]+\((\d+),\d+\): (.*)$/s.exec(e);
      return match === null ? e : `${block.where.split(":")[0]}:${block.firstLine + Number(match[1]) - 1}: ${match[2]}`;
    });
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------- commands

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  bin?: Record<string, string>;
};
let generatorFlags: Set<string>;

beforeAll(async () => {
  const { stdout } = await run(process.execPath, [join(ROOT, "generator/cli/start.cjs"), "--help"], { cwd: ROOT });
  generatorFlags = new Set(stdout.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? []);
  expect(generatorFlags.has("--out")).toBe(true);
}, 60_000);

/** The source a long script reads its flags in: its folder under scripts/, or its one file. */
function scriptSource(script: string): string {
  const entry = /\b(scripts\/[^\s]+)/.exec(pkg.scripts[script]!)?.[1];
  if (entry === undefined) return "";
  const dir = dirname(join(ROOT, entry));
  const files = dir === join(ROOT, "scripts") ? [join(ROOT, entry)] : readdirSync(dir).map((f) => join(dir, f));
  return files.filter((f) => statSync(f).isFile() && /\.(ts|mjs|cjs)$/.test(f)).map((f) => readFileSync(f, "utf8")).join("\n");
}

const flagsOf = (args: string[]): string[] => args.filter((a) => a.startsWith("-") && a !== "--").map((a) => a.split("=")[0]!);

/** What is wrong with one command line, or nothing. */
function problemsOf(command: string): string[] {
  const [tool, ...args] = command.split(/\s+/);
  const generatorProblems = (flags: string[]): string[] =>
    flags.filter((f) => !generatorFlags.has(f)).map((f) => `\`${f}\` is not an option of wiregen --help`);
  switch (tool) {
    case "npm": {
      const [sub, ...rest] = args;
      if (sub === "ci" || sub === "pack") {
        const prefix = rest[rest.indexOf("--prefix") + 1];
        return rest.includes("--prefix") && !existsSync(join(ROOT, prefix ?? "", "package.json")) ? [`no package.json in ${prefix}`] : [];
      }
      if (sub === "test") return [];
      if (sub === "i" || sub === "install") {
        const tarball = rest.find((a) => a.endsWith(".tgz"));
        const expected = `./${pkg.name}-${pkg.version}.tgz`;
        return tarball === undefined || tarball === expected ? [] : [`npm pack gives ${expected}, not ${tarball}`];
      }
      if (sub !== "run") return [`npm ${sub} is not a command the docs are known to use`];
      const [script, ...scriptArgs] = rest;
      if (script === undefined || pkg.scripts[script] === undefined) return [`no script "${script}" in package.json`];
      if (scriptArgs.length > 0 && scriptArgs[0] !== "--") return [`arguments to a script come after --`];
      const flags = flagsOf(scriptArgs.slice(1));
      if (script === "generate") return generatorProblems(flags);
      const source = scriptSource(script);
      return flags.filter((f) => !source.includes(f) && !source.includes(`${f.replace(/^-+/, "")}:`)).map((f) => `npm run ${script} reads no \`${f}\``);
    }
    case "npx":
      if (args[0] !== "wiregen" || pkg.bin?.["wiregen"] === undefined) return [`npx ${args[0]}: not this package's command`];
      return generatorProblems(flagsOf(args.slice(1)));
    case "bash":
      return existsSync(join(ROOT, args[0] ?? "")) ? [] : [`no file ${args[0]}`];
    case "git":
    case "apt-get":
      return [];
    default:
      return [`\`${tool}\` is not a command the docs are known to use`];
  }
}

describe("commands name scripts, flags and files that exist", () => {
  it.each(SH_BLOCKS.map((b) => [b.where, b] as const))("%s", (_, block) => {
    const problems = block.code
      .replace(/\\\n/g, " ")
      .split("\n")
      .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
      .filter((line) => line !== "")
      .flatMap((line) => line.split("&&").map((c) => c.trim()))
      .flatMap((command) => problemsOf(command).map((p) => `${command}: ${p}`));
    expect(problems).toEqual([]);
  });
});
