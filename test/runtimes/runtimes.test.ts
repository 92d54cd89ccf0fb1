/**
 * The generated Zep client, as committed, in every runtime it claims: one
 * suite (`suite.ts`: the exact request, retries, Retry-After, timeout, abort,
 * both pagination styles, error classes, a non-JSON 2xx, a missing key) run
 * against the scripted local server (`server.ts`) by
 *
 * - the machine's own Node (20), with tsx as the TypeScript loader: Node 20 cannot
 *   run `.ts` files by itself, so this is how a Node 20 user runs the
 *   committed client (or through a bundler);
 * - Node 24 (fetched by `scripts/fetch-node.sh`), plain `node entry.ts`: type stripping, no loader;
 * - Deno (`deno run --allow-net=127.0.0.1`) and Bun (`bun entry.ts`);
 * - headless Chromium: the browser entry bundled by esbuild, loaded from a
 *   page on another origin than the API, so every call goes through CORS.
 *
 * Each runtime is a separate process that must print its results and then
 * exit by itself. A runtime that is not installed is skipped with a loud
 * warning; under CI (`CI` set) it fails instead, since `.ci/run` installs
 * them all.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, stop as stopEsbuild } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { childEnv, findOnPath, isExecutable, killAll, start, tail, versionOf } from "./processes.ts";
import { startRuntimeServer, type PageReport, type RuntimeServer } from "./server.ts";
import { CASE_IDS, type CaseResult } from "./suite.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY_CLI = "test/runtimes/entry-cli.ts";
const ENTRY_BROWSER = join(ROOT, "test/runtimes/entry-browser.ts");
const MARKER = "RUNTIME-SUITE ";
/** A runtime process gets this long in all; the suite itself takes about 3 s. */
const PROCESS_LIMIT_MS = 20_000;
/** After printing its results a process must exit by itself within this. */
const EXIT_GRACE_MS = 3_000;
const TEST_TIMEOUT_MS = 30_000;

interface Runtime {
  /** The test's name. */
  readonly title: string;
  /** The last segment of the suite's base URL, keeping this runtime's requests apart. */
  readonly run: string;
  /** The binary, or undefined when it is not installed. */
  readonly binary: string | undefined;
  /** How to get it, for the warning when it is missing. */
  readonly install: string;
  /** What the runtime must report itself as, so the test knows the right binary ran. */
  readonly identity: RegExp;
  /** Arguments for a command-line runtime; undefined for the browser. */
  readonly args?: (baseUrl: string) => string[];
}

const local = (path: string): string | undefined => (isExecutable(join(ROOT, path)) ? join(ROOT, path) : undefined);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The machine's own node (a `node` under node_modules would be some package's, not the machine's). */
const MACHINE_NODE = findOnPath(["node"], true);
const MACHINE_NODE_VERSION = MACHINE_NODE === undefined ? undefined : versionOf(MACHINE_NODE);

const RUNTIMES: readonly Runtime[] = [
  {
    title: `Node ${MACHINE_NODE_VERSION ?? "(not found)"} (${MACHINE_NODE ?? "the machine's node"}) via --import tsx: a TypeScript loader`,
    run: "node",
    binary: MACHINE_NODE !== undefined && local("node_modules/.bin/tsx") !== undefined ? MACHINE_NODE : undefined,
    install: "Node 20 or newer on PATH (outside node_modules/.bin), and npm ci (tsx is a dependency)",
    identity: new RegExp(`^node ${escapeRegExp((MACHINE_NODE_VERSION ?? "").replace(/^v/, ""))}$`),
    args: (baseUrl) => ["--import", "tsx", ENTRY_CLI, baseUrl],
  },
  {
    title: "Node 24 with type stripping, no loader (node entry.ts)",
    run: "node24",
    binary: local("node_modules/.cache/runtimes/node-24/bin/node"),
    install: "bash scripts/fetch-node.sh (.ci/run does it)",
    identity: /^node 24\.\d+\.\d+ \(typescript: strip\)$/,
    args: (baseUrl) => [ENTRY_CLI, baseUrl],
  },
  {
    title: "Deno (deno run --allow-net=127.0.0.1)",
    run: "deno",
    binary: local("node_modules/.bin/deno"),
    install: "npm ci (devDependency deno)",
    identity: /^deno 2\.\d+\.\d+$/,
    args: (baseUrl) => ["run", "--no-lock", "--allow-net=127.0.0.1", ENTRY_CLI, baseUrl],
  },
  {
    title: "Bun (bun entry.ts)",
    run: "bun",
    binary: local("node_modules/.bin/bun"),
    install: "npm ci (devDependency bun)",
    identity: /^bun 1\.\d+\.\d+$/,
    args: (baseUrl) => [ENTRY_CLI, baseUrl],
  },
  {
    title: "headless Chromium (esbuild bundle, page on another origin: CORS)",
    run: "chromium",
    binary: findOnPath(["chromium", "chromium-browser"]),
    install: "apt-get update && apt-get install -y chromium (Debian/Ubuntu; .ci/run does this)",
    identity: /Chrome\/\d+/,
  },
];

let server: RuntimeServer;
const scratch: string[] = [];

beforeAll(async () => {
  server = await startRuntimeServer();
});

afterAll(async () => {
  await killAll();
  await server?.close();
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
  await stopEsbuild();
});

interface Report {
  readonly runtime: string;
  readonly results: readonly CaseResult[];
  /** How the run went, for the summary line. */
  readonly note: string;
}

/** Checks what a runtime reported: the right runtime, every case, every case passed. */
function expectAllPassed(runtime: Runtime, report: Report): void {
  const { results } = report;
  const summary = results.map((r) => `${r.ok ? "ok" : "FAILED"} ${r.id} ${r.ms} ms`).join(", ");
  console.log(`[runtimes] ${report.runtime}: ${report.note}; ${summary}`);
  expect(report.runtime, `${runtime.title}: which runtime ran`).toMatch(runtime.identity);
  expect(
    results.map((r) => r.id),
    `${report.runtime}: the cases run`,
  ).toEqual(CASE_IDS);
  const failures = results.filter((r) => !r.ok).map((r) => `${r.id} (${r.title}): ${r.error ?? "?"}`);
  expect(failures, `${report.runtime}: ${failures.length} of ${results.length} cases failed`).toEqual([]);
}

function parseReport(runtime: Runtime, raw: PageReport | undefined, context: string): Report {
  if (raw === undefined) throw new Error(`${runtime.title}: reported no results\n${context}`);
  if (raw.fatal !== undefined) throw new Error(`${runtime.title}: the suite could not run: ${raw.fatal}\n${context}`);
  if (!Array.isArray(raw.results)) throw new Error(`${runtime.title}: malformed report ${JSON.stringify(raw)}`);
  return { runtime: raw.runtime ?? "?", results: raw.results as CaseResult[], note: "" };
}

async function runCommandLine(runtime: Runtime, binary: string, args: string[]): Promise<Report> {
  const running = start(binary, args, {
    cwd: ROOT,
    limitMs: PROCESS_LIMIT_MS,
    env: childEnv(),
    exitAfter: { marker: MARKER, ms: EXIT_GRACE_MS },
  });
  const done = await running.finished;
  const context = [
    `  command: ${[binary, ...args].join(" ")}`,
    `  exit: ${done.code ?? done.signal ?? "?"} after ${done.ms} ms${done.killed ? ` (killed: no exit within ${PROCESS_LIMIT_MS} ms)` : ""}`,
    "  stderr:",
    tail(done.stderr),
    "  stdout:",
    tail(done.stdout),
  ].join("\n");
  const line = done.stdout.split("\n").find((l) => l.startsWith(MARKER));
  const report = parseReport(
    runtime,
    line === undefined ? undefined : (JSON.parse(line.slice(MARKER.length)) as PageReport),
    context,
  );
  expectAllPassed(runtime, { ...report, note: `process ${done.ms} ms` });
  if (done.lingered) {
    throw new Error(
      `${report.runtime} printed its results but had not exited ${EXIT_GRACE_MS} ms later: ` +
        `something the client left behind (a timer, a socket) keeps the process alive\n${context}`,
    );
  }
  expect(done.code, `${report.runtime}: exit code\n${context}`).toBe(0);
  return report;
}

/** The flags of a throwaway headless Chromium that talks to nothing but 127.0.0.1. */
function chromiumArgs(profile: string, url: string): string[] {
  return [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    `--user-data-dir=${profile}`,
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--metrics-recording-only",
    "--no-pings",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--enable-logging=stderr",
    "--v=0",
    url,
  ];
}

async function runChromium(runtime: Runtime, binary: string): Promise<Report> {
  const bundleStart = performance.now();
  const bundle = await build({
    entryPoints: [ENTRY_BROWSER],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    sourcemap: "inline",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const bundleMs = Math.round(performance.now() - bundleStart);
  const url = server.pageUrl(runtime.run, script);
  const profile = await mkdtemp(join(tmpdir(), "wiregen-chromium-"));
  scratch.push(profile);
  const begin = performance.now();
  const running = start(binary, chromiumArgs(profile, url), { cwd: ROOT, limitMs: PROCESS_LIMIT_MS });
  try {
    const exitedEarly = running.finished.then((done) => {
      throw new Error(
        `${runtime.title}: the browser exited (${done.code ?? done.signal ?? "?"}) before the page reported\n${tail(done.stderr)}`,
      );
    });
    let raw: PageReport;
    try {
      raw = await Promise.race([server.pageReport(PROCESS_LIMIT_MS - 1_000), exitedEarly]);
    } catch (error) {
      running.kill();
      const { stderr } = await running.finished;
      throw new Error(`${String(error)}\n  browser stderr:\n${tail(stderr)}`);
    }
    const report = parseReport(runtime, raw, "");
    const ms = Math.round(performance.now() - begin);
    expectAllPassed(runtime, {
      ...report,
      note: `bundle ${bundleMs} ms (${script.length} bytes), browser to report ${ms} ms`,
    });
    // Proof that the calls really were cross-origin and CORS let them through.
    expect(server.preflights(runtime.run), "CORS preflights answered for the browser").toBeGreaterThan(0);
    return report;
  } finally {
    running.kill();
    await running.finished;
    await rm(profile, { recursive: true, force: true });
  }
}

function banner(runtime: Runtime): string {
  const bar = "!".repeat(78);
  return [
    bar,
    `!! NOT INSTALLED: ${runtime.title}`,
    "!! The generated client is NOT being tested in this runtime.",
    `!! Install it: ${runtime.install}`,
    bar,
  ].join("\n");
}

describe("the generated Zep client in every runtime", () => {
  for (const runtime of RUNTIMES) {
    const { binary } = runtime;
    if (binary === undefined) {
      if (process.env["CI"]) {
        test(runtime.title, () => {
          throw new Error(`${banner(runtime)}\nCI must test every runtime: .ci/run should have installed it.`);
        });
      } else {
        console.warn(`\n${banner(runtime)}\n`);
        test.skip(`${runtime.title} — NOT INSTALLED: ${runtime.install}`, () => {});
      }
      continue;
    }
    test(
      runtime.title,
      async () => {
        const baseUrl = `${server.apiOrigin}/${runtime.run}`;
        if (runtime.args === undefined) await runChromium(runtime, binary);
        else await runCommandLine(runtime, binary, runtime.args(baseUrl));
      },
      TEST_TIMEOUT_MS,
    );
  }
});
