/**
 * What a client generated with validation (`validate` in the config) does
 * when a payload does not match its schema: the two errors it throws, and the
 * handler the client's definition names (`validation: payloadValidation`) so
 * that a client generated without validation carries none of this file.
 */
import { ClientError, ResponseError } from "./errors.js";
import type { ValidationIssue } from "./operation.js";
import type { ValidationHandler } from "./transport.js";

/** How many issues an error's message lists; `issues` holds them all. */
const LISTED = 3;

function describe(issues: readonly ValidationIssue[]): string {
  const listed = issues.slice(0, LISTED).map((i) => `${i.pointer === "" ? "(root)" : i.pointer}: ${i.message}`);
  const more = issues.length - listed.length;
  return `${listed.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}

/** A 2xx response whose body does not match the spec's schema. The parsed body is `data`; the response itself is `response`. */
export class ResponseValidationError extends ResponseError {
  /** Every difference found, each with its JSON pointer, what was expected and what was received. */
  readonly issues: readonly ValidationIssue[];
  /** The parsed body, as received. */
  readonly data: unknown;
  /** The response (its body already read). */
  readonly response: Response;

  constructor(response: Response, data: unknown, issues: readonly ValidationIssue[], message: string) {
    super(response.status, response.headers, message);
    this.issues = issues;
    this.data = data;
    this.response = response;
  }
}

/** A request body that does not match the spec's schema. Nothing was sent. */
export class RequestValidationError extends ClientError {
  /** Every difference found, each with its JSON pointer, what was expected and what was received. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], message: string) {
    super(message);
    this.issues = issues;
  }
}

/** The handler of every generated client with validation. */
export const payloadValidation: ValidationHandler = {
  response: (op, response, data, issues) =>
    new ResponseValidationError(
      response,
      data,
      issues,
      `${op.method} ${op.path} answered ${response.status} with a body that does not match the spec: ${describe(issues)}`,
    ),
  request: (op, issues) =>
    new RequestValidationError(
      issues,
      `${op.id}: the request body does not match the spec: ${describe(issues)}. No request was sent.`,
    ),
};
