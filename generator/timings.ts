/**
 * Per-phase times of a run (`--timings`). Kept apart from the pipeline so the
 * CLI can create and print them without loading it.
 */
export interface Timings {
  load: number;
  check: number;
  model: number;
  emit: number;
  format: number;
  write: number;
}

export function newTimings(): Timings {
  return { load: 0, check: 0, model: 0, emit: 0, format: 0, write: 0 };
}
