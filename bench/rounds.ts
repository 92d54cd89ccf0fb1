/**
 * Interleaved rounds: one warm-up round, then `runs` rounds in which every task
 * runs once, in the same order (round 1: A, B, C; round 2: A, B, C; …), so each
 * round's measurements share the machine's state of the moment.
 */

export interface RoundTask<T> {
  readonly key: string;
  /** `round` is 0 for the warm-up, then 1…runs. */
  readonly run: (round: number) => Promise<T>;
}

export interface RoundOptions<T> {
  readonly runs: number;
  /** Skip the warm-up round when the caller has already warmed every task. */
  readonly warmup?: boolean;
  readonly describe?: (sample: T) => string;
  readonly log?: (line: string) => void;
}

/** Samples of each task by measured round (index 0 is round 1); the warm-up is dropped. */
export async function runRounds<T>(
  tasks: readonly RoundTask<T>[],
  options: RoundOptions<T>,
): Promise<ReadonlyMap<string, readonly T[]>> {
  const samples = new Map<string, T[]>(tasks.map((task) => [task.key, []]));
  const first = options.warmup === false ? 1 : 0;
  for (let round = first; round <= options.runs; round++) {
    for (const task of tasks) {
      const sample = await task.run(round);
      const label = round === 0 ? "warm-up" : `run ${round}/${options.runs}`;
      options.log?.(`  ${label} ${task.key}${options.describe === undefined ? "" : `: ${options.describe(sample)}`}`);
      if (round > 0) samples.get(task.key)!.push(sample);
    }
  }
  return samples;
}
