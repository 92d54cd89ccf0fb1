// Generated from spec/zep.yaml by wiregen. Do not edit.
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
export declare function readEnv(name: string): string | undefined;
type Credentials = Readonly<Record<string, unknown>>;
/**
 * Applies the first alternative of `requirements` whose credentials are all
 * present. Throws `RequestBuildError` naming what to pass when none is.
 */
export declare function applySecurity(
  operationId: string,
  clientName: string,
  requirements: readonly (readonly string[])[],
  schemes: Readonly<Record<string, SchemeSpec>>,
  credentials: Credentials,
  target: CredentialTarget,
): void;
export {};
