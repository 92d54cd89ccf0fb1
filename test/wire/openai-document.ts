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

/**
 * The same document as OpenAPI 3.2, with Chat Completions' stream declared
 * the 3.2 way: its `text/event-stream` media type gives an `itemSchema` (an
 * event whose `data` is JSON of `CreateChatCompletionStreamResponse`) in
 * place of the `schema` written before 3.2.
 */
export async function openaiAs32WithItemSchema(): Promise<string> {
  const lines = (await openaiWithStreaming()).split("\n");
  const version = lines.findIndex((line) => /^openapi: 3\.1\.\d+$/.test(line));
  if (version === -1) throw new Error("openai-api.yaml is no longer OpenAPI 3.1");
  lines[version] = "openapi: 3.2.0";
  const at = lines.findIndex((line) => line.trim() === "operationId: createChatCompletion");
  const media = lines.findIndex((line, i) => i > at && line.trim() === "text/event-stream:");
  // After the terminator added above: the media type's `schema` and its `$ref`.
  const schema = lines.findIndex((line, i) => i > media && line.trim() === "schema:");
  const ref = lines[schema + 1]?.trim();
  if (media === -1 || schema !== media + 2 || ref !== '$ref: "#/components/schemas/CreateChatCompletionStreamResponse"') {
    throw new Error("createChatCompletion's text/event-stream no longer has the expected schema");
  }
  const indent = /^\s*/.exec(lines[schema]!)![0];
  lines.splice(
    schema,
    2,
    ...[
      "itemSchema:",
      "  type: object",
      "  required: [data]",
      "  properties:",
      "    data:",
      "      type: string",
      "      contentMediaType: application/json",
      "      contentSchema:",
      '        $ref: "#/components/schemas/CreateChatCompletionStreamResponse"',
    ].map((line) => indent + line),
  );
  return lines.join("\n");
}
