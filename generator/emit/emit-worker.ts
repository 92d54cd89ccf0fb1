/**
 * Two helper threads for the emit stage, so its three heavy loads run side by
 * side instead of one after another: openapi-typescript with TypeScript (the
 * `types.ts` job, also the longest step on big documents), prettier (the
 * format job, which warms up while the main thread builds the client with
 * ts-morph), and ts-morph itself on the main thread. On two cores this takes
 * the start-up of a small spec from three loads in a row to about one and a half.
 *
 * A worker can only load JavaScript: when this module is itself running as
 * TypeScript (tests, tsx), there are no workers and the main thread does it all.
 */
import { register } from "node:module";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { enableCompileCacheHere } from "./compile-cache.js";
import { emitTypes, loadTypeEmitter } from "./emit-types.js";
import { formatSource } from "./format-files.js";

const WORKER_TAG = "wiregen:emit";

type Job = { tag: string; job: "types" | "format" };
type Files = Array<[string, string]>;
type Reply = { text: string } | { files: Files } | { error: string };

export interface EmitHelper {
  /** Builds `types.ts` for `document`. */
  types(document: unknown): Promise<string>;
  /** Formats every file with prettier. */
  format(sources: ReadonlyMap<string, string>): Promise<Map<string, string>>;
  close(): Promise<void>;
}

async function formatInline(sources: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, text] of sources) out.set(path, await formatSource(text));
  return out;
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

/** Starts the helper threads; they load their libraries at once, while the main thread loads ts-morph. */
export function startEmitHelper(): EmitHelper {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith(".js")) {
    return { types: emitTypes, format: formatInline, close: async () => undefined };
  }
  const typesWorker = new Worker(self, { workerData: { tag: WORKER_TAG, job: "types" } satisfies Job });
  const formatter = new Worker(self, { workerData: { tag: WORKER_TAG, job: "format" } satisfies Job });
  return {
    // The document crosses as JSON text, which is cheaper to send than a structured clone of its object graph.
    types: async (document) => unwrap<{ text: string }>(await ask(typesWorker, JSON.stringify(document)), "text").text,
    format: async (sources) => new Map(unwrap<{ files: Files }>(await ask(formatter, [...sources]), "files").files),
    close: async () => {
      await Promise.all([typesWorker.terminate(), formatter.terminate()]);
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
    // Before openapi-typescript is imported: its import of TypeScript then goes through require().
    register(new URL("./load-hooks.js", import.meta.url));
    // Load now, while the main thread loads ts-morph.
    const ready = loadTypeEmitter();
    port.on("message", (json: string) => {
      ready.then(() => emitTypes(JSON.parse(json))).then((text) => port.postMessage({ text } satisfies Reply), fail);
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
