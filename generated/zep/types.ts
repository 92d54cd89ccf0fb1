// Generated from spec/zep.yaml by wiregen. Do not edit.
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
    };
    responses: never;
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
}
