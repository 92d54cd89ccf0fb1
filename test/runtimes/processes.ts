/**
 * Child processes for the runtime tests: finding a binary, running one under a
 * time limit in its own process group (so a browser's helpers die with it),
 * and killing whatever is still running when the file ends.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, sep } from "node:path";

/**
 * The first of `names` found as an executable on PATH, or undefined.
 * `node_modules/.bin` folders (which npm puts first) are skipped when
 * `outsideNodeModules` is set: a `node` there would be a package's, not the machine's.
 */
export function findOnPath(names: readonly string[], outsideNodeModules = false): string | undefined {
  for (const name of names) {
    for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
      if (dir === "" || (outsideNodeModules && dir.split(sep).includes("node_modules"))) continue;
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** What `<binary> --version` prints, trimmed; undefined when it cannot be run. */
export function versionOf(binary: string): string | undefined {
  try {
    return execFileSync(binary, ["--version"], { encoding: "utf8", timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The environment for a runtime: this one without `ZEP_API_KEY` (the suite's
 * "no key" case needs it unset) or `NODE_OPTIONS`, and with the runtimes'
 * update checks, prompts and telemetry off.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env["ZEP_API_KEY"];
  delete env["NODE_OPTIONS"];
  return { ...env, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", DO_NOT_TRACK: "1", NO_COLOR: "1" };
}

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the time limit ran out and the process group was killed. */
  readonly killed: boolean;
  /** True when it printed `exitAfter.marker` but had not exited `exitAfter.ms` later, and was killed. */
  readonly lingered: boolean;
  readonly ms: number;
}

export interface Running {
  readonly child: ChildProcess;
  /** Settles when the process has exited (after a kill too). Never rejects. */
  readonly finished: Promise<Finished>;
  /** Kills the whole process group (SIGKILL). Safe to call more than once. */
  kill(): void;
}

const live = new Set<Running>();

/** Starts `command` in a new process group; it is killed when `limitMs` runs out. */
export function start(
  command: string,
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly limitMs: number;
    readonly env?: NodeJS.ProcessEnv;
    /** Once stdout contains `marker`, the process has `ms` to exit by itself before it is killed. */
    readonly exitAfter?: { readonly marker: string; readonly ms: number };
  },
): Running {
  const begin = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  let killed = false;
  let lingered = false;
  let exited = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    const { exitAfter } = options;
    if (exitAfter !== undefined && graceTimer === undefined && stdout.includes(exitAfter.marker)) {
      graceTimer = setTimeout(() => {
        lingered = true;
        kill();
      }, exitAfter.ms);
    }
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const kill = (): void => {
    if (exited || child.pid === undefined) return;
    try {
      // The negative pid is the group: the browser's zygote and renderers too.
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  const timer = setTimeout(() => {
    killed = true;
    kill();
  }, options.limitMs);
  const running: Running = {
    child,
    kill,
    finished: new Promise((resolve) => {
      const done = (code: number | null, signal: NodeJS.Signals | null): void => {
        exited = true;
        clearTimeout(timer);
        clearTimeout(graceTimer);
        live.delete(running);
        resolve({ code, signal, stdout, stderr, killed, lingered, ms: Math.round(performance.now() - begin) });
      };
      child.on("error", (error) => {
        stderr += `\n[spawn error] ${error.message}`;
        done(null, null);
      });
      child.on("close", done);
    }),
  };
  live.add(running);
  return running;
}

/** Kills every process group still running and waits for them to go (for `afterAll`). */
export async function killAll(): Promise<void> {
  const running = [...live];
  for (const r of running) r.kill();
  await Promise.all(running.map((r) => r.finished));
}

/** The last `lines` lines of `text`, indented, for a failure message. */
export function tail(text: string, lines = 30): string {
  const all = text.trimEnd().split("\n");
  const shown = all.slice(-lines).map((line) => `    ${line}`);
  return (all.length > lines ? ["    …", ...shown] : shown).join("\n");
}
