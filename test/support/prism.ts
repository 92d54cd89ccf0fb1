/**
 * Starting and stopping a Prism mock server (`@stoplight/prism-cli`) for one
 * OpenAPI document, on 127.0.0.1 and a free port, and reading the request and
 * response violations Prism reports. The one implementation shared by
 * `npm run demo` (`scripts/demo.ts`) and the contract tests (`test/contract/`).
 *
 * How Prism 5 reports a violation (measured against 5.14.2):
 * - an invalid request (bad query value, missing credential) is never mocked as
 *   a success. With a 400 (or 422, or `default`) response in the spec, Prism
 *   answers with it (its example) and lists the problems in an `sl-violations`
 *   header (JSON array); without one it answers 422 `application/problem+json`
 *   whose `validation` array lists them. A missing apiKey header is a 401.
 * - an invalid response (the mocked example breaks its schema) keeps the
 *   example and sets `sl-violations`; with `--errors` it becomes a 500
 *   `application/problem+json` instead.
 * So "no violation" means: no `sl-violations` header and a non-problem status.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";

/** One problem Prism found with a request or a response. */
export interface PrismViolation {
  /** Where, e.g. `["request", "query", "order_by"]`. */
  readonly location: readonly string[];
  readonly severity: string;
  /** The JSON Schema keyword or check that failed, e.g. `enum`. */
  readonly code: string;
  readonly message: string;
}

/** Options for {@link startPrism}. */
export interface StartPrismOptions {
  /** The OpenAPI document to mock, relative to `cwd` or absolute. */
  readonly specPath: string;
  /** Answer 500 when a mocked response breaks the spec (`--errors`). Default false. */
  readonly errors?: boolean | undefined;
  /** How long to wait for Prism to listen before giving up. Default 30 000 ms. */
  readonly startupTimeoutMs?: number | undefined;
  /** Working directory for Prism. Default `process.cwd()`. */
  readonly cwd?: string | undefined;
  /** Aborts startup (Prism is killed and the promise rejects). */
  readonly signal?: AbortSignal | undefined;
}

/** A running Prism mock. */
export interface PrismServer {
  /** `http://127.0.0.1:<port>`, the base URL to give a client. */
  readonly baseUrl: string;
  readonly port: number;
  /** The process id of Prism, for diagnostics. */
  readonly pid: number;
  /** Milliseconds from spawning Prism to its "listening" line. */
  readonly startupMs: number;
  /** Prism's recent output (stdout and stderr, colour codes stripped), for error messages. */
  output(): string;
  /** Stops Prism (SIGTERM, then SIGKILL after 3 s). Safe to call more than once. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";
const DEFAULT_STARTUP_TIMEOUT_MS = 30_000;
const KILL_GRACE_MS = 3_000;
const OUTPUT_LIMIT = 64 * 1024;
const LISTENING = /Prism is listening on (http:\/\/\S+)/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** A port on 127.0.0.1 that was free a moment ago: listen on port 0, read it, close. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : undefined;
      server.close(() => {
        if (port === undefined) reject(new Error("could not read the port of a probe server"));
        else resolvePort(port);
      });
    });
  });
}

/** The path of Prism's CLI entry point, from the installed `@stoplight/prism-cli`. */
export function prismCliPath(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("@stoplight/prism-cli/package.json");
  const manifest = require(manifestPath) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.["prism"];
  if (bin === undefined) throw new Error(`${manifestPath} names no "prism" binary`);
  return resolve(dirname(manifestPath), bin);
}

/**
 * Starts `prism mock <specPath> -h 127.0.0.1 -p <free port>` and resolves once
 * Prism prints its "listening" line. Rejects, with Prism's output in the
 * message, if Prism exits first or does not listen within `startupTimeoutMs`;
 * Prism is killed in both cases. Retries twice on a port taken in between.
 */
export async function startPrism(options: StartPrismOptions): Promise<PrismServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPrismOnce(options, await findFreePort());
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= 3) throw error;
    }
  }
}

/** Prism could not bind its port (taken between the probe and Prism's listen). */
class PortTakenError extends Error {}

function startPrismOnce(options: StartPrismOptions, port: number): Promise<PrismServer> {
  const cwd = options.cwd ?? process.cwd();
  const args = [prismCliPath(), "mock", options.specPath, "-h", HOST, "-p", String(port)];
  if (options.errors === true) args.push("--errors");
  const timeoutMs = options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  const startedAt = performance.now();
  const log = createOutputLog();
  const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: process.env });
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once("exit", () => resolveExit());
  });
  // Kill Prism if this process exits without stopping it (an uncaught error, process.exit).
  const killOnExit = (): void => {
    child.kill("SIGKILL");
  };
  process.once("exit", killOnExit);
  const stop = once(async () => {
    process.removeListener("exit", killOnExit);
    await killChild(child, exited);
  });

  return new Promise<PrismServer>((resolveServer, reject) => {
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      cleanup();
      void stop().finally(() => reject(error));
    };
    const onData = (chunk: Buffer): void => {
      log.append(chunk.toString("utf8"));
      if (settled) return;
      const text = log.text();
      if (LISTENING.test(text)) {
        settled = true;
        cleanup();
        const startupMs = Math.round(performance.now() - startedAt);
        resolveServer({
          baseUrl: `http://${HOST}:${port}`,
          port,
          pid: child.pid ?? -1,
          startupMs,
          output: () => log.text(),
          stop,
        });
      } else if (text.includes("EADDRINUSE")) {
        fail(new PortTakenError(`port ${port} was taken before Prism could listen on it`));
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      fail(
        new Error(
          `Prism exited before listening (${signal ?? `exit code ${code}`}): ` +
            `prism mock ${options.specPath} -h ${HOST} -p ${port}\n${log.text()}`,
        ),
      );
    };
    const onError = (error: Error): void => {
      fail(new Error(`could not start Prism (${process.execPath} ${args.join(" ")}): ${error.message}`));
    };
    const onAbort = (): void => {
      fail(new Error("Prism startup was aborted"));
    };
    const timer = setTimeout(() => {
      fail(
        new Error(
          `Prism did not start listening on ${HOST}:${port} within ${timeoutMs} ms ` +
            `(prism mock ${options.specPath}); its output:\n${log.text() || "(none)"}`,
        ),
      );
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.removeListener("exit", onExit);
      child.removeListener("error", onError);
      options.signal?.removeEventListener("abort", onAbort);
    };

    // Keep reading Prism's output for as long as it runs: a full pipe would block it.
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
    if (options.signal?.aborted === true) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** SIGTERM, then SIGKILL if Prism is still running after {@link KILL_GRACE_MS}. */
async function killChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<boolean>((resolveWait) => {
    timer = setTimeout(() => resolveWait(true), KILL_GRACE_MS);
  });
  const forced = await Promise.race([exited.then(() => false), gaveUp]);
  clearTimeout(timer);
  if (forced) {
    child.kill("SIGKILL");
    await exited;
  }
}

/** The last {@link OUTPUT_LIMIT} characters of Prism's output, colour codes stripped. */
function createOutputLog(): { append(text: string): void; text(): string } {
  let buffer = "";
  return {
    append(text) {
      buffer = (buffer + text.replace(ANSI, "")).slice(-OUTPUT_LIMIT);
    },
    text: () => buffer,
  };
}

/** `fn`, run at most once; later calls get the first call's promise. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

/**
 * The violations Prism reported for one exchange: the `sl-violations` header,
 * plus the `validation` list of a Prism-generated `application/problem+json`
 * body when `body` is given. Empty when Prism found nothing wrong.
 */
export function prismViolations(headers: Headers, body?: unknown): PrismViolation[] {
  const violations: PrismViolation[] = [];
  const header = headers.get("sl-violations");
  if (header !== null && header !== "") {
    const parsed: unknown = JSON.parse(header);
    if (Array.isArray(parsed)) violations.push(...(parsed as PrismViolation[]));
  }
  if (typeof body === "object" && body !== null && Array.isArray((body as { validation?: unknown }).validation)) {
    violations.push(...(body as { validation: PrismViolation[] }).validation);
  }
  return violations;
}
