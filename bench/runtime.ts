/**
 * Runtime overhead of the generated Zep client: sequential
 * `client.memory.listSessions({ page_size: 10 })` calls against a local stub
 * server, against bare `fetch` with the same URL, method and headers (learned
 * from the client's first request) plus `response.json()`. Both loops run in
 * this process, interleaved per round (the order alternates), after a warm-up
 * round; the ratio is paired by round.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { median } from "./stats.js";

export interface RuntimeResult {
  readonly requests: number;
  readonly clientMs: readonly number[];
  readonly fetchMs: readonly number[];
  /** Median over rounds of client time / bare fetch time. */
  readonly ratio: number;
  readonly request: string;
  /** The Node it ran on ("24", "20"), when run through measureRuntimeOn. */
  readonly node?: string;
}

export interface RuntimeOptions {
  readonly repoRoot: string;
  readonly requests: number;
  readonly runs: number;
  readonly log: (line: string) => void;
}

interface ZepLike {
  readonly memory: { listSessions(params: { page_size: number }): PromiseLike<unknown> };
}
type ZepConstructor = new (options: { apiKey: string; baseUrl: string; fetch?: typeof fetch }) => ZepLike;

interface SeenRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
}

async function startServer(repoRoot: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "bench", "stub-server.ts")], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const port = (JSON.parse(line) as { port?: number }).port;
    if (port !== undefined) return { child, baseUrl: `http://127.0.0.1:${port}` };
  }
  throw new Error("the stub server exited before listening");
}

async function loadClient(repoRoot: string): Promise<ZepConstructor> {
  const js = join(repoRoot, "generated", "zep", "index.js");
  const entry = existsSync(js) ? js : join(repoRoot, "generated", "zep", "index.ts");
  const module = (await import(pathToFileURL(entry).href)) as { ZepClient?: ZepConstructor };
  if (module.ZepClient === undefined) throw new Error(`${entry} exports no ZepClient`);
  return module.ZepClient;
}

/** Calls the client once through a recording fetch to learn exactly what it sends. */
async function learnRequest(ZepClient: ZepConstructor, baseUrl: string): Promise<SeenRequest> {
  const seen: SeenRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push({ url: request.url, method: request.method, headers: Object.fromEntries(request.headers) });
    return fetch(input, init);
  };
  await new ZepClient({ apiKey: "k", baseUrl, fetch: recording }).memory.listSessions({ page_size: 10 });
  const first = seen[0];
  if (first === undefined) throw new Error("the client sent no request");
  return first;
}

async function timeLoop(requests: number, call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < requests; i++) await call();
  return performance.now() - started;
}

export async function measureRuntime(options: RuntimeOptions): Promise<RuntimeResult> {
  options.log(`Runtime: ${options.requests} sequential requests, generated Zep client vs bare fetch`);
  const { child, baseUrl } = await startServer(options.repoRoot);
  try {
    const ZepClient = await loadClient(options.repoRoot);
    const seen = await learnRequest(ZepClient, baseUrl);
    const client = new ZepClient({ apiKey: "k", baseUrl });
    const viaClient = (): Promise<unknown> => Promise.resolve(client.memory.listSessions({ page_size: 10 }));
    const viaFetch = async (): Promise<unknown> => {
      const response = await fetch(seen.url, { method: seen.method, headers: seen.headers });
      return response.json();
    };
    const clientMs: number[] = [];
    const fetchMs: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round <= options.runs; round++) {
      const clientFirst = round % 2 === 0;
      const first = await timeLoop(options.requests, clientFirst ? viaClient : viaFetch);
      const second = await timeLoop(options.requests, clientFirst ? viaFetch : viaClient);
      const [c, f] = clientFirst ? [first, second] : [second, first];
      const label = round === 0 ? "warm-up" : `run ${round}/${options.runs}`;
      options.log(`  ${label}: client ${c.toFixed(0)} ms, fetch ${f.toFixed(0)} ms (${(c / f).toFixed(3)}×)`);
      if (round === 0) continue;
      clientMs.push(c);
      fetchMs.push(f);
      ratios.push(c / f);
    }
    const headers = Object.keys(seen.headers).sort().join(", ");
    return {
      requests: options.requests,
      clientMs,
      fetchMs,
      ratio: median(ratios),
      request: `${seen.method} ${seen.url.replace(baseUrl, "")} with headers ${headers}`,
    };
  } finally {
    child.kill();
  }
}

/**
 * measureRuntime on another Node: bench/runtime-child.ts run by `node` (with tsx), its progress lines passed to
 * `log`, its result read from its last stdout line.
 */
export async function measureRuntimeOn(node: string, label: string, options: RuntimeOptions): Promise<RuntimeResult> {
  options.log(`Runtime on Node ${label}`);
  const child = spawn(node, ["--import", "tsx", join(options.repoRoot, "bench", "runtime-child.ts")], {
    cwd: options.repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, BENCH_REQUESTS: String(options.requests), BENCH_RUNS: String(options.runs) },
  });
  let stdout = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  const errors = createInterface({ input: child.stderr! });
  const tail: string[] = [];
  errors.on("line", (line) => {
    tail.push(line);
    if (tail.length > 5) tail.shift();
    options.log(line);
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exit) => resolve(exit ?? 1));
  });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || last === "") throw new Error(`runtime on Node ${label} exited ${code}: ${tail.join(" / ")}`);
  return { ...(JSON.parse(last) as RuntimeResult), node: label };
}
