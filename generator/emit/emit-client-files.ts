/**
 * The emit stage: the model to every file of one client, formatted and with
 * its header, as a map of relative path → contents. Nothing touches the disk.
 */
import type { ClientModel, GroupModel } from "../model/ir.js";
import type { CachedText, EmitCache } from "./emit-cache.js";
import { emitClient, emitDefinition } from "./emit-client.js";
import { emitEntries } from "./emit-entries.js";
import { createEmitContext, type EmittedFile } from "./emit-context.js";
import { emitErrors } from "./emit-errors.js";
import { emitIndex } from "./emit-index.js";
import { emitModels } from "./emit-models.js";
import { emitReference } from "./emit-reference.js";
import { emitResource } from "./emit-resource.js";
import { emitSchemas } from "./emit-schemas.js";
import type { EmitHelper } from "./emit-worker.js";
import { collapseEmptyBodies, fitsPrintWidth } from "./format-files.js";
import { EDITS_KEPT, headerComment } from "./header.js";
import { withImportExtension } from "./rewrite-imports.js";
import { runtimeFiles } from "./runtime-files.js";
import type { ImportExtension } from "../project/import-extension.js";

/** openapi-typescript's file, which `emitClientFiles` leaves to its caller (see `EmittedClient`). */
export const TYPES_FILE = "types.d.ts";
/** The Markdown reference of the client's surface. */
export const REFERENCE_FILE = "api.md";

export interface EmitTimings {
  emit: number;
  format: number;
}


/**
 * Starts `types.d.ts`: on the helper's thread, or from the cache when the document is the one it was
 * last made from. The caller starts it as soon as the document is loaded (see generate.ts).
 */
export function startTypes(document: unknown, helper: EmitHelper, cache: EmitCache | undefined): Promise<string> {
  // The helper takes the document as JSON text, which is also the cache's key: stringified once.
  const json = JSON.stringify(document);
  if (cache === undefined) return helper.types(json);
  if (cache.types?.key === json) return Promise.resolve(cache.types.text);
  return helper.types(json).then((text) => {
    cache.types = { key: json, text };
    return text;
  });
}

/** Formats `sources` on the helper thread, sending only the files the cache has not seen in this form. */
async function formatCached(
  sources: ReadonlyMap<string, string>,
  helper: EmitHelper,
  cache: EmitCache | undefined,
): Promise<Map<string, string>> {
  if (sources.size === 0) return new Map();
  if (cache === undefined) return helper.format(sources);
  const fresh = new Map([...sources].filter(([path, text]) => cache.formatted.get(path)?.key !== text));
  const formatted = fresh.size === 0 ? new Map<string, string>() : await helper.format(fresh);
  const out = new Map<string, string>();
  for (const [path, text] of sources) {
    const done = formatted.get(path);
    if (done !== undefined) cache.formatted.set(path, { key: text, text: done });
    out.set(path, done ?? cache.formatted.get(path)!.text);
  }
  for (const path of cache.formatted.keys()) if (!sources.has(path)) cache.formatted.delete(path);
  return out;
}

/** The client's files but `types.d.ts`, and that one's text when it is done (header included). */
export interface EmittedClient {
  readonly files: Map<string, string>;
  readonly types: Promise<string>;
}

/**
 * Emits every file of the client but `types.d.ts`, which `types` (from
 * `startTypes`) brings, so that what does not need it is done while it is
 * built. `helper` (see `startEmitHelper`) formats the rare file our printers
 * cannot; the caller owns and closes it. With a `cache` (watch mode), only
 * what changed since the last call is emitted again.
 */
export async function emitClientFiles(
  model: ClientModel,
  document: unknown,
  types: Promise<string>,
  helper: EmitHelper,
  timings: EmitTimings,
  importExtension: ImportExtension,
  cache?: EmitCache,
): Promise<EmittedClient> {
  let started = performance.now();

  const ctx = await createEmitContext();
  // Already in their final layout: the runtime is hand-formatted source, openapi-typescript prints
  // through TypeScript's printer, and resources/ are ts-morph's output (see below).
  const verbatim = await runtimeFiles(model.validation !== undefined);
  const resources = new Map<string, CachedText>();
  /** A resource's files, or none when the cache still holds them for an unchanged model (put in `verbatim`). */
  const emitGroup = (group: GroupModel): EmittedFile[] => {
    const key = cache === undefined ? "" : JSON.stringify(group);
    const path = `resources/${group.fileName}.ts`;
    const cached = cache?.resources.get(path);
    if (cached !== undefined && cached.key === key) {
      resources.set(path, cached);
      verbatim.set(path, cached.text);
      return [];
    }
    const file = emitResource(ctx, group);
    resources.set(path, { key, text: file.text });
    return [file];
  };
  const generated = [
    emitClient(ctx, model),
    ...(model.groups.some((g) => g.path.length === 1) ? [emitDefinition(ctx, model)] : []),
    ...emitEntries(ctx, model),
    emitErrors(ctx, model),
    emitModels(ctx, model),
    ...(model.validation === undefined ? [] : [emitSchemas(ctx, { ...model, validation: model.validation }, document)]),
    ...model.groups.flatMap((g) => emitGroup(g)),
    emitIndex(ctx, model),
  ];
  if (cache !== undefined) cache.resources = resources;
  const sources = new Map<string, string>();
  for (const file of generated) {
    const { path } = file;
    // Resources are most of the output on a big API (3 MB for GitHub) and uniform per operation;
    // prettier would cost seconds there and change only line wrapping, so they stay as ts-morph prints them.
    // The other files are printed as prettier would print them (format-files.test.ts) unless a line is
    // too long: prettier then wraps it, and only then is it loaded, so most runs never load it.
    // errors.ts breaks its wide lines as prettier would (emit-errors.ts); what stays wide, prettier cannot break.
    const resource = path.startsWith("resources/");
    const text = resource ? file.text : collapseEmptyBodies(file.text);
    // schemas.ts is laid out by its printer (print-schema-data.ts), and can be as big as the resources;
    // models.d.ts breaks its wide aliases as prettier would, and what stays wide, prettier leaves.
    const laidOut = resource || path === "errors.ts" || path === "schemas.ts" || path === "models.d.ts";
    (laidOut || fitsPrintWidth(text) ? verbatim : sources).set(path, text);
  }
  timings.emit += performance.now() - started;

  started = performance.now();
  const header = headerComment(model.specFile);
  const formatted = await formatCached(sources, helper, cache);
  timings.format += performance.now() - started;

  started = performance.now();
  const out = new Map<string, string>();
  const all = [...formatted, ...verbatim].sort(([a], [b]) => a.localeCompare(b));
  const modules = new Set([...all.map(([path]) => path), TYPES_FILE]);
  for (const [path, text] of all) out.set(path, header + withImportExtension(text, importExtension, path, modules));
  // The reference is Markdown, so its header is an HTML comment (`--` could end one early).
  // It describes the generated surface and is regenerated whole, so its header says so instead.
  const mdHeader = `<!-- ${header
    .replace(/^\/\/ /, "")
    .replace(EDITS_KEPT, "Regenerated whole on every run: edit the spec or the client's code instead.")
    .trim()
    .replace(/--/g, "- -")} -->`;
  out.set(REFERENCE_FILE, emitReference(model, document, mdHeader));
  timings.format += performance.now() - started;
  // openapi-typescript's output imports nothing of the client; its text is the spec's and stays as it is.
  return { files: out, types: types.then((text) => header + text) };
}
