/**
 * Loaded with `node --import` before the CLI, to measure it: on exit, prints
 * the process's peak resident memory as `peak-rss-kb: <n>` on stderr, for
 * tests that bound what a run may use (`process.exit` still runs `exit` handlers).
 */
import { writeSync } from "node:fs";

process.on("exit", () => {
  writeSync(2, `peak-rss-kb: ${process.resourceUsage().maxRSS}\n`);
});
