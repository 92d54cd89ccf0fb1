// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { UserResource } from "../resources/user.ts";

/**
 * The users whose threads and graphs Zep keeps.
 *
 * `client.user` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepUserClient extends UserResource {
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
  UserListUserSummaryInstructionsParams,
  UserAddUserSummaryInstructionsParams,
  UserDeleteUserSummaryInstructionsParams,
  UserAddParams,
  UserListOrderedParams,
  UserUpdateParams,
} from "../resources/user.ts";
