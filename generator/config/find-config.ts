/**
 * Where a project's configuration file is: `wiregen.config.<ext>` in the
 * folder the command runs from, the first of the extensions below.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

export const CONFIG_NAMES = [
  "wiregen.config.ts",
  "wiregen.config.mts",
  "wiregen.config.mjs",
  "wiregen.config.js",
  "wiregen.config.json",
] as const;

/** The config file in `dir`, or undefined when it has none. */
export function findConfig(dir: string): string | undefined {
  return CONFIG_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
}
