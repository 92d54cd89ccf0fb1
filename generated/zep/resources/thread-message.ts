// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import { jsonBody } from "../runtime/encode-body.ts";
import type { OperationSpec } from "../runtime/operation.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { Message, ThreadMessageUpdate } from "../models.d.ts";

const threadMessageUpdateOperation: OperationSpec = {
  id: "threadMessageUpdate",
  method: "PATCH",
  path: "/messages/{messageUUID}",
  params: [{ key: "messageUUID", name: "messageUUID", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: jsonBody, required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};
/** Parameters of {@link ThreadMessageResource.update}: `PATCH /messages/{messageUUID}`: the properties of the `application/json` body. */
export type ThreadMessageUpdateParams = ThreadMessageUpdate;

/**
 * Single messages of a thread.
 *
 * `client.thread.message`.
 */
export class ThreadMessageResource {
  readonly #transport: Transport;

  /** @internal Created by its parent resource. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

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
  update(messageUUID: string, params: ThreadMessageUpdateParams, options?: RequestOptions): ApiCall<Message> {
    return this.#transport.call<Message>(threadMessageUpdateOperation, { ...params, messageUUID }, options);
  }
}
