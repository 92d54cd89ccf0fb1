// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { apiKey } from "./runtime/security.ts";
import type { ClientDefinition } from "./runtime/transport.ts";
import { statusErrors } from "./errors.ts";

/** What the runtime needs to know of the API: its server, its security schemes and its error classes. */
export const definition: ClientDefinition = {
  clientName: "ZepClient",
  baseUrl: "https://api.getzep.com/api/v2",
  schemes: {
    ApiKeyAuth: {
      type: apiKey,
      in: "header",
      name: "Authorization",
      option: "apiKey",
      prefix: "Api-Key ",
      env: "ZEP_API_KEY",
    },
  } as const,
  errors: statusErrors,
  logEnv: "ZEP_LOG",
};
