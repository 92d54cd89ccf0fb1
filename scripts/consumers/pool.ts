/**
 * Running tasks a few at a time: the matrix's builds are CPU-heavy (tsc,
 * Vite, Chromium), so two rows run side by side at most.
 */

/** Runs `tasks` with at most `limit` in flight; results in the tasks' order. */
export async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
