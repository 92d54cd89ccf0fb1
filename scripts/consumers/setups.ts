/**
 * The matrix's setups (issue 17, part 3), as data: which vendored template
 * files make the project, the only edits the issue allows to them, which
 * packages its node_modules links to, how the app imports the client, and the
 * commands that build and run it. `run-setup.ts` carries them out.
 */
import type { AppSpec } from "./apps.ts";
import type { ToolName } from "./tools.ts";

/** A package the project's node_modules links to, from the repository or the toolchain. */
export interface Link {
  readonly name: string;
  readonly from: "root" | "toolchain";
}

/** One exact text replacement in a template file; it must match exactly once. */
export interface Edit {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  /** Why the issue allows it. */
  readonly why: string;
}

/**
 * One command. `{origin}` and `{project}` in `args` are filled in. `app` marks
 * the steps whose output must show the printed thread id; `serveDist` makes the
 * row's server serve the project's `dist/` (a built web app) before the step.
 */
export interface Step {
  readonly label: string;
  readonly tool: ToolName;
  readonly args: readonly string[];
  readonly app?: boolean;
  readonly serveDist?: boolean;
  readonly limitMs?: number;
}

export interface Setup {
  readonly name: string;
  /** What it stands for, for the table. */
  readonly title: string;
  /** Folders under test/fixtures/consumers copied in order (a later file wins). */
  readonly fixtures: readonly string[];
  readonly edits?: readonly Edit[];
  readonly links?: readonly Link[];
  readonly app: AppSpec;
  readonly steps: readonly Step[];
}

/** `tsc --init` (5.9 and 7.0) leaves these two commented out with the values the issue wants. */
const UNCOMMENT_OUT_DIR: readonly Edit[] = [
  { file: "tsconfig.json", from: `// "rootDir": "./src",`, to: `"rootDir": "./src",`, why: "issue 17: un-comment rootDir" },
  { file: "tsconfig.json", from: `// "outDir": "./dist",`, to: `"outDir": "./dist",`, why: "issue 17: un-comment outDir" },
];

/** `tsc --init` of 5.8 has them commented out as `./`: un-commented, pointed at src and dist like the others. */
const UNCOMMENT_OUT_DIR_58: readonly Edit[] = [
  { file: "tsconfig.json", from: `// "rootDir": "./",`, to: `"rootDir": "./src",`, why: "un-comment rootDir (./src)" },
  { file: "tsconfig.json", from: `// "outDir": "./",`, to: `"outDir": "./dist",`, why: "un-comment outDir (./dist)" },
];

const ESM_APP: AppSpec = { style: "esm", file: "src/main.ts", sourceImport: "./zep/index.js" };
const CJS_APP: AppSpec = { style: "cjs", file: "src/main.ts", sourceImport: "./zep" };
const TS_EXT_APP: AppSpec = { style: "esm", file: "src/main.ts", sourceImport: "./zep/index.ts" };

const RUN_DIST: Step = { label: "run", tool: "node20", args: ["dist/main.js"], app: true };

/** Load the built page in headless Chromium and print its DOM once the call has settled. */
const BROWSER: Step = {
  label: "browser",
  tool: "chromium",
  serveDist: true,
  app: true,
  limitMs: 60_000,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--user-data-dir={project}/.chromium-profile",
    "--virtual-time-budget=10000",
    "--dump-dom",
    "{origin}/",
  ],
};

export const SETUPS: readonly Setup[] = [
  {
    name: "tsc-init-5.9",
    title: "tsc --init (TypeScript 5.9.3), tsc, Node 20",
    fixtures: ["tsc-init-5.9", "package-module"],
    edits: UNCOMMENT_OUT_DIR,
    app: ESM_APP,
    steps: [{ label: "tsc", tool: "tsc-5.9", args: ["-p", "."] }, RUN_DIST],
  },
  {
    name: "tsc-init-7.0",
    title: "tsc --init (TypeScript 7.0.2), tsc, Node 20",
    fixtures: ["tsc-init-7.0", "package-module"],
    edits: UNCOMMENT_OUT_DIR,
    app: ESM_APP,
    steps: [{ label: "tsc", tool: "tsc-7.0", args: ["-p", "."] }, RUN_DIST],
  },
  {
    name: "nodenext-5.9",
    title: "NodeNext service (outDir, rootDir, strict), tsc 5.9, Node 20",
    fixtures: ["nodenext-service", "package-module"],
    app: ESM_APP,
    steps: [{ label: "tsc", tool: "tsc-5.9", args: ["-p", "."] }, RUN_DIST],
  },
  {
    name: "nodenext-7.0",
    title: "NodeNext service (outDir, rootDir, strict), tsc 7.0, Node 20",
    fixtures: ["nodenext-service", "package-module"],
    app: ESM_APP,
    steps: [{ label: "tsc", tool: "tsc-7.0", args: ["-p", "."] }, RUN_DIST],
  },
  {
    name: "nextjs",
    title: "Next.js tsconfig (create-next-app 16.4.3): tsc, esbuild bundle, Node 20",
    fixtures: ["next-app"],
    app: ESM_APP,
    steps: [
      { label: "tsc", tool: "tsc-5.9", args: ["-p", "."] },
      {
        label: "esbuild",
        tool: "esbuild",
        args: ["src/main.ts", "--bundle", "--platform=node", "--format=esm", "--outfile=dist/main.mjs", "--log-level=warning"],
      },
      { label: "run", tool: "node20", args: ["dist/main.mjs"], app: true },
    ],
  },
  {
    name: "vite-vanilla-ts",
    title: "Vite vanilla-ts (create-vite 9.3.0): tsc, vite build, Chromium",
    fixtures: ["vite-vanilla-ts"],
    links: [{ name: "vite", from: "toolchain" }],
    app: { style: "browser", file: "src/main.ts", sourceImport: "./zep/index.ts" },
    steps: [
      { label: "tsc", tool: "tsc-7.0", args: ["-p", "."] },
      { label: "vite build", tool: "vite", args: ["build", "--logLevel", "warn"] },
      BROWSER,
    ],
  },
  {
    name: "vite-react-ts",
    title: "Vite react-ts (create-vite 9.3.0): tsc -b, vite build, Chromium",
    fixtures: ["vite-react-ts"],
    links: ["vite", "@vitejs/plugin-react", "react", "react-dom", "@types/react", "@types/react-dom", "@types/node"].map(
      (name): Link => ({ name, from: "toolchain" }),
    ),
    app: { style: "browser", file: "src/main.tsx", sourceImport: "./zep/index.ts" },
    steps: [
      { label: "tsc -b", tool: "tsc-7.0", args: ["-b"] },
      { label: "vite build", tool: "vite", args: ["build", "--logLevel", "warn"] },
      BROWSER,
    ],
  },
  {
    name: "node22-strip",
    title: "Node 22 type stripping (Node docs' tsconfig), no build",
    fixtures: ["node-type-stripping"],
    app: TS_EXT_APP,
    steps: [
      { label: "tsc", tool: "tsc-5.9", args: ["-p", "."] },
      { label: "run", tool: "node22", args: ["src/main.ts"], app: true },
    ],
  },
  {
    name: "node24-strip",
    title: "Node 24 type stripping (Node docs' tsconfig), no build",
    fixtures: ["node-type-stripping"],
    app: TS_EXT_APP,
    steps: [
      { label: "tsc", tool: "tsc-5.9", args: ["-p", "."] },
      { label: "run", tool: "node24", args: ["src/main.ts"], app: true },
    ],
  },
  {
    name: "tsx",
    title: "tsx on a tsc --init (5.9) project",
    fixtures: ["tsc-init-5.9", "package-module"],
    edits: UNCOMMENT_OUT_DIR,
    app: ESM_APP,
    steps: [{ label: "tsx", tool: "tsx", args: ["src/main.ts"], app: true }],
  },
  {
    name: "deno",
    title: "Deno (deno init's deno.json): deno check, deno run",
    fixtures: ["deno"],
    app: TS_EXT_APP,
    steps: [
      { label: "deno check", tool: "deno", args: ["check", "src/main.ts"] },
      { label: "deno run", tool: "deno", args: ["run", "--allow-net=127.0.0.1", "src/main.ts"], app: true },
    ],
  },
  {
    name: "bun",
    title: "Bun (bun init's tsconfig): bun run",
    fixtures: ["bun"],
    app: TS_EXT_APP,
    steps: [{ label: "bun", tool: "bun", args: ["src/main.ts"], app: true }],
  },
  {
    name: "esbuild-node",
    title: "esbuild bundle for Node (tsc --init 5.9 project, tsc --noEmit)",
    fixtures: ["tsc-init-5.9", "package-module"],
    edits: UNCOMMENT_OUT_DIR,
    app: ESM_APP,
    steps: [
      { label: "tsc", tool: "tsc-5.9", args: ["-p", ".", "--noEmit"] },
      {
        label: "esbuild",
        tool: "esbuild",
        args: ["src/main.ts", "--bundle", "--platform=node", "--format=esm", "--outfile=dist/main.js", "--log-level=warning"],
      },
      RUN_DIST,
    ],
  },
  {
    name: "commonjs-node20",
    title: "module commonjs (tsc --init 5.8.3), tsc, Node 20",
    fixtures: ["tsc-init-5.8", "package-commonjs"],
    edits: UNCOMMENT_OUT_DIR_58,
    app: CJS_APP,
    steps: [{ label: "tsc", tool: "tsc-5.9", args: ["-p", "."] }, RUN_DIST],
  },
  {
    name: "commonjs-node22",
    title: "module commonjs (tsc --init 5.8.3), tsc, Node 22",
    fixtures: ["tsc-init-5.8", "package-commonjs"],
    edits: UNCOMMENT_OUT_DIR_58,
    app: CJS_APP,
    steps: [
      { label: "tsc", tool: "tsc-5.9", args: ["-p", "."] },
      { label: "run", tool: "node22", args: ["dist/main.js"], app: true },
    ],
  },
  {
    name: "nodenext-cjs",
    title: "NodeNext in a package without \"type\": \"module\", tsc 5.9, Node 20",
    fixtures: ["nodenext-service", "package-commonjs"],
    app: { style: "cjs", file: "src/main.ts", sourceImport: "./zep/index.js" },
    steps: [{ label: "tsc", tool: "tsc-5.9", args: ["-p", "."] }, RUN_DIST],
  },
  {
    name: "vitest",
    title: "vitest in a Vite vanilla-ts project",
    fixtures: ["vite-vanilla-ts"],
    links: [
      { name: "vitest", from: "root" },
      { name: "vite", from: "root" },
    ],
    app: { style: "vitest", file: "src/zep.test.ts", sourceImport: "./zep/index.ts" },
    steps: [{ label: "vitest", tool: "vitest", args: ["run"], app: true }],
  },
  {
    name: "jest-ts-jest",
    title: "Jest + ts-jest (config:init preset), tsc --init 5.8.3 tsconfig",
    fixtures: ["tsc-init-5.8", "jest-ts-jest"],
    links: ["jest", "ts-jest", "@types/jest", "typescript"].map((name): Link => ({ name, from: "toolchain" })),
    app: { style: "jest", file: "test/zep.test.ts", sourceImport: "../src/zep" },
    steps: [{ label: "jest", tool: "jest", args: ["--ci"], app: true }],
  },
];

/** The setups `npm test` runs: they need nothing beyond the repository's devDependencies and Node 24. */
export const FAST_SETUPS: readonly string[] = ["tsc-init-5.9", "commonjs-node20", "esbuild-node", "node24-strip"];
