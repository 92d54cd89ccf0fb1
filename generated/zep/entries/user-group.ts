// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { UserGroupResource } from "../resources/user-group.ts";

/**
 * Groups of users and the access policies attached to them.
 *
 * `client.userGroup` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepUserGroupClient extends UserGroupResource {
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
  UserGroupListPolicySetsParams,
  UserGroupAttachPolicySetParams,
  UserGroupDetachPolicySetParams,
  UserGroupListParams,
  UserGroupCreateParams,
  UserGroupListForUserParams,
  UserGroupGetParams,
  UserGroupDeleteParams,
  UserGroupUpdateParams,
  UserGroupListMembersParams,
  UserGroupAddMembersParams,
  UserGroupRemoveMembersParams,
  UserGroupListMemberCandidatesParams,
  UserGroupRemoveMemberParams,
} from "../resources/user-group.ts";
