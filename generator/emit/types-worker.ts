/**
 * Running `emitTypes` on a worker thread, so openapi-typescript (the longest
 * step on big documents) runs on the second core while the main thread emits
 * the client with ts-morph and formats it. The document crosses as JSON text,
 * which is cheaper to send than a structured clone of its object graph.
 *
 * A worker can only load JavaScript: when this module is itself running as
 * TypeScript (tests, tsx), the work is done in-thread instead.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { emitTypes } from "./emit-types.js";

const WORKER_TAG = "wiregen:types";

/** Starts building `types.ts` for `document`; resolves with its text. */
export function emitTypesConcurrently(document: unknown): Promise<string> {
  const self = new URL(import.meta.url);
  if (!self.pathname.endsWith(".js")) return emitTypes(document);
  const json = JSON.stringify(document);
  return new Promise((resolve, reject) => {
    const worker = new Worker(self, { workerData: { tag: WORKER_TAG, json } });
    let settled = false;
    worker.once("message", (message: { text?: string; error?: string }) => {
      settled = true;
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(message.error ?? "the types worker failed"));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the types worker exited with code ${code}`));
    });
  });
}

if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG) {
  const { json } = workerData as { json: string };
  emitTypes(JSON.parse(json)).then(
    (text) => parentPort?.postMessage({ text }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
