/**
 * The pipeline for one document: load → check → model → emit → format. Returns
 * the files in memory, or every diagnostic; writing is the caller's choice.
 */
import { statSync } from "node:fs";
import { checkDocument } from "./check/check-document.js";
import { hasErrors, type Diagnostic } from "./check/diagnostic.js";
import { emitClientFiles, REFERENCE_FILE, startTypes, TYPES_FILE, type EmittedClient } from "./emit/emit-client-files.js";
import { escapeInvisible, escapeInvisibleFiles, invisibleCharacterWarnings, styleOf } from "./emit/escape-invisible.js";
import type { EmitCache } from "./emit/emit-cache.js";
import { startEmitHelper, TYPES_THREAD_MIN_JSON, type EmitHelper } from "./emit/emit-worker.js";
import { isRemote } from "./load/remote-text.js";
import { parsePointer } from "./load/json-pointer.js";
import { loadDocument, type LoadedDocument } from "./load/load-document.js";
import type { ParseMemo } from "./load/parse-memo.js";
import { toClientModel } from "./model/to-client-model.js";
import { API_JSON, toApiJson } from "./report/api-json.js";
import { createSourceLocator, type SourceLocator } from "./report/source-locator.js";
import type { ApiSurface } from "./report/surface.js";
import { toSurface } from "./report/to-surface.js";
import { clientBaseName, displayPath } from "./spec-file.js";
import { newTimings, type Timings } from "./timings.js";
import type { ImportExtensionChoice } from "./project/import-extension.js";
import { validatedPayloads, type ValidateChoice } from "./config/validate-choice.js";

export { clientBaseName } from "./spec-file.js";


export type GenerateResult =
  | {
      readonly ok: true;
      readonly files: Map<string, string>;
      /** Every file the document was read from. */
      readonly inputs: readonly string[];
      readonly operations: number;
      readonly diagnostics: readonly Diagnostic[];
      /** The caller-visible surface (also in `files` as `api.json`), and where its elements are written. */
      readonly api: { readonly surface: ApiSurface; readonly locate: SourceLocator };
      /** The extension the client's relative imports were written with, and why. */
      readonly importExtension: ImportExtensionChoice;
      /** The client class's name, and the document's `info.title` and `info.version` (a package is named after them). */
      readonly about: { readonly clientName: string; readonly title?: string | undefined; readonly version?: string | undefined };
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** A failure inside a library (openapi-typescript, prettier) as a diagnostic, located when it names a pointer. */
function emitFailure(document: LoadedDocument, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const pointer = /#\/[^\s"']*(?: [^\s"'/]+)*/.exec(message)?.[0];
  return {
    severity: "error",
    position:
      pointer === undefined ? { file: document.file, line: 1, column: 1 } : document.locate(parsePointer(pointer)),
    message: `cannot generate types: ${message.replace(/\s+/g, " ").trim()}`,
    fix: "correct the construct at this position; nothing was written",
  };
}

/** What a long-lived caller (watch mode) keeps warm between runs; a one-off run leaves both out. */
export interface GenerateSession {
  /** Helper threads kept loaded between runs; the caller closes them. */
  readonly helper?: EmitHelper | undefined;
  /** The last run's emitted files, so only what changed is emitted again. */
  readonly cache?: EmitCache | undefined;
  /** The last run's parsed files, so only the files a save changed are parsed again. */
  readonly parses?: ParseMemo | undefined;
}

/** What a spec is read with besides its own file. */
export interface GenerateInput {
  /** An OpenAPI Overlay applied to the spec at load (`spec/<name>.overlay.yaml` or `--overlay`). */
  readonly overlay?: string | undefined;
  /** The config's `clientName`: wins over the document's `x-client-name` and its file name. */
  readonly clientName?: string | undefined;
  /** `--import-extension`: wins over the document's `x-import-extension` and the project. */
  readonly forcedExtension?: ImportExtensionChoice | undefined;
  /** What the project around the output folder takes (detect-import-extension.ts), used when nothing says otherwise. */
  readonly projectExtension?: ImportExtensionChoice | undefined;
  /** Path and URL prefixes the document's `$ref`s may read although the reference policy refuses them (`allowRefs`, `--allow-ref`). */
  readonly allowRefs?: readonly string[] | undefined;
  /** `validate` (config) or `--validate`: which payloads the client checks against the spec's schemas. Default none. */
  readonly validate?: ValidateChoice | undefined;
}

/** With nothing to go on (no project read, e.g. a library caller): `.ts` runs as it is in the most places. */
const DEFAULT_EXTENSION: ImportExtensionChoice = {
  extension: "ts",
  reason: "the default: .ts runs as it is in Node's type stripping, Deno, Bun and bundlers",
};

export async function generate(
  specFile: string,
  timings: Timings = newTimings(),
  session: GenerateSession = {},
  input: GenerateInput = {},
): Promise<GenerateResult> {
  // A big input's types thread starts first, so it loads TypeScript and openapi-typescript while
  // this one reads and checks the document (emit-worker.ts says when a document counts as big).
  const helper = session.helper ?? startEmitHelper({ bigInput: isBigInput(specFile) });
  try {
    return await run(specFile, timings, { ...session, helper }, input);
  } finally {
    if (session.helper === undefined) await helper.close();
  }
}

/** True when the spec's own file is long enough that its types are built on a helper thread anyway. */
function isBigInput(specFile: string): boolean {
  if (isRemote(specFile)) return false;
  try {
    return statSync(specFile).size >= TYPES_THREAD_MIN_JSON;
  } catch {
    // The loader reports a missing file, with its position.
    return false;
  }
}

/** The pipeline, with the helper threads running. */
async function run(
  specFile: string,
  timings: Timings,
  session: GenerateSession & { readonly helper: EmitHelper },
  input: GenerateInput,
): Promise<GenerateResult> {
  let started = performance.now();
  const loaded = await loadDocument(specFile, { overlay: input.overlay, allowRefs: input.allowRefs, memo: session.parses });
  timings.load += performance.now() - started;
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };

  // Started before the checks, as the types need only the loaded document (no later stage changes it):
  // on a big document openapi-typescript's transform, on its own thread, is the longest step.
  const types = startTypes(loaded.document.data, session.helper, session.cache);
  // Awaited below, or dropped with the run when the document has errors; never an unhandled rejection.
  types.catch(() => undefined);

  started = performance.now();
  const checked = [
    ...loaded.warnings,
    ...checkDocument(loaded.document),
    ...invisibleCharacterWarnings(loaded.document),
  ];
  timings.check += performance.now() - started;
  if (hasErrors(checked)) return { ok: false, diagnostics: checked };

  started = performance.now();
  const { model, diagnostics: modelDiagnostics } = toClientModel(
    loaded.document,
    displayPath(specFile),
    clientBaseName(specFile),
    input.clientName,
    validatedPayloads(input.validate ?? "none"),
  );
  timings.model += performance.now() - started;
  const diagnostics = [...checked, ...modelDiagnostics];
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };

  const importExtension =
    input.forcedExtension ??
    (model.importExtension === undefined
      ? undefined
      : { extension: model.importExtension, reason: "the document's info sets x-import-extension" }) ??
    input.projectExtension ??
    DEFAULT_EXTENSION;
  let emitted: EmittedClient;
  try {
    emitted = await emitClientFiles(
      model,
      loaded.document.data,
      types,
      session.helper,
      timings,
      importExtension.extension,
      session.cache,
    );
  } catch (error) {
    return { ok: false, diagnostics: [...diagnostics, emitFailure(loaded.document, error)] };
  }
  const operations = model.groups.reduce((n, g) => n + g.operations.length, 0);
  // Committed with the client, so the next run can report what changed for callers (report/).
  const surface = toSurface(model, loaded.document.data);
  // The last pass over every file: no invisible or bidirectional control character reaches it raw.
  // Done before the types are awaited, as is all of the above: on a big document they come last.
  const done = escapeInvisibleFiles(emitted.files);
  const apiJson = escapeInvisible(toApiJson(surface), styleOf(API_JSON));
  started = performance.now();
  let typesText: string;
  try {
    typesText = escapeInvisible(await emitted.types, styleOf(TYPES_FILE));
  } catch (error) {
    return { ok: false, diagnostics: [...diagnostics, emitFailure(loaded.document, error)] };
  }
  // Whatever part of openapi-typescript's time did not overlap the work above counts as emit.
  timings.emit += performance.now() - started;
  // The code in path order, then the reference and the surface, as readers of the map expect.
  const code = [...done].filter(([path]) => path !== REFERENCE_FILE);
  const files = new Map([...code, [TYPES_FILE, typesText] as const].sort(([a], [b]) => a.localeCompare(b)));
  files.set(REFERENCE_FILE, done.get(REFERENCE_FILE)!);
  files.set(API_JSON, apiJson);
  const api = { surface, locate: createSourceLocator(displayPath(specFile), session.parses) };
  const info = (loaded.document.data as { info?: { title?: unknown; version?: unknown } }).info;
  const about = {
    clientName: model.clientName,
    title: typeof info?.title === "string" ? info.title : undefined,
    version: typeof info?.version === "string" ? info.version : undefined,
  };
  return { ok: true, files, inputs: loaded.document.files, operations, diagnostics, api, importExtension, about };
}
