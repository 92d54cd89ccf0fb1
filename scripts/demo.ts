/**
 * `npm run demo`: the generated Zep client against a local Prism mock of
 * `spec/zep.yaml`. Starts Prism on 127.0.0.1 and a free port, awaits the first
 * page of `client.memory.listSessions()`, walks every session with
 * `for await`, prints them as a table and always stops Prism (on success,
 * failure and Ctrl-C). Needs no API key, environment variable or network.
 * Exit codes: 0 ok, 1 failure, 130 interrupted.
 */
import { fileURLToPath } from "node:url";
import { ZepClient, type Session } from "../generated/zep/index.js";
import { startPrism, type PrismServer } from "../test/support/prism.js";

/** A made-up key: Prism only checks that the `Authorization` header is there. */
const DEMO_API_KEY = "z_demo_0000000000000000";
const SPEC_PATH = "spec/zep.yaml";
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The columns shown for each session. */
interface SessionRow {
  session_id: string;
  user_id: string;
  created_at: string;
  updated_at: string;
  ended_at: string;
  metadata: string;
}

function toRow(session: Session): SessionRow {
  return {
    session_id: session.session_id,
    user_id: session.user_id ?? "—",
    created_at: session.created_at,
    updated_at: session.updated_at,
    ended_at: session.ended_at ?? "(open)",
    metadata: session.metadata === null ? "—" : JSON.stringify(session.metadata),
  };
}

/** A plain-text table: a header, a rule, one line per row, columns padded to fit. */
function formatTable(rows: readonly SessionRow[]): string {
  const columns = ["session_id", "user_id", "created_at", "updated_at", "ended_at", "metadata"] as const;
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    line(columns),
    line(widths.map((width) => "─".repeat(width))),
    ...rows.map((row) => line(columns.map((column) => row[column]))),
  ].join("\n");
}

async function run(signal: AbortSignal): Promise<void> {
  let prism: PrismServer | undefined;
  try {
    console.log(`Starting Prism for ${SPEC_PATH}…`);
    prism = await startPrism({ specPath: SPEC_PATH, cwd: REPO_ROOT, signal, startupTimeoutMs: 30_000 });
    console.log(`Prism is listening on ${prism.baseUrl} (ready in ${prism.startupMs} ms)\n`);

    const client = new ZepClient({
      apiKey: DEMO_API_KEY,
      baseUrl: prism.baseUrl,
      timeoutMs: 5_000,
      maxRetries: 1,
    });
    const params = { page_size: 10, order_by: "created_at", asc: true } as const;

    // The first page, with the HTTP response alongside.
    const { data: page, response } = await client.memory
      .listSessions({ ...params, page_number: 1 }, { signal })
      .withResponse();
    const url = new URL(response.url);
    console.log(
      `GET ${url.pathname}${url.search} → ${response.status}: ` +
        `${page.response_count} of ${page.total_count} sessions on the first page`,
    );

    // Every session, page after page, until the reported total is reached.
    const rows: SessionRow[] = [];
    for await (const session of client.memory.listSessions(params, { signal })) {
      rows.push(toRow(session));
    }
    console.log(`for await over listSessions() walked ${rows.length} sessions:\n`);
    console.log(formatTable(rows));
  } catch (error) {
    if (prism !== undefined && !signal.aborted) {
      const tail = prism.output().trimEnd().split("\n").slice(-15).join("\n");
      console.error(`\nPrism's last output:\n${tail}`);
    }
    throw error;
  } finally {
    if (prism !== undefined) {
      await prism.stop();
      console.log("\nPrism stopped.");
    }
  }
}

/** `Name: message`, then each distinct message down the `cause` chain (where fetch hides ECONNREFUSED). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const causes: string[] = [];
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
    const text = "code" in cause && typeof cause.code === "string" ? `${cause.code}: ${cause.message}` : cause.message;
    if (!error.message.includes(cause.message) && !causes.includes(text)) causes.push(text);
  }
  return `${error.name}: ${error.message}${causes.map((text) => ` ← ${text}`).join("")}`;
}

async function main(): Promise<number> {
  const controller = new AbortController();
  const onSigint = (): void => {
    console.error("\nInterrupted; stopping Prism…");
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  try {
    await run(controller.signal);
    return 0;
  } catch (error) {
    if (controller.signal.aborted) return 130;
    console.error(`\ndemo failed: ${describeError(error)}`);
    return 1;
  } finally {
    process.removeListener("SIGINT", onSigint);
    process.removeListener("SIGTERM", onSigint);
  }
}

process.exitCode = await main();
