/**
 * Running a command with a time limit: its exit, its output (the tail only,
 * so a chatty process cannot fill memory) and whether it was killed for
 * overrunning. Never throws for a failing command.
 */
import { spawn } from "node:child_process";

export interface ProcessResult {
  /** The exit code, or undefined when a signal ended the process. */
  readonly code: number | undefined;
  readonly signal: NodeJS.Signals | undefined;
  readonly timedOut: boolean;
  /** Why the command could not be started (not found, not executable), if it could not. */
  readonly startError: string | undefined;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Keeps the last `limit` characters of what `text` and `chunk` make together. */
export function keepTail(text: string, chunk: string, limit: number): string {
  const joined = text + chunk;
  return joined.length > limit ? joined.slice(-limit) : joined;
}

/** Runs `argv` (no shell) in `cwd`; kills it after `timeoutMs`. */
export function runProcess(
  argv: readonly string[],
  { cwd, timeoutMs, outputLimit = 16 * 1024 * 1024 }: { cwd: string; timeoutMs: number; outputLimit?: number },
): Promise<ProcessResult> {
  const [program, ...args] = argv;
  if (program === undefined) throw new Error("empty command");
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const output = { stdout: "", stderr: "", timedOut: false, startError: undefined as string | undefined };
    child.stdout.on(
      "data",
      (chunk: Buffer) => (output.stdout = keepTail(output.stdout, chunk.toString(), outputLimit)),
    );
    child.stderr.on(
      "data",
      (chunk: Buffer) => (output.stderr = keepTail(output.stderr, chunk.toString(), outputLimit)),
    );
    const timer = setTimeout(() => {
      output.timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      clearTimeout(timer);
      resolve({ code: code ?? undefined, signal: signal ?? undefined, ...output, ms: performance.now() - started });
    };
    child.once("error", (error) => {
      if (child.pid === undefined) output.startError = error.message;
      else output.stderr += String(error);
      finish(null, null);
    });
    child.once("close", finish);
  });
}
