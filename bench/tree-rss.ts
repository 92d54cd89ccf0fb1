/**
 * Resident memory of a process tree, read from /proc: the sum of VmRSS over
 * every descendant of a process, sampled on a timer to find the tree's peak.
 */
import { readdirSync, readFileSync } from "node:fs";

interface ProcStatus {
  readonly pid: number;
  readonly ppid: number;
  readonly rssKb: number;
}

function readStatus(pid: number): ProcStatus | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const ppid = /^PPid:\s+(\d+)/m.exec(text);
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(text);
    if (ppid?.[1] === undefined) return undefined;
    return { pid, ppid: Number(ppid[1]), rssKb: rss?.[1] === undefined ? 0 : Number(rss[1]) };
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

/** Sum of VmRSS (kB) over all descendants of `rootPid`, not counting the root itself. */
export function treeRssKb(rootPid: number): number {
  const byParent = new Map<number, ProcStatus[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const status = readStatus(Number(name));
    if (status === undefined) continue;
    const siblings = byParent.get(status.ppid);
    if (siblings === undefined) byParent.set(status.ppid, [status]);
    else siblings.push(status);
  }
  let total = 0;
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    for (const child of byParent.get(pid) ?? []) {
      total += child.rssKb;
      pending.push(child.pid);
    }
  }
  return total;
}

/** Samples the tree under `rootPid` every `intervalMs`; `stop()` returns the largest sum seen. */
export function watchTreeRss(rootPid: number, intervalMs: number): { stop(): number } {
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, treeRssKb(rootPid));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
