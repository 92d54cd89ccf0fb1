// Generated from spec/zep.yaml by wiregen. Do not edit.
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";
/** Anything with these four methods, `console` included. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
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
/** The level to use: the option, else the environment variable (when it names a level), else off. */
export declare function resolveLogLevel(given: LogLevel | undefined, envName: string | undefined): LogLevel;
/**
 * A log writing to `logger` at `level` and above, each line starting with
 * `[prefix]`. `secrets` are names of query parameters and headers that carry
 * credentials, on top of the ones every client treats as secret.
 */
export declare function createLog(level: LogLevel, logger: Logger, prefix: string, secrets?: readonly string[]): Log;
/** A log that writes nothing, for code run without a client (tests, tools). */
export declare const SILENT_LOG: Log;
/** `url` with the value of every secret query parameter replaced; the rest as it is. */
export declare function redactUrl(log: Log, url: string): string;
/** Headers as `name: value` pairs, secret values replaced, for a debug line. */
export declare function redactHeaders(log: Log, headers: Headers): string;
