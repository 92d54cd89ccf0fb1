/**
 * The corpus's OpenAI document with the streaming extensions it lacks, added
 * as text (so every other line keeps its place): `x-stream-parameter: stream`
 * on the operations that stream when their body says `stream: true`, and
 * `x-stream-terminator: "[DONE]"` on Chat Completions' `text/event-stream`,
 * the sentinel OpenAI documents for that endpoint only.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CORPUS } from "../corpus/documents.js";

export const OPENAI_DOCUMENT = join(CORPUS, "openai-api.yaml");

/** Operations whose JSON or stream answer the body's boolean `stream` chooses. */
export const STREAMING_OPERATIONS = ["createChatCompletion", "createResponse", "createImage"] as const;

/** The operations whose stream ends with `data: [DONE]`. */
const TERMINATED = new Set(["createChatCompletion"]);

/** The document's text with the extensions added; throws if the document no longer looks as expected. */
export async function openaiWithStreaming(): Promise<string> {
  const lines = (await readFile(OPENAI_DOCUMENT, "utf8")).split("\n");
  for (const id of STREAMING_OPERATIONS) {
    const at = lines.findIndex((line) => line.trim() === `operationId: ${id}`);
    if (at === -1) throw new Error(`openai-api.yaml has no operation ${id}`);
    const indent = /^\s*/.exec(lines[at]!)![0];
    lines.splice(at + 1, 0, `${indent}x-stream-parameter: stream`);
    if (!TERMINATED.has(id)) continue;
    // The operation's `text/event-stream` media type: the first one after its operationId.
    const media = lines.findIndex((line, i) => i > at && line.trim() === "text/event-stream:");
    if (media === -1) throw new Error(`${id} has no text/event-stream response`);
    const mediaIndent = /^\s*/.exec(lines[media]!)![0];
    lines.splice(media + 1, 0, `${mediaIndent}  x-stream-terminator: "[DONE]"`);
  }
  return lines.join("\n");
}
