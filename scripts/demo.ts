/**
 * `npm run demo`: the generated Zep client against a local Prism mock of
 * `spec/zep.yaml`. Starts Prism on 127.0.0.1 and a free port, then walks a
 * realistic flow (add a user, create a thread, add messages, get the user's
 * context, list threads over two pages), prints each step and the threads as
 * tables, and always stops Prism (on success, failure and Ctrl-C). Needs no
 * API key, environment variable or network.
 * Exit codes: 0 ok, 1 failure, 130 interrupted.
 */
import { fileURLToPath } from "node:url";
import { ZepClient } from "../generated/zep/index.js";
import { startPrism, type PrismServer } from "../test/support/prism.js";

/** A made-up key: Prism only checks that the `Authorization` header is there. */
const DEMO_API_KEY = "z_demo_0000000000000000";
const SPEC_PATH = "spec/zep.yaml";
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A plain-text table: a header, a rule, one line per row, columns padded to fit. */
function formatTable<K extends string>(columns: readonly K[], rows: ReadonlyArray<Readonly<Record<K, string>>>): string {
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

/** Shortens a value for a table cell. */
function cell(value: unknown, max = 48): string {
  const text = value === undefined || value === null ? "—" : typeof value === "string" ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

type Step = Record<"call" | "request" | "status" | "result", string>;

/** A fetch that remembers the last request line and status, for the steps table. */
function recordingFetch(last: { request: string; status: string }): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const response = await fetch(request);
    last.request = `${request.method} ${url.pathname}${url.search}`;
    last.status = String(response.status);
    return response;
  };
}

async function run(signal: AbortSignal): Promise<void> {
  let prism: PrismServer | undefined;
  try {
    console.log(`Starting Prism for ${SPEC_PATH}…`);
    prism = await startPrism({ specPath: SPEC_PATH, cwd: REPO_ROOT, signal, startupTimeoutMs: 30_000 });
    console.log(`Prism is listening on ${prism.baseUrl} (ready in ${prism.startupMs} ms)\n`);

    const last = { request: "", status: "" };
    const zep = new ZepClient({
      apiKey: DEMO_API_KEY,
      baseUrl: prism.baseUrl,
      timeoutMs: 5_000,
      maxRetries: 1,
      fetch: recordingFetch(last),
    });
    const steps: Step[] = [];
    const step = async <T>(call: string, send: () => PromiseLike<T>, describe: (result: T) => string): Promise<T> => {
      const result = await send();
      steps.push({ call, request: last.request, status: last.status, result: cell(describe(result), 60) });
      return result;
    };
    const options = { signal };

    const user = await step(
      'user.add({ user_id: "ada", … })',
      () => zep.user.add({ user_id: "ada", email: "ada@example.com", first_name: "Ada", last_name: "Lovelace" }, options),
      (u) => `user ${u.user_id} (${[u.first_name, u.last_name].filter(Boolean).join(" ")})`,
    );
    const thread = await step(
      'thread.create({ thread_id: "support-1", … })',
      () => zep.thread.create({ thread_id: "support-1", user_id: user.user_id ?? "ada" }, options),
      (t) => `thread ${t.thread_id} of ${t.user_id}`,
    );
    const threadId = thread.thread_id ?? "support-1";
    await step(
      `thread.addMessages("${threadId}", { messages })`,
      () =>
        zep.thread.addMessages(
          threadId,
          {
            messages: [
              { role: "user", name: "Ada", content: "My order #1042 arrived damaged." },
              { role: "assistant", name: "Support", content: "Sorry to hear that. A replacement is on its way." },
            ],
          },
          options,
        ),
      (added) => `${added.message_uuids?.length ?? 0} message UUIDs returned`,
    );
    const context = await step(
      `thread.getUserContext("${threadId}")`,
      () => zep.thread.getUserContext(threadId, {}, options),
      (c) => c.context ?? "(no context)",
    );
    console.log(formatTable(["call", "request", "status", "result"], steps));
    console.log(`\nThe user context block (${context.context?.length ?? 0} characters):\n${context.context ?? ""}\n`);

    // Two pages of threads: .pages() requests one page at a time, and the loop stops after the second.
    const rows: Array<Record<"page" | "thread_id" | "user_id" | "created_at", string>> = [];
    let pageNumber = 0;
    for await (const page of zep.thread.listAll({ page_size: 2, order_by: "created_at", asc: true }, options).pages()) {
      pageNumber += 1;
      for (const t of page.threads ?? []) {
        rows.push({ page: String(pageNumber), thread_id: cell(t.thread_id), user_id: cell(t.user_id), created_at: cell(t.created_at) });
      }
      console.log(`${last.request} → ${last.status}: ${page.threads?.length ?? 0} threads of ${page.total_count ?? "?"}`);
      if (pageNumber === 2) break;
    }
    console.log(`\n${formatTable(["page", "thread_id", "user_id", "created_at"], rows)}`);
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
