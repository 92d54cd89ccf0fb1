/**
 * Where wiregen keeps its machine-local caches (regeneration stamps; V8's
 * compiled code is placed by the command's launcher, which passes its choice
 * here through `WIREGEN_CACHE_DIR`). The default is the project's
 * node_modules/.cache/wiregen, the folder build tools conventionally share
 * and never commit. Never the wiregen install folder: that may be read-only
 * (pnpm's store, Nix, a CI cache). Every write to a cache is allowed to fail.
 */
import { join } from "node:path";

/** The cache root: `WIREGEN_CACHE_DIR` if set, else node_modules/.cache/wiregen under the working directory. */
export function cacheDir(): string {
  const chosen = process.env["WIREGEN_CACHE_DIR"];
  return chosen !== undefined && chosen !== "" ? chosen : join(process.cwd(), "node_modules", ".cache", "wiregen");
}
