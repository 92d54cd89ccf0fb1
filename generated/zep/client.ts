// Generated from spec/zep.yaml by wiregen. Do not edit.
import { Transport, type ClientDefinition, type ClientOptions } from "./runtime/transport.js";
import { statusErrors } from "./errors.js";
import { MemoryResource } from "./resources/memory.js";
const definition: ClientDefinition = {
  clientName: "ZepClient",
  baseUrl: "https://api.getzep.com/api/v2",
  schemes: {
    ApiKeyAuth: {
      type: "apiKey",
      in: "header",
      name: "Authorization",
      option: "apiKey",
      prefix: "Api-Key ",
      env: "ZEP_API_KEY",
    },
  },
  errors: statusErrors,
};

/** Options for {@link ZepClient}. */
export interface ZepClientOptions extends ClientOptions {
  /**
   * Your project's API key, sent as `Authorization: Api-Key <key>`.
   *
   * Defaults to the `ZEP_API_KEY` environment variable.
   */
  apiKey?: string | undefined;
}

/**
 * Zep API
 *
 * Zep's memory API. This document describes the endpoints the generated
 * client in `generated/zep/` covers; add operations here and run
 * `npm run generate` to extend it.
 *
 * Client for `https://api.getzep.com/api/v2`. Requests time out after 60 s per attempt and retryable failures are retried twice; both are options.
 * @example
 * ```ts
 * const client = new ZepClient({ apiKey: "…" });
 * await client.memory.listSessions();
 * ```
 */
export class ZepClient {
  /**
   * Sessions and the memory stored in them.
   *
   * Operations tagged `memory`.
   */
  readonly memory: MemoryResource;

  constructor(options: ZepClientOptions = {}) {
    const transport = new Transport(definition, options);
    this.memory = new MemoryResource(transport);
  }
}
