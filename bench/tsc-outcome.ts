/**
 * Reading a `tsc` run's outcome from its output: how many errors it reported,
 * and whether a run that exited non-zero still checked the program (type
 * errors) or never got that far (option or project errors).
 */
import type { ProcessSample } from "./measure-process.js";

export function errorCount(sample: ProcessSample): number {
  return (sample.output.match(/error TS\d+/g) ?? []).length;
}

/** Errors about the options or the project (TS5xxx, TS6xxx): the program was not checked, so the run failed. */
function configErrors(sample: ProcessSample): number {
  return (sample.output.match(/error TS[56]\d{3}\b/g) ?? []).length;
}

/**
 * tsc reports type errors with a non-zero exit (5.9: 2, 7.0: 1); that run still measures the check, so it counts
 * as completed, unless the errors are about the configuration.
 */
export function completed(sample: ProcessSample): ProcessSample {
  const typeErrors = errorCount(sample) > 0 && configErrors(sample) === 0;
  return (sample.exitCode === 1 || sample.exitCode === 2) && typeErrors ? { ...sample, ok: true } : sample;
}
