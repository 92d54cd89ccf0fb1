/**
 * Which documents a run covers: every OpenAPI document under the directory
 * (JSON or YAML, at any depth), as paths relative to it in a stable order,
 * then narrowed by `--only` and `--sample`.
 */
import { readdir } from "node:fs/promises";
import { relative } from "node:path";
import { seededSample } from "./seeded-sample.js";

/** Every `*.json`, `*.yaml` and `*.yml` file under `root`, relative to it, sorted. */
export async function listDocuments(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(json|ya?ml)$/.test(e.name))
    .map((e) => relative(root, `${e.parentPath}/${e.name}`))
    .sort();
}

/** The documents whose path contains `only` (when given), then a seeded sample of `sample` of them (when given). */
export function selectDocuments(
  documents: readonly string[],
  { only, sample, seed }: { only: string | undefined; sample: number | undefined; seed: number },
): string[] {
  const matching = only === undefined ? [...documents] : documents.filter((d) => d.includes(only));
  return sample === undefined ? matching : seededSample(matching, sample, seed);
}
