/**
 * Opt-in profiles (`BENCH_PROFILE=1`): ours run once on a missed row's input
 * under node's `--cpu-prof` and `--heap-prof` (worker threads inherit the
 * flags and write their own files), and the files summarized: self time by
 * package (node_modules/<pkg>, generator/<stage>, node's internals, V8's
 * pseudo-frames) and by function over every thread, and the sampled heap by
 * package. The profiles themselves stay in the bench's work directory.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { measureProcess, type ProcessSample } from "./measure-process.js";

export type ProfileInput = "startup" | "zep" | "github";

export interface Share {
  readonly name: string;
  /** Milliseconds of self time (CPU) or kB of sampled heap (memory). */
  readonly amount: number;
}

export interface ProfileSummary {
  readonly input: ProfileInput;
  readonly spec: string;
  readonly process: ProcessSample;
  /** .cpuprofile files written (one per thread that exited normally). */
  readonly threads: number;
  /** Self time over all threads, idle excluded. */
  readonly totalMs: number;
  readonly packages: readonly Share[];
  readonly functions: readonly Share[];
  readonly heapKb: number;
  readonly heapPackages: readonly Share[];
}

export interface ProfileOptions {
  /** Ours' command line up to the spec; node's flags are inserted after argv[0]. */
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly workDir: string;
  readonly log: (line: string) => void;
}

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: CallFrame }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

interface HeapNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children?: readonly HeapNode[];
}

/** Where a frame's code lives: a package, a generator stage, node itself or a V8 pseudo-frame. */
export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const path = decodeURIComponent(url.replace(/^file:\/\//, ""));
  // The launcher runs the generator's JavaScript build from node_modules/.cache/wiregen/generator/.
  const stage = /\/generator\/(?:([\w-]+)\/)?[^/]+$/.exec(path);
  if (stage !== null && (path.includes("/.cache/wiregen/") || !path.includes("/node_modules/"))) {
    return stage[1] === undefined ? "generator" : `generator/${stage[1]}`;
  }
  const inModules = path.lastIndexOf("/node_modules/");
  if (inModules >= 0) {
    const [first = "", second = ""] = path.slice(inModules + "/node_modules/".length).split("/");
    return first.startsWith("@") ? `${first}/${second}` : first;
  }
  return basename(path);
}

function add(totals: Map<string, number>, key: string, amount: number): void {
  totals.set(key, (totals.get(key) ?? 0) + amount);
}

function top(totals: ReadonlyMap<string, number>, count: number): readonly Share[] {
  return [...totals]
    .map(([name, amount]) => ({ name, amount }))
    .sort((a, b) => b.amount - a.amount)
    .slice(0, count);
}

function summarizeCpu(files: readonly string[]): { totalMs: number; packages: Share[]; functions: Share[] } {
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    // timeDeltas[i] is the time since the previous sample: charged to the frame sampled at i.
    for (let i = 0; i < samples.length; i++) {
      const frame = frames.get(samples[i]!);
      if (frame === undefined || frame.functionName === "(idle)") continue;
      const ms = (deltas[i] ?? 0) / 1000;
      const where = packageOf(frame);
      totalMs += ms;
      add(packages, where, ms);
      const name = frame.functionName === "" ? "(anonymous)" : frame.functionName;
      const place = frame.url === "" ? where : `${where}, ${basename(frame.url)}:${frame.lineNumber + 1}`;
      add(functions, frame.url === "" ? name : `${name} (${place})`, ms);
    }
  }
  return { totalMs, packages: [...top(packages, 10)], functions: [...top(functions, 12)] };
}

function summarizeHeap(files: readonly string[]): { heapKb: number; heapPackages: Share[] } {
  const packages = new Map<string, number>();
  let heapKb = 0;
  const visit = (node: HeapNode): void => {
    const kb = node.selfSize / 1024;
    heapKb += kb;
    if (kb > 0) add(packages, packageOf(node.callFrame), kb);
    for (const child of node.children ?? []) visit(child);
  };
  for (const file of files) visit((JSON.parse(readFileSync(file, "utf8")) as { head: HeapNode }).head);
  return { heapKb, heapPackages: [...top(packages, 8)] };
}

export async function profileOurs(input: ProfileInput, spec: string, options: ProfileOptions): Promise<ProfileSummary> {
  const dir = join(options.workDir, input);
  mkdirSync(dir, { recursive: true });
  const [node, ...rest] = options.argv;
  if (node === undefined) throw new Error("empty command");
  const flags = ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--heap-prof", `--heap-prof-dir=${dir}`];
  options.log(`Profiling ours on ${basename(spec)} (${input})`);
  const sample = await measureProcess({
    argv: [node, ...flags, ...rest, spec, "--out", join(dir, "out")],
    cwd: options.cwd,
  });
  if (!sample.ok) throw new Error(`profiled run failed (exit ${sample.exitCode})`);
  const files = readdirSync(dir).map((name) => join(dir, name));
  const cpu = summarizeCpu(files.filter((file) => file.endsWith(".cpuprofile")));
  const heap = summarizeHeap(files.filter((file) => file.endsWith(".heapprofile")));
  options.log(
    `  ${files.filter((file) => file.endsWith(".cpuprofile")).length} CPU profiles, ${cpu.totalMs.toFixed(0)} ms self time`,
  );
  return {
    input,
    spec,
    process: sample,
    threads: files.filter((file) => file.endsWith(".cpuprofile")).length,
    ...cpu,
    ...heap,
  };
}
