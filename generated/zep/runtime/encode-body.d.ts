// Generated from spec/zep.yaml by wiregen. Do not edit.
/**
 * Request bodies by encoding: JSON, URL-encoded forms, multipart, binary and
 * text. Multipart never sets `Content-Type` by hand: fetch writes it with the
 * boundary it chose.
 */
import type { BodySpec } from "./operation.js";
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** The Content-Type to send, or undefined to let fetch decide (multipart, Blob). */
  readonly contentType: string | undefined;
  /** False for a stream: it can be sent once, so the request cannot be retried. */
  readonly replayable: boolean;
}
/** Encodes `value` as the spec's media type says. */
export declare function encodeBody(spec: BodySpec, value: unknown): EncodedBody;
