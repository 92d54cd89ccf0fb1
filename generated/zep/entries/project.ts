// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { ProjectResource } from "../resources/project.ts";

/**
 * Settings of the project the API key belongs to.
 *
 * `client.project` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepProjectClient extends ProjectResource {
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
  ProjectUpdateParams,
  ProjectGetObservationSteeringParams,
  ProjectSetObservationSteeringParams,
} from "../resources/project.ts";
