// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { StatusError, type StatusErrorClass } from "./runtime/errors.ts";
import type { StatusErrors } from "./runtime/read-response.ts";
import type { APIError } from "./models.d.ts";

/** The server answered with a status that is not 2xx. Statuses the spec documents have their own subclass with a typed `body`; others arrive as this class. */
export class ZepError<TBody = unknown> extends StatusError<TBody> {}

/** The server answered 400 (Bad Request). */
export class BadRequestError extends ZepError<APIError> {}

/** The server answered 403 (The key's project may not do this, or the plan does not include it.). */
export class ForbiddenError extends ZepError<APIError> {}

/** The server answered 404 (Nothing exists under the identifier given.). */
export class NotFoundError extends ZepError<APIError> {}

/** The server answered 409 (The request clashes with the current state, e.g. the resource already exists.). */
export class ConflictError extends ZepError<APIError> {}

/** The server answered 500 (Internal Server Error). */
export class InternalServerError extends ZepError<APIError> {}

/** Which class each status becomes. */
export const statusErrors: StatusErrors = {
  base: ZepError as StatusErrorClass,
  byStatus: {
    "400": BadRequestError as StatusErrorClass,
    "403": ForbiddenError as StatusErrorClass,
    "404": NotFoundError as StatusErrorClass,
    "409": ConflictError as StatusErrorClass,
    "500": InternalServerError as StatusErrorClass,
  },
};
