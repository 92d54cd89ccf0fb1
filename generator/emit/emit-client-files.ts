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
import type { EmitHelper } from "./emit-worker.js";
import { headerComment } from "./header.js";
import { withImportExtension } from "./import-extension.js";

export interface EmitTimings {
  emit: number;
  format: number;
}

/**
 * Emits every file of the client. `helper` (see `startEmitHelper`) builds
 * `types.ts` and formats on other threads; the caller owns and closes it.
 */
export async function emitClientFiles(
  model: ClientModel,
  document: unknown,
  helper: EmitHelper,
  timings: EmitTimings,
): Promise<Map<string, string>> {
  let started = performance.now();
  // Asked first: it runs on another thread while ts-morph works here.
  const types = helper.types(document);
  // Awaited below; this keeps a failure meanwhile from being reported as unhandled.
  types.catch(() => undefined);

  const ctx = await createEmitContext();
  const generated = [
    emitClient(ctx, model),
    emitErrors(ctx, model),
    emitModels(ctx, model),
    ...model.groups.map((g) => emitResource(ctx, g)),
    emitIndex(ctx, model),
  ];
  const sources = new Map<string, string>();
  // Already in their final layout: the runtime is kept prettier-clean, openapi-typescript prints
  // through TypeScript's printer, and resources/ are ts-morph's output (see below).
  const verbatim = await readRuntimeFiles();
  for (const file of generated) {
    const path = file.getFilePath().replace(/^\//, "");
    // Resources are most of the output on a big API (3 MB for GitHub) and uniform per operation;
    // prettier would cost seconds there and change only line wrapping, so it formats the rest.
    (path.startsWith("resources/") ? verbatim : sources).set(path, file.getFullText());
    // Drop the syntax tree ts-morph parsed from the text: only the text is needed now.
    file.forget();
  }
  timings.emit += performance.now() - started;

  started = performance.now();
  const header = headerComment(model.specFile);
  const formatted = await helper.format(sources);
  timings.format += performance.now() - started;

  // Whatever part of openapi-typescript's time did not overlap the work above counts as emit.
  started = performance.now();
  verbatim.set("types.ts", await types);
  timings.emit += performance.now() - started;
  started = performance.now();
  const out = new Map<string, string>();
  for (const [path, text] of [...formatted, ...verbatim].sort(([a], [b]) => a.localeCompare(b))) {
    out.set(path, header + withImportExtension(text, model.importExtension));
  }
  // Marks the folder as ES modules, so it compiles and runs the same wherever it is copied.
  out.set("package.json", `${JSON.stringify({ type: "module", sideEffects: false }, null, 2)}\n`);
  timings.format += performance.now() - started;
  return out;
}
