/**
 * Running one command of a setup: a child process in its own process group
 * (so a bundler's or a browser's helpers die with it), under a time limit,
 * with its output collected. Never rejects: a process that cannot start is a
 * result with the reason in `stderr`.
 */
import { spawn } from "node:child_process";

export interface Finished {
  /** Exit code, or null when killed by a signal or never started. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the time limit ran out and the group was killed. */
  readonly timedOut: boolean;
  readonly ms: number;
}

export interface CommandOptions {
  readonly cwd: string;
  readonly limitMs: number;
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/**
 * The environment for every child: this one without what would leak into a
 * consumer's run (a real `ZEP_API_KEY`, `NODE_OPTIONS` set for the runner, the
 * npm script variables of `npm run consumers`), colours and telemetry off.
 */
export function consumerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name === "ZEP_API_KEY" || name === "NODE_OPTIONS" || name === "NODE_PATH") continue;
    if (name.startsWith("npm_") || name.startsWith("VITEST") || name === "TSX_TSCONFIG_PATH") continue;
    env[name] = value;
  }
  return {
    ...env,
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    DO_NOT_TRACK: "1",
    DENO_NO_UPDATE_CHECK: "1",
    DENO_NO_PROMPT: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** Runs `command args` and resolves when it has exited (or was killed at the limit). */
export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<Finished> {
  const begin = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? consumerEnv(),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let settled = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        // The negative pid is the whole group: esbuild's service, Chromium's renderers.
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.limitMs);
    const done = (code: number | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // A helper left behind by a tool that exited (a watcher, a browser zygote) goes too.
      killGroup();
      resolve({ code, stdout, stderr, timedOut, ms: Math.round(performance.now() - begin) });
    };
    child.on("error", (error) => {
      stderr += `\n[could not start ${command}] ${error.message}`;
      done(null);
    });
    child.on("close", (code) => done(code));
  });
}
