/** Reading and copying directory trees, byte for byte, to compare runs. */
import { cp, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** Every file under `dir` (relative path with `/` → bytes), sorted by path. Symlinks are not followed. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const paths: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) paths.push(relative(dir, full).split("\\").join("/"));
    }
  };
  await walk(dir);
  paths.sort();
  const tree = new Map<string, Buffer>();
  for (const path of paths) tree.set(path, await readFile(join(dir, path)));
  return tree;
}

/** A plain copy of a directory tree. */
export async function copyTree(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}

/** The paths whose bytes differ between two trees, plus the paths only one of them has. */
export function treeDifferences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  const differ = new Set<string>();
  for (const [path, bytes] of a) if (!b.get(path)?.equals(bytes)) differ.add(path);
  for (const path of b.keys()) if (!a.has(path)) differ.add(path);
  return [...differ].sort();
}
