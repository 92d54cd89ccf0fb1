/** The machine and checkout a run was measured on, for the report's header. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly date: string;
  /** Commit of the checkout, and whether generator/ had uncommitted changes. */
  readonly commit: string;
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? "unknown";
  } catch {
    return "unknown";
  }
}

function commit(repoRoot: string): string {
  try {
    const git = (...args: string[]): string => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
    const head = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--", "generator") !== "";
    return dirty ? `${head} + uncommitted changes in generator/` : head;
  } catch {
    return "unknown";
  }
}

export function describeMachine(repoRoot: string, started: Date): Machine {
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: started.toISOString(),
    commit: commit(repoRoot),
  };
}
