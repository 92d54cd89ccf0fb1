/**
 * A second thread for the two heavy emit jobs: openapi-typescript (started
 * first, it is the longest single step on big documents) and then a share of
 * the prettier work, taken from the same queue the main thread formats from.
 * On two cores this roughly halves emit time for large specs.
 *
 * A worker can only load JavaScript: when this module is itself running as
 * TypeScript (tests, tsx), there is no worker and the main thread does it all.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { emitTypes } from "./emit-types.js";
import { formatSource } from "./format-files.js";

const WORKER_TAG = "wiregen:emit";

type Request = { id: number; format: string };
type Reply = { id: number; text?: string; error?: string };

export interface EmitHelper {
  /** Resolves with `types.ts`. */
  readonly types: Promise<string>;
  /** Formats `text` on the helper thread, or undefined when there is none. */
  readonly format: ((text: string) => Promise<string>) | undefined;
  close(): Promise<void>;
}

/** Starts building `types.ts` for `document`, on a worker thread when one can be used. */
export function startEmitHelper(document: unknown): EmitHelper {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith(".js")) {
    return { types: emitTypes(document), format: undefined, close: async () => undefined };
  }
  const worker = new Worker(self, { workerData: { tag: WORKER_TAG, json: JSON.stringify(document) } });
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const failAll = (error: Error): void => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.text !== undefined) waiter?.resolve(reply.text);
    else waiter?.reject(new Error(reply.error ?? "the emit worker failed"));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the emit worker exited with code ${code}`)));
  const call = (id: number, message?: Request): Promise<string> =>
    new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (message !== undefined) worker.postMessage(message);
    });
  // Id 0 is the types job, started by the worker as soon as it loads.
  const types = call(0);
  return {
    types,
    format: (text) => {
      const id = nextId++;
      return call(id, { id, format: text });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/**
 * Formats every file, the main thread and the helper each taking the next
 * file from one queue (largest first), so neither waits while work remains.
 * The helper joins once `types.ts` is done.
 */
export async function formatAll(
  sources: ReadonlyMap<string, string>,
  helper: EmitHelper,
): Promise<Map<string, string>> {
  const queue = [...sources].sort(([, a], [, b]) => b.length - a.length);
  const out = new Map<string, string>();
  const drain = async (format: (text: string) => Promise<string>): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) out.set(item[0], await format(item[1]));
  };
  const remote = helper.format;
  await Promise.all([
    drain(formatSource),
    remote === undefined
      ? undefined
      : helper.types.then(
          () => drain(remote),
          () => undefined,
        ),
  ]);
  return out;
}

if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG) {
  const port = parentPort!;
  const reply = (id: number, work: Promise<string>): void => {
    work.then(
      (text) => port.postMessage({ id, text } satisfies Reply),
      (error: unknown) =>
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    );
  };
  port.on("message", (request: Request) => reply(request.id, formatSource(request.format)));
  reply(0, emitTypes(JSON.parse((workerData as { json: string }).json)));
}
