// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Credentials: which client option carries each security scheme, where its
 * value goes on the wire, and a clear refusal when one is missing. A missing
 * credential fails before anything is sent, and no message ever echoes a secret.
 *
 * A client's `definition.ts` names the function of each scheme's type
 * (`type: apiKey`), so a bundle carries only the kinds of credential the API
 * uses: an API-key client never ships Basic auth's UTF-8 base64. Schemes and
 * credentials are looked up as own properties (`own.ts`): a scheme may be
 * named `toString` or `__proto__`, and an option a caller did not pass is
 * never found on the options object's prototype.
 */
import { RequestBuildError } from "./errors.ts";
import { own } from "./own.ts";

export type SchemeSpec =
  | {
      readonly type: "apiKey";
      readonly in: "header" | "query" | "cookie";
      readonly name: string;
      /** Text put before the key, e.g. `Api-Key ` (from `x-value-prefix`). */
      readonly prefix?: string;
      /** The client option that holds the key. */
      readonly option: string;
      /** An environment variable read when the option is not passed (from `x-env-var`). */
      readonly env?: string;
    }
  | {
      readonly type: "bearer";
      readonly option: string;
      readonly env?: string;
    }
  | {
      readonly type: "basic";
      readonly usernameOption: string;
      readonly passwordOption: string;
    };

type Credentials = Readonly<Record<string, unknown>>;

/** Applies one scheme of its type; returns false when its credential is missing. */
export type ApplyScheme<R> = (scheme: R, credentials: Credentials, target: CredentialTarget) => boolean;

/** A scheme as a client's definition holds it: the model's `SchemeSpec` with the function its `type` names. */
export type SchemeRecord = ApiKeyRecord | BearerRecord | BasicRecord;

export interface ApiKeyRecord extends Omit<Extract<SchemeSpec, { type: "apiKey" }>, "type"> {
  readonly type: ApplyScheme<ApiKeyRecord>;
}

export interface BearerRecord extends Omit<Extract<SchemeSpec, { type: "bearer" }>, "type"> {
  readonly type: ApplyScheme<BearerRecord>;
}

export interface BasicRecord extends Omit<Extract<SchemeSpec, { type: "basic" }>, "type"> {
  readonly type: ApplyScheme<BasicRecord>;
}

/** The parts of a request a credential can touch. */
export interface CredentialTarget {
  readonly headers: Headers;
  readonly query: URLSearchParams;
  readonly cookies: string[];
}

/**
 * Reads an environment variable where there is one (Node, Bun, Deno with
 * --allow-env). Where reading it is not allowed (Deno without --allow-env
 * throws NotCapable) there is none: the caller gets its own error, never the host's.
 */
export function readEnv(name: string): string | undefined {
  const host = globalThis as {
    process?: { env?: Record<string, string | undefined> };
  };
  let value: unknown;
  try {
    // Not `own(…)`: a host's `env` may be a Proxy that answers `get` and no own-property query. Every
    // variable is a string, so `typeof` alone keeps out what `env` inherits (`env.toString` is a function).
    value = host.process?.env?.[name];
  } catch {
    return undefined;
  }
  return typeof value === "string" && value !== "" ? value : undefined;
}

function credential(credentials: Credentials, option: string, env: string | undefined): string | undefined {
  const given = own(credentials, option);
  if (typeof given === "string" && given !== "") return given;
  return env === undefined ? undefined : readEnv(env);
}

/**
 * `Headers.set` rejects a line break or a character outside Latin-1 with a
 * TypeError that quotes the value, which here is the secret itself.
 */
function setCredentialHeader(headers: Headers, name: string, value: string, option: string): void {
  try {
    headers.set(name, value);
  } catch {
    throw new RequestBuildError(
      `the value of { ${option} } cannot be sent in the ${name} header: it contains a line break, ` +
        "a control character or a character outside Latin-1. No request was sent.",
    );
  }
}

/** A key in a header, the query or a cookie, after its prefix (`Api-Key `). */
export const apiKey: ApplyScheme<ApiKeyRecord> = (scheme, credentials, target) => {
  const key = credential(credentials, scheme.option, scheme.env);
  if (key === undefined) return false;
  const value = (scheme.prefix ?? "") + key;
  if (scheme.in === "header") setCredentialHeader(target.headers, scheme.name, value, scheme.option);
  else if (scheme.in === "query") target.query.set(scheme.name, value);
  else target.cookies.push(`${scheme.name}=${encodeURIComponent(value)}`);
  return true;
};

/** `Authorization: Bearer <token>`. */
export const bearer: ApplyScheme<BearerRecord> = (scheme, credentials, target) => {
  const token = credential(credentials, scheme.option, scheme.env);
  if (token === undefined) return false;
  setCredentialHeader(target.headers, "Authorization", `Bearer ${token}`, scheme.option);
  return true;
};

/** `Authorization: Basic <base64 of user:password>`. */
export const basic: ApplyScheme<BasicRecord> = (scheme, credentials, target) => {
  const user = own(credentials, scheme.usernameOption);
  const password = own(credentials, scheme.passwordOption);
  if (typeof user !== "string" || typeof password !== "string") return false;
  target.headers.set("Authorization", `Basic ${base64Utf8(`${user}:${password}`)}`);
  return true;
};

function applyScheme(scheme: SchemeRecord, credentials: Credentials, target: CredentialTarget): boolean {
  return (scheme.type as ApplyScheme<SchemeRecord>)(scheme, credentials, target);
}

/** `btoa` only takes Latin-1; RFC 7617 says credentials are UTF-8. */
function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** What to pass for a scheme, and the environment variable that may stand in for it. */
function describe(scheme: SchemeRecord): {
  pass: string;
  env: string | undefined;
} {
  if ("usernameOption" in scheme)
    return {
      pass: `{ ${scheme.usernameOption}, ${scheme.passwordOption} }`,
      env: undefined,
    };
  return { pass: `{ ${scheme.option} }`, env: scheme.env };
}

/**
 * Applies the first alternative of `requirements` whose credentials are all
 * present. Throws `RequestBuildError` naming what to pass when none is.
 */
export function applySecurity(
  operationId: string,
  clientName: string,
  requirements: readonly (readonly string[])[],
  schemes: Readonly<Record<string, SchemeRecord>>,
  credentials: Credentials,
  target: CredentialTarget,
): void {
  for (const alternative of requirements) {
    // An empty alternative means "no auth is fine": it is taken below, after every real one, so a given key is still sent.
    if (alternative.length === 0) continue;
    const resolved = alternative.map((name) => own(schemes, name));
    // Not `includes(undefined)`: without noUncheckedIndexedAccess the array's type has no undefined to look for.
    if (resolved.some((s) => s === undefined)) continue;
    // One scheme writes only when its credential is there; several write into scratch space first,
    // so a half-satisfied alternative leaves nothing behind.
    const into: CredentialTarget =
      resolved.length === 1 ? target : { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
    if (!resolved.every((s) => applyScheme(s as SchemeRecord, credentials, into))) continue;
    if (into !== target) {
      into.headers.forEach((value, name) => target.headers.set(name, value));
      into.query.forEach((value, name) => target.query.set(name, value));
      target.cookies.push(...into.cookies);
    }
    return;
  }
  if (requirements.length === 0 || requirements.some((alternative) => alternative.length === 0)) return;
  const described = requirements.flatMap((alt) =>
    alt
      .map((name) => own(schemes, name))
      .filter((s): s is SchemeRecord => s !== undefined)
      .map(describe),
  );
  const passes = [...new Set(described.map((d) => d.pass))];
  const envs = [...new Set(described.flatMap((d) => (d.env === undefined ? [] : [d.env])))];
  throw new RequestBuildError(
    `${operationId} needs credentials: pass ${passes.join(" or ")} to new ${clientName}(...)` +
      `${envs.length > 0 ? `, or set ${envs.join(" or ")}` : ""}. No request was sent.`,
  );
}
