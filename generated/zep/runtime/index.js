// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./index.d.ts"
/**
 * The runtime's public surface, re-exported by every generated client's index.
 */
export { ApiCall } from "./api-call.js";
export { EventStream } from "./event-stream.js";
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
