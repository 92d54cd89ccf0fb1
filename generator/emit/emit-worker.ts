/**
 * Where the emit stage's two heavy libraries run besides ts-morph (which
 * always runs on the main thread): openapi-typescript with its TypeScript for
 * `types.d.ts`, and prettier for the rare file with a line too wide for our
 * printers.
 *
 * A small document's types are built on the main thread: a helper thread
 * costs a second TypeScript heap and its own start-up (about 50 ms of CPU and
 * 45 MB on the one-operation spec), more than the overlap gains on two cores
 * in a single run; a watcher pays that once and gains on every save.
 * A big one's go to a helper thread, where openapi-typescript's transform (the
 * longest step on GitHub's document) runs beside ts-morph; when the input file
 * alone shows the document is big, the thread starts at once and loads its
 * libraries while the main thread reads the document. prettier gets a thread
 * of its own on first use only.
 *
 * A worker can only load JavaScript: when this module is itself running as
 * TypeScript (tests, tsx), there are no workers and the main thread does it all.
 */
import * as nodeModule from "node:module";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { enableCompileCacheHere } from "./compile-cache.js";
import { emitTypes, loadTypeEmitter } from "./emit-types.js";
import { formatSource } from "./format-files.js";
import { newTypesMemo } from "./types-memo.js";

const WORKER_TAG = "wiregen:emit";

/**
 * Documents whose JSON text is longer than this get their types on a helper thread. Measured on
 * Node 24 with two cores: below it (the Zep spec is 0.4 MB) the main thread alone is faster.
 */
export const TYPES_THREAD_MIN_JSON = 2_000_000;

/** `longLived`: the thread serves many runs, so its types keep what the next run may reuse (types-memo.ts). */
type Job = { tag: string; job: "types" | "format"; longLived: boolean };
type Files = Array<[string, string]>;
type Reply = { text: string } | { files: Files } | { error: string };

export interface EmitHelper {
  /** Builds `types.d.ts` for the document written as `json` (JSON text crosses to a thread cheaper than an object graph). */
  types(json: string): Promise<string>;
  /** Formats every file with prettier. */
  format(sources: ReadonlyMap<string, string>): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export interface EmitHelperOptions {
  /** Start the types thread now: the input is known to be big (see `TYPES_THREAD_MIN_JSON`). */
  readonly bigInput?: boolean;
  /**
   * Every document's types on the thread, started now: the helper serves many runs (watch mode), so the
   * thread's start-up is paid once, and each run's types are built beside the main thread's emitting.
   */
  readonly longLived?: boolean;
}

async function formatInline(sources: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, text] of sources) out.set(path, await formatSource(text));
  return out;
}

/**
 * The types built on this thread, once it is next free (after the work it is doing now): the caller
 * asks for them as soon as the document is loaded, and a thread of its own would start at once.
 */
function typesHere(json: string): Promise<string> {
  // A copy, as a types thread gets: openapi-typescript changes the document it is given (emit-types.ts).
  return new Promise<void>((resolve) => setImmediate(resolve)).then(() => emitTypes(JSON.parse(json)));
}

/** Sends `message` to `worker` and resolves with its next reply. */
function ask(worker: Worker, message: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number): void => reject(new Error(`an emit worker exited with code ${code}`));
    worker.once("message", (reply: Reply) => {
      worker.off("error", reject).off("exit", onExit);
      resolve(reply);
    });
    worker.once("error", reject).once("exit", onExit);
    worker.postMessage(message);
  });
}

function unwrap<T extends Reply>(reply: Reply, key: "text" | "files"): T {
  if ("error" in reply) throw new Error(reply.error);
  if (!(key in reply)) throw new Error(`the emit worker sent no ${key}`);
  return reply as T;
}

/** The emit helper: threads are started when first needed (or at once for a big input) and closed by `close`. */
export function startEmitHelper(options: EmitHelperOptions = {}): EmitHelper {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith(".js")) {
    return { types: typesHere, format: formatInline, close: async () => undefined };
  }
  const threads = new Map<Job["job"], Worker>();
  const thread = (job: Job["job"]): Worker => {
    let worker = threads.get(job);
    if (worker === undefined) {
      const longLived = options.longLived === true;
      worker = new Worker(self, { workerData: { tag: WORKER_TAG, job, longLived } satisfies Job });
      threads.set(job, worker);
    }
    return worker;
  };
  // Node 20 has no built-in compile cache; its launcher's v8-compile-cache compiles whatever the main
  // thread require()s as CommonJS, and openapi-typescript requires ES-module-only packages. So there
  // the types always get a thread (as every run did before this choice existed).
  const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === "function";
  const typesOnThread = options.bigInput === true || options.longLived === true || !hasCompileCache;
  if (typesOnThread) thread("types");
  return {
    types: async (json) => {
      if (!threads.has("types") && json.length < TYPES_THREAD_MIN_JSON) return typesHere(json);
      return unwrap<{ text: string }>(await ask(thread("types"), json), "text").text;
    },
    format: async (sources) =>
      new Map(unwrap<{ files: Files }>(await ask(thread("format"), [...sources]), "files").files),
    close: async () => {
      await Promise.all([...threads.values()].map((worker) => worker.terminate()));
    },
  };
}

if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG) {
  // Before the libraries load: they are most of a small run's time, and the same every run.
  enableCompileCacheHere();
  const port = parentPort!;
  const fail = (error: unknown): void =>
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  if ((workerData as Job).job === "types") {
    // Load now, while the main thread reads the document and loads ts-morph.
    loadTypeEmitter();
    // This thread's own: a one-off run's thread keeps nothing, as it makes the types once.
    const memo = (workerData as Job).longLived ? newTypesMemo() : undefined;
    port.on("message", (json: string) => {
      emitTypes(JSON.parse(json), memo).then((text) => port.postMessage({ text } satisfies Reply), fail);
    });
  } else {
    const ready = formatSource("export {};\n");
    port.on("message", (files: Files) => {
      ready
        .then(() => formatInline(new Map(files)))
        .then((out) => port.postMessage({ files: [...out] } satisfies Reply), fail);
    });
  }
}
