// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * The runtime's public surface, re-exported by every generated client's index.
 */
export { ApiCall, type WithResponse } from "./api-call.ts";
export type { FetchOptions } from "./attempt.ts";
export { EventStream, type StreamEvent } from "./event-stream.ts";
export { ItemStream } from "./item-stream.ts";
export type { Logger, LogLevel } from "./log.ts";
export {
  AbortError,
  ClientError,
  ConnectionError,
  RequestBuildError,
  ResponseError,
  ResponseParseError,
  StatusError,
  StreamEventError,
  TimeoutError,
} from "./errors.ts";
export { PagedCall } from "./paginate.ts";
export type { ClientOptions, RequestOptions } from "./transport.ts";
