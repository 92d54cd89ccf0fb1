/**
 * Runs load → model on a small document fragment: written to a temporary JSON
 * file and read back by the real loader, so the model sees exactly what it
 * sees in a run (positions included).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDiagnostic } from "../../../generator/check/diagnostic.js";
import { loadDocument } from "../../../generator/load/load-document.js";
import type { ClientModel } from "../../../generator/model/ir.js";
import { toClientModel } from "../../../generator/model/to-client-model.js";

export interface Modelled {
  readonly model: ClientModel;
  /** Every model diagnostic, formatted (`file:line:col: severity: message`). */
  readonly diagnostics: readonly string[];
  /** The file as written, to compute the positions diagnostics must point at. */
  readonly text: string;
}

/** A 3.1 document with one `GET /things` operation, merged with `extra` (top-level keys replace). */
export function documentWith(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Fragment", version: "1" },
    paths: { "/things": { get: { operationId: "listThings", responses: { "200": { description: "OK" } } } } },
    ...extra,
  };
}

/** Models `document` as if it were `spec/<baseName>.json`. */
export async function modelOf(document: Record<string, unknown>, baseName = "acme"): Promise<Modelled> {
  const dir = await mkdtemp(join(tmpdir(), "wiregen-model-"));
  try {
    const file = join(dir, `${baseName}.json`);
    const text = `${JSON.stringify(document, null, 2)}\n`;
    await writeFile(file, text);
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    const { model, diagnostics } = toClientModel(loaded.document, file, baseName);
    return { model, diagnostics: diagnostics.map((d) => formatDiagnostic(d).replace(`${dir}/`, "")), text };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
