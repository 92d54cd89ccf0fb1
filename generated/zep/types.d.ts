// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
export interface paths {
    "/sessions-ordered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sessions
         * @description Returns all sessions.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List threads
         * @description Lists the project's threads one page at a time.
         */
        get: operations["threadListAll"];
        put?: never;
        /**
         * Create a thread
         * @description Opens a new thread that belongs to an existing user.
         */
        post: operations["threadCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a thread
         * @description Removes a thread together with its stored messages.
         */
        delete: operations["threadDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{threadId}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user context for a thread
         * @description Builds a context block from the user's whole graph (memory from every thread of the user) that fits the latest messages of this thread.
         */
        get: operations["threadGetUserContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{threadId}/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a thread's episodes
         * @description Returns the graph episodes that were created from a thread.
         */
        get: operations["threadGetEpisodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{threadId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a thread's messages
         * @description Returns the messages stored in a thread.
         */
        get: operations["threadGet"];
        put?: never;
        /**
         * Add messages to a thread
         * @description Appends messages to a thread and feeds them into the user's graph.
         */
        post: operations["threadAddMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{threadId}/messages-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add messages to a thread in batch mode
         * @deprecated
         * @description Appends many messages at once and processes them concurrently. Superseded by the Batch API (batch.* with items of type thread_message).
         */
        post: operations["threadAddMessagesBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads/{threadId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a thread's summary
         * @description Returns the running summary built from the thread's messages; 404 when none exists yet.
         */
        get: operations["threadGetSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{messageUUID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a message
         * @description Replaces the metadata stored on one message.
         */
        patch: operations["threadMessageUpdate"];
        trace?: never;
    };
    "/user-summary-instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user summary instructions
         * @description Lists the instructions used when generating user summaries, either the project-wide defaults or those of one user.
         */
        get: operations["userListUserSummaryInstructions"];
        put?: never;
        /**
         * Add user summary instructions
         * @description Adds summary instructions for the given users, keeping the ones they already have; with no users given they go to the project defaults.
         */
        post: operations["userAddUserSummaryInstructions"];
        /**
         * Delete user summary instructions
         * @description Removes summary instructions from the given users or from the project defaults.
         */
        delete: operations["userDeleteUserSummaryInstructions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a user
         * @description Registers a new user, which also gets its own graph.
         */
        post: operations["userAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users-ordered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the project's users one page at a time, optionally filtered and sorted.
         */
        get: operations["userListOrdered"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user.
         */
        get: operations["userGet"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Removes a user.
         */
        delete: operations["userDelete"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Changes the given fields of a user and leaves the others as they are.
         */
        patch: operations["userUpdate"];
        trace?: never;
    };
    "/users/{userId}/node": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's node
         * @description Returns the graph node that stands for the user in the user's own graph.
         */
        get: operations["userGetNode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's threads
         * @description Returns every thread that belongs to the user.
         */
        get: operations["userGetThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/warm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warm a user's graph
         * @description Asks Zep to prepare the user's graph so that the following searches answer quickly.
         */
        get: operations["userWarm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom instructions
         * @description Returns the custom extraction instructions of the project, or of one user graph or named graph when `user_id` or `graph_id` is given.
         */
        get: operations["graphListCustomInstructions"];
        put?: never;
        /**
         * Add custom instructions
         * @description Adds instructions next to the existing ones. With no `user_ids` and no `graph_ids` they become part of the project-wide defaults.
         */
        post: operations["graphAddCustomInstructions"];
        /**
         * Delete custom instructions
         * @description Removes custom instructions from the given user graphs and named graphs, or from the project-wide defaults when neither list is given. The selection travels in a JSON body.
         */
        delete: operations["graphDeleteCustomInstructions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List entity and edge types
         * @description Returns the ontology (custom entity types and edge types) of the project, or of one user graph or named graph when `user_id` or `graph_id` is given.
         */
        get: operations["graphListEntityTypes"];
        /**
         * Set entity and edge types
         * @description Replaces the ontology of the listed users and graphs (or of the project when none are listed) with the given entity types and edge types.
         */
        put: operations["graphSetEntityTypesInternal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add data to a graph
         * @description Ingests one piece of text, JSON or message data as an episode of a user graph (`user_id`) or a named graph (`graph_id`).
         */
        post: operations["graphAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add several episodes at once
         * @deprecated
         * @description Ingests a list of episodes into one graph, processing them concurrently. Superseded by the Batch API (`batch.*`).
         */
        post: operations["graphAddBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/add-fact-triple": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a fact triple
         * @description Writes a source node, a target node and the edge (fact) between them straight into a user graph or a named graph. Existing nodes can be reused by UUID.
         */
        post: operations["graphAddFactTriple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone a graph
         * @description Copies a user graph or a named graph to a new user or graph id. Give exactly one source (`source_user_id` or `source_graph_id`) and one target (`target_user_id` or `target_graph_id`).
         */
        post: operations["graphClone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a graph
         * @description Creates an empty named graph.
         */
        post: operations["graphCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/documents/{document_id}/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the episodes of a document
         * @description Returns the episodes (chunks) that were added to a graph under one document id, much as a thread groups messages.
         */
        get: operations["graphGetEpisodesForDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/list-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List graphs
         * @description Returns one page of the project's standalone named graphs (user graphs are listed with `user.listOrdered`). `search` matches graph id, name and description, not graph contents.
         */
        get: operations["graphListAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add entity nodes
         * @description Writes up to 100 entity nodes directly into a user graph or a named graph, without ingesting an episode.
         */
        post: operations["graphAddNodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detect structural patterns
         * @deprecated
         * @description Finds recurring structures in a graph: frequent relationship triples, multi-hop paths, co-occurring node types, hubs and clusters. With `query`, seeds come from a hybrid search and matching edges are returned ranked by relevance. Not part of the v4 public API.
         */
        post: operations["graphDetectPatterns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search a graph
         * @description Searches a user graph or a named graph for edges, nodes, episodes, thread summaries or observations; the `auto` scope instead returns a ready-made context block.
         */
        post: operations["graphSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/subgraph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the neighborhood of seed nodes
         * @description Expands breadth-first from up to 20 seed nodes, to a chosen depth and within node and edge budgets, and returns the nodes and edges reached, saying whether a budget cut the result short.
         */
        post: operations["graphGetSubgraph"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/{graphId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a graph */
        get: operations["graphGet"];
        put?: never;
        post?: never;
        /**
         * Delete a graph
         * @description Deletes a named graph and its contents. User graphs are removed with `user.delete`.
         */
        delete: operations["graphDelete"];
        options?: never;
        head?: never;
        /**
         * Update a graph
         * @description Changes the name, description or time zone of a named graph; omitted fields stay as they are.
         */
        patch: operations["graphUpdate"];
        trace?: never;
    };
    "/graph/{graphId}/warm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Warm a graph
         * @description Asks Zep to prepare a graph for low-latency searches ahead of use.
         */
        get: operations["graphWarm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/edge/graph/{graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the edges of a graph
         * @description Returns one page of the graph's entity edges; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphEdgeGetByGraphId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/edge/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the edges of a user's graph
         * @description Returns one page of the entity edges in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphEdgeGetByUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/edge/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an edge */
        get: operations["graphEdgeGet"];
        put?: never;
        post?: never;
        /** Delete an edge */
        delete: operations["graphEdgeDelete"];
        options?: never;
        head?: never;
        /**
         * Update an edge
         * @description Changes the given fields of an entity edge; omitted fields stay as they are.
         */
        patch: operations["graphEdgeUpdate"];
        trace?: never;
    };
    "/graph/episodes/graph/{graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the latest episodes of a graph */
        get: operations["graphEpisodeGetByGraphId"];
        put?: never;
        /**
         * List the episodes of a graph
         * @description Returns one filterable page of the graph's episodes; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphEpisodeListByGraphId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/episodes/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the latest episodes of a user's graph */
        get: operations["graphEpisodeGetByUserId"];
        put?: never;
        /**
         * List the episodes of a user's graph
         * @description Returns one filterable page of the episodes in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphEpisodeListByUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/episodes/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an episode */
        get: operations["graphEpisodeGet"];
        put?: never;
        post?: never;
        /** Delete an episode */
        delete: operations["graphEpisodeDelete"];
        options?: never;
        head?: never;
        /**
         * Update an episode's metadata
         * @description Merges the given keys into the episode's metadata: given keys are added or replaced, keys set to null are dropped.
         */
        patch: operations["graphEpisodeUpdate"];
        trace?: never;
    };
    "/graph/episodes/{uuid}/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the nodes and edges an episode mentions
         * @deprecated
         * @description Deprecated: list nodes and edges with `filters.episode_uuids` instead. The result is capped; a capped answer carries the `Zep-Truncated` header.
         */
        get: operations["graphEpisodeGetNodesAndEdges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/node/graph/{graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the nodes of a graph
         * @description Returns one page of the graph's entity nodes; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphNodeGetByGraphId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/node/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the nodes of a user's graph
         * @description Returns one page of the entity nodes in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphNodeGetByUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/node/{node_uuid}/entity-edges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the edges of a node
         * @deprecated
         * @description Deprecated: list edges with `filters.connected_node_uuids`, or use the neighbors operation. The result is capped; a capped answer carries the `Zep-Truncated` header.
         */
        get: operations["graphNodeGetEdges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/node/{node_uuid}/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the episodes that mention a node
         * @deprecated
         * @description Deprecated: read the node's `episodes` field, or list episodes with `mentioned_node_uuids` when `episodes_truncated` is true. The result is capped; a capped answer carries the `Zep-Truncated` header.
         */
        get: operations["graphNodeGetEpisodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/node/{node_uuid}/neighbors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the neighbors of a node
         * @description Returns one page of the distinct entity nodes directly linked to the node, each with the edges that link it; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphNodeGetNeighbors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/node/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a node */
        get: operations["graphNodeGet"];
        put?: never;
        post?: never;
        /** Delete a node */
        delete: operations["graphNodeDelete"];
        options?: never;
        head?: never;
        /**
         * Update a node
         * @description Changes the given fields of an entity node; omitted fields stay as they are.
         */
        patch: operations["graphNodeUpdate"];
        trace?: never;
    };
    "/graph/observation/graph/{graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the observations of a graph
         * @description Returns one page of the graph's read-only observation nodes; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphObservationGetByGraphId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/observation/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the observations of a user's graph
         * @description Returns one page of the read-only observation nodes in the user's graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphObservationGetByUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/observation/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an observation */
        get: operations["graphObservationGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/thread-summary/graph/{graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the thread summaries of a graph
         * @description Returns one page of the rolling summaries kept for the threads of the graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphThreadSummaryGetByGraphId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/thread-summary/user/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the thread summaries of a user's graph
         * @description Returns one page of the rolling summaries kept for each thread of the user; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphThreadSummaryGetByUserId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/document-summary/graph/{graph_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the document summaries of a graph
         * @description Returns one page of the rolling summaries kept for the documents of the graph; pass the `Zep-Next-Cursor` header of a page as `cursor` to get the next.
         */
        post: operations["graphDocumentSummaryGetByGraphId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List batches
         * @description Lists the project's batches page by page, optionally only those in one status.
         */
        get: operations["batchList"];
        put?: never;
        /**
         * Create a batch
         * @description Opens an empty draft batch that items can then be added to.
         */
        post: operations["batchCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a batch
         * @description Returns a batch's summary, with processing progress once it has been started.
         */
        get: operations["batchGet"];
        put?: never;
        post?: never;
        /**
         * Delete a batch
         * @description Removes a batch that is still a draft or invalid; a batch that has been processed cannot be removed.
         */
        delete: operations["batchDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batchId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the items of a batch
         * @description Lists a batch's items in order, each with its runtime status once the batch is being processed.
         */
        get: operations["batchListItems"];
        put?: never;
        /**
         * Add items to a batch
         * @description Appends graph episodes and thread messages to a draft batch, keeping the order of the request.
         */
        post: operations["batchAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batchId}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Process a batch
         * @description Starts ingesting a filled batch. Starting it a second time answers with a conflict.
         */
        post: operations["batchProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abac/user-groups/{groupUUID}/policy-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the policy sets of a user group
         * @description Returns the access-control policy sets attached to a user group.
         */
        get: operations["userGroupListPolicySets"];
        put?: never;
        /**
         * Attach a policy set to a user group
         * @description Attaches an access-control policy set to a user group and returns all policy sets now attached.
         */
        post: operations["userGroupAttachPolicySet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abac/user-groups/{groupUUID}/policy-sets/{policySetUUID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a policy set from a user group
         * @description Removes a policy set from a user group and returns the policy sets still attached.
         */
        delete: operations["userGroupDetachPolicySet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user groups
         * @description Lists a project's user groups one page at a time, optionally filtered by name.
         */
        get: operations["userGroupList"];
        put?: never;
        /**
         * Create a user group
         * @description Creates a user group in the project.
         */
        post: operations["userGroupCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-groups/users/{userUUID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's groups
         * @description Returns the user groups a user is a member of.
         */
        get: operations["userGroupListForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-groups/{groupUUID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user group
         * @description Returns one user group.
         */
        get: operations["userGroupGet"];
        put?: never;
        post?: never;
        /**
         * Delete a user group
         * @description Deletes a user group. The answer has no body.
         */
        delete: operations["userGroupDelete"];
        options?: never;
        head?: never;
        /**
         * Update a user group
         * @description Changes a user group's name or description; the caller passes the group version it last saw.
         */
        patch: operations["userGroupUpdate"];
        trace?: never;
    };
    "/user-groups/{groupUUID}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a user group
         * @description Lists a user group's members one page at a time, optionally filtered by a search text.
         */
        get: operations["userGroupListMembers"];
        put?: never;
        /**
         * Add members to a user group
         * @description Adds users to a user group and reports how many were added.
         */
        post: operations["userGroupAddMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-groups/{groupUUID}/members/bulk-remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove members from a user group
         * @description Removes several users from a user group at once and reports how many were removed.
         */
        post: operations["userGroupRemoveMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-groups/{groupUUID}/members/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List candidate members of a user group
         * @description Lists, one page at a time, the project's users that could be added to a user group.
         */
        get: operations["userGroupListMemberCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-groups/{groupUUID}/members/{userUUID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a user group
         * @description Removes one user from a user group.
         */
        delete: operations["userGroupRemoveMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get project info
         * @description Returns the project that the API key belongs to.
         */
        get: operations["projectGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update project info
         * @description Sets or clears the project's fallback time zone.
         */
        patch: operations["projectUpdate"];
        trace?: never;
    };
    "/projects/observation-steering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get observation steering
         * @description Returns the project's observation steering, or the steering in effect for a user or graph (its own override, else the project's). Experimental.
         */
        get: operations["projectGetObservationSteering"];
        /**
         * Set observation steering
         * @description Replaces the steering of the project, or the override of a user or graph. An empty configuration clears the project's steering or drops the override. Only later processing runs see the change. Experimental.
         */
        put: operations["projectSetObservationSteering"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description Returns the state of a background task, such as the ingestion of added data.
         */
        get: operations["taskGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/context-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List context templates
         * @description Returns every context template of the project.
         */
        get: operations["contextListContextTemplates"];
        put?: never;
        /**
         * Create a context template
         * @description Stores a new template for rendering context blocks.
         */
        post: operations["contextCreateContextTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/context-templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a context template
         * @description Returns one context template.
         */
        get: operations["contextGetContextTemplate"];
        /**
         * Update a context template
         * @description Replaces the content of an existing context template.
         */
        put: operations["contextUpdateContextTemplate"];
        post?: never;
        /**
         * Delete a context template
         * @description Removes a context template.
         */
        delete: operations["contextDeleteContextTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SessionListResponse: {
            /** @description The sessions in this page. */
            sessions: components["schemas"]["Session"][];
            /**
             * @description The number of sessions in the project, across all pages.
             * @example 2
             */
            total_count: number;
            /**
             * @description The number of sessions in this page.
             * @example 2
             */
            response_count: number;
        };
        Session: {
            /**
             * Format: uuid
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid: string;
            /**
             * Format: int64
             * @example 1042
             */
            id: number;
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-20T17:03:41.508Z
             */
            updated_at: string;
            /**
             * Format: date-time
             * @example null
             */
            deleted_at: string | null;
            /**
             * Format: date-time
             * @description When the session was ended, or null while it is open.
             * @example null
             */
            ended_at: string | null;
            /**
             * @description The identifier the application chose for the session.
             * @example support-chat-7781
             */
            session_id: string;
            /**
             * @description The user the session belongs to, if any.
             * @example user-2291
             */
            user_id: string | null;
            /**
             * @description Free-form metadata attached to the session.
             * @example {
             *       "channel": "web",
             *       "plan": "pro"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: uuid
             * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
             */
            project_uuid: string;
            /**
             * @deprecated
             * @description Classes assigned to the session by classifiers. Zep Cloud only.
             * @example {
             *       "intent": "billing"
             *     }
             */
            classifications?: {
                [key: string]: string;
            };
            /**
             * @deprecated
             * @description Facts extracted from the session. Zep Cloud only.
             * @example [
             *       "The user prefers email over phone."
             *     ]
             */
            facts?: string[];
            fact_rating_instruction?: components["schemas"]["FactRatingInstruction"];
        };
        /**
         * @deprecated
         * @description How to rate the relevance of facts to the project. Zep Cloud only.
         */
        FactRatingInstruction: {
            /**
             * @description What makes a fact relevant.
             * @example Rate facts by how useful they are for billing support.
             */
            instruction?: string;
            examples?: components["schemas"]["FactRatingExamples"];
        };
        /** @description Example facts for each rating. */
        FactRatingExamples: {
            /** @example The user is on the Pro plan. */
            high?: string;
            /** @example The user contacted support last month. */
            medium?: string;
            /** @example The user likes cats. */
            low?: string;
        };
        APIError: {
            /**
             * @description What went wrong.
             * @example failed to list sessions
             */
            message: string;
        };
        /** @description A conversation between a user and an assistant. */
        Thread: {
            /**
             * Format: uuid
             * @description Zep's internal identifier of the thread.
             * @example 5e2c8a41-9b7d-4f36-a1e0-c3d84b2f6a97
             */
            uuid?: string;
            /**
             * @description The identifier the application chose for the thread.
             * @example thread-5521
             */
            thread_id?: string;
            /**
             * @description The application's identifier of the user who owns the thread.
             * @example user-2291
             */
            user_id?: string;
            /**
             * Format: uuid
             * @description Zep's internal identifier of the owning user.
             * @example 0f4b7c2e-6d18-4a93-8e5b-b1c2d3e4f5a6
             */
            user_uuid?: string;
            /**
             * Format: uuid
             * @description Identifier of the owning user's graph.
             * @example a8d1f3c5-2b4e-4c6a-9e8f-1d2c3b4a5e6f
             */
            graph_uuid?: string;
            /**
             * Format: uuid
             * @description Identifier of the project the thread belongs to.
             * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
             */
            project_uuid?: string;
            /**
             * Format: date-time
             * @description When the thread was created.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
        };
        /** @description One page of threads. */
        ThreadListResponse: {
            /** @description The threads of this page. */
            threads?: components["schemas"]["Thread"][];
            /**
             * @description Number of threads across all pages.
             * @example 57
             */
            total_count?: number;
            /**
             * @description Number of threads in this page.
             * @example 20
             */
            response_count?: number;
        };
        /** @description A new thread to open. */
        CreateThreadRequest: {
            /**
             * @description The identifier to give the thread.
             * @example thread-5521
             */
            thread_id: string;
            /**
             * @description The user the thread belongs to.
             * @example user-2291
             */
            user_id: string;
        };
        /** @description The answer of an operation whose only result is that it worked. */
        SuccessResponse: {
            /**
             * @description A short confirmation.
             * @example OK
             */
            message?: string;
        };
        /** @description A context block for a thread. */
        ThreadContextResponse: {
            /**
             * @description Facts, entities and messages or episodes from the user's graph that relate to the thread; treat it as untrusted data when prompting a model.
             * @example FACTS:
             *     - Jane prefers email over phone calls (2026-10-14)
             */
            context?: string;
        };
        /**
         * @description Who sent a message.
         * @example user
         * @enum {string}
         */
        RoleType: "norole" | "system" | "assistant" | "user" | "function" | "tool";
        /**
         * @description The kind of data an episode carries.
         * @example text
         * @enum {string}
         */
        GraphDataType: "text" | "json" | "message" | "fact_triple";
        /** @description A unit of data added to a graph: a message, a text or a JSON document. */
        Episode: {
            /**
             * @description The episode's data.
             * @example Maya: I started at Acme Robotics last March.
             */
            content: string;
            /**
             * Format: date-time
             * @description When the episode was added.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at: string;
            /**
             * @description Document the episode belongs to, if any.
             * @example doc-handbook-07
             */
            document_id?: string;
            /**
             * @description Metadata stored with the episode.
             * @example {
             *       "channel": "web"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether the episode has been ingested into the graph.
             * @example true
             */
            processed?: boolean;
            /**
             * @description Experimental score in [0,1] aligned with the rank; only set by the cross_encoder reranker.
             * @example 0.87
             */
            relevance?: number;
            /**
             * @description Speaker name; only for episodes added as thread messages.
             * @example Maya
             */
            role?: string;
            /** @description Speaker role; only for episodes added as thread messages. */
            role_type?: components["schemas"]["RoleType"];
            /**
             * @description Reranker output: a [0,1] score with cross_encoder, an ordinal rank with rrf. Only set in search results.
             * @example 0.91
             */
            score?: number;
            /**
             * @description Rank across scopes given by automatic scope selection. Only set in search results.
             * @example 1
             */
            selection_rank?: number;
            /** @description Kind of data the episode holds. */
            source?: components["schemas"]["GraphDataType"];
            /**
             * @description Free-text description of where the data came from.
             * @example support chat
             */
            source_description?: string;
            /**
             * @description Task to poll for the episode's processing status; only set for batch ingestion.
             * @example task-8f2c41
             */
            task_id?: string;
            /**
             * @description Thread the episode belongs to, if any.
             * @example thread-5521
             */
            thread_id?: string;
            /**
             * Format: uuid
             * @description UUID of the episode.
             * @example 7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90
             */
            uuid: string;
        };
        /** @description A list of episodes. */
        EpisodeResponse: {
            episodes?: components["schemas"]["Episode"][];
        };
        /** @description One message of a thread. */
        Message: {
            /**
             * Format: uuid
             * @description Zep's identifier of the message.
             * @example 7d3e9b21-4c5a-4f8e-b6d2-0a9c1e7f3b58
             */
            uuid?: string;
            role: components["schemas"]["RoleType"];
            /**
             * @description Free-form name of the sender, such as a person's or agent's name.
             * @example Jane
             */
            name?: string;
            /**
             * @description The text of the message.
             * @example My order hasn't arrived yet, can you check on it?
             */
            content: string;
            /**
             * @description Extra data kept with the message: at most 10 keys whose values are strings, numbers, booleans or arrays of those.
             * @example {
             *       "channel": "web",
             *       "order_id": "ORD-88213"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether Zep has already ingested the message into the graph.
             * @example true
             */
            processed?: boolean;
            /**
             * Format: date-time
             * @description When the message was created.
             * @example 2026-11-02T09:16:03.482Z
             */
            created_at?: string;
        };
        /** @description The messages of a thread. */
        MessageListResponse: {
            /**
             * @description The messages returned.
             * @example [
             *       {
             *         "uuid": "7d3e9b21-4c5a-4f8e-b6d2-0a9c1e7f3b58",
             *         "role": "user",
             *         "name": "Jane",
             *         "content": "My order hasn't arrived yet, can you check on it?",
             *         "metadata": {
             *           "channel": "web"
             *         },
             *         "processed": true,
             *         "created_at": "2026-11-02T09:16:03.482Z"
             *       },
             *       {
             *         "uuid": "1a9f6c3d-2e8b-4d71-b5c0-8f4e2a6d9c13",
             *         "role": "assistant",
             *         "name": "support-agent",
             *         "content": "Order ORD-88213 shipped yesterday and should arrive tomorrow.",
             *         "processed": true,
             *         "created_at": "2026-11-02T09:16:11.905Z"
             *       }
             *     ]
             */
            messages?: components["schemas"]["Message"][];
            /**
             * @description Number of messages in this answer.
             * @example 2
             */
            row_count?: number;
            /**
             * @description Number of messages the thread holds in total.
             * @example 2
             */
            total_count?: number;
            /**
             * Format: date-time
             * @description When the thread was created.
             * @example 2026-11-02T09:15:27.120Z
             */
            thread_created_at?: string;
            /**
             * @description The application's identifier of the thread's user.
             * @example user-2291
             */
            user_id?: string;
            /**
             * Format: uuid
             * @description Opaque identifier of the thread's user.
             * @example 0f4b7c2e-6d18-4a93-8e5b-b1c2d3e4f5a6
             */
            user_uuid?: string;
        };
        /** @description Messages to append to a thread. */
        AddThreadMessagesRequest: {
            /** @description The messages, each with at least a role and content. */
            messages: components["schemas"]["Message"][];
            /**
             * @description Roles whose messages are stored in the thread but not ingested into the user's graph.
             * @example [
             *       "assistant"
             *     ]
             */
            ignore_roles?: components["schemas"]["RoleType"][];
            /**
             * @description Also return a context block matching the newest messages.
             * @example true
             */
            return_context?: boolean;
            /**
             * @description Skip extracting generic entities that match none of the configured entity types.
             * @example false
             */
            strict_ontology?: boolean;
        };
        /** @description The result of adding messages to a thread. */
        AddThreadMessagesResponse: {
            /**
             * @description The context block, present when return_context was requested.
             * @example FACTS:
             *     - Jane is waiting for order ORD-88213 (2026-11-02)
             */
            context?: string;
            /**
             * @description Identifiers given to the stored messages, in request order.
             * @example [
             *       "7d3e9b21-4c5a-4f8e-b6d2-0a9c1e7f3b58"
             *     ]
             */
            message_uuids?: string[];
            /**
             * @description Identifier of the background task ingesting the messages; poll it with task.get.
             * @example 4c1e9f2a-8b3d-4e7a-a5c6-2d9f0b1e3c78
             */
            task_id?: string;
        };
        /** @description The rolling summary Zep keeps for one thread. */
        ThreadSummary: {
            /**
             * Format: date-time
             * @description When the summary was first made.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Wall-clock time of the latest update of the summary.
             * @example 2026-11-20T17:03:41.508Z
             */
            last_summarized_at?: string;
            /**
             * Format: date-time
             * @description Latest event time (`valid_at`) of the episodes the summary covers.
             * @example 2026-11-20T17:01:12.000Z
             */
            last_summarized_episode_valid_at?: string;
            /**
             * @description The summary text.
             * @example Maya asked about upgrading to the Pro plan and wants an invoice by email.
             */
            summary?: string;
            /**
             * @description Thread the summary belongs to; the thread's UUID when it had no explicit id. Treat as opaque.
             * @example thread-5521
             */
            thread_id?: string;
            /**
             * Format: uuid
             * @description UUID of the summary node.
             * @example 9d4b7e21-6a3c-4f85-b0d2-8e1f5c7a3b94
             */
            uuid?: string;
        };
        /** @description New metadata for a message. */
        ThreadMessageUpdate: {
            /**
             * @description The metadata to store: at most 10 keys whose values are strings, numbers, booleans or arrays of those.
             * @example {
             *       "reviewed": true,
             *       "sentiment": "negative"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
        };
        /** @description A named instruction that steers how user summaries are written. */
        UserInstruction: {
            /**
             * @description Unique name of the instruction.
             * @example focus-on-purchases
             */
            name: string;
            /**
             * @description The instruction itself.
             * @example Highlight the products the user bought and any open support issues.
             */
            text: string;
        };
        /** @description A list of user summary instructions. */
        ListUserInstructionsResponse: {
            /** @description The instructions. */
            instructions?: components["schemas"]["UserInstruction"][];
        };
        /** @description Summary instructions to add. */
        AddUserInstructionsRequest: {
            /** @description The instructions to add. */
            instructions: components["schemas"]["UserInstruction"][];
            /**
             * @description Users that receive the instructions; empty or absent means the project defaults.
             * @example [
             *       "user-2291",
             *       "user-3045"
             *     ]
             */
            user_ids?: string[];
        };
        /** @description Which summary instructions to remove, and from whom. */
        DeleteUserInstructionsRequest: {
            /**
             * @description Names of the instructions to remove; empty or absent removes all of them.
             * @example [
             *       "focus-on-purchases"
             *     ]
             */
            instruction_names?: string[];
            /**
             * @description Users to remove the instructions from; empty or absent means the project defaults.
             * @example [
             *       "user-2291"
             *     ]
             */
            user_ids?: string[];
        };
        /** @description A new user to register. */
        CreateUserRequest: {
            /**
             * @description The identifier to give the user.
             * @example user-2291
             */
            user_id: string;
            /**
             * @description The user's email address.
             * @example jane.doe@example.com
             */
            email?: string;
            /**
             * @description The user's first name.
             * @example Jane
             */
            first_name?: string;
            /**
             * @description The user's last name.
             * @example Doe
             */
            last_name?: string;
            /**
             * @description The user's IANA time zone; null or absent leaves it unset.
             * @example Europe/Berlin
             */
            time_zone?: string | null;
            /**
             * @description Switch off the default (fallback) ontology for the user's graph.
             * @example false
             */
            disable_default_ontology?: boolean;
            /**
             * @description Free-form data to keep with the user.
             * @example {
             *       "plan": "pro"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A user of the application, owner of threads and of a graph. */
        User: {
            /**
             * Format: uuid
             * @description Zep's internal identifier of the user.
             * @example 0f4b7c2e-6d18-4a93-8e5b-b1c2d3e4f5a6
             */
            uuid?: string;
            /**
             * @description Numeric row identifier.
             * @example 3187
             */
            id?: number;
            /**
             * @description The identifier the application chose for the user.
             * @example user-2291
             */
            user_id?: string;
            /**
             * @description The user's email address.
             * @example jane.doe@example.com
             */
            email?: string;
            /**
             * @description The user's first name.
             * @example Jane
             */
            first_name?: string;
            /**
             * @description The user's last name.
             * @example Doe
             */
            last_name?: string;
            /**
             * @description The user's IANA time zone.
             * @example Europe/Berlin
             */
            time_zone?: string;
            /**
             * @description Whether the default (fallback) ontology is switched off for the user's graph.
             * @example false
             */
            disable_default_ontology?: boolean;
            /**
             * Format: uuid
             * @description Identifier of the user's graph; absent while that graph does not exist. Read-only.
             * @example a8d1f3c5-2b4e-4c6a-9e8f-1d2c3b4a5e6f
             */
            graph_uuid?: string;
            /**
             * Format: uuid
             * @description Identifier of the project the user belongs to.
             * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
             */
            project_uuid?: string;
            /**
             * @deprecated
             * @description Free-form data kept with the user.
             * @example {
             *       "plan": "pro"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @deprecated
             * @description Number of threads of the user.
             * @example 4
             */
            session_count?: number;
            /**
             * Format: date-time
             * @description When the user was created.
             * @example 2026-10-14T08:01:12.337Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @deprecated
             * @description When the user was last changed.
             * @example 2026-11-20T17:03:41.508Z
             */
            updated_at?: string;
            /**
             * Format: date-time
             * @description When the user was deleted.
             * @example 2026-11-21T10:00:00.000Z
             */
            deleted_at?: string;
        };
        /** @description One page of users. */
        UserListResponse: {
            /** @description The users of this page. */
            users?: components["schemas"]["User"][];
            /**
             * @description Number of users across all pages.
             * @example 134
             */
            total_count?: number;
            /**
             * @description Number of users in this page.
             * @example 20
             */
            row_count?: number;
        };
        /** @description Changes to a user; absent fields stay as they are. */
        UpdateUserRequest: {
            /**
             * @description The new email address.
             * @example jane.doe@example.com
             */
            email?: string;
            /**
             * @description The new first name.
             * @example Jane
             */
            first_name?: string;
            /**
             * @description The new last name.
             * @example Doe-Smith
             */
            last_name?: string;
            /**
             * @description The new IANA time zone; null clears it.
             * @example America/New_York
             */
            time_zone?: string | null;
            /**
             * @description Switch the default (fallback) ontology off or on for the user's graph.
             * @example true
             */
            disable_default_ontology?: boolean;
            /**
             * @description New free-form data for the user.
             * @example {
             *       "plan": "enterprise"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description An entity in the graph, such as a person, place or thing. */
        EntityNode: {
            /**
             * @description Extra attributes; which ones depends on the node's labels.
             * @example {
             *       "role": "firmware engineer"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the node was created.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at: string;
            /**
             * @description Number of live entity edges touching the node; only present when the list is ordered by `degree`.
             * @example 12
             */
            degree?: number;
            /**
             * @description UUIDs of the live episodes mentioning the node, newest first; empty when there are more than 100 (see `episodes_truncated`).
             * @example [
             *       "7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90",
             *       "1c6f4a2e-8b93-4d07-a5e8-3f2b9c0d7e61"
             *     ]
             */
            episodes?: string[];
            /**
             * @description True when `episodes` is incomplete (over 100 episodes, or provenance unavailable).
             * @example false
             */
            episodes_truncated?: boolean;
            /**
             * @description Labels of the node.
             * @example [
             *       "Entity",
             *       "Person"
             *     ]
             */
            labels?: string[];
            /**
             * @description Name of the node.
             * @example Maya
             */
            name: string;
            /**
             * @description Experimental score in [0,1] aligned with the rank; only set by the cross_encoder reranker.
             * @example 0.87
             */
            relevance?: number;
            /**
             * @description Reranker output: a [0,1] score with cross_encoder, an ordinal rank with rrf. Only set in search results.
             * @example 0.91
             */
            score?: number;
            /**
             * @description Rank across scopes given by automatic scope selection. Only set in search results.
             * @example 1
             */
            selection_rank?: number;
            /**
             * @description Summary of what the graph knows about the entity.
             * @example Maya is a firmware engineer at Acme Robotics who prefers email.
             */
            summary: string;
            /**
             * Format: uuid
             * @description UUID of the node.
             * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
             */
            uuid: string;
        };
        /** @description The graph node that represents a user. */
        UserNodeResponse: {
            node?: components["schemas"]["EntityNode"];
        };
        /** @description A named instruction that steers extraction into a graph. */
        CustomInstruction: {
            /**
             * @description Identifies the instruction within its scope.
             * @example product-names
             */
            name: string;
            /** @example Treat product SKUs such as LAMP-AUR-01 as Product entities, never as people. */
            text: string;
        };
        /** @description The custom instructions of one scope. */
        ListCustomInstructionsResponse: {
            instructions?: components["schemas"]["CustomInstruction"][];
        };
        /** @description Instructions to add and the graphs to add them to. */
        AddCustomInstructionsRequest: {
            /**
             * @description Named graphs to add to; with no `user_ids` either, the project-wide defaults.
             * @example [
             *       "graph-kb-01"
             *     ]
             */
            graph_ids?: string[];
            instructions: components["schemas"]["CustomInstruction"][];
            /**
             * @description Users whose graphs to add to; with no `graph_ids` either, the project-wide defaults.
             * @example [
             *       "user-2291"
             *     ]
             */
            user_ids?: string[];
        };
        /** @description Which instructions to remove and from where. */
        DeleteCustomInstructionsRequest: {
            /**
             * @description Named graphs to remove from; with no `user_ids` either, the project-wide defaults.
             * @example [
             *       "graph-kb-01"
             *     ]
             */
            graph_ids?: string[];
            /**
             * @description Names of the instructions to remove; all of them when empty.
             * @example [
             *       "product-names"
             *     ]
             */
            instruction_names?: string[];
            /**
             * @description Users whose graphs to remove from; with no `graph_ids` either, the project-wide defaults.
             * @example [
             *       "user-2291"
             *     ]
             */
            user_ids?: string[];
        };
        /**
         * @description The value type of a custom property.
         * @example Text
         * @enum {string}
         */
        EntityPropertyType: "Text" | "Int" | "Float" | "Boolean";
        /** @description A property of a custom entity or edge type. */
        EntityProperty: {
            /**
             * @description What the property holds, as guidance for extraction.
             * @example The customer's loyalty tier.
             */
            description: string;
            /** @example tier */
            name: string;
            type: components["schemas"]["EntityPropertyType"];
        };
        /** @description An allowed pair of entity types at the two ends of an edge type. */
        EntityEdgeSourceTarget: {
            /**
             * @description Entity type of the source node.
             * @example Customer
             */
            source?: string;
            /**
             * @description Entity type of the target node.
             * @example Product
             */
            target?: string;
        };
        /** @description A custom edge type of the ontology. */
        EdgeType: {
            /**
             * @description What the relation means, as guidance for extraction.
             * @example The customer bought the product.
             */
            description: string;
            /** @example PURCHASED */
            name: string;
            properties?: components["schemas"]["EntityProperty"][];
            /** @description Entity type pairs the edge may connect. */
            source_targets?: components["schemas"]["EntityEdgeSourceTarget"][];
        };
        /** @description A custom entity type of the ontology. */
        EntityType: {
            /**
             * @description What the type stands for, as guidance for extraction.
             * @example A person or company that buys from the shop.
             */
            description: string;
            /**
             * @description Properties that identify an entity of this type.
             * @example [
             *       "email"
             *     ]
             */
            identity_properties?: string[];
            /** @example Customer */
            name: string;
            properties?: components["schemas"]["EntityProperty"][];
        };
        /** @description The entity types and edge types of one scope. */
        EntityTypeResponse: {
            edge_types?: components["schemas"]["EdgeType"][];
            entity_types?: components["schemas"]["EntityType"][];
        };
        /** @description An ontology to set, replacing the current one, for the listed users and graphs or the project. */
        EntityTypeRequest: {
            edge_types?: components["schemas"]["EdgeType"][];
            entity_types?: components["schemas"]["EntityType"][];
            /**
             * @description Named graphs to set the ontology of.
             * @example [
             *       "graph-kb-01"
             *     ]
             */
            graph_ids?: string[];
            /**
             * @description Users whose graphs to set the ontology of.
             * @example [
             *       "user-2291"
             *     ]
             */
            user_ids?: string[];
        };
        /** @description One piece of data to ingest as an episode of a user graph or a named graph. */
        AddDataRequest: {
            /**
             * Format: date-time
             * @description When the data was produced; defaults to the time of the request.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description The content to ingest (plain text, a JSON document or a message, as `type` says).
             * @example Order #5521 for the Aurora desk lamp shipped on 2 November via DHL.
             */
            data: string;
            /**
             * @description Groups episodes as chunks of one document within a graph.
             * @example doc-handbook-2026
             */
            document_id?: string;
            /**
             * @description The named graph to add to; use `user_id` for a user graph instead.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description Up to 10 keys whose values are strings, numbers, booleans or arrays of those.
             * @example {
             *       "source": "crm",
             *       "priority": 2
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Where the data came from.
             * @example shipping notification
             */
            source_description?: string;
            /**
             * @description When true, no generic entity nodes are extracted for things outside the configured ontology.
             * @example false
             */
            strict_ontology?: boolean;
            type: components["schemas"]["GraphDataType"];
            /**
             * @description The user whose graph to add to; use `graph_id` for a named graph instead.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description One episode of a batch add. */
        EpisodeData: {
            /**
             * Format: date-time
             * @description When the data was produced; defaults to the time of the request.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description The content to ingest.
             * @example The customer asked to move the delivery of order #5521 to Friday.
             */
            data: string;
            /**
             * @description Up to 10 keys whose values are strings, numbers, booleans or arrays of those.
             * @example {
             *       "source": "crm",
             *       "priority": 2
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Where the data came from.
             * @example support chat
             */
            source_description?: string;
            type: components["schemas"]["GraphDataType"];
        };
        /** @description Several episodes to ingest into one graph. */
        AddDataBatchRequest: {
            /**
             * @description Document id applied to every episode of the batch.
             * @example doc-handbook-2026
             */
            document_id?: string;
            episodes: components["schemas"]["EpisodeData"][];
            /**
             * @description The named graph to add to; use `user_id` for a user graph instead.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description When true, no generic entity nodes are extracted for things outside the configured ontology.
             * @example false
             */
            strict_ontology?: boolean;
            /**
             * @description The user whose graph to add to; use `graph_id` for a named graph instead.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description A fact to write as an edge between a source node and a target node. */
        AddTripleRequest: {
            /**
             * Format: date-time
             * @description When the fact was recorded.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description Extra edge attributes; scalar values only (string, number, boolean or null).
             * @example {
             *       "channel": "web"
             *     }
             */
            edge_attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the edge expires, if ever.
             * @example 2027-11-02T00:00:00.000Z
             */
            expired_at?: string;
            /**
             * @description The statement the edge stands for.
             * @example Maria Lopez purchased the Aurora desk lamp.
             */
            fact: string;
            /**
             * @description The edge name, in upper snake case.
             * @example PURCHASED
             */
            fact_name: string;
            /**
             * @description The named graph to write to; use `user_id` for a user graph instead.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * Format: date-time
             * @description When the fact stops being true, if known.
             * @example 2027-05-01T00:00:00.000Z
             */
            invalid_at?: string;
            /**
             * @description Up to 10 scalar keys stored on the episode created for this triple.
             * @example {
             *       "source": "crm"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Extra attributes of the source node; scalar values only.
             * @example {
             *       "email": "maria.lopez@example.com"
             *     }
             */
            source_node_attributes?: {
                [key: string]: unknown;
            };
            /**
             * @description At most one entity-type label for the source node (the base `Entity` label is implicit).
             * @example [
             *       "Customer"
             *     ]
             */
            source_node_labels?: string[];
            /** @example Maria Lopez */
            source_node_name?: string;
            /** @example A returning customer from Madrid. */
            source_node_summary?: string;
            /**
             * Format: uuid
             * @description Reuse this existing node as the source.
             * @example 5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85
             */
            source_node_uuid?: string;
            /**
             * @description Extra attributes of the target node; scalar values only.
             * @example {
             *       "sku": "LAMP-AUR-01"
             *     }
             */
            target_node_attributes?: {
                [key: string]: unknown;
            };
            /**
             * @description At most one entity-type label for the target node (the base `Entity` label is implicit).
             * @example [
             *       "Product"
             *     ]
             */
            target_node_labels?: string[];
            /** @example Aurora desk lamp */
            target_node_name?: string;
            /** @example A dimmable LED desk lamp. */
            target_node_summary?: string;
            /**
             * Format: uuid
             * @description Reuse this existing node as the target.
             * @example 8f1b3d6a-2e4c-4a7b-9d0e-6c5f1a2b3e97
             */
            target_node_uuid?: string;
            /**
             * @description The user whose graph to write to; use `graph_id` for a named graph instead.
             * @example user-2291
             */
            user_id?: string;
            /**
             * Format: date-time
             * @description When the fact becomes true.
             * @example 2026-11-01T14:20:00.000Z
             */
            valid_at?: string;
        };
        /** @description A fact in the graph: a named relation from a source node to a target node. */
        EntityEdge: {
            /**
             * @description Extra attributes; which ones depends on the edge type.
             * @example {
             *       "since": "2024"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the edge was created.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at: string;
            /**
             * @description UUIDs of the episodes the fact came from.
             * @example [
             *       "7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90"
             *     ]
             */
            episodes?: string[];
            /**
             * Format: date-time
             * @description When the edge was superseded.
             * @example 2026-11-20T17:03:41.508Z
             */
            expired_at?: string;
            /**
             * @description The fact in plain language.
             * @example Maya works at Acme Robotics as a firmware engineer.
             */
            fact: string;
            /**
             * Format: uuid
             * @description Groups the pairwise edges of one fact about several entities; absent when the edge is not part of a hyperedge.
             * @example 6b3e8d1f-2c4a-4b7e-9f05-a8d2c6e1b3f7
             */
            hyperedge_uuid?: string;
            /**
             * Format: date-time
             * @description When the fact stopped being true.
             * @example 2026-11-18T00:00:00.000Z
             */
            invalid_at?: string;
            /**
             * @description Relation name.
             * @example WORKS_AT
             */
            name: string;
            /**
             * @description Experimental score in [0,1] aligned with the rank; only set by the cross_encoder reranker.
             * @example 0.87
             */
            relevance?: number;
            /**
             * @description Scope of the edge, e.g. `entity` or `maybe_related`.
             * @example entity
             */
            scope?: string;
            /**
             * @description Reranker output: a [0,1] score with cross_encoder, an ordinal rank with rrf. Only set in search results.
             * @example 0.91
             */
            score?: number;
            /**
             * @description Rank across scopes given by automatic scope selection. Only set in search results.
             * @example 1
             */
            selection_rank?: number;
            /**
             * @description Labels of the source node as it is now.
             * @example [
             *       "Entity",
             *       "Person"
             *     ]
             */
            source_node_labels?: string[];
            /**
             * @description Name of the source node as it is now; absent when the node cannot be resolved.
             * @example Maya
             */
            source_node_name?: string;
            /**
             * Format: uuid
             * @description UUID of the source node.
             * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
             */
            source_node_uuid: string;
            /**
             * @description Labels of the target node as it is now.
             * @example [
             *       "Entity",
             *       "Organization"
             *     ]
             */
            target_node_labels?: string[];
            /**
             * @description Name of the target node as it is now; absent when the node cannot be resolved.
             * @example Acme Robotics
             */
            target_node_name?: string;
            /**
             * Format: uuid
             * @description UUID of the target node.
             * @example e2b7c955-0f3a-4d8e-9c61-7a4b2d1e8f30
             */
            target_node_uuid: string;
            /**
             * Format: uuid
             * @description UUID of the edge.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid: string;
            /**
             * Format: date-time
             * @description When the fact became true.
             * @example 2025-03-01T00:00:00.000Z
             */
            valid_at?: string;
        };
        /** @description The edge and nodes written for a fact triple. */
        AddTripleResponse: {
            edge?: components["schemas"]["EntityEdge"];
            source_node?: components["schemas"]["EntityNode"];
            target_node?: components["schemas"]["EntityNode"];
            /**
             * @description Background task finishing the write (see `task.get`).
             * @example 6a0e4c2f-93b1-4d7e-8f5a-2b9c1d3e7f60
             */
            task_id?: string;
        };
        /** @description The graph to copy and the id of the copy. One of `source_user_id`/`source_graph_id` and one of `target_user_id`/`target_graph_id` must be given. */
        CloneGraphRequest: {
            /**
             * @description The named graph to copy (when `source_user_id` is not given).
             * @example graph-kb-01
             */
            source_graph_id?: string;
            /**
             * @description The user whose graph is copied (when `source_graph_id` is not given).
             * @example user-2291
             */
            source_user_id?: string;
            /**
             * @description Id for the copied graph; must not exist yet (when `target_user_id` is not given).
             * @example graph-kb-01-copy
             */
            target_graph_id?: string;
            /**
             * @description Id for the copied user; must not exist yet (when `target_graph_id` is not given).
             * @example user-2291-copy
             */
            target_user_id?: string;
        };
        /** @description Where the copy lives and the task that builds it. */
        CloneGraphResponse: {
            /**
             * @description Id of the copied graph, when a named graph was cloned.
             * @example graph-kb-01-copy
             */
            graph_id?: string;
            /**
             * @description Background task copying the data (see `task.get`).
             * @example 6a0e4c2f-93b1-4d7e-8f5a-2b9c1d3e7f60
             */
            task_id?: string;
            /**
             * @description Id of the copied user, when a user graph was cloned.
             * @example user-2291-copy
             */
            user_id?: string;
        };
        /** @description The id and descriptive fields of a new named graph. */
        CreateGraphRequest: {
            /** @example Product manuals and support answers for the help desk. */
            description?: string;
            /**
             * @description The id to give the graph; unique within the project.
             * @example graph-kb-01
             */
            graph_id: string;
            /** @example Support knowledge base */
            name?: string;
            /**
             * @description IANA time zone of the graph.
             * @example Europe/Berlin
             */
            time_zone?: string;
        };
        /** @description A named (standalone) knowledge graph. */
        Graph: {
            /**
             * Format: uuid
             * @description The graph's own address; absent while the graph record does not exist yet. Differs from `uuid`.
             * @example 9c4e2a71-5b3d-4f8e-a1c6-7d2b0e9f3a58
             */
            canonical_graph_uuid?: string;
            /**
             * Format: date-time
             * @example 2026-10-14T08:30:12.441Z
             */
            created_at?: string;
            /** @example Product manuals and support answers for the help desk. */
            description?: string;
            /**
             * @description The caller-chosen id of the graph.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description Numeric row id.
             * @example 4812
             */
            id?: number;
            /** @example Support knowledge base */
            name?: string;
            /**
             * Format: uuid
             * @example 1d7f3a90-2c4b-4e6a-8f15-b9e0c3d7a264
             */
            project_uuid?: string;
            /**
             * @description IANA time zone of the graph.
             * @example Europe/Berlin
             */
            time_zone?: string;
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:27.120Z
             */
            updated_at?: string;
            /**
             * Format: uuid
             * @description Identifier of the group record behind the graph.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid?: string;
        };
        /** @description One page of named graphs. */
        GraphListResponse: {
            graphs?: components["schemas"]["Graph"][];
            /**
             * @description The page returned.
             * @example 1
             */
            page_number?: number;
            /**
             * @description The page size used.
             * @example 50
             */
            page_size?: number;
            /**
             * @description Graphs on this page.
             * @example 1
             */
            row_count?: number;
            /**
             * @description Graphs across all pages.
             * @example 1
             */
            total_count?: number;
        };
        /** @description An entity node to add directly. */
        AddNodeItem: {
            /**
             * @description Extra attributes; scalar values only (string, number, boolean or null).
             * @example {
             *       "sku": "LAMP-AUR-01"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description Creation time of the node; defaults to the time of the request.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description The node's single entity type (the base `Entity` label is implicit).
             * @example Product
             */
            label?: string;
            /**
             * @description Up to 10 scalar keys stored on the node's episode.
             * @example {
             *       "source": "catalog"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description Name of the node; its search embedding is derived from it.
             * @example Aurora desk lamp
             */
            name: string;
            /** @example A dimmable LED desk lamp sold in three colours. */
            summary?: string;
        };
        /** @description Entity nodes to write into a user graph or a named graph. */
        AddNodesRequest: {
            /**
             * @description The named graph to write to; use `user_id` for a user graph instead.
             * @example graph-kb-01
             */
            graph_id?: string;
            /** @description 1 to 100 nodes. */
            nodes: components["schemas"]["AddNodeItem"][];
            /**
             * @description The user whose graph to write to; use `graph_id` for a named graph instead.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description A node accepted by `graph.addNodes`, with the UUID Zep gave it. */
        AddedNode: {
            /**
             * @example {
             *       "sku": "LAMP-AUR-01"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description The node's entity type.
             * @example Product
             */
            label?: string;
            /**
             * @description Metadata stored on the node's episode.
             * @example {
             *       "source": "catalog"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /** @example Aurora desk lamp */
            name: string;
            /** @example A dimmable LED desk lamp sold in three colours. */
            summary?: string;
            /**
             * Format: uuid
             * @example 8f1b3d6a-2e4c-4a7b-9d0e-6c5f1a2b3e97
             */
            uuid?: string;
        };
        /** @description The nodes accepted, in request order, and the task that writes them. */
        AddNodesResponse: {
            nodes?: components["schemas"]["AddedNode"][];
            /**
             * @description Background task writing the nodes (see `task.get`).
             * @example 6a0e4c2f-93b1-4d7e-8f5a-2b9c1d3e7f60
             */
            task_id?: string;
        };
        /**
         * @description Free-form options for detecting tightly connected groups (triangles).
         * @example {}
         */
        ClusterDetectConfig: {
            [key: string]: unknown;
        };
        /** @description Options for detecting node types that appear near each other. */
        CoOccurrenceDetectConfig: {
            /**
             * @description Distance within which types count as co-occurring; 3 by default, at most 5.
             * @example 3
             */
            max_hops?: number;
        };
        /** @description Options for detecting highly connected nodes. */
        HubDetectConfig: {
            /**
             * @description Connections a node needs to count as a hub; 3 by default, at least 2.
             * @example 3
             */
            min_degree?: number;
        };
        /** @description Options for detecting frequent multi-hop paths. */
        PathDetectConfig: {
            /**
             * @description Longest path from a seed; 3 by default, at most 5.
             * @example 3
             */
            max_hops?: number;
        };
        /**
         * @description Free-form options for detecting frequent (source label, edge type, target label) triples.
         * @example {}
         */
        RelationshipDetectConfig: {
            [key: string]: unknown;
        };
        /** @description The pattern kinds to look for, each with its options; omit to look for all kinds. */
        DetectConfig: {
            clusters?: components["schemas"]["ClusterDetectConfig"];
            co_occurrences?: components["schemas"]["CoOccurrenceDetectConfig"];
            hubs?: components["schemas"]["HubDetectConfig"];
            paths?: components["schemas"]["PathDetectConfig"];
            relationships?: components["schemas"]["RelationshipDetectConfig"];
        };
        /**
         * @description Half-life decay applied to edges by age when scoring patterns.
         * @example 30_days
         * @enum {string}
         */
        RecencyWeight: "none" | "7_days" | "30_days" | "90_days";
        /**
         * @description A comparison used by date, property and metadata filters.
         * @example >=
         * @enum {string}
         */
        ComparisonOperator: "=" | "<>" | ">" | "<" | ">=" | "<=" | "IS NULL" | "is_null" | "IS NOT NULL" | "CONTAINS";
        /** @description A comparison of a timestamp field against a date. */
        DateFilter: {
            comparison_operator: components["schemas"]["ComparisonOperator"];
            /**
             * @description ISO 8601 date to compare with; needed for every operator except the null checks.
             * @example 2026-10-01T00:00:00Z
             */
            date?: string;
        };
        /** @description A comparison of one episode metadata key against a value. */
        EpisodeMetadataFilter: {
            comparison_operator: components["schemas"]["ComparisonOperator"];
            /**
             * @description The metadata key.
             * @example source
             */
            property_name: string;
            /**
             * @description The value to compare with; not needed for the null checks.
             * @example crm
             */
            property_value?: unknown;
        };
        /** @description Metadata filters and nested groups joined by one logical operator. */
        MetadataFilterGroup: {
            filters?: components["schemas"]["EpisodeMetadataFilter"][];
            /** @description Nested groups, for compound expressions. */
            groups?: components["schemas"]["MetadataFilterGroup"][];
            type: components["schemas"]["GraphitiMetadataFilterGroupType"];
        };
        /**
         * @description How the members of a metadata filter group combine.
         * @example and
         * @enum {string}
         */
        GraphitiMetadataFilterGroupType: "and" | "or";
        /** @description A comparison of a node or edge attribute against a value. */
        PropertyFilter: {
            comparison_operator: components["schemas"]["ComparisonOperator"];
            /** @example tier */
            property_name: string;
            /**
             * @description The value to compare with (a scalar); needed for every operator except the null checks.
             * @example gold
             */
            property_value?: string | number | boolean | null;
        };
        /** @description Constraints on which edges and nodes a search or traversal considers. Each date field takes a list of lists: the inner lists are ANDed, the outer list ORed. */
        SearchFilters: {
            /**
             * @description Keep edges whose source or target is one of these nodes (edge results only; at most 256).
             * @example [
             *       "5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85"
             *     ]
             */
            connected_node_uuids?: string[];
            /** @description Conditions on `created_at`. */
            created_at?: components["schemas"]["DateFilter"][][];
            /**
             * @description Keep only edges of these types.
             * @example [
             *       "PURCHASED"
             *     ]
             */
            edge_types?: string[];
            /**
             * @description Keep only these edges (at most 256).
             * @example [
             *       "0b7d2e4f-1a3c-4e8b-9f6d-5c2a7e1b3d90"
             *     ]
             */
            edge_uuids?: string[];
            /** @description Experimental; keep results derived from episodes whose metadata matches. */
            episode_metadata_filters?: components["schemas"]["MetadataFilterGroup"];
            /**
             * @description Keep edges derived from, and nodes mentioned by, these episodes (at most 256).
             * @example [
             *       "2c9e5a1f-6d3b-4f7a-8e0c-1b4d7a9e2f63"
             *     ]
             */
            episode_uuids?: string[];
            /**
             * @description Drop edges of these types.
             * @example [
             *       "MENTIONS"
             *     ]
             */
            exclude_edge_types?: string[];
            /**
             * @description Drop nodes with these labels.
             * @example [
             *       "Location"
             *     ]
             */
            exclude_node_labels?: string[];
            /** @description Conditions on `expired_at`. */
            expired_at?: components["schemas"]["DateFilter"][][];
            /** @description Conditions on `invalid_at`. */
            invalid_at?: components["schemas"]["DateFilter"][][];
            /**
             * @description Keep only nodes with these labels.
             * @example [
             *       "Customer",
             *       "Product"
             *     ]
             */
            node_labels?: string[];
            /** @description Conditions on node and edge attributes. */
            property_filters?: components["schemas"]["PropertyFilter"][];
            /**
             * @description Keep edges whose source is one of these nodes (edge results only; at most 256).
             * @example [
             *       "5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85"
             *     ]
             */
            source_node_uuids?: string[];
            /**
             * @description Keep edges whose target is one of these nodes (edge results only; at most 256).
             * @example [
             *       "8f1b3d6a-2e4c-4a7b-9d0e-6c5f1a2b3e97"
             *     ]
             */
            target_node_uuids?: string[];
            /** @description Conditions on `valid_at`. */
            valid_at?: components["schemas"]["DateFilter"][][];
        };
        /** @description The nodes pattern detection starts from; without seeds the whole graph is analysed. */
        PatternSeeds: {
            /**
             * @description Endpoints of edges of these types become seeds.
             * @example [
             *       "PURCHASED"
             *     ]
             */
            edge_types?: string[];
            /**
             * @description Nodes with these labels become seeds.
             * @example [
             *       "Customer"
             *     ]
             */
            node_labels?: string[];
            /**
             * @description These nodes become seeds (at most 10000).
             * @example [
             *       "5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85"
             *     ]
             */
            node_uuids?: string[];
        };
        /** @description What to analyse and which patterns to look for. */
        DetectPatternsRequest: {
            /** @description Pattern kinds and options; all kinds by default. Ignored when `query` is set. */
            detect?: components["schemas"]["DetectConfig"];
            /**
             * @description Resolved edges per pattern with `query`; 10 by default, at most 100.
             * @example 10
             */
            edge_limit?: number;
            /**
             * @description The named graph to analyse; use `user_id` for a user graph instead.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description Maximum patterns returned; 50 by default, at most 200.
             * @example 50
             */
            limit?: number;
            /**
             * @description Fewest occurrences for a pattern to be reported; 2 by default.
             * @example 2
             */
            min_occurrences?: number;
            /**
             * @description Finds seeds by hybrid search and restricts detection to relationship triples with ranked edges. Not combinable with `seeds`.
             * @example lamp purchases
             */
            query?: string;
            /**
             * @description Seed nodes taken from the search with `query`; 10 by default, at most 50.
             * @example 10
             */
            query_limit?: number;
            /** @description Age decay of edges; `none` by default. */
            recency_weight?: components["schemas"]["RecencyWeight"];
            /** @description Limits which edges and nodes take part, as in graph search. */
            search_filters?: components["schemas"]["SearchFilters"];
            /** @description Start nodes; the whole graph when omitted. Not combinable with `query`. */
            seeds?: components["schemas"]["PatternSeeds"];
            /**
             * @description The user whose graph to analyse; use `graph_id` for a named graph instead.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description Statistics of a pattern detection run. */
        PatternMetadata: {
            /** @example 1840 */
            edges_analyzed?: number;
            /**
             * @description Run time in milliseconds.
             * @example 212
             */
            elapsed_ms?: number;
            /**
             * @description Distinct nodes analysed.
             * @example 356
             */
            nodes_analyzed?: number;
        };
        /** @description One detected pattern. */
        PatternResult: {
            /**
             * @description The structure in words; left out in query mode, where `summary` is given instead.
             * @example Customer -[PURCHASED]-> Product
             */
            description?: string;
            /**
             * @description Edge types of the structure.
             * @example [
             *       "PURCHASED"
             *     ]
             */
            edge_types?: string[];
            /** @description Matching edges ranked by relevance; only in query mode. */
            edges?: components["schemas"]["EntityEdge"][];
            /**
             * @description Node labels of the structure.
             * @example [
             *       "Customer",
             *       "Product"
             *     ]
             */
            node_labels?: string[];
            /**
             * @description How often the structure occurs in the graph (unweighted).
             * @example 42
             */
            occurrences?: number;
            /**
             * @description A summary drawn from the top-ranked facts; only in query mode.
             * @example Customers most often purchase desk lamps after asking about delivery times.
             */
            summary?: string;
            /**
             * @description The kind of pattern.
             * @example relationship
             * @enum {string}
             */
            type?: "relationship" | "path" | "co_occurrence" | "hub" | "cluster";
            /**
             * @description Occurrences after recency weighting (equal to `occurrences` with `none`).
             * @example 37.6
             */
            weighted_score?: number;
        };
        /** @description The patterns found, best first, with run statistics. */
        DetectPatternsResponse: {
            metadata?: components["schemas"]["PatternMetadata"];
            /** @description Distinct nodes at the ends of the returned edges; only in query mode. */
            nodes?: components["schemas"]["EntityNode"][];
            /** @description Patterns sorted by `weighted_score`, highest first. */
            patterns?: components["schemas"]["PatternResult"][];
        };
        /**
         * @description How search candidates are re-ranked.
         * @example rrf
         * @enum {string}
         */
        Reranker: "rrf" | "mmr" | "node_distance" | "episode_mentions" | "cross_encoder";
        /**
         * @description What a graph search returns.
         * @example edges
         * @enum {string}
         */
        GraphSearchScope: "edges" | "nodes" | "episodes" | "thread_summaries" | "observations" | "auto";
        /** @description A search over a user graph or a named graph. */
        GraphSearchQuery: {
            /**
             * @description Nodes from which breadth-first searches start.
             * @example [
             *       "5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85"
             *     ]
             */
            bfs_origin_node_uuids?: string[];
            /**
             * Format: uuid
             * @description The node that `node_distance` reranking measures from.
             * @example 5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85
             */
            center_node_uuid?: string;
            /**
             * @description The named graph to search; use `user_id` for a user graph instead.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description Maximum results for the non-auto scopes; 10 by default, at most 50. Ignored by `auto`.
             * @example 10
             */
            limit?: number;
            /**
             * @description Character budget of the `auto` scope's selection; 2500 by default, at most 50000.
             * @example 2500
             */
            max_characters?: number;
            /**
             * @description Relevance/diversity balance of `mmr` reranking.
             * @example 0.5
             */
            mmr_lambda?: number;
            /**
             * @description The text to search for.
             * @example Which lamp did Maria buy?
             */
            query: string;
            /** @description Reranker to apply; `rrf` by default. The `auto` scope rejects `node_distance` and `episode_mentions`. */
            reranker?: components["schemas"]["Reranker"];
            /**
             * @description With the `auto` scope, also return the raw results behind the context block.
             * @example false
             */
            return_raw_results?: boolean;
            /** @description What to return; `edges` by default. */
            scope?: components["schemas"]["GraphSearchScope"];
            search_filters?: components["schemas"]["SearchFilters"];
            /**
             * @description The user whose graph to search; use `graph_id` for a named graph instead.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description A read-only node that Zep derives from other data, such as an observation. */
        DerivedNode: {
            /**
             * @description Extra attributes of the node.
             * @example {
             *       "confidence": "high"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the node was created.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description End of the evidence window, once the pattern no longer holds; null while the observation is active.
             * @example 2026-11-20T17:03:41.508Z
             */
            end_at?: string | null;
            /**
             * @description UUIDs of the episodes backing the observation.
             * @example [
             *       "7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90",
             *       "1c6f4a2e-8b93-4d07-a5e8-3f2b9c0d7e61"
             *     ]
             */
            episode_ids?: string[];
            /**
             * @description Labels of the node.
             * @example [
             *       "Observation"
             *     ]
             */
            labels?: string[];
            /**
             * Format: date-time
             * @description Time of the newest episode the observation draws on.
             * @example 2026-11-18T10:42:00.000Z
             */
            latest_evidence_at?: string;
            /**
             * @description Name of the node.
             * @example Prefers email follow-ups
             */
            name: string;
            /**
             * @description Experimental score in [0,1] aligned with the rank; only set by the cross_encoder reranker.
             * @example 0.87
             */
            relevance?: number;
            /**
             * @description Reranker output: a [0,1] score with cross_encoder, an ordinal rank with rrf. Only set in search results.
             * @example 0.91
             */
            score?: number;
            /**
             * @description Rank across scopes given by automatic scope selection. Only set in search results.
             * @example 1
             */
            selection_rank?: number;
            /**
             * Format: date-time
             * @description Time of the oldest episode the observation draws on.
             * @example 2026-09-04T08:30:00.000Z
             */
            start_at?: string;
            /**
             * @description Summary of the node.
             * @example Maya repeatedly asks for follow-ups by email rather than phone.
             */
            summary?: string;
            /**
             * Format: uuid
             * @description UUID of the node.
             * @example 5f8e2c1a-9b7d-4e3f-8a6c-1d2e3f4a5b6c
             */
            uuid: string;
        };
        /** @description Facts about how a search was served. */
        GraphSearchResponseMetadata: {
            /**
             * @description Time spent on the server, in milliseconds.
             * @example 84
             */
            server_latency_ms?: number;
        };
        /** @description A thread summary node returned by a graph search. */
        GraphitiSagaNode: {
            /**
             * Format: date-time
             * @example 2026-10-20T11:02:45.300Z
             */
            created_at: string;
            /**
             * @example [
             *       "Saga"
             *     ]
             */
            labels?: string[];
            /**
             * Format: date-time
             * @description Wall-clock time of the latest summary update.
             * @example 2026-11-02T09:16:03.910Z
             */
            last_summarized_at?: string;
            /**
             * Format: date-time
             * @description Latest event time (episode `valid_at`) the summary covers.
             * @example 2026-11-02T09:15:27.120Z
             */
            last_summarized_episode_valid_at?: string;
            /** @example thread-5521 */
            name: string;
            /**
             * @description Experimental 0-1 relevance; only with the `cross_encoder` reranker.
             * @example 0.87
             */
            relevance?: number;
            /**
             * @description The reranker's score for the result.
             * @example 0.92
             */
            score?: number;
            /**
             * @description Rank across scopes given by the `auto` scope.
             * @example 1
             */
            selection_rank?: number;
            /**
             * @description The running summary of the thread.
             * @example Maria ordered an Aurora desk lamp and asked to move the delivery to Friday.
             */
            summary?: string;
            /**
             * Format: uuid
             * @example 7d3c1e9a-4b2f-4a6e-8c0d-9f1e2a3b4c57
             */
            uuid: string;
        };
        /** @description The results of a graph search; only the lists of the requested scope are filled, and `context` with the `auto` scope. */
        GraphSearchResults: {
            /**
             * @description The ready-made context block of the `auto` scope.
             * @example FACTS:
             *     - Maria Lopez purchased the Aurora desk lamp (2026-11-01)
             */
            context?: string;
            edges?: components["schemas"]["EntityEdge"][];
            episodes?: components["schemas"]["Episode"][];
            nodes?: components["schemas"]["EntityNode"][];
            observations?: components["schemas"]["DerivedNode"][];
            response?: components["schemas"]["GraphSearchResponseMetadata"];
            thread_summaries?: components["schemas"]["GraphitiSagaNode"][];
        };
        /** @description Seeds and budgets of a breadth-first expansion in one user graph or named graph. */
        GraphSubgraphRequest: {
            /**
             * @description How many hops to expand, 1 to 3; 1 by default.
             * @example 2
             */
            depth?: number;
            /**
             * @description Which edges to follow from each node; `both` by default.
             * @example both
             * @enum {string}
             */
            direction?: "in" | "out" | "both";
            /**
             * @description The named graph; give exactly one of `user_id` and `graph_id`.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description Edge budget, 1 to 1000; 200 by default.
             * @example 200
             */
            max_edges?: number;
            /**
             * @description Node budget including the seeds, 1 to 500; 100 by default.
             * @example 100
             */
            max_nodes?: number;
            /** @description Limits on traversed edges and included nodes; `episode_metadata_filters` is rejected here. */
            search_filters?: components["schemas"]["SearchFilters"];
            /**
             * @description 1 to 20 start nodes in priority order; unknown ones are skipped.
             * @example [
             *       "5e2a8c14-7b9d-4f30-a6e1-0c3d9b7f2a85"
             *     ]
             */
            seed_node_uuids: string[];
            /**
             * @description The user graph; give exactly one of `user_id` and `graph_id`.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description The nodes and edges reached from the seeds. */
        GraphSubgraphResponse: {
            /** @description Traversed edges that passed the filters; both ends of each are in `nodes`. */
            edges?: components["schemas"]["EntityEdge"][];
            /** @description The seeds and every node reached within budget. */
            nodes?: components["schemas"]["EntityNode"][];
            /**
             * @description True when a budget or internal limit cut the result short.
             * @example false
             */
            truncated?: boolean;
            /**
             * @description The limit that applied (such as `max_nodes` or `max_edges`) when `truncated` is true.
             * @example max_nodes
             */
            truncation_reason?: string;
        };
        /** @description New values for a graph's descriptive fields; omitted ones are kept. */
        UpdateGraphRequest: {
            /** @example Manuals, FAQs and resolved tickets for the help desk. */
            description?: string;
            /** @example Help desk knowledge base */
            name?: string;
            /**
             * @description IANA time zone of the graph.
             * @example America/New_York
             */
            time_zone?: string;
        };
        /** @description Options for listing edges: filters, order and one page's position. */
        GraphEdgesRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Sort direction; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction?: "asc" | "desc";
            /** @description Filters on the listed items, in the same form as graph search. */
            filters?: components["schemas"]["SearchFilters"];
            /**
             * @description Most items to return.
             * @example 50
             */
            limit?: number;
            /**
             * @description Field to sort by; defaults to `uuid`.
             * @example created_at
             * @enum {string}
             */
            order_by?: "created_at" | "valid_at" | "uuid";
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: UUID of the last item of the previous page. Use `cursor` instead.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid_cursor?: string;
        };
        /** @description New values for some fields of an edge. */
        UpdateEdgeRequest: {
            /**
             * @description Attributes merged into the existing ones; a key set to null is removed.
             * @example {
             *       "since": "2025"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description New time at which the edge expires.
             * @example 2026-11-20T17:03:41.508Z
             */
            expired_at?: string;
            /**
             * @description New fact text.
             * @example Maya works at Acme Robotics as a lead firmware engineer.
             */
            fact?: string;
            /**
             * Format: date-time
             * @description New time at which the fact stopped being true.
             * @example 2026-11-18T00:00:00.000Z
             */
            invalid_at?: string;
            /**
             * @description New relation name.
             * @example WORKS_AT
             */
            name?: string;
            /**
             * Format: date-time
             * @description New time at which the fact became true.
             * @example 2025-03-01T00:00:00.000Z
             */
            valid_at?: string;
        };
        /** @description Options for listing episodes: filters, order and one page's position. */
        GraphEpisodeListRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Sort direction; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction?: "asc" | "desc";
            /** @description Keep only episodes whose metadata matches; same form and limits as in graph search. */
            episode_metadata_filters?: components["schemas"]["MetadataFilterGroup"];
            /**
             * @description Most episodes to return; an explicit value is capped at 50, and 100 applies when omitted.
             * @example 50
             */
            limit?: number;
            /**
             * @description Keep only episodes mentioning one of these nodes; an episode UUID here matches that episode itself. At most 256 UUIDs.
             * @example [
             *       "c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955",
             *       "7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90"
             *     ]
             */
            mentioned_node_uuids?: string[];
            /**
             * @description Field to sort by; defaults to `uuid`.
             * @example created_at
             * @enum {string}
             */
            order_by?: "uuid" | "created_at";
        };
        /** @description Metadata to merge into an episode. */
        UpdateEpisodeRequest: {
            /**
             * @description Keys to add or replace; a key set to null is removed. At most 10 keys; values are scalars or arrays of scalars.
             * @example {
             *       "channel": "email",
             *       "priority": 2
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
        };
        /** @description The nodes and edges extracted from one episode. */
        EpisodeMentions: {
            edges?: components["schemas"]["EntityEdge"][];
            nodes?: components["schemas"]["EntityNode"][];
        };
        /** @description Options for listing nodes: filters, order and one page's position. */
        GraphNodesRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Sort direction; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction?: "asc" | "desc";
            /** @description Filters on the listed items, in the same form as graph search. */
            filters?: components["schemas"]["SearchFilters"];
            /**
             * @description Most items to return.
             * @example 50
             */
            limit?: number;
            /**
             * @description Field to sort by; defaults to `uuid`. `degree` orders by the number of live entity edges touching each node.
             * @example created_at
             * @enum {string}
             */
            order_by?: "created_at" | "valid_at" | "degree" | "uuid";
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: UUID of the last item of the previous page. Use `cursor` instead.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid_cursor?: string;
        };
        /** @description Options for listing a node's neighbors: edge orientation, filters, order and one page's position. */
        GraphNodeNeighborsRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Which edges count: `out` (the node is the source), `in` (the node is the target) or `both` (the default).
             * @example both
             * @enum {string}
             */
            direction?: "out" | "in" | "both";
            /**
             * @description Sort direction for `order_by`; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction_sort?: "asc" | "desc";
            /** @description Filters on the linking edges and on the neighbor nodes, in the same form as graph search. */
            filters?: components["schemas"]["SearchFilters"];
            /**
             * @description Most neighbors to return; an explicit value is capped at 50, and 100 applies when omitted.
             * @example 20
             */
            limit?: number;
            /**
             * @description Field to sort neighbors by; defaults to `uuid`.
             * @example uuid
             * @enum {string}
             */
            order_by?: "uuid" | "created_at";
        };
        /** @description A node directly linked to the anchor node, with the edges linking them. */
        GraphNodeNeighbor: {
            /** @description Edges between the anchor node and this neighbor. */
            edges?: components["schemas"]["EntityEdge"][];
            /** @description The neighbor node. */
            node?: components["schemas"]["EntityNode"];
        };
        /** @description New values for some fields of a node. */
        UpdateNodeRequest: {
            /**
             * @description Attributes merged into the existing ones; a key set to null is removed.
             * @example {
             *       "role": "lead firmware engineer"
             *     }
             */
            attributes?: {
                [key: string]: unknown;
            };
            /**
             * @description New labels of the node.
             * @example [
             *       "Entity",
             *       "Person"
             *     ]
             */
            labels?: string[];
            /**
             * @description New name of the node.
             * @example Maya Chen
             */
            name?: string;
            /**
             * @description New summary of the node.
             * @example Maya Chen leads firmware at Acme Robotics and prefers email.
             */
            summary?: string;
        };
        /** @description Options for listing observations: filters, order and one page's position. */
        GraphObservationsRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Sort direction; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction?: "asc" | "desc";
            /** @description Filters on the listed items, in the same form as graph search. */
            filters?: components["schemas"]["SearchFilters"];
            /**
             * @description Most items to return.
             * @example 50
             */
            limit?: number;
            /**
             * @description Field to sort by; defaults to `uuid`.
             * @example created_at
             * @enum {string}
             */
            order_by?: "created_at" | "valid_at" | "uuid";
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: UUID of the last item of the previous page. Use `cursor` instead.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid_cursor?: string;
        };
        /** @description Options for listing thread summaries: filters, order and one page's position. */
        GraphThreadSummariesRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Sort direction; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction?: "asc" | "desc";
            /** @description Filters on the listed items, in the same form as graph search. */
            filters?: components["schemas"]["SearchFilters"];
            /**
             * @description Most items to return.
             * @example 50
             */
            limit?: number;
            /**
             * @description Field to sort by; defaults to `uuid`.
             * @example created_at
             * @enum {string}
             */
            order_by?: "created_at" | "valid_at" | "uuid";
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: UUID of the last item of the previous page. Use `cursor` instead.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid_cursor?: string;
        };
        /** @description Options for listing document summaries: filters, order and one page's position. */
        GraphDocumentSummariesRequest: {
            /**
             * @description Opaque cursor from the `Zep-Next-Cursor` header of the previous page.
             * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
             */
            cursor?: string;
            /**
             * @description Sort direction; defaults to `desc`.
             * @example desc
             * @enum {string}
             */
            direction?: "asc" | "desc";
            /** @description Filters on the listed items, in the same form as graph search. */
            filters?: components["schemas"]["SearchFilters"];
            /**
             * @description Most items to return.
             * @example 50
             */
            limit?: number;
            /**
             * @description Field to sort by; defaults to `uuid`.
             * @example created_at
             * @enum {string}
             */
            order_by?: "created_at" | "valid_at" | "uuid";
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: UUID of the last item of the previous page. Use `cursor` instead.
             * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
             */
            uuid_cursor?: string;
        };
        /** @description The rolling summary Zep keeps for one document. */
        DocumentSummary: {
            /**
             * Format: date-time
             * @description When the summary was first made.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description Identifier of the document.
             * @example doc-handbook-07
             */
            document_id?: string;
            /**
             * Format: date-time
             * @description Wall-clock time of the latest update of the summary.
             * @example 2026-11-20T17:03:41.508Z
             */
            last_summarized_at?: string;
            /**
             * Format: date-time
             * @description Latest event time (`valid_at`) of the episodes the summary covers.
             * @example 2026-11-20T17:01:12.000Z
             */
            last_summarized_episode_valid_at?: string;
            /**
             * @description The summary text.
             * @example Employee handbook covering leave policy, expenses and on-call rules.
             */
            summary?: string;
            /**
             * Format: uuid
             * @description UUID of the summary node.
             * @example 2a7c9e4f-1b3d-4e6a-8c5f-0d9b2e7a4c18
             */
            uuid?: string;
        };
        /**
         * @description Where a batch is in its life cycle.
         * @example processing
         * @enum {string}
         */
        BatchStatus: "draft" | "invalid" | "queued" | "processing" | "succeeded" | "partial" | "failed" | "canceled";
        /** @description Counts of a processed batch's items by status. */
        BatchProgress: {
            /** @example 0 */
            canceled_items?: number;
            /** @example 1 */
            failed_items?: number;
            /**
             * @description Share of the items that are finished, in percent.
             * @example 75
             */
            percent_complete?: number;
            /** @example 2 */
            processing_items?: number;
            /** @example 8 */
            queued_items?: number;
            /** @example 1 */
            skipped_items?: number;
            /** @example 28 */
            succeeded_items?: number;
            /** @example 40 */
            total_items?: number;
        };
        /**
         * @description A batch and, once processing has started, its progress.
         * @example {
         *       "batch_id": "7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573",
         *       "created_at": "2026-11-02T09:15:27.120Z",
         *       "updated_at": "2026-11-02T09:18:40.266Z",
         *       "processed_at": "2026-11-02T09:16:03.511Z",
         *       "status": "processing",
         *       "item_count": 40,
         *       "ignore_roles": [
         *         "assistant"
         *       ],
         *       "strict_ontology": false,
         *       "metadata": {
         *         "source": "crm-import"
         *       },
         *       "progress": {
         *         "total_items": 40,
         *         "succeeded_items": 28,
         *         "failed_items": 1,
         *         "skipped_items": 1,
         *         "processing_items": 2,
         *         "queued_items": 8,
         *         "canceled_items": 0,
         *         "percent_complete": 75
         *       }
         *     }
         */
        BatchSummary: {
            /**
             * @description The batch's identifier.
             * @example 7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573
             */
            batch_id?: string;
            /**
             * Format: date-time
             * @description When processing finished.
             * @example 2026-11-02T09:21:44.902Z
             */
            completed_at?: string;
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description Message roles whose thread messages are not extracted into the graph.
             * @example [
             *       "assistant"
             *     ]
             */
            ignore_roles?: components["schemas"]["RoleType"][];
            /**
             * @description The number of items in the batch.
             * @example 40
             */
            item_count?: number;
            /**
             * @description Free-form metadata kept with the batch.
             * @example {
             *       "source": "crm-import"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When processing was started.
             * @example 2026-11-02T09:16:03.511Z
             */
            processed_at?: string;
            progress?: components["schemas"]["BatchProgress"];
            status?: components["schemas"]["BatchStatus"];
            /**
             * @description Whether generic entity nodes outside the ontology are left out.
             * @example false
             */
            strict_ontology?: boolean;
            /**
             * Format: date-time
             * @example 2026-11-02T09:21:44.902Z
             */
            updated_at?: string;
        };
        /** @description A page of batches. */
        BatchListResponse: {
            batches?: components["schemas"]["BatchSummary"][];
            /**
             * @description The cursor for the next page; absent on the last page.
             * @example 1042
             */
            next_cursor?: number;
        };
        /** @description Settings for a new draft batch. */
        ApidataCreateBatchRequest: {
            /**
             * @description Message roles whose thread messages are stored but not extracted into the graph. No effect on graph episodes.
             * @example [
             *       "assistant"
             *     ]
             */
            ignore_roles?: components["schemas"]["RoleType"][];
            /**
             * @description Free-form metadata kept with the batch.
             * @example {
             *       "source": "crm-import",
             *       "run": "nightly-2026-11-02"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description When true, no generic entity nodes are extracted for things outside the configured ontology.
             * @example false
             */
            strict_ontology?: boolean;
        };
        /**
         * @description Where a single batch item is in processing.
         * @example succeeded
         * @enum {string}
         */
        BatchItemStatus: "pending" | "queued" | "processing" | "succeeded" | "failed" | "skipped" | "canceled";
        /**
         * @description What a batch item holds.
         * @example thread_message
         * @enum {string}
         */
        BatchItemKind: "graph_episode" | "thread_message";
        /**
         * @description One item of a batch with its processing state.
         * @example {
         *       "item_id": "0c9d3b7e-2a41-4f6c-b8e5-93d1a7f2c410",
         *       "kind": "thread_message",
         *       "status": "succeeded",
         *       "sequence_index": 3,
         *       "thread_id": "thread-5521",
         *       "user_id": "user-2291",
         *       "user_uuid": "e3b6d1f4-8c29-4a7e-b5d0-2f91c6a8e7b3",
         *       "source_uuid": "5f2c8e1a-9b47-4d3e-8a60-c1d7e4b29f08",
         *       "episode_uuid": "5f2c8e1a-9b47-4d3e-8a60-c1d7e4b29f08",
         *       "created_at": "2026-11-02T09:15:31.004Z",
         *       "updated_at": "2026-11-02T09:19:12.377Z"
         *     }
         */
        BatchItemDetail: {
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:31.004Z
             */
            created_at?: string;
            /**
             * @description The document a graph episode is a chunk of.
             * @example doc-handbook-2026
             */
            document_id?: string;
            /**
             * Format: uuid
             * @description The episode created (or to be created) for the item; the same as `source_uuid`.
             * @example 5f2c8e1a-9b47-4d3e-8a60-c1d7e4b29f08
             */
            episode_uuid?: string;
            /**
             * @description Details of the failure, for items that failed.
             * @example {
             *       "message": "graph not found"
             *     }
             */
            error?: {
                [key: string]: unknown;
            };
            /** @example graph-kb-01 */
            graph_id?: string;
            /**
             * Format: uuid
             * @example a81e4c27-6d3f-4b9a-9e02-7c5b1f3d8e66
             */
            graph_uuid?: string;
            /**
             * @description The item's identifier.
             * @example 0c9d3b7e-2a41-4f6c-b8e5-93d1a7f2c410
             */
            item_id?: string;
            kind?: components["schemas"]["BatchItemKind"];
            /**
             * @description The item's position in the batch, from 0.
             * @example 3
             */
            sequence_index?: number;
            /**
             * Format: uuid
             * @description The stored source row (message or episode data) behind the item.
             * @example 5f2c8e1a-9b47-4d3e-8a60-c1d7e4b29f08
             */
            source_uuid?: string;
            status?: components["schemas"]["BatchItemStatus"];
            /** @example thread-5521 */
            thread_id?: string;
            /**
             * Format: date-time
             * @example 2026-11-02T09:19:12.377Z
             */
            updated_at?: string;
            /** @example user-2291 */
            user_id?: string;
            /**
             * Format: uuid
             * @example e3b6d1f4-8c29-4a7e-b5d0-2f91c6a8e7b3
             */
            user_uuid?: string;
        };
        /** @description A page of batch items. */
        BatchItemListResponse: {
            items?: components["schemas"]["BatchItemDetail"][];
            /**
             * @description The cursor for the next page; absent on the last page.
             * @example 100
             */
            next_cursor?: number;
        };
        /**
         * @description What an item added to a batch holds.
         * @example thread_message
         * @enum {string}
         */
        ApidataBatchAddItemType: "graph_episode" | "thread_message";
        /**
         * @description The role of the speaker of a thread message added to a batch.
         * @example user
         * @enum {string}
         */
        ApidataBatchAddItemRole: "norole" | "system" | "assistant" | "user" | "function" | "tool";
        /** @description One item to add to a batch: either a graph episode (data for a graph or a user's graph) or a message of a thread. */
        BatchAddItem: {
            type: components["schemas"]["ApidataBatchAddItemType"];
            /**
             * @description The text of a thread message.
             * @example I moved to Lisbon last month and need to update my shipping address.
             */
            content?: string;
            /**
             * Format: date-time
             * @description When the message or episode happened.
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /**
             * @description The content of a graph episode.
             * @example Jane Doe upgraded her subscription to the Pro plan on 2 November 2026.
             */
            data?: string;
            data_type?: components["schemas"]["GraphDataType"];
            /**
             * @description For graph episodes, groups episodes as chunks of one document. Ignored for thread messages.
             * @example doc-handbook-2026
             */
            document_id?: string;
            /**
             * @description The graph a graph episode goes to.
             * @example graph-kb-01
             */
            graph_id?: string;
            /**
             * @description Free-form metadata kept with the item.
             * @example {
             *       "channel": "web"
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * @description The name of the speaker of a thread message.
             * @example Jane Doe
             */
            name?: string;
            role?: components["schemas"]["ApidataBatchAddItemRole"];
            /**
             * @description Where a graph episode's data came from.
             * @example CRM account notes
             */
            source_description?: string;
            /**
             * @description The thread a thread message belongs to.
             * @example thread-5521
             */
            thread_id?: string;
            /**
             * @description The user whose graph a graph episode goes to.
             * @example user-2291
             */
            user_id?: string;
        };
        /** @description Items to append to a draft batch. */
        ApidataAddBatchItemsRequest: {
            /** @description The items, in the order they should be ingested. */
            items: components["schemas"]["BatchAddItem"][];
        };
        /** @description A short description of an access-control policy set. */
        PolicySetSummaryResponse: {
            /**
             * @description How the policy set is applied.
             * @example enforce
             */
            mode?: string;
            /** @example eu-data-residency */
            name?: string;
            /**
             * Format: uuid
             * @example 2c7a5e90-1d4b-4f38-9e6a-b3f0c8d2a751
             */
            uuid?: string;
            /** @example 2 */
            version?: number;
        };
        /** @description The policy sets attached to a user group. */
        AttachedPolicySetsResponse: {
            policy_sets?: components["schemas"]["PolicySetSummaryResponse"][];
        };
        /** @description The policy set to attach to a user group. */
        AttachPolicySetRequest: {
            /**
             * Format: uuid
             * @example 2c7a5e90-1d4b-4f38-9e6a-b3f0c8d2a751
             */
            policy_set_uuid: string;
        };
        /** @description How many managed user groups the project's plan allows and uses. */
        UserGroupQuota: {
            /**
             * @description The number of managed groups in use.
             * @example 4
             */
            active_managed?: number;
            /**
             * @description The number of managed groups the plan allows.
             * @example 10
             */
            allocation?: number;
            /**
             * @description Whether the plan includes user groups at all.
             * @example true
             */
            has_feature?: boolean;
            /**
             * @description Whether the quota could be determined.
             * @example true
             */
            resolved?: boolean;
            /**
             * @description Whether the plan sets no limit.
             * @example false
             */
            unlimited?: boolean;
        };
        /**
         * @description The kind of a user group.
         * @example managed
         * @enum {string}
         */
        UserGroupKind: "managed" | "virtual";
        /** @description A named set of a project's users. */
        UserGroup: {
            /**
             * @description The number of policy sets attached to the group.
             * @example 1
             */
            attached_policy_set_count?: number;
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /** @example Agents of the EU support desk. */
            description?: string;
            kind?: components["schemas"]["UserGroupKind"];
            /**
             * @description The number of users in the group.
             * @example 12
             */
            member_count?: number;
            /** @example support-eu */
            name?: string;
            /**
             * Format: uuid
             * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
             */
            project_uuid?: string;
            /**
             * Format: date-time
             * @example 2026-11-20T17:03:41.508Z
             */
            updated_at?: string;
            /**
             * Format: uuid
             * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
             */
            uuid?: string;
            /**
             * @description The group's current version, raised on every change.
             * @example 3
             */
            version?: number;
        };
        /** @description A page of user groups. */
        UserGroupListResponse: {
            quota?: components["schemas"]["UserGroupQuota"];
            /**
             * @description The number of groups in this page.
             * @example 1
             */
            row_count?: number;
            /**
             * @description The number of matching groups across all pages.
             * @example 1
             */
            total_count?: number;
            user_groups?: components["schemas"]["UserGroup"][];
        };
        /** @description A new user group. */
        CreateUserGroupRequest: {
            /** @example Agents of the EU support desk. */
            description?: string;
            /** @example support-eu */
            name: string;
        };
        /** @description A single user group. */
        UserGroupResponse: {
            /**
             * @description The number of policy sets attached to the group.
             * @example 1
             */
            attached_policy_set_count?: number;
            /**
             * Format: date-time
             * @example 2026-11-02T09:15:27.120Z
             */
            created_at?: string;
            /** @example Agents of the EU support desk. */
            description?: string;
            kind?: components["schemas"]["UserGroupKind"];
            /**
             * @description The number of users in the group.
             * @example 12
             */
            member_count?: number;
            /** @example support-eu */
            name?: string;
            /**
             * Format: uuid
             * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
             */
            project_uuid?: string;
            /**
             * Format: date-time
             * @example 2026-11-20T17:03:41.508Z
             */
            updated_at?: string;
            /**
             * Format: uuid
             * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
             */
            uuid?: string;
            /**
             * @description The group's current version; pass it as `expected_version` when updating.
             * @example 3
             */
            version?: number;
        };
        /** @description The user groups one user belongs to. */
        UserMembershipGroupsResponse: {
            user_groups?: components["schemas"]["UserGroup"][];
        };
        /** @description Changes to a user group. */
        UpdateUserGroupRequest: {
            /** @example Agents of the EU and UK support desks. */
            description?: string;
            /**
             * @description The group `version` the change is based on.
             * @example 3
             */
            expected_version: number;
            /** @example support-eu-uk */
            name?: string;
        };
        /** @description A page of users (members of a group, or candidates for it). */
        UserGroupMembersResponse: {
            /**
             * @description The number of users in this page.
             * @example 1
             */
            row_count?: number;
            /**
             * @description The number of matching users across all pages.
             * @example 1
             */
            total_count?: number;
            users?: components["schemas"]["User"][];
        };
        /** @description The users to add to or remove from a group. */
        MutateUserGroupMembersRequest: {
            /**
             * @description The users' UUIDs (the `uuid` of each User, not its `user_id`).
             * @example [
             *       "e3b6d1f4-8c29-4a7e-b5d0-2f91c6a8e7b3",
             *       "4a9c2e71-0f3d-4b68-85e2-d6b1a7c3f902"
             *     ]
             */
            user_uuids: string[];
        };
        /** @description The outcome of a change to a group's members. */
        UserGroupMembershipResponse: {
            /**
             * @description The number of users added.
             * @example 2
             */
            added_count?: number;
            /**
             * @description The number of users left as they were.
             * @example 0
             */
            no_op_count?: number;
            /**
             * @description The number of users removed.
             * @example 0
             */
            removed_count?: number;
        };
        /** @description A Zep project. */
        ProjectInfo: {
            /**
             * Format: uuid
             * @description Identifier of the project.
             * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
             */
            uuid?: string;
            /**
             * @description The project's name.
             * @example Acme Support
             */
            name?: string;
            /**
             * @description The project's description.
             * @example Memory for the Acme customer support assistant.
             */
            description?: string;
            /**
             * @description IANA time zone used for users that have none of their own.
             * @example UTC
             */
            default_time_zone?: string;
            /**
             * Format: date-time
             * @description When the project was created.
             * @example 2026-09-01T12:00:00.000Z
             */
            created_at?: string;
        };
        /** @description Wrapper around the project's details. */
        ProjectInfoResponse: {
            project?: components["schemas"]["ProjectInfo"];
        };
        /** @description Changes to the project. */
        UpdateProjectInfoRequest: {
            /**
             * @description New fallback IANA time zone; null clears it.
             * @example Europe/Berlin
             */
            default_time_zone?: string | null;
        };
        /** @description A kind of observation Zep should derive from the data. */
        ObservationType: {
            /**
             * @description Name of the observation kind.
             * @example preference
             */
            name: string;
            /**
             * @description What observations of this kind capture.
             * @example Stated likes and dislikes of the user, such as preferred contact channels.
             */
            description: string;
        };
        /** @description Guidance for which observations Zep derives from the data. */
        ObservationSteeringConfig: {
            /**
             * @description Free-text guidance for deriving observations.
             * @example Focus on product preferences and recurring support problems.
             */
            instruction?: string;
            /** @description The kinds of observation to derive. */
            types?: components["schemas"]["ObservationType"][];
        };
        /** @description How far a task has got. */
        TaskProgress: {
            /**
             * @description The step the task is in.
             * @example extracting_entities
             */
            stage?: string;
            /**
             * @description A readable note on the progress.
             * @example Processed 12 of 40 messages
             */
            message?: string;
        };
        /** @description Why a task failed. */
        TaskErrorResponse: {
            /**
             * @description Machine-readable error code.
             * @example ingestion_failed
             */
            code?: string;
            /**
             * @description Readable explanation.
             * @example The episode could not be parsed.
             */
            message?: string;
            /**
             * @description Further data about the failure.
             * @example {
             *       "episode_uuid": "e1b2c3d4-5f6a-4b7c-8d9e-0f1a2b3c4d5e"
             *     }
             */
            details?: {
                [key: string]: unknown;
            };
        };
        /** @description The state of a background task. */
        GetTaskResponse: {
            /**
             * @description Identifier of the task.
             * @example 4c1e9f2a-8b3d-4e7a-a5c6-2d9f0b1e3c78
             */
            task_id?: string;
            /**
             * @description What kind of work the task does.
             * @example add_messages
             */
            type?: string;
            /**
             * @description The task's current state.
             * @example completed
             */
            status?: string;
            /**
             * @description The inputs the task was started with.
             * @example {
             *       "thread_id": "thread-5521"
             *     }
             */
            params?: {
                [key: string]: unknown;
            };
            progress?: components["schemas"]["TaskProgress"];
            error?: components["schemas"]["TaskErrorResponse"];
            /**
             * Format: date-time
             * @description When the task was created.
             * @example 2026-11-02T09:16:03.900Z
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When work on the task began.
             * @example 2026-11-02T09:16:04.215Z
             */
            started_at?: string;
            /**
             * Format: date-time
             * @description When the task last changed.
             * @example 2026-11-02T09:16:09.771Z
             */
            updated_at?: string;
            /**
             * Format: date-time
             * @description When the task finished.
             * @example 2026-11-02T09:16:09.771Z
             */
            completed_at?: string;
        };
        /** @description A stored template for rendering context blocks. */
        ContextTemplateResponse: {
            /**
             * Format: uuid
             * @description Zep's identifier of the template.
             * @example 2e6f8a0b-3c5d-4e7f-9a1b-c2d3e4f5a6b7
             */
            uuid?: string;
            /**
             * @description The identifier the application chose for the template.
             * @example support-agent-v2
             */
            template_id?: string;
            /**
             * @description The template text.
             * @example # What we know about the user
             *     %{edges limit=10}
             */
            template?: string;
        };
        /** @description The project's context templates. */
        ListContextTemplatesResponse: {
            /** @description The templates. */
            templates?: components["schemas"]["ContextTemplateResponse"][];
        };
        /** @description A new context template. */
        CreateContextTemplateRequest: {
            /**
             * @description The identifier to give the template.
             * @example support-agent-v2
             */
            template_id: string;
            /**
             * @description The template text.
             * @example # What we know about the user
             *     %{edges limit=10}
             */
            template: string;
        };
        /** @description New content for a context template. */
        UpdateContextTemplateRequest: {
            /**
             * @description The new template text.
             * @example # User facts
             *     %{edges limit=20}
             *     %{entities limit=5}
             */
            template: string;
        };
    };
    responses: {
        /** @description The request was malformed or a value was out of range. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "invalid request: limit must be positive"
                 *     }
                 */
                "application/json": components["schemas"]["APIError"];
            };
        };
        /** @description The server failed; retrying later may succeed. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "internal error"
                 *     }
                 */
                "application/json": components["schemas"]["APIError"];
            };
        };
        /** @description Nothing exists under the identifier given. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "not found"
                 *     }
                 */
                "application/json": components["schemas"]["APIError"];
            };
        };
        /** @description The key's project may not do this, or the plan does not include it. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["APIError"];
            };
        };
        /** @description The request clashes with the current state, e.g. the resource already exists. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "already exists"
                 *     }
                 */
                "application/json": components["schemas"]["APIError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Page number for pagination, starting from 1
                 * @example 1
                 */
                page_number?: number;
                /**
                 * @description Number of sessions to retrieve per page.
                 * @example 10
                 */
                page_size?: number;
                /**
                 * @description Field to order the results by: created_at, updated_at, user_id, session_id.
                 * @example created_at
                 */
                order_by?: "created_at" | "updated_at" | "user_id" | "session_id";
                /**
                 * @description Order direction: true for ascending, false for descending.
                 * @example true
                 */
                asc?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "invalid order_by: must be one of created_at, updated_at, user_id, session_id"
                     *     }
                     */
                    "application/json": components["schemas"]["APIError"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "failed to list sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["APIError"];
                };
            };
        };
    };
    threadListAll: {
        parameters: {
            query?: {
                /**
                 * @description The page to return; the first page is 1.
                 * @example 1
                 */
                page_number?: number;
                /**
                 * @description How many threads one page holds.
                 * @example 20
                 */
                page_size?: number;
                /**
                 * @description The field the threads are sorted on.
                 * @example created_at
                 */
                order_by?: "created_at" | "updated_at" | "user_id" | "thread_id";
                /**
                 * @description Sort ascending when true, descending when false.
                 * @example false
                 */
                asc?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of threads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateThreadRequest"];
            };
        };
        responses: {
            /** @description The thread that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the thread to remove.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadGetUserContext: {
        parameters: {
            query?: {
                /**
                 * @description A context template to render the block with, instead of the default layout.
                 * @example support-agent-v2
                 */
                template_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The thread whose recent messages drive the context lookup.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The context block. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadContextResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadGetEpisodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the thread.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread's episodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadGet: {
        parameters: {
            query?: {
                /**
                 * @description Largest number of messages to return.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description Position to continue from when reading the messages in parts.
                 * @example 1
                 */
                cursor?: number;
                /**
                 * @description Return only this many of the newest messages; takes precedence over limit and cursor.
                 * @example 10
                 */
                lastn?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the thread.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread's messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageListResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadAddMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the thread that receives the messages.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddThreadMessagesRequest"];
            };
        };
        responses: {
            /** @description The messages were accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddThreadMessagesResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
    threadAddMessagesBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the thread that receives the messages.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddThreadMessagesRequest"];
            };
        };
        responses: {
            /** @description The messages were accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddThreadMessagesResponse"];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
    threadGetSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the thread.
                 * @example thread-5521
                 */
                threadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread's summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadSummary"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    threadMessageUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the message to change.
                 * @example 7d3e9b21-4c5a-4f8e-b6d2-0a9c1e7f3b58
                 */
                messageUUID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreadMessageUpdate"];
            };
        };
        responses: {
            /** @description The updated message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userListUserSummaryInstructions: {
        parameters: {
            query?: {
                /**
                 * @description Return the instructions of this user instead of the project defaults.
                 * @example user-2291
                 */
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instructions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUserInstructionsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userAddUserSummaryInstructions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddUserInstructionsRequest"];
            };
        };
        responses: {
            /** @description The instructions were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userDeleteUserSummaryInstructions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteUserInstructionsRequest"];
            };
        };
        responses: {
            /** @description The instructions were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userListOrdered: {
        parameters: {
            query?: {
                /**
                 * @description The page to return; the first page is 1.
                 * @example 1
                 */
                pageNumber?: number;
                /**
                 * @description How many users one page holds.
                 * @example 20
                 */
                pageSize?: number;
                /**
                 * @description Keep only users whose user_id, name or email contains this text.
                 * @example jane
                 */
                search?: string;
                /**
                 * @description The column the users are sorted on.
                 * @example created_at
                 */
                order_by?: "created_at" | "user_id" | "email";
                /**
                 * @description Sort ascending when true, descending when false.
                 * @example true
                 */
                asc?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user_id of the user.
                 * @example user-2291
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user_id of the user to remove.
                 * @example user-2291
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user_id of the user to change.
                 * @example user-2291
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userGetNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user_id of the user.
                 * @example user-2291
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserNodeResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userGetThreads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user_id of the user.
                 * @example user-2291
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's threads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"][];
                };
            };
            500: components["responses"]["InternalServerError"];
        };
    };
    userWarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user_id of the user.
                 * @example user-2291
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hint was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphListCustomInstructions: {
        parameters: {
            query?: {
                /**
                 * @description Return the instructions of this user's graph.
                 * @example user-2291
                 */
                user_id?: string;
                /**
                 * @description Return the instructions of this named graph.
                 * @example graph-kb-01
                 */
                graph_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom instructions in effect for the chosen scope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCustomInstructionsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphAddCustomInstructions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCustomInstructionsRequest"];
            };
        };
        responses: {
            /** @description The instructions were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphDeleteCustomInstructions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCustomInstructionsRequest"];
            };
        };
        responses: {
            /** @description The instructions were removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphListEntityTypes: {
        parameters: {
            query?: {
                /**
                 * @description Return the types defined for this user's graph.
                 * @example user-2291
                 */
                user_id?: string;
                /**
                 * @description Return the types defined for this named graph.
                 * @example graph-kb-01
                 */
                graph_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity types and edge types in effect for the chosen scope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityTypeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphSetEntityTypesInternal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntityTypeRequest"];
            };
        };
        responses: {
            /** @description The ontology was replaced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDataRequest"];
            };
        };
        responses: {
            /** @description The episode created for the data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphAddBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDataBatchRequest"];
            };
        };
        responses: {
            /** @description The episodes created, one per item of the request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphAddFactTriple: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTripleRequest"];
            };
        };
        responses: {
            /** @description The edge and nodes written, with the id of the background task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddTripleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphClone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneGraphRequest"];
            };
        };
        responses: {
            /** @description The id of the copy and of the task that fills it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloneGraphResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGraphRequest"];
            };
        };
        responses: {
            /** @description The new graph. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphGetEpisodesForDocument: {
        parameters: {
            query: {
                /**
                 * @description The graph holding the document.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            header?: never;
            path: {
                /**
                 * @description The document id given when the episodes were added.
                 * @example doc-handbook-2026
                 */
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document's episodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphListAll: {
        parameters: {
            query?: {
                /**
                 * @description The page to return, counting from 1.
                 * @example 1
                 */
                pageNumber?: number;
                /**
                 * @description Graphs per page, 1 to 100; 50 when omitted (an explicit 0 is rejected).
                 * @example 50
                 */
                pageSize?: number;
                /**
                 * @description Text matched against graph id, name and description (at most 200 characters).
                 * @example support
                 */
                search?: string;
                /**
                 * @description The field to sort by.
                 * @example created_at
                 */
                order_by?: "created_at" | "graph_id" | "name";
                /**
                 * @description True to sort ascending, false for descending.
                 * @example false
                 */
                asc?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of graphs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphAddNodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNodesRequest"];
            };
        };
        responses: {
            /** @description The accepted nodes with their new UUIDs, and the id of the background task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddNodesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphDetectPatterns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetectPatternsRequest"];
            };
        };
        responses: {
            /** @description The patterns found and statistics about the run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectPatternsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphSearchQuery"];
            };
        };
        responses: {
            /** @description The search results of the requested scope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphSearchResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphGetSubgraph: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphSubgraphRequest"];
            };
        };
        responses: {
            /** @description The nodes and edges of the subgraph. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphSubgraphResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the named graph.
                 * @example graph-kb-01
                 */
                graphId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graph. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the named graph.
                 * @example graph-kb-01
                 */
                graphId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graph was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the named graph.
                 * @example graph-kb-01
                 */
                graphId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGraphRequest"];
            };
        };
        responses: {
            /** @description The graph after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphWarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the named graph.
                 * @example graph-kb-01
                 */
                graphId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hint was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEdgeGetByGraphId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphEdgesRequest"];
            };
        };
        responses: {
            /** @description One page of edges. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityEdge"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEdgeGetByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the user whose graph is read.
                 * @example user-2291
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphEdgesRequest"];
            };
        };
        responses: {
            /** @description One page of edges. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityEdge"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEdgeGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the edge.
                 * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edge. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityEdge"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEdgeDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the edge.
                 * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edge was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEdgeUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the edge.
                 * @example 3b1f7c9e-8f21-4d8a-9d7e-2c5a0f6b1e44
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEdgeRequest"];
            };
        };
        responses: {
            /** @description The edge after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityEdge"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeGetByGraphId: {
        parameters: {
            query?: {
                /**
                 * @description How many of the most recent episodes to return.
                 * @example 10
                 */
                lastn?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most recent episodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeListByGraphId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphEpisodeListRequest"];
            };
        };
        responses: {
            /** @description One page of episodes. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeGetByUserId: {
        parameters: {
            query?: {
                /**
                 * @description How many of the most recent episodes to return.
                 * @example 10
                 */
                lastn?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Identifier of the user whose graph is read.
                 * @example user-2291
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most recent episodes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeListByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the user whose graph is read.
                 * @example user-2291
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphEpisodeListRequest"];
            };
        };
        responses: {
            /** @description One page of episodes. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the episode.
                 * @example 7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The episode. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the episode.
                 * @example 7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The episode was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the episode.
                 * @example 7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEpisodeRequest"];
            };
        };
        responses: {
            /** @description The episode after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Episode"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphEpisodeGetNodesAndEdges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the episode.
                 * @example 7e0a9b3c-2d4f-4c61-9a8e-5b1d3f7c2a90
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nodes and edges taken from the episode. */
            200: {
                headers: {
                    /**
                     * @description Set when the server capped the result, so the list is incomplete.
                     * @example true
                     */
                    "Zep-Truncated"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeMentions"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeGetByGraphId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphNodesRequest"];
            };
        };
        responses: {
            /** @description One page of nodes. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityNode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeGetByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the user whose graph is read.
                 * @example user-2291
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphNodesRequest"];
            };
        };
        responses: {
            /** @description One page of nodes. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityNode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeGetEdges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the node.
                 * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
                 */
                node_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edges touching the node. */
            200: {
                headers: {
                    /**
                     * @description Set when the server capped the result, so the list is incomplete.
                     * @example true
                     */
                    "Zep-Truncated"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityEdge"][];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeGetEpisodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the node.
                 * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
                 */
                node_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The episodes mentioning the node. */
            200: {
                headers: {
                    /**
                     * @description Set when the server capped the result, so the list is incomplete.
                     * @example true
                     */
                    "Zep-Truncated"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpisodeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeGetNeighbors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the node.
                 * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
                 */
                node_uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphNodeNeighborsRequest"];
            };
        };
        responses: {
            /** @description One page of neighbors. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphNodeNeighbor"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the node.
                 * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityNode"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the node.
                 * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphNodeUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the node.
                 * @example c4d2a8f0-5e17-4b9c-a3d6-81f0e2b7c955
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNodeRequest"];
            };
        };
        responses: {
            /** @description The node after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityNode"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphObservationGetByGraphId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphObservationsRequest"];
            };
        };
        responses: {
            /** @description One page of observations. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DerivedNode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphObservationGetByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the user whose graph is read.
                 * @example user-2291
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphObservationsRequest"];
            };
        };
        responses: {
            /** @description One page of observations. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DerivedNode"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphObservationGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the observation node.
                 * @example 5f8e2c1a-9b7d-4e3f-8a6c-1d2e3f4a5b6c
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The observation node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DerivedNode"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphThreadSummaryGetByGraphId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphThreadSummariesRequest"];
            };
        };
        responses: {
            /** @description One page of thread summaries. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphThreadSummaryGetByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the user whose graph is read.
                 * @example user-2291
                 */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphThreadSummariesRequest"];
            };
        };
        responses: {
            /** @description One page of thread summaries. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    graphDocumentSummaryGetByGraphId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the graph.
                 * @example graph-kb-01
                 */
                graph_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GraphDocumentSummariesRequest"];
            };
        };
        responses: {
            /** @description One page of document summaries. */
            200: {
                headers: {
                    /**
                     * @description Cursor for the next page; send it back as the body's `cursor`. Absent on the last page.
                     * @example eyJvcmRlcl9ieSI6InV1aWQiLCJsYXN0IjoiM2IxZjdjOWUifQ
                     */
                    "Zep-Next-Cursor"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchList: {
        parameters: {
            query?: {
                /**
                 * @description The largest number of batches to return.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example 1042
                 */
                cursor?: number;
                /**
                 * @description Return only batches in this status.
                 * @example processing
                 */
                status?: components["schemas"]["BatchStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of batches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApidataCreateBatchRequest"];
            };
        };
        responses: {
            /** @description The new draft batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch's identifier.
                 * @example 7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch's identifier.
                 * @example 7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchListItems: {
        parameters: {
            query?: {
                /**
                 * @description The largest number of items to return.
                 * @example 50
                 */
                limit?: number;
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example 50
                 */
                cursor?: number;
                /**
                 * @description Return only items in this status.
                 * @example failed
                 */
                status?: components["schemas"]["BatchItemStatus"];
            };
            header?: never;
            path: {
                /**
                 * @description The batch's identifier.
                 * @example 7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of batch items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchItemListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch's identifier.
                 * @example 7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApidataAddBatchItemsRequest"];
            };
        };
        responses: {
            /** @description The items that were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchItemDetail"][];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    batchProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The batch's identifier.
                 * @example 7d4e2a91-3c5b-4f80-9a16-b2e8c0d4f573
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch, now queued for processing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    userGroupListPolicySets: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attached policy sets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachedPolicySetsResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    userGroupAttachPolicySet: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachPolicySetRequest"];
            };
        };
        responses: {
            /** @description The attached policy sets, including the new one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachedPolicySetsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    userGroupDetachPolicySet: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
                /**
                 * @description The policy set's UUID.
                 * @example 2c7a5e90-1d4b-4f38-9e6a-b3f0c8d2a751
                 */
                policySetUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy sets still attached. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachedPolicySetsResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    userGroupList: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
                /**
                 * @description The page to return, starting from 1.
                 * @example 1
                 */
                pageNumber: number;
                /**
                 * @description The number of entries per page.
                 * @example 20
                 */
                pageSize: number;
                /**
                 * @description Return only groups whose name matches this text.
                 * @example support
                 */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
        };
    };
    userGroupCreate: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserGroupRequest"];
            };
        };
        responses: {
            /** @description The new user group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    userGroupListForUser: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user's UUID (the `uuid` of a User, not its `user_id`).
                 * @example e3b6d1f4-8c29-4a7e-b5d0-2f91c6a8e7b3
                 */
                userUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups the user belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserMembershipGroupsResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    userGroupGet: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    userGroupDelete: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    userGroupUpdate: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserGroupRequest"];
            };
        };
        responses: {
            /** @description The updated user group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    userGroupListMembers: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
                /**
                 * @description The page to return, starting from 1.
                 * @example 1
                 */
                pageNumber: number;
                /**
                 * @description The number of entries per page.
                 * @example 20
                 */
                pageSize: number;
                /**
                 * @description Return only users matching this text.
                 * @example jane
                 */
                search?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupMembersResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    userGroupAddMembers: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MutateUserGroupMembersRequest"];
            };
        };
        responses: {
            /** @description How many users were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupMembershipResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    userGroupRemoveMembers: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MutateUserGroupMembersRequest"];
            };
        };
        responses: {
            /** @description How many users were removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupMembershipResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    userGroupListMemberCandidates: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
                /**
                 * @description The page to return, starting from 1.
                 * @example 1
                 */
                pageNumber: number;
                /**
                 * @description The number of entries per page.
                 * @example 20
                 */
                pageSize: number;
                /**
                 * @description Return only users matching this text.
                 * @example jane
                 */
                search?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users that can be added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupMembersResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    userGroupRemoveMember: {
        parameters: {
            query: {
                /**
                 * @description The UUID of the project.
                 * @example 9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d
                 */
                projectId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user group's UUID.
                 * @example 6e1f9a3c-4b27-4d85-a0c3-8f2e7b15d964
                 */
                groupUUID: string;
                /**
                 * @description The user's UUID (the `uuid` of a User, not its `user_id`).
                 * @example e3b6d1f4-8c29-4a7e-b5d0-2f91c6a8e7b3
                 */
                userUUID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many users were removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupMembershipResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    projectGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectInfoResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    projectUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectInfoRequest"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectInfoResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    projectGetObservationSteering: {
        parameters: {
            query?: {
                /**
                 * @description Return the steering in effect for this user.
                 * @example user-2291
                 */
                user_id?: string;
                /**
                 * @description Return the steering in effect for this graph.
                 * @example graph-kb-01
                 */
                graph_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The steering configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationSteeringConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    projectSetObservationSteering: {
        parameters: {
            query?: {
                /**
                 * @description Set the override of this user.
                 * @example user-2291
                 */
                user_id?: string;
                /**
                 * @description Set the override of this graph.
                 * @example graph-kb-01
                 */
                graph_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObservationSteeringConfig"];
            };
        };
        responses: {
            /** @description The steering configuration now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationSteeringConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    taskGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the task.
                 * @example 4c1e9f2a-8b3d-4e7a-a5c6-2d9f0b1e3c78
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaskResponse"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    contextListContextTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListContextTemplatesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    contextCreateContextTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContextTemplateRequest"];
            };
        };
        responses: {
            /** @description The template that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalServerError"];
        };
    };
    contextGetContextTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the template.
                 * @example support-agent-v2
                 */
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    contextUpdateContextTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the template to change.
                 * @example support-agent-v2
                 */
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContextTemplateRequest"];
            };
        };
        responses: {
            /** @description The updated template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContextTemplateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    contextDeleteContextTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Identifier of the template to remove.
                 * @example support-agent-v2
                 */
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
