// Generated from spec/zep.yaml by wiregen. Do not edit.
export { ZepClient, type ZepClientOptions } from "./client.js";
export { ZepError, BadRequestError, InternalServerError } from "./errors.js";
export { MemoryResource, type ListSessionsParams } from "./resources/memory.js";
export type { SessionListResponse, Session, FactRatingInstruction, FactRatingExamples, APIError } from "./models.js";
export type { paths, components, operations, webhooks } from "./types.js";
export * from "./runtime/index.js";
