// Generated from spec/zep.yaml by wiregen. Do not edit.
import type { ApiCall } from "../runtime/api-call.js";
import type { RequestOptions, Transport } from "../runtime/transport.js";
import type { GetTaskResponse } from "../models.d.ts";
import type { paths } from "../types.d.ts";

/**
 * Background tasks started by other calls.
 *
 * `client.task`.
 */
export declare class TaskResource {
  #private;
  /** @internal Created by the client. */
  constructor(transport: Transport);
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
  get(taskId: string, options?: RequestOptions): ApiCall<GetTaskResponse>;
}
