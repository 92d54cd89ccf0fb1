// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * The errors a generated client throws. Every one extends `ClientError`, so one
 * `instanceof` check catches anything the client raised; `ResponseError` is
 * everything that came with a response (status and headers). HTTP status errors
 * extend `StatusError`; each generated client subclasses it once per documented
 * status so callers can branch on the class and get a body typed from the spec.
 */

/** Root of every error thrown by the client. */
export class ClientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server answered, but not with what the caller wanted: the status and headers are here. */
export class ResponseError extends ClientError {
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;

  constructor(status: number, headers: Headers, message: string) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** The server answered with a non-2xx status. */
export class StatusError<TBody = unknown> extends ResponseError {
  /** The response body: parsed JSON when it was JSON, otherwise its text. */
  readonly body: TBody;

  constructor(status: number, headers: Headers, body: TBody, message: string) {
    super(status, headers, message);
    this.body = body;
  }
}

/** The request never got an HTTP answer: DNS, refused connection, reset, TLS. */
export class ConnectionError extends ClientError {}

/** An attempt took longer than `timeoutMs`. Retried like a connection error. */
export class TimeoutError extends ConnectionError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `signal` aborted the request. Never retried. */
export class AbortError extends ClientError {}

/** A 2xx response whose body is not what the spec says it is. */
export class ResponseParseError extends ResponseError {
  /** The raw body text, as received. */
  readonly text: string;

  constructor(status: number, headers: Headers, text: string, message: string) {
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
  readonly data: unknown;
  /** The event's `id` field, when the stream set one. */
  readonly id: string | undefined;

  constructor(status: number, headers: Headers, data: unknown, id: string | undefined, message: string) {
    super(status, headers, message);
    this.data = data;
    this.id = id;
  }
}

/** The request could not be built: a missing credential, a bad parameter. Nothing was sent. */
export class RequestBuildError extends ClientError {}

/** A class the runtime instantiates for a status error. */
export type StatusErrorClass = new (
  status: number,
  headers: Headers,
  body: unknown,
  message: string,
) => StatusError<unknown>;
