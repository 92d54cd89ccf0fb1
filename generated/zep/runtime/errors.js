// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./errors.d.ts"
/**
 * The errors a generated client throws. Every one extends `ClientError`, so one
 * `instanceof` check catches anything the client raised; `ResponseError` is
 * everything that came with a response (status and headers). HTTP status errors
 * extend `StatusError`; each generated client subclasses it once per documented
 * status so callers can branch on the class and get a body typed from the spec.
 */
/** Root of every error thrown by the client. */
export class ClientError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
}
/** The server answered, but not with what the caller wanted: the status and headers are here. */
export class ResponseError extends ClientError {
  /** The HTTP status code. */
  status;
  /** The response headers. */
  headers;
  constructor(status, headers, message) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}
/** The server answered with a non-2xx status. */
export class StatusError extends ResponseError {
  /** The response body: parsed JSON when it was JSON, otherwise its text. */
  body;
  constructor(status, headers, body, message) {
    super(status, headers, message);
    this.body = body;
  }
}
/** The request never got an HTTP answer: DNS, refused connection, reset, TLS. */
export class ConnectionError extends ClientError {}
/** An attempt took longer than `timeoutMs`. Retried like a connection error. */
export class TimeoutError extends ConnectionError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  timeoutMs;
  constructor(message, timeoutMs) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}
/** The caller's `signal` aborted the request. Never retried. */
export class AbortError extends ClientError {}
/** A 2xx response whose body is not what the spec says it is. */
export class ResponseParseError extends ResponseError {
  /** The raw body text, as received. */
  text;
  constructor(status, headers, text, message) {
    super(status, headers, message);
    this.text = text;
  }
}
/**
 * The server sent an `error` event in the middle of a stream (it had already
 * answered 2xx, so the failure could not be a status). `data` is the event's
 * data, parsed as JSON when the stream's data is JSON and it parses.
 */
export class StreamEventError extends ResponseError {
  data;
  /** The event's `id` field, when the stream set one. */
  id;
  constructor(status, headers, data, id, message) {
    super(status, headers, message);
    this.data = data;
    this.id = id;
  }
}
/** The request could not be built: a missing credential, a bad parameter. Nothing was sent. */
export class RequestBuildError extends ClientError {}
