/**
 * Cuts an OpenAPI JSON document to its first N paths (in document order),
 * keeping every component, and writes the cut as a temp file: the inputs of
 * the scaling measurement.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface CutDocument {
  readonly label: string;
  readonly fraction: number;
  readonly file: string;
  readonly paths: number;
  readonly operations: number;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

function countOperations(paths: Readonly<Record<string, unknown>>): number {
  let count = 0;
  for (const item of Object.values(paths)) {
    if (typeof item !== "object" || item === null) continue;
    count += Object.keys(item).filter((key) => METHODS.has(key)).length;
  }
  return count;
}

/** Writes one cut per fraction into `dir` (every cut goes through the same serializer, the full one too). */
export function writeCuts(
  source: string,
  fractions: readonly { readonly label: string; readonly fraction: number }[],
  dir: string,
): readonly CutDocument[] {
  const document = JSON.parse(readFileSync(source, "utf8")) as { paths?: Record<string, unknown> };
  const entries = Object.entries(document.paths ?? {});
  return fractions.map(({ label, fraction }) => {
    const kept = Object.fromEntries(entries.slice(0, Math.ceil(entries.length * fraction)));
    const file = join(dir, `cut-${label}.json`);
    writeFileSync(file, JSON.stringify({ ...document, paths: kept }));
    return { label, fraction, file, paths: Object.keys(kept).length, operations: countOperations(kept) };
  });
}
