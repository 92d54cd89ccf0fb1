/**
 * The runtime measurement in a process of its own, so it runs on the Node the bench chooses (Node 24, and the
 * machine's Node 20): `node --import tsx bench/runtime-child.ts`, with BENCH_REQUESTS and BENCH_RUNS; progress goes
 * to stderr, the result to stdout as one JSON line.
 */
import { fileURLToPath } from "node:url";
import { measureRuntime } from "./runtime.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const result = await measureRuntime({
  repoRoot,
  requests: Number(process.env["BENCH_REQUESTS"] ?? "2000"),
  runs: Number(process.env["BENCH_RUNS"] ?? "3"),
  log: (line) => console.error(line),
});
console.log(JSON.stringify(result));
