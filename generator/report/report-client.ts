/**
 * The change report of a client about to be written (or checked): reads the
 * `api.json` committed in its directory and compares the fresh run with it.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SourcePosition } from "../check/diagnostic.js";
import type { Pointer } from "../load/json-pointer.js";
import { staleFiles } from "../write/compare-tree.js";
import { API_JSON } from "./api-json.js";
import { buildChangeReport, type ChangeReport } from "./change-report.js";
import type { ApiSurface } from "./surface.js";

export interface FreshClient {
  readonly outDir: string;
  readonly files: ReadonlyMap<string, string>;
  readonly api: { readonly surface: ApiSurface; readonly locate: (pointer: Pointer) => SourcePosition };
  /** The files in `outDir` when the caller holds them already (watch mode); read from disk otherwise. */
  readonly onDisk?: ReadonlyMap<string, string> | undefined;
}

/** True when `files` and `onDisk` differ in any path or content. */
function differ(files: ReadonlyMap<string, string>, onDisk: ReadonlyMap<string, string>): boolean {
  return files.size !== onDisk.size || [...files].some(([path, text]) => onDisk.get(path) !== text);
}

export async function reportChanges(client: FreshClient): Promise<ChangeReport> {
  const { onDisk } = client;
  const previous =
    onDisk === undefined
      ? await readFile(join(client.outDir, API_JSON), "utf8").catch(() => undefined)
      : onDisk.get(API_JSON);
  const filesDiffer =
    onDisk === undefined ? (await staleFiles(client.outDir, client.files)).length > 0 : differ(client.files, onDisk);
  return buildChangeReport({
    outDir: client.outDir,
    previous,
    surface: client.api.surface,
    locate: client.api.locate,
    filesDiffer,
  });
}
