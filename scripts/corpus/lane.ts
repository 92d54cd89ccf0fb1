/**
 * One lane of the run: a generator process of its own, taking documents from
 * the shared queue one at a time, and type-checking the clients it generated
 * in batches (one compiler run per batch, then the clients are deleted). The
 * run starts `--jobs` lanes side by side; they share nothing but the queue
 * and the place outcomes are recorded.
 */
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ValidateChoice } from "../../generator/config/validate-choice.js";
import type { GenerateOutcome } from "./generator-process.js";
import { startGeneratorProcess } from "./generator-process.js";
import type { Outcome } from "./outcome.js";
import { typeCheckClients, type CheckContext } from "./type-check.js";

export interface LaneContext {
  /** The documents' directory. */
  readonly apiDir: string;
  /** The generator/ directory the generator processes load (the run's copy). */
  readonly generatorDir: string;
  /** Where clients are generated, one directory each. */
  readonly clientsDir: string;
  /** Which payloads the clients validate (`--validate`). */
  readonly validate: ValidateChoice;
  readonly check: CheckContext;
  /** Per document, for generating (type-checking has its own, in `check`), plus `msPerMb` per MB of document. */
  readonly timeoutMs: number;
  readonly msPerMb: number;
  readonly memoryMb: number;
  /** A batch is checked once it has this many clients, or this many bytes of source. */
  readonly batchClients: number;
  readonly batchBytes: number;
  /** Keep the generated clients instead of deleting them once checked. */
  readonly keep: boolean;
}

export interface Job {
  readonly document: string;
  /** Unique in the run: names the client's directory. */
  readonly id: string;
}

/** Where a lane reports: each document's outcome, and each batch it type-checked. */
export interface Recorder {
  outcome(outcome: Outcome): void;
  checked(clients: number, ms: number): void;
}

interface Generated {
  readonly job: Job;
  readonly bytes: number;
  readonly generateMs: number;
}

/** The outcome of a document that did not generate, from what the generator process said or how it ended. */
export function notGenerated(
  job: Job,
  outcome: Exclude<GenerateOutcome, { kind: "generated" }>,
  /** `timeoutMs` is the document's limit, size allowance included. */
  { apiDir, timeoutMs, memoryMb }: Pick<LaneContext, "apiDir" | "timeoutMs" | "memoryMb">,
  generateMs: number,
): Outcome {
  const common = { document: job.document, errors: undefined, generateMs };
  switch (outcome.kind) {
    case "refused":
      // Shown relative to the directory, as the document is named in the report.
      return { ...common, class: "located error", first: outcome.diagnostic.replace(`${apiDir}/`, "") };
    case "threw":
      return { ...common, class: "failure", first: `generator threw ${outcome.error}` };
    case "timed out":
      return { ...common, class: "failure", first: `generating timed out after ${Math.round(timeoutMs / 1000)} s` };
    case "out of memory":
      return { ...common, class: "failure", first: `generating ran out of memory (heap limit ${memoryMb} MB)` };
    case "died":
      return { ...common, class: "failure", first: `the generator process ${outcome.reason}` };
  }
}

async function checkBatch(batch: readonly Generated[], context: LaneContext, recorder: Recorder): Promise<void> {
  if (batch.length === 0) return;
  const started = performance.now();
  const ids = batch.map((g) => g.job.id);
  const results = await typeCheckClients(context.clientsDir, ids, context.check);
  recorder.checked(batch.length, performance.now() - started);
  for (const { job, generateMs } of batch) {
    const result = results.get(job.id) ?? { ok: false, first: "not type-checked", errors: 0 };
    recorder.outcome(
      result.ok
        ? { document: job.document, class: "clean", first: undefined, errors: undefined, generateMs }
        : { document: job.document, class: "failure", first: result.first, errors: result.errors, generateMs },
    );
  }
  if (!context.keep) {
    await Promise.all(batch.map((g) => rm(join(context.clientsDir, g.job.id), { recursive: true, force: true })));
  }
}

/** Works until `next` has no more jobs; records one outcome per job. */
export async function runLane(next: () => Job | undefined, context: LaneContext, recorder: Recorder): Promise<void> {
  const generator = startGeneratorProcess({
    memoryMb: context.memoryMb,
    recycleAfter: 100,
    cwd: context.check.projectRoot,
    generatorDir: context.generatorDir,
  });
  const batch: Generated[] = [];
  try {
    for (let job = next(); job !== undefined; job = next()) {
      const request = {
        spec: join(context.apiDir, job.document),
        outDir: join(context.clientsDir, job.id),
        validate: context.validate,
      };
      const timeoutMs = context.timeoutMs + (context.msPerMb * (await stat(request.spec)).size) / 2 ** 20;
      const { outcome, ms: generateMs } = await generator.generate(request, timeoutMs);
      if (outcome.kind !== "generated") {
        recorder.outcome(notGenerated(job, outcome, { ...context, timeoutMs }, generateMs));
        continue;
      }
      batch.push({ job, bytes: outcome.bytes, generateMs });
      const bytes = batch.reduce((sum, g) => sum + g.bytes, 0);
      if (batch.length >= context.batchClients || bytes >= context.batchBytes) {
        await checkBatch(batch.splice(0), context, recorder);
      }
    }
    await checkBatch(batch.splice(0), context, recorder);
  } finally {
    generator.close();
  }
}
