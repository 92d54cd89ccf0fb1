// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import type { ApiCall } from "../runtime/api-call.ts";
import type { OperationSpec } from "../runtime/operation.ts";
import type { RequestOptions, Transport } from "../runtime/transport.ts";
import type { GetTaskResponse } from "../models.d.ts";

const taskGetOperation: OperationSpec = {
  id: "taskGet",
  method: "GET",
  path: "/tasks/{task_id}",
  params: [{ key: "taskId", name: "task_id", in: "path" }],
  security: [["ApiKeyAuth"]],
  responses: { "200": { kind: "json", shape: "object" } },
  errors: ["404", "500"],
};

/**
 * Background tasks started by other calls.
 *
 * `client.task`.
 */
export class TaskResource {
  readonly #transport: Transport;

  /** @internal Created by the client. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Get a task
   *
   * Returns the state of a background task, such as the ingestion of added data.
   *
   * `GET /tasks/{task_id}`
   *
   * Await it for the body; `.withResponse()` also gives the `Response`.
   * @param taskId - Identifier of the task.
   * @param options - Per-call signal, timeout, retries and headers.
   */
  get(taskId: string, options?: RequestOptions): ApiCall<GetTaskResponse> {
    return this.#transport.call<GetTaskResponse>(taskGetOperation, { taskId }, options);
  }
}
