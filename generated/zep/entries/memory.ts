// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { MemoryResource } from "../resources/memory.ts";

/**
 * Sessions and the memory stored in them.
 *
 * `client.memory` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepMemoryClient extends MemoryResource {
  constructor(options: ZepClientOptions = {}) {
    super(new Transport(definition, options));
  }
}

export {
  ZepError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  InternalServerError,
} from "../errors.ts";
export type { ListSessionsParams } from "../resources/memory.ts";
