// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { components } from "./types.d.ts";
export type SessionListResponse = components["schemas"]["SessionListResponse"];
export type Session = components["schemas"]["Session"];
/**
 * How to rate the relevance of facts to the project. Zep Cloud only.
 * @deprecated
 */
export type FactRatingInstruction = components["schemas"]["FactRatingInstruction"];
/** Example facts for each rating. */
export type FactRatingExamples = components["schemas"]["FactRatingExamples"];
export type APIError = components["schemas"]["APIError"];
/** A conversation between a user and an assistant. */
export type Thread = components["schemas"]["Thread"];
/** One page of threads. */
export type ThreadListResponse = components["schemas"]["ThreadListResponse"];
/** A new thread to open. */
export type CreateThreadRequest = components["schemas"]["CreateThreadRequest"];
/** The answer of an operation whose only result is that it worked. */
export type SuccessResponse = components["schemas"]["SuccessResponse"];
/** A context block for a thread. */
export type ThreadContextResponse = components["schemas"]["ThreadContextResponse"];
/** Who sent a message. */
export type RoleType = components["schemas"]["RoleType"];
/** The kind of data an episode carries. */
export type GraphDataType = components["schemas"]["GraphDataType"];
/** A unit of data added to a graph: a message, a text or a JSON document. */
export type Episode = components["schemas"]["Episode"];
/** A list of episodes. */
export type EpisodeResponse = components["schemas"]["EpisodeResponse"];
/** One message of a thread. */
export type Message = components["schemas"]["Message"];
/** The messages of a thread. */
export type MessageListResponse = components["schemas"]["MessageListResponse"];
/** Messages to append to a thread. */
export type AddThreadMessagesRequest = components["schemas"]["AddThreadMessagesRequest"];
/** The result of adding messages to a thread. */
export type AddThreadMessagesResponse = components["schemas"]["AddThreadMessagesResponse"];
/** The rolling summary Zep keeps for one thread. */
export type ThreadSummary = components["schemas"]["ThreadSummary"];
/** New metadata for a message. */
export type ThreadMessageUpdate = components["schemas"]["ThreadMessageUpdate"];
/** A named instruction that steers how user summaries are written. */
export type UserInstruction = components["schemas"]["UserInstruction"];
/** A list of user summary instructions. */
export type ListUserInstructionsResponse = components["schemas"]["ListUserInstructionsResponse"];
/** Summary instructions to add. */
export type AddUserInstructionsRequest = components["schemas"]["AddUserInstructionsRequest"];
/** Which summary instructions to remove, and from whom. */
export type DeleteUserInstructionsRequest = components["schemas"]["DeleteUserInstructionsRequest"];
/** A new user to register. */
export type CreateUserRequest = components["schemas"]["CreateUserRequest"];
/** A user of the application, owner of threads and of a graph. */
export type User = components["schemas"]["User"];
/** One page of users. */
export type UserListResponse = components["schemas"]["UserListResponse"];
/** Changes to a user; absent fields stay as they are. */
export type UpdateUserRequest = components["schemas"]["UpdateUserRequest"];
/** An entity in the graph, such as a person, place or thing. */
export type EntityNode = components["schemas"]["EntityNode"];
/** The graph node that represents a user. */
export type UserNodeResponse = components["schemas"]["UserNodeResponse"];
/** A named instruction that steers extraction into a graph. */
export type CustomInstruction = components["schemas"]["CustomInstruction"];
/** The custom instructions of one scope. */
export type ListCustomInstructionsResponse = components["schemas"]["ListCustomInstructionsResponse"];
/** Instructions to add and the graphs to add them to. */
export type AddCustomInstructionsRequest = components["schemas"]["AddCustomInstructionsRequest"];
/** Which instructions to remove and from where. */
export type DeleteCustomInstructionsRequest = components["schemas"]["DeleteCustomInstructionsRequest"];
/** The value type of a custom property. */
export type EntityPropertyType = components["schemas"]["EntityPropertyType"];
/** A property of a custom entity or edge type. */
export type EntityProperty = components["schemas"]["EntityProperty"];
/** An allowed pair of entity types at the two ends of an edge type. */
export type EntityEdgeSourceTarget = components["schemas"]["EntityEdgeSourceTarget"];
/** A custom edge type of the ontology. */
export type EdgeType = components["schemas"]["EdgeType"];
/** A custom entity type of the ontology. */
export type EntityType = components["schemas"]["EntityType"];
/** The entity types and edge types of one scope. */
export type EntityTypeResponse = components["schemas"]["EntityTypeResponse"];
/** An ontology to set, replacing the current one, for the listed users and graphs or the project. */
export type EntityTypeRequest = components["schemas"]["EntityTypeRequest"];
/** One piece of data to ingest as an episode of a user graph or a named graph. */
export type AddDataRequest = components["schemas"]["AddDataRequest"];
/** One episode of a batch add. */
export type EpisodeData = components["schemas"]["EpisodeData"];
/** Several episodes to ingest into one graph. */
export type AddDataBatchRequest = components["schemas"]["AddDataBatchRequest"];
/** A fact to write as an edge between a source node and a target node. */
export type AddTripleRequest = components["schemas"]["AddTripleRequest"];
/** A fact in the graph: a named relation from a source node to a target node. */
export type EntityEdge = components["schemas"]["EntityEdge"];
/** The edge and nodes written for a fact triple. */
export type AddTripleResponse = components["schemas"]["AddTripleResponse"];
/** The graph to copy and the id of the copy. One of `source_user_id`/`source_graph_id` and one of `target_user_id`/`target_graph_id` must be given. */
export type CloneGraphRequest = components["schemas"]["CloneGraphRequest"];
/** Where the copy lives and the task that builds it. */
export type CloneGraphResponse = components["schemas"]["CloneGraphResponse"];
/** The id and descriptive fields of a new named graph. */
export type CreateGraphRequest = components["schemas"]["CreateGraphRequest"];
/** A named (standalone) knowledge graph. */
export type Graph = components["schemas"]["Graph"];
/** One page of named graphs. */
export type GraphListResponse = components["schemas"]["GraphListResponse"];
/** An entity node to add directly. */
export type AddNodeItem = components["schemas"]["AddNodeItem"];
/** Entity nodes to write into a user graph or a named graph. */
export type AddNodesRequest = components["schemas"]["AddNodesRequest"];
/** A node accepted by `graph.addNodes`, with the UUID Zep gave it. */
export type AddedNode = components["schemas"]["AddedNode"];
/** The nodes accepted, in request order, and the task that writes them. */
export type AddNodesResponse = components["schemas"]["AddNodesResponse"];
/** Free-form options for detecting tightly connected groups (triangles). */
export type ClusterDetectConfig = components["schemas"]["ClusterDetectConfig"];
/** Options for detecting node types that appear near each other. */
export type CoOccurrenceDetectConfig = components["schemas"]["CoOccurrenceDetectConfig"];
/** Options for detecting highly connected nodes. */
export type HubDetectConfig = components["schemas"]["HubDetectConfig"];
/** Options for detecting frequent multi-hop paths. */
export type PathDetectConfig = components["schemas"]["PathDetectConfig"];
/** Free-form options for detecting frequent (source label, edge type, target label) triples. */
export type RelationshipDetectConfig = components["schemas"]["RelationshipDetectConfig"];
/** The pattern kinds to look for, each with its options; omit to look for all kinds. */
export type DetectConfig = components["schemas"]["DetectConfig"];
/** Half-life decay applied to edges by age when scoring patterns. */
export type RecencyWeight = components["schemas"]["RecencyWeight"];
/** A comparison used by date, property and metadata filters. */
export type ComparisonOperator = components["schemas"]["ComparisonOperator"];
/** A comparison of a timestamp field against a date. */
export type DateFilter = components["schemas"]["DateFilter"];
/** A comparison of one episode metadata key against a value. */
export type EpisodeMetadataFilter = components["schemas"]["EpisodeMetadataFilter"];
/** Metadata filters and nested groups joined by one logical operator. */
export type MetadataFilterGroup = components["schemas"]["MetadataFilterGroup"];
/** How the members of a metadata filter group combine. */
export type GraphitiMetadataFilterGroupType = components["schemas"]["GraphitiMetadataFilterGroupType"];
/** A comparison of a node or edge attribute against a value. */
export type PropertyFilter = components["schemas"]["PropertyFilter"];
/** Constraints on which edges and nodes a search or traversal considers. Each date field takes a list of lists: the inner lists are ANDed, the outer list ORed. */
export type SearchFilters = components["schemas"]["SearchFilters"];
/** The nodes pattern detection starts from; without seeds the whole graph is analysed. */
export type PatternSeeds = components["schemas"]["PatternSeeds"];
/** What to analyse and which patterns to look for. */
export type DetectPatternsRequest = components["schemas"]["DetectPatternsRequest"];
/** Statistics of a pattern detection run. */
export type PatternMetadata = components["schemas"]["PatternMetadata"];
/** One detected pattern. */
export type PatternResult = components["schemas"]["PatternResult"];
/** The patterns found, best first, with run statistics. */
export type DetectPatternsResponse = components["schemas"]["DetectPatternsResponse"];
/** How search candidates are re-ranked. */
export type Reranker = components["schemas"]["Reranker"];
/** What a graph search returns. */
export type GraphSearchScope = components["schemas"]["GraphSearchScope"];
/** A search over a user graph or a named graph. */
export type GraphSearchQuery = components["schemas"]["GraphSearchQuery"];
/** A read-only node that Zep derives from other data, such as an observation. */
export type DerivedNode = components["schemas"]["DerivedNode"];
/** Facts about how a search was served. */
export type GraphSearchResponseMetadata = components["schemas"]["GraphSearchResponseMetadata"];
/** A thread summary node returned by a graph search. */
export type GraphitiSagaNode = components["schemas"]["GraphitiSagaNode"];
/** The results of a graph search; only the lists of the requested scope are filled, and `context` with the `auto` scope. */
export type GraphSearchResults = components["schemas"]["GraphSearchResults"];
/** Seeds and budgets of a breadth-first expansion in one user graph or named graph. */
export type GraphSubgraphRequest = components["schemas"]["GraphSubgraphRequest"];
/** The nodes and edges reached from the seeds. */
export type GraphSubgraphResponse = components["schemas"]["GraphSubgraphResponse"];
/** New values for a graph's descriptive fields; omitted ones are kept. */
export type UpdateGraphRequest = components["schemas"]["UpdateGraphRequest"];
/** Options for listing edges: filters, order and one page's position. */
export type GraphEdgesRequest = components["schemas"]["GraphEdgesRequest"];
/** New values for some fields of an edge. */
export type UpdateEdgeRequest = components["schemas"]["UpdateEdgeRequest"];
/** Options for listing episodes: filters, order and one page's position. */
export type GraphEpisodeListRequest = components["schemas"]["GraphEpisodeListRequest"];
/** Metadata to merge into an episode. */
export type UpdateEpisodeRequest = components["schemas"]["UpdateEpisodeRequest"];
/** The nodes and edges extracted from one episode. */
export type EpisodeMentions = components["schemas"]["EpisodeMentions"];
/** Options for listing nodes: filters, order and one page's position. */
export type GraphNodesRequest = components["schemas"]["GraphNodesRequest"];
/** Options for listing a node's neighbors: edge orientation, filters, order and one page's position. */
export type GraphNodeNeighborsRequest = components["schemas"]["GraphNodeNeighborsRequest"];
/** A node directly linked to the anchor node, with the edges linking them. */
export type GraphNodeNeighbor = components["schemas"]["GraphNodeNeighbor"];
/** New values for some fields of a node. */
export type UpdateNodeRequest = components["schemas"]["UpdateNodeRequest"];
/** Options for listing observations: filters, order and one page's position. */
export type GraphObservationsRequest = components["schemas"]["GraphObservationsRequest"];
/** Options for listing thread summaries: filters, order and one page's position. */
export type GraphThreadSummariesRequest = components["schemas"]["GraphThreadSummariesRequest"];
/** Options for listing document summaries: filters, order and one page's position. */
export type GraphDocumentSummariesRequest = components["schemas"]["GraphDocumentSummariesRequest"];
/** The rolling summary Zep keeps for one document. */
export type DocumentSummary = components["schemas"]["DocumentSummary"];
/** Where a batch is in its life cycle. */
export type BatchStatus = components["schemas"]["BatchStatus"];
/** Counts of a processed batch's items by status. */
export type BatchProgress = components["schemas"]["BatchProgress"];
/** A batch and, once processing has started, its progress. */
export type BatchSummary = components["schemas"]["BatchSummary"];
/** A page of batches. */
export type BatchListResponse = components["schemas"]["BatchListResponse"];
/** Settings for a new draft batch. */
export type ApidataCreateBatchRequest = components["schemas"]["ApidataCreateBatchRequest"];
/** Where a single batch item is in processing. */
export type BatchItemStatus = components["schemas"]["BatchItemStatus"];
/** What a batch item holds. */
export type BatchItemKind = components["schemas"]["BatchItemKind"];
/** One item of a batch with its processing state. */
export type BatchItemDetail = components["schemas"]["BatchItemDetail"];
/** A page of batch items. */
export type BatchItemListResponse = components["schemas"]["BatchItemListResponse"];
/** What an item added to a batch holds. */
export type ApidataBatchAddItemType = components["schemas"]["ApidataBatchAddItemType"];
/** The role of the speaker of a thread message added to a batch. */
export type ApidataBatchAddItemRole = components["schemas"]["ApidataBatchAddItemRole"];
/** One item to add to a batch: either a graph episode (data for a graph or a user's graph) or a message of a thread. */
export type BatchAddItem = components["schemas"]["BatchAddItem"];
/** Items to append to a draft batch. */
export type ApidataAddBatchItemsRequest = components["schemas"]["ApidataAddBatchItemsRequest"];
/** A short description of an access-control policy set. */
export type PolicySetSummaryResponse = components["schemas"]["PolicySetSummaryResponse"];
/** The policy sets attached to a user group. */
export type AttachedPolicySetsResponse = components["schemas"]["AttachedPolicySetsResponse"];
/** The policy set to attach to a user group. */
export type AttachPolicySetRequest = components["schemas"]["AttachPolicySetRequest"];
/** How many managed user groups the project's plan allows and uses. */
export type UserGroupQuota = components["schemas"]["UserGroupQuota"];
/** The kind of a user group. */
export type UserGroupKind = components["schemas"]["UserGroupKind"];
/** A named set of a project's users. */
export type UserGroup = components["schemas"]["UserGroup"];
/** A page of user groups. */
export type UserGroupListResponse = components["schemas"]["UserGroupListResponse"];
/** A new user group. */
export type CreateUserGroupRequest = components["schemas"]["CreateUserGroupRequest"];
/** A single user group. */
export type UserGroupResponse = components["schemas"]["UserGroupResponse"];
/** The user groups one user belongs to. */
export type UserMembershipGroupsResponse = components["schemas"]["UserMembershipGroupsResponse"];
/** Changes to a user group. */
export type UpdateUserGroupRequest = components["schemas"]["UpdateUserGroupRequest"];
/** A page of users (members of a group, or candidates for it). */
export type UserGroupMembersResponse = components["schemas"]["UserGroupMembersResponse"];
/** The users to add to or remove from a group. */
export type MutateUserGroupMembersRequest = components["schemas"]["MutateUserGroupMembersRequest"];
/** The outcome of a change to a group's members. */
export type UserGroupMembershipResponse = components["schemas"]["UserGroupMembershipResponse"];
/** A Zep project. */
export type ProjectInfo = components["schemas"]["ProjectInfo"];
/** Wrapper around the project's details. */
export type ProjectInfoResponse = components["schemas"]["ProjectInfoResponse"];
/** Changes to the project. */
export type UpdateProjectInfoRequest = components["schemas"]["UpdateProjectInfoRequest"];
/** A kind of observation Zep should derive from the data. */
export type ObservationType = components["schemas"]["ObservationType"];
/** Guidance for which observations Zep derives from the data. */
export type ObservationSteeringConfig = components["schemas"]["ObservationSteeringConfig"];
/** How far a task has got. */
export type TaskProgress = components["schemas"]["TaskProgress"];
/** Why a task failed. */
export type TaskErrorResponse = components["schemas"]["TaskErrorResponse"];
/** The state of a background task. */
export type GetTaskResponse = components["schemas"]["GetTaskResponse"];
/** A stored template for rendering context blocks. */
export type ContextTemplateResponse = components["schemas"]["ContextTemplateResponse"];
/** The project's context templates. */
export type ListContextTemplatesResponse = components["schemas"]["ListContextTemplatesResponse"];
/** A new context template. */
export type CreateContextTemplateRequest = components["schemas"]["CreateContextTemplateRequest"];
/** New content for a context template. */
export type UpdateContextTemplateRequest = components["schemas"]["UpdateContextTemplateRequest"];
