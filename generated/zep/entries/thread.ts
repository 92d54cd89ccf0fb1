// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { ThreadResource } from "../resources/thread.ts";

/**
 * Threads of messages between a user and an assistant, and the context Zep derives from them.
 *
 * `client.thread` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepThreadClient extends ThreadResource {
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
export type {
  ThreadListAllParams,
  ThreadCreateParams,
  ThreadGetUserContextParams,
  ThreadGetParams,
  ThreadAddMessagesParams,
  ThreadAddMessagesBatchParams,
} from "../resources/thread.ts";
export type { ThreadMessageUpdateParams } from "../resources/thread-message.ts";
