// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { BatchResource } from "../resources/batch.ts";

/**
 * Batches of data to add to graphs in one go, processed in the background.
 *
 * `client.batch` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepBatchClient extends BatchResource {
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
export type { BatchListParams, BatchCreateParams, BatchListItemsParams, BatchAddParams } from "../resources/batch.ts";
