// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
import { Transport, type ClientOptions } from "./runtime/transport.ts";
import { definition } from "./definition.ts";
import { MemoryResource } from "./resources/memory.ts";
import { ThreadResource } from "./resources/thread.ts";
import { UserResource } from "./resources/user.ts";
import { GraphResource } from "./resources/graph.ts";
import { BatchResource } from "./resources/batch.ts";
import { UserGroupResource } from "./resources/user-group.ts";
import { ProjectResource } from "./resources/project.ts";
import { TaskResource } from "./resources/task.ts";
import { ContextResource } from "./resources/context.ts";

/** Options for {@link ZepClient}. */
export interface ZepClientOptions extends ClientOptions {
  /**
   * Your project's API key, sent as `Authorization: Api-Key <key>`.
   *
   * Defaults to the `ZEP_API_KEY` environment variable.
   */
  apiKey?: string | undefined;
}

/**
 * Zep API
 *
 * Zep's memory API: users, threads of messages, and the knowledge graphs
 * Zep builds from them. This file is the root of the document; each area
 * of the API lives in its own file under `spec/zep/`, joined here by
 * `$ref`. Add operations there and run `npm run generate` to extend the
 * client in `generated/zep/`.
 *
 * Client for `https://api.getzep.com/api/v2`. Requests time out after 60 s per attempt and retryable failures are retried twice; both are options.
 * @example
 * ```ts
 * const client = new ZepClient({ apiKey: "…" });
 * await client.memory.listSessions();
 * ```
 */
export class ZepClient {
  /**
   * Sessions and the memory stored in them.
   *
   * Operations tagged `memory`.
   */
  readonly memory: MemoryResource;
  /**
   * Threads of messages between a user and an assistant, and the context Zep derives from them.
   *
   * `client.thread`.
   */
  readonly thread: ThreadResource;
  /**
   * The users whose threads and graphs Zep keeps.
   *
   * `client.user`.
   */
  readonly user: UserResource;
  /**
   * Knowledge graphs, the data added to them, and searches over them.
   *
   * `client.graph`.
   */
  readonly graph: GraphResource;
  /**
   * Batches of data to add to graphs in one go, processed in the background.
   *
   * `client.batch`.
   */
  readonly batch: BatchResource;
  /**
   * Groups of users and the access policies attached to them.
   *
   * `client.userGroup`.
   */
  readonly userGroup: UserGroupResource;
  /**
   * Settings of the project the API key belongs to.
   *
   * `client.project`.
   */
  readonly project: ProjectResource;
  /**
   * Background tasks started by other calls.
   *
   * `client.task`.
   */
  readonly task: TaskResource;
  /**
   * Templates that shape the context block returned for a thread.
   *
   * `client.context`.
   */
  readonly context: ContextResource;

  constructor(options: ZepClientOptions = {}) {
    const transport = new Transport(definition, options);
    this.memory = new MemoryResource(transport);
    this.thread = new ThreadResource(transport);
    this.user = new UserResource(transport);
    this.graph = new GraphResource(transport);
    this.batch = new BatchResource(transport);
    this.userGroup = new UserGroupResource(transport);
    this.project = new ProjectResource(transport);
    this.task = new TaskResource(transport);
    this.context = new ContextResource(transport);
  }
}
