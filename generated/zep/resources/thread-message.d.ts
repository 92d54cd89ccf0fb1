// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { Message, ThreadMessageUpdate } from "../models.d.ts";
import type { paths } from "../types.d.ts";
/** Parameters of {@link ThreadMessageResource.update}: `PATCH /messages/{messageUUID}`: the properties of the `application/json` body. */
export type ThreadMessageUpdateParams = ThreadMessageUpdate;

/**
 * Single messages of a thread.
 *
 * `client.thread.message`.
 */
export declare class ThreadMessageResource {
  #private;
  /** @internal Created by its parent resource. */
  constructor(transport: Transport);
  /**
   * Update a message
   *
   * Replaces the metadata stored on one message.
   *
   * `PATCH /messages/{messageUUID}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param messageUUID - UUID of the message to change.
   * @param params - Parameters, by their wire names.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  update(messageUUID: string, params: ThreadMessageUpdateParams, options?: RequestOptions): ApiCall<Message>;
}
