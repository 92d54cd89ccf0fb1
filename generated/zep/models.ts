// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { components } from "./types.js";
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
