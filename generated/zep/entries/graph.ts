// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport } from "../runtime/transport.ts";
import type { ZepClientOptions } from "../client.ts";
import { definition } from "../definition.ts";
import { GraphResource } from "../resources/graph.ts";

/**
 * Knowledge graphs, the data added to them, and searches over them.
 *
 * `client.graph` on its own: the same methods and options as {@link ZepClient}, without the other resources, so a bundle carries only these.
 */
export class ZepGraphClient extends GraphResource {
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
  GraphListCustomInstructionsParams,
  GraphAddCustomInstructionsParams,
  GraphDeleteCustomInstructionsParams,
  GraphListEntityTypesParams,
  GraphSetEntityTypesInternalParams,
  GraphAddParams,
  GraphAddBatchParams,
  GraphAddFactTripleParams,
  GraphCloneParams,
  GraphCreateParams,
  GraphGetEpisodesForDocumentParams,
  GraphListAllParams,
  GraphAddNodesParams,
  GraphDetectPatternsParams,
  GraphSearchParams,
  GraphGetSubgraphParams,
  GraphUpdateParams,
} from "../resources/graph.ts";
export type {
  GraphEdgeGetByGraphIdParams,
  GraphEdgeGetByUserIdParams,
  GraphEdgeUpdateParams,
} from "../resources/graph-edge.ts";
export type {
  GraphEpisodeGetByGraphIdParams,
  GraphEpisodeListByGraphIdParams,
  GraphEpisodeGetByUserIdParams,
  GraphEpisodeListByUserIdParams,
  GraphEpisodeUpdateParams,
} from "../resources/graph-episode.ts";
export type {
  GraphNodeGetByGraphIdParams,
  GraphNodeGetByUserIdParams,
  GraphNodeGetNeighborsParams,
  GraphNodeUpdateParams,
} from "../resources/graph-node.ts";
export type {
  GraphObservationGetByGraphIdParams,
  GraphObservationGetByUserIdParams,
} from "../resources/graph-observation.ts";
export type {
  GraphThreadSummaryGetByGraphIdParams,
  GraphThreadSummaryGetByUserIdParams,
} from "../resources/graph-thread-summary.ts";
export type { GraphDocumentSummaryGetByGraphIdParams } from "../resources/graph-document-summary.ts";
