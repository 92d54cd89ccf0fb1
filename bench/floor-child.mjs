// The floor of one generation, run as its own process on the Node being measured: read and parse the
// input files (JSON.parse or the `yaml` package's parse, as ours reads them), then write `bytes` bytes in
// `files` files into a fresh folder. Prints {"parseMs", "writeMs"} on stdout; its wall time, measured from
// outside, adds Node's start-up to the two. parseMs includes loading the YAML parser (loadMs, also printed).
// Usage: node bench/floor-child.mjs <outDir> <bytes> <files> <input>...
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const [outDir, bytesArg, filesArg, ...inputs] = process.argv.slice(2);
const bytes = Number(bytesArg);
const files = Number(filesArg);
const started = performance.now();
const { parse } = inputs.some((file) => !file.endsWith(".json")) ? await import("yaml") : { parse: undefined };
const loaded = performance.now();
let kept = 0;
for (const file of inputs) {
  const text = readFileSync(file, "utf8");
  const document = file.endsWith(".json") ? JSON.parse(text) : parse(text);
  kept += typeof document === "object" && document !== null ? 1 : 0;
}
const parsed = performance.now();
if (files > 0) {
  mkdirSync(outDir, { recursive: true });
  const each = Math.floor(bytes / files);
  for (let i = 0; i < files; i++) {
    const size = i === files - 1 ? bytes - each * (files - 1) : each;
    writeFileSync(join(outDir, `file-${i}.ts`), "x".repeat(size));
  }
}
const written = performance.now();
console.log(JSON.stringify({ parseMs: parsed - started, loadMs: loaded - started, writeMs: written - parsed, documents: kept }));
