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
}

export async function reportChanges(client: FreshClient): Promise<ChangeReport> {
  const previous = await readFile(join(client.outDir, API_JSON), "utf8").catch(() => undefined);
  const filesDiffer = (await staleFiles(client.outDir, client.files)).length > 0;
  return buildChangeReport({
    outDir: client.outDir,
    previous,
    surface: client.api.surface,
    locate: client.api.locate,
    filesDiffer,
  });
}
