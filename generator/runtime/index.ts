/**
 * The runtime's public surface, re-exported by every generated client's index.
 */
export { ApiCall, type WithResponse } from "./api-call.js";
export type { FetchOptions } from "./attempt.js";
export { EventStream, type StreamEvent } from "./event-stream.js";
export { ItemStream } from "./item-stream.js";
export type { Logger, LogLevel } from "./log.js";
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
} from "./errors.js";
export { PagedCall } from "./paginate.js";
export type { ClientOptions, RequestOptions } from "./transport.js";
