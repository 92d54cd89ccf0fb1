// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./thread-message.d.ts"

const threadMessageUpdateOperation = {
  id: "threadMessageUpdate",
  method: "PATCH",
  path: "/messages/{messageUUID}",
  params: [{ key: "messageUUID", name: "messageUUID", in: "path" }],
  body: { mediaType: "application/json", flat: true, encoding: "json", required: true },
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

export class ThreadMessageResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  update(messageUUID, params, options) {
    return this.#transport.call(threadMessageUpdateOperation, { ...params, messageUUID }, options);
  }
}
