// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./log.d.ts"
/**
 * What the client tells a logger about its work: each attempt (debug), each
 * retry (info), each timeout (warn) and each call given up on a connection
 * failure (error). Messages are built only when their level is on, and only
 * from redacted parts: a URL's secret query parameters and every credential
 * or secret-looking header are replaced before a message is made, so no level
 * ever shows a key.
 */
import { readEnv } from "./security.js";
const RANK = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
function isLogLevel(value) {
  return typeof value === "string" && Object.hasOwn(RANK, value);
}
/** The level to use: the option, else the environment variable (when it names a level), else off. */
export function resolveLogLevel(given, envName) {
  if (given !== undefined) return given;
  const fromEnv = envName === undefined ? undefined : readEnv(envName)?.trim().toLowerCase();
  return isLogLevel(fromEnv) ? fromEnv : "off";
}
/**
 * A log writing to `logger` at `level` and above, each line starting with
 * `[prefix]`. `secrets` are names of query parameters and headers that carry
 * credentials, on top of the ones every client treats as secret.
 */
export function createLog(level, logger, prefix, secrets = []) {
  const rank = RANK[level];
  const write = (at) => (message) => {
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
export const SILENT_LOG = createLog("off", { debug() {}, info() {}, warn() {}, error() {} }, "");
/** Names that carry secrets in any API: credentials, cookies, and anything called a key, token or secret. */
const SECRET_NAME = /auth|cookie|key|token|secret|password|passwd|signature|session|credential/i;
function isSecret(log, name) {
  return log.secrets.has(name.toLowerCase()) || SECRET_NAME.test(name);
}
const REDACTED = "[redacted]";
/** `url` with the value of every secret query parameter replaced; the rest as it is. */
export function redactUrl(log, url) {
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
export function redactHeaders(log, headers) {
  const out = [];
  headers.forEach((value, name) => out.push(`${name}: ${isSecret(log, name) ? REDACTED : value}`));
  return out.join(", ");
}
