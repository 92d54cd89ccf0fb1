/**
 * The emit stage: the model to every file of one client, formatted and with
 * its header, as a map of relative path → contents. Nothing touches the disk.
 */
import type { ClientModel } from "../model/ir.js";
import { readRuntimeFiles } from "./copy-runtime.js";
import { emitClient } from "./emit-client.js";
import { createEmitContext } from "./emit-context.js";
import { emitErrors } from "./emit-errors.js";
import { emitIndex } from "./emit-index.js";
import { emitModels } from "./emit-models.js";
import { emitResource } from "./emit-resource.js";
import { emitTypes } from "./emit-types.js";
import { formatSource } from "./format-files.js";
import { headerComment } from "./header.js";

export interface EmitTimings {
  emit: number;
  format: number;
}

export async function emitClientFiles(model: ClientModel, document: unknown, timings: EmitTimings): Promise<Map<string, string>> {
  let started = performance.now();
  const ctx = await createEmitContext();
  const generated = [
    emitClient(ctx, model),
    emitErrors(ctx, model),
    emitModels(ctx, model),
    ...model.groups.map((g) => emitResource(ctx, g)),
    emitIndex(ctx, model),
  ];
  const sources = new Map<string, string>();
  for (const file of generated) sources.set(file.getFilePath().replace(/^\//, ""), file.getFullText());
  // Already formatted: openapi-typescript prints through TypeScript's printer, and the runtime is kept prettier-clean.
  const verbatim = await readRuntimeFiles();
  verbatim.set("types.ts", await emitTypes(document));
  timings.emit += performance.now() - started;

  started = performance.now();
  const header = headerComment(model.specFile);
  const formatted = new Map<string, string>();
  for (const [path, text] of sources) formatted.set(path, await formatSource(text));
  const out = new Map<string, string>();
  for (const [path, text] of [...formatted, ...verbatim].sort(([a], [b]) => a.localeCompare(b))) {
    out.set(path, header + text);
  }
  // Marks the folder as ES modules, so it compiles and runs the same wherever it is copied.
  out.set("package.json", `${JSON.stringify({ type: "module", sideEffects: false }, null, 2)}\n`);
  timings.format += performance.now() - started;
  return out;
}
