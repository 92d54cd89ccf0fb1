// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * What the client tells a logger about its work: each attempt (debug), each
 * retry (info), each timeout (warn) and each call given up on a connection
 * failure (error). Messages are built only when their level is on, and only
 * from redacted parts: a URL's secret query parameters and every credential
 * or secret-looking header are replaced before a message is made, so no level
 * ever shows a key.
 */
import { readEnv } from "./security.ts";

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything with these four methods, `console` included. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const RANK: Readonly<Record<LogLevel, number>> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

/** The client's log: each method takes a function so that a message is only built when it will be written. */
export interface Log {
  readonly level: LogLevel;
  debug(message: () => string): void;
  info(message: () => string): void;
  warn(message: () => string): void;
  error(message: () => string): void;
  /** Query parameter and header names whose values never reach a message (lower-cased). */
  readonly secrets: ReadonlySet<string>;
}

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(RANK, value);
}

/** The level to use: the option, else the environment variable (when it names a level), else off. */
export function resolveLogLevel(given: LogLevel | undefined, envName: string | undefined): LogLevel {
  if (given !== undefined) return given;
  const fromEnv = envName === undefined ? undefined : readEnv(envName)?.trim().toLowerCase();
  return isLogLevel(fromEnv) ? fromEnv : "off";
}

/**
 * A log writing to `logger` at `level` and above, each line starting with
 * `[prefix]`. `secrets` are names of query parameters and headers that carry
 * credentials, on top of the ones every client treats as secret.
 */
export function createLog(level: LogLevel, logger: Logger, prefix: string, secrets: readonly string[] = []): Log {
  const rank = RANK[level];
  const write =
    (at: Exclude<LogLevel, "off">) =>
    (message: () => string): void => {
      if (RANK[at] <= rank) logger[at](`[${prefix}] ${message()}`);
    };
  return {
    level,
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    secrets: new Set(secrets.map((s) => s.toLowerCase())),
  };
}

/** A log that writes nothing, for code run without a client (tests, tools). */
// Marked pure so a bundle that never reads it (every generated client) drops the call.
export const SILENT_LOG: Log = /* @__PURE__ */ createLog("off", { debug() {}, info() {}, warn() {}, error() {} }, "");

/** Names that carry secrets in any API: credentials, cookies, and anything called a key, token or secret. */
const SECRET_NAME = /auth|cookie|key|token|secret|password|passwd|signature|session|credential/i;

function isSecret(log: Log, name: string): boolean {
  return log.secrets.has(name.toLowerCase()) || SECRET_NAME.test(name);
}

const REDACTED = "[redacted]";

/** `url` with the value of every secret query parameter replaced; the rest as it is. */
export function redactUrl(log: Log, url: string): string {
  const q = url.indexOf("?");
  if (q === -1) return url;
  const hash = url.indexOf("#", q);
  const query = url.slice(q + 1, hash === -1 ? undefined : hash);
  const parts = query.split("&").map((part) => {
    const eq = part.indexOf("=");
    const rawName = eq === -1 ? part : part.slice(0, eq);
    let name = rawName;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, " "));
    } catch {
      // A malformed escape: judge the name as written.
    }
    return eq !== -1 && isSecret(log, name) ? `${rawName}=${REDACTED}` : part;
  });
  return `${url.slice(0, q)}?${parts.join("&")}${hash === -1 ? "" : url.slice(hash)}`;
}

/** Headers as `name: value` pairs, secret values replaced, for a debug line. */
export function redactHeaders(log: Log, headers: Headers): string {
  const out: string[] = [];
  headers.forEach((value, name) => out.push(`${name}: ${isSecret(log, name) ? REDACTED : value}`));
  return out.join(", ");
}
