// Kubb as its docs set it up for TypeScript types and a fetch client: plugin-oas, plugin-ts and
// plugin-client with the fetch client. The bench passes the spec and the output folder in BENCH_SPEC
// and BENCH_OUT.
import { defineConfig } from "@kubb/core";
import { pluginClient } from "@kubb/plugin-client";
import { pluginOas } from "@kubb/plugin-oas";
import { pluginTs } from "@kubb/plugin-ts";

export default defineConfig({
  root: process.cwd(),
  input: { path: process.env.BENCH_SPEC },
  // No format or lint hook: neither prettier nor biome is installed beside it (with them it would also spawn them).
  output: { path: process.env.BENCH_OUT, clean: true, format: false, lint: false },
  plugins: [pluginOas(), pluginTs(), pluginClient({ client: "fetch" })],
});
