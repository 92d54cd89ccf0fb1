/**
 * wiregen's own version, for `--version`: read from the package.json of the
 * wiregen package this code belongs to. Found by walking up from this file,
 * because the code runs from several places (the TypeScript sources, the
 * build in node_modules/.cache/wiregen for `npm run generate`, the packed
 * package's dist/), each at a different depth under the package root.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The version in wiregen's package.json, or `unknown` when none is found above this file. */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = readManifest(join(dir, "package.json"));
    if (manifest?.name === "wiregen" && typeof manifest.version === "string") return manifest.version;
    const parent = dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

function readManifest(path: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
