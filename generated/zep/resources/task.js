// Generated from spec/zep.yaml by wiregen. Do not edit.
// @ts-self-types="./task.d.ts"

const taskGetOperation = {
  id: "taskGet",
  method: "GET",
  path: "/tasks/{task_id}",
  params: [{ key: "taskId", name: "task_id", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

export class TaskResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  get(taskId, options) {
    return this.#transport.call(taskGetOperation, { taskId }, options);
  }
}
