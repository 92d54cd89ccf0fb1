// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * The runtime's public surface, re-exported by every generated client's index.
 */
export { ApiCall, type WithResponse } from "./api-call.ts";
export {
  AbortError,
  ClientError,
  ConnectionError,
  RequestBuildError,
  ResponseError,
  ResponseParseError,
  StatusError,
  TimeoutError,
} from "./errors.ts";
export { PagedCall } from "./paginate.ts";
export type { ClientOptions, RequestOptions } from "./transport.ts";
