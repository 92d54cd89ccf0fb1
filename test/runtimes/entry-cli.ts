/**
 * Runs the suite in a command-line runtime and prints one line,
 * `RUNTIME-SUITE {"runtime":…,"results":[…]}`, to stdout:
 *
 *   node --import tsx test/runtimes/entry-cli.ts <baseUrl>     (Node 20: needs a TypeScript loader)
 *   node test/runtimes/entry-cli.ts <baseUrl>                  (Node ≥ 23.6: type stripping)
 *   deno run --allow-net=127.0.0.1 test/runtimes/entry-cli.ts <baseUrl>
 *   bun test/runtimes/entry-cli.ts <baseUrl>
 *
 * It never calls exit: the process must end by itself once the suite is done,
 * so a timer or socket the client left behind shows up as a process that hangs.
 */
import { runSuite } from "./suite.ts";

interface Host {
  Deno?: { args: string[]; version: { deno: string } };
  Bun?: { version: string };
  process?: { argv: string[]; versions: { node?: string }; features?: { typescript?: string | false } };
}

const host = globalThis as Host;

/** `deno 2.9.6`, `bun 1.4.5`, `node 24.22.3 (typescript: strip)`. Deno and Bun also define `process`: ask them first. */
function runtimeName(): string {
  if (host.Deno !== undefined) return `deno ${host.Deno.version.deno}`;
  if (host.Bun !== undefined) return `bun ${host.Bun.version}`;
  const typescript = host.process?.features?.typescript;
  return `node ${host.process?.versions.node ?? "?"}${typeof typescript === "string" ? ` (typescript: ${typescript})` : ""}`;
}

const args = host.Deno !== undefined ? host.Deno.args : (host.process?.argv.slice(2) ?? []);
const baseUrl = args[0];
if (baseUrl === undefined) {
  console.log(`RUNTIME-SUITE ${JSON.stringify({ runtime: runtimeName(), fatal: "usage: entry-cli.ts <baseUrl>" })}`);
} else {
  try {
    const results = await runSuite(baseUrl);
    console.log(`RUNTIME-SUITE ${JSON.stringify({ runtime: runtimeName(), results })}`);
  } catch (error) {
    const fatal = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.log(`RUNTIME-SUITE ${JSON.stringify({ runtime: runtimeName(), fatal })}`);
  }
}
