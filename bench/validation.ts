/**
 * What a runtime validator costs beside the `JSON.parse` it follows: a
 * 50-item list response (a page of messages: ids, enums, a date-time, a
 * nullable object, an array of strings) is parsed and validated many times,
 * and the two medians are compared. The goal is validation well under the
 * parse, so checking responses does not change what a call costs.
 *
 *   npx tsx bench/validation.ts
 */
import { defineSchema, type Validator } from "../generator/runtime/schema.js";

const ROUNDS = 15;
const PER_ROUND = 1_000;

const Message: Validator<unknown> = defineSchema("Message", {
  type: "object",
  properties: {
    uuid: { type: "string", format: "uuid" },
    role: { enum: ["user", "assistant", "system"] },
    content: { type: "string" },
    created_at: { type: "string", format: "date-time" },
    metadata: { type: ["object", "null"] },
    token_count: { type: "integer", minimum: 0 },
    processed: { type: "boolean" },
    tags: { type: "array", items: { type: "string" } },
  },
  required: ["uuid", "role", "content"],
});

const MessageList = defineSchema("MessageList", {
  type: "object",
  properties: {
    messages: { type: "array", items: () => Message },
    total_count: { type: "integer" },
    next_cursor: { anyOf: [{ type: "string" }, { type: "null" }] },
  },
  required: ["messages"],
});

function message(index: number): unknown {
  return {
    uuid: `123e4567-e89b-12d3-a456-4266141740${String(index).padStart(2, "0")}`,
    role: index % 2 === 0 ? "user" : "assistant",
    content: `Message ${index}: a sentence or two of the kind a conversation holds, to give the parser some text.`,
    created_at: "2024-05-01T12:34:56.789Z",
    metadata: index % 3 === 0 ? null : { source: "web", index },
    token_count: 20 + index,
    processed: true,
    tags: ["support", "billing"],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Microseconds per call of `run`, median over the rounds. */
function measure(run: () => void): number {
  for (let i = 0; i < PER_ROUND; i++) run();
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < PER_ROUND; i++) run();
    rounds.push(((performance.now() - start) * 1000) / PER_ROUND);
  }
  return median(rounds);
}

const text = JSON.stringify({ messages: Array.from({ length: 50 }, (_, i) => message(i)), total_count: 50, next_cursor: null });
const value: unknown = JSON.parse(text);
if (MessageList.issues(value).length > 0) throw new Error("the benchmark's own response should be valid");

const parse = measure(() => JSON.parse(text));
const validate = measure(() => MessageList.issues(value));
console.log(`response: ${text.length} bytes, 50 items`);
console.log(`JSON.parse  ${parse.toFixed(1)} µs`);
console.log(`validate    ${validate.toFixed(1)} µs (${((validate / parse) * 100).toFixed(0)}% of the parse)`);
