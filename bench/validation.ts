/**
 * What runtime validation costs beside the `JSON.parse` it follows, measured
 * with the Zep client's own validators: `spec/zep.yaml` is generated with
 * `validate: "all"` into node_modules/.cache/wiregen/bench-validation/ (see
 * scripts/validated-zep-client.ts), and its `schemas.ts` checks a
 * `thread.listAll` answer of 50 threads (`ThreadListResponse`, every property
 * of `Thread` filled) and, second, a page of 50 messages
 * (`MessageListResponse`: an enum by reference, a bounded object, dates).
 * Parse, `issues()` and `["~standard"].validate` take turns, round after
 * round (the order rotating, so neither always runs on a warmer cache), and
 * each is the median of its rounds. The target: validating a response costs
 * less than parsing it, so checking responses does not change what a call
 * costs.
 *
 *   npx tsx bench/validation.ts
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Validator } from "../generator/runtime/schema.js";
import { writeValidatedZepClient } from "../scripts/validated-zep-client.js";

const ROUNDS = 21;
const PER_ROUND = 1_000;
const ITEMS = 50;

/** The part of the generated `schemas.ts` measured. */
interface ZepSchemas {
  readonly ThreadListResponse: Validator<unknown>;
  readonly MessageListResponse: Validator<unknown>;
}

/** A uuid whose last group is `n`, so each item differs as in a real page. */
const uuid = (prefix: string, n: number): string => `${prefix}-${n.toString(16).padStart(12, "0")}`;

/** One thread as Zep answers it: every property `Thread` declares. */
function thread(n: number): unknown {
  return {
    uuid: uuid("5e2c8a41-9b7d-4f36-a1e0", n),
    thread_id: `thread-${5500 + n}`,
    user_id: `user-${2200 + (n % 7)}`,
    user_uuid: uuid("0f4b7c2e-6d18-4a93-8e5b", n % 7),
    graph_uuid: uuid("a8d1f3c5-2b4e-4c6a-9e8f", n % 7),
    project_uuid: "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d",
    created_at: `2026-11-${String(1 + (n % 28)).padStart(2, "0")}T09:15:${String(n % 60).padStart(2, "0")}.120Z`,
  };
}

function message(n: number): unknown {
  return {
    uuid: uuid("7d3e9b21-4c5a-4f8e-b6d2", n),
    role: n % 2 === 0 ? "user" : "assistant",
    name: n % 2 === 0 ? "Jane" : "Assistant",
    content: `Message ${n}: a sentence or two of the kind a conversation holds, to give the parser some text.`,
    metadata: n % 3 === 0 ? {} : { source: "web", index: n },
    processed: true,
    created_at: "2026-11-02T12:34:56.789Z",
  };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)] ?? 0;
}

/** Microseconds per call of each of `runs` in each round; the runs take turns within a round. */
function measure(runs: readonly (() => unknown)[]): number[][] {
  const rounds = runs.map((): number[] => []);
  for (const run of runs) for (let i = 0; i < PER_ROUND; i++) run();
  for (let round = 0; round < ROUNDS; round++) {
    for (let turn = 0; turn < runs.length; turn++) {
      const which = (round + turn) % runs.length;
      const run = runs[which]!;
      const start = performance.now();
      for (let i = 0; i < PER_ROUND; i++) run();
      rounds[which]!.push(((performance.now() - start) * 1000) / PER_ROUND);
    }
  }
  return rounds;
}

interface Row {
  readonly response: string;
  readonly bytes: number;
  /** Medians, µs per call. */
  readonly parse: number;
  readonly issues: number;
  readonly standard: number;
  /** `~standard.validate` ÷ parse within each round (the pair ran back to back, so load on the machine cancels out): quartiles. */
  readonly ratio: { readonly low: number; readonly median: number; readonly high: number };
}

function measureResponse(response: string, validator: Validator<unknown>, body: unknown): Row {
  const text = JSON.stringify(body);
  const parsed: unknown = JSON.parse(text);
  // A bench of a failing value would time the issue reports, not the common case.
  const found = validator.issues(parsed);
  if (found.length > 0) throw new Error(`${response}: the bench's own response should be valid: ${found[0]?.message}`);
  const validate = validator["~standard"].validate;
  const [parse = [], issues = [], standard = []] = measure([
    () => JSON.parse(text),
    () => validator.issues(parsed),
    () => validate(parsed),
  ]);
  const ratios = standard.map((time, round) => time / (parse[round] ?? Number.NaN));
  return {
    response,
    bytes: text.length,
    parse: quantile(parse, 0.5),
    issues: quantile(issues, 0.5),
    standard: quantile(standard, 0.5),
    ratio: { low: quantile(ratios, 0.25), median: quantile(ratios, 0.5), high: quantile(ratios, 0.75) },
  };
}

const clientDir = await writeValidatedZepClient("bench-validation", "all");
const schemas = (await import(pathToFileURL(join(clientDir, "schemas.ts")).href)) as ZepSchemas;
const threads = Array.from({ length: ITEMS }, (_, i) => thread(i));
const messages = Array.from({ length: ITEMS }, (_, i) => message(i));
const rows = [
  measureResponse(`ThreadListResponse, ${ITEMS} threads`, schemas.ThreadListResponse, {
    threads,
    total_count: 57,
    response_count: ITEMS,
  }),
  measureResponse(`MessageListResponse, ${ITEMS} messages`, schemas.MessageListResponse, {
    messages,
    row_count: ITEMS,
    total_count: ITEMS,
    thread_created_at: "2026-11-02T09:15:27.120Z",
    user_id: "user-2291",
    user_uuid: "0f4b7c2e-6d18-4a93-8e5b-b1c2d3e4f5a6",
  }),
];

const µs = (n: number): string => `${n.toFixed(1)} µs`.padStart(9);
console.log(`Zep client generated with validate "all" in ${clientDir}`);
console.log(`median of ${ROUNDS} rounds of ${PER_ROUND} calls each; Node ${process.versions.node}\n`);
for (const row of rows) {
  const { low, median, high } = row.ratio;
  console.log(`${row.response} (${row.bytes} bytes of JSON)`);
  console.log(`  JSON.parse            ${µs(row.parse)}`);
  console.log(`  issues()              ${µs(row.issues)}`);
  console.log(`  ~standard.validate    ${µs(row.standard)}`);
  console.log(`  validate ÷ parse      ${median.toFixed(2)} (rounds' quartiles ${low.toFixed(2)}–${high.toFixed(2)})`);
}
const [threadRow] = rows;
if (threadRow !== undefined) {
  const { low, median, high } = threadRow.ratio;
  // Three quarters of the rounds on one side of 1 settles it; otherwise the two are too close to call here.
  const verdict = high < 1 ? "target met" : low > 1 ? "target missed" : "too close to call";
  console.log(
    `\n${verdict}: validation < JSON.parse of the same response ` +
      `(${threadRow.response}: validate ÷ parse ${median.toFixed(2)}, quartiles ${low.toFixed(2)}–${high.toFixed(2)})`,
  );
}
