/**
 * One generator child process (`generate-worker.ts` under tsx) with a heap
 * limit, used for one document after another: starting it costs more than
 * generating most documents. A document that overruns its time is ended by
 * killing the process; one that crashes it or runs it out of memory is
 * reported as such. Either way the next document gets a fresh process, and
 * so does every `recycleAfter`-th one, so no state builds up across many.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { READY, type GenerateReply, type GenerateRequest } from "./generate-protocol.js";
import { keepTail } from "./run-process.js";

const WORKER = fileURLToPath(new URL("./generate-worker.ts", import.meta.url));
const STDERR_TAIL = 8_000;

/** What became of a document, or why its process ended before saying. */
export type GenerateOutcome =
  | GenerateReply
  | { readonly kind: "timed out" }
  | { readonly kind: "out of memory" }
  | { readonly kind: "died"; readonly reason: string };

export interface GeneratorProcess {
  /** Generates one document; `ms` is from sending it to the answer (not the process's start-up). */
  generate(request: GenerateRequest, timeoutMs: number): Promise<{ outcome: GenerateOutcome; ms: number }>;
  close(): void;
}

interface Running {
  readonly child: ChildProcess;
  readonly stderr: { text: string };
  /** Settles when the process listens for requests (true) or has ended before it could (false). */
  readonly ready: Promise<boolean>;
  documents: number;
}

/** The last line of `stderr` that says something (a crash's message, not its stack). */
function lastWords(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("at ") && !/^Node\.js v\d/.test(l));
  return lines.at(-1) ?? "";
}

function start(memoryMb: number, cwd: string, generatorDir: string): Running {
  const child = fork(WORKER, [generatorDir], {
    cwd,
    execArgv: ["--import", import.meta.resolve("tsx"), `--max-old-space-size=${memoryMb}`],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  const stderr = { text: "" };
  child.stderr?.on("data", (chunk: Buffer) => (stderr.text = keepTail(stderr.text, chunk.toString(), STDERR_TAIL)));
  // A process that cannot be started or reached reports it here; kept as its last words, never thrown.
  child.on("error", (error) => (stderr.text = keepTail(stderr.text, `\n${String(error)}`, STDERR_TAIL)));
  const ready = new Promise<boolean>((resolve) => {
    child.once("message", (message) => resolve(message === READY));
    child.once("error", () => resolve(false));
    child.once("close", () => resolve(false));
  });
  return { child, stderr, ready, documents: 0 };
}

/** Runs `request` in `running`, resolving with its reply or with how the process ended. */
function ask(running: Running, request: GenerateRequest, timeoutMs: number): Promise<GenerateOutcome> {
  const { child, stderr } = running;
  return new Promise((resolve) => {
    const done = (outcome: GenerateOutcome): void => {
      clearTimeout(timer);
      child.off("message", onMessage).off("close", onClose).off("error", onError);
      resolve(outcome);
    };
    const onMessage = (reply: GenerateReply): void => done(reply);
    // `close`, not `exit`: by then all of stderr has been read, out-of-memory message included.
    const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (/heap out of memory|Reached heap limit/.test(stderr.text)) done({ kind: "out of memory" });
      else done({ kind: "died", reason: `exited with ${code ?? signal}: ${lastWords(stderr.text)}` });
    };
    const onError = (error: Error): void => {
      child.kill("SIGKILL");
      done({ kind: "died", reason: `could not be reached: ${error.message}` });
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      done({ kind: "timed out" });
    }, timeoutMs);
    child.on("message", onMessage).on("close", onClose).on("error", onError);
    child.send(request, (error) => {
      if (error !== null) onError(error);
    });
  });
}

export function startGeneratorProcess({
  memoryMb,
  recycleAfter,
  cwd,
  generatorDir,
}: {
  memoryMb: number;
  recycleAfter: number;
  cwd: string;
  /** The generator/ directory to load (the run's copy). */
  generatorDir: string;
}): GeneratorProcess {
  const state: { running: Running | undefined } = { running: undefined };
  const stop = (): void => {
    state.running?.child.kill("SIGKILL");
    state.running = undefined;
  };
  return {
    async generate(request, timeoutMs) {
      if (state.running !== undefined && state.running.documents >= recycleAfter) stop();
      const running = (state.running ??= start(memoryMb, cwd, generatorDir));
      running.documents++;
      if (!(await running.ready)) {
        stop();
        const reason = `did not start: ${lastWords(running.stderr.text)}`;
        return { outcome: { kind: "died", reason }, ms: 0 };
      }
      const started = performance.now();
      const outcome = await ask(running, request, timeoutMs);
      const ms = performance.now() - started;
      // A process that overran or died is not used again.
      if (outcome.kind === "timed out" || outcome.kind === "out of memory" || outcome.kind === "died") stop();
      return { outcome, ms };
    },
    close: stop,
  };
}
