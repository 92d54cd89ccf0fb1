/**
 * The configuration file's shape, `wiregen.config.ts` (or `.mts`, `.mjs`,
 * `.js`, `.json`): the clients to generate, each with the choices that are
 * the consumer's rather than facts of the API. `defineConfig` only gives a
 * `.ts` config its types; it returns what it is given.
 */
import type { ImportExtension } from "../project/import-extension.js";
import type { ValidateChoice } from "./validate-choice.js";

export interface ClientConfig {
  /** The OpenAPI document: a file, relative to the config file, or an `https://` URL. */
  readonly input: string;
  /** The folder the client is written to, relative to the config file. */
  readonly output: string;
  /** Names the client (`Zep` gives `ZepClient`, `ZepError`); default: the document's file name. */
  readonly clientName?: string;
  /** An OpenAPI Overlay applied to the document (default: `<name>.overlay.yaml` beside a file input). */
  readonly overlay?: string;
  /** `source` (default): TypeScript your build compiles; `package`: a publishable npm package. */
  readonly kind?: "source" | "package";
  /** The extension of the client's relative imports (source kind); default: read from the nearest tsconfig.json. */
  readonly importExtension?: ImportExtension;
  /** The package kind's name and version (defaults: `<name>-client` and the document's `info.version`). */
  readonly package?: { readonly name?: string; readonly version?: string };
  /**
   * What the document's `$ref`s may read beyond the defaults (files inside the
   * document's folder tree, public `https://` URLs): path prefixes relative to
   * the config file (`"../shared/schemas"`) and URL prefixes
   * (`"http://127.0.0.1:8080/"`). Anything else a `$ref` names is refused.
   */
  readonly allowRefs?: readonly string[];
  /**
   * Runtime validation (default `"none"`): `"responses"` checks each JSON response body against the
   * spec's schema, `"requests"` each request body before it is sent, `"all"` both. The client then
   * carries validators for every named schema, exported as `schemas` (`schemas.Thread`), each a
   * Standard Schema; without it, it carries none of that code.
   */
  readonly validate?: ValidateChoice;
}

export interface WiregenConfig {
  readonly clients: readonly ClientConfig[];
}

/** Types a config: `export default defineConfig({ clients: [{ input: "spec/api.yaml", output: "src/api" }] })`. */
export function defineConfig(config: WiregenConfig): WiregenConfig {
  return config;
}
