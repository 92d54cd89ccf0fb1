/**
 * The load stage: a spec file (YAML or JSON) into one plain OpenAPI 3.x
 * document, with a way back from any JSON pointer to its line and column.
 * Swagger 2.0 is converted and files joined by `$ref`s are bundled here, so
 * nothing downstream sees either. JSON is parsed with `JSON.parse` (fast on
 * 13 MB documents); its positions are computed only if a diagnostic needs one.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Diagnostic, SourcePosition } from "../check/diagnostic.js";
import { applyOverlay, locateThroughOverlay } from "./apply-overlay.js";
import { breakSchemaCycles } from "./break-schema-cycles.js";
import { BUNDLE_TIMEOUT_MS, bundleRefs } from "./bundle-refs.js";
import { MAX_REMOTE_BYTES } from "./bounded-resolver.js";
import { checkDataShape } from "./check-data-shape.js";
import { checkYamlShape } from "./check-yaml-shape.js";
import { MAX_DEPTH } from "./document-bounds.js";
import { convertSwagger, isSwagger2 } from "./convert-swagger.js";
import { findRefs, type RefSite } from "./find-refs.js";
import { hoistDeepRefs } from "./hoist-deep-refs.js";
import { getAt, type Pointer } from "./json-pointer.js";
import { normalizeDocument } from "./normalize-document.js";
import { inlineMediaTypes } from "./inline-media-types.js";
import { rebaseOnSelf } from "./self-base.js";
import type { OverlayOrigins } from "./overlay-origins.js";
import { fetchText, isRemote, shownUrl } from "./remote-text.js";
import { readVersionFields } from "./version-fields.js";
import { createJsonLocator } from "./json-positions.js";
import { yamlOffset, type ParsedYaml } from "./yaml-positions.js";
import { parseYamlAt, type ParseMemo } from "./parse-memo.js";

export interface LoadedDocument {
  /** The file as given (relative paths stay relative, for messages). */
  readonly file: string;
  readonly data: unknown;
  /** Every file the document was read from (absolute paths), for the regeneration cache. */
  readonly files: readonly string[];
  /** Every `$ref` of `data`, found once for every stage that needs them. */
  readonly refs: readonly RefSite[];
  /** Where `pointer` is written in the file; the nearest existing ancestor when it is absent. */
  locate(pointer: Pointer): SourcePosition;
}

/** One file as parsed, before conversion or bundling. */
interface ParsedFile {
  readonly file: string;
  readonly data: unknown;
  locate(pointer: Pointer): SourcePosition;
}

export type LoadResult =
  | { readonly ok: true; readonly document: LoadedDocument; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

function positionIn(file: string, parsed: ParsedYaml, pointer: Pointer): SourcePosition {
  const { line, col } = parsed.lines.linePos(yamlOffset(parsed.doc, pointer));
  return { file, line, column: col };
}

type ParseResult =
  | { readonly ok: true; readonly parsed: ParsedFile }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** The text of a spec file, or of a spec named by URL (bounded in bytes and time like its remote `$ref`s). */
async function readSpecText(file: string, timeoutMs: number): Promise<string> {
  if (!isRemote(file)) return readFile(file, "utf8");
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const { text } = await fetchText(file, {
      signal,
      maxBytes: MAX_REMOTE_BYTES,
      tooMuch: () => `it is larger than the ${MAX_REMOTE_BYTES / 1024 / 1024} MB allowed for a remote document`,
    });
    return text;
  } catch (error) {
    if (signal.aborted) throw new Error(`no complete answer within ${timeoutMs / 1000} s`);
    // fetch's own message ("fetch failed") hides the cause: a refused connection, an unknown host.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(cause === undefined ? (error as Error).message : `${(error as Error).message} (${cause.code ?? cause.message})`);
  }
}

/** Reads and parses one file or URL. Syntax errors come back as located diagnostics. */
async function parseFile(source: string, timeoutMs = BUNDLE_TIMEOUT_MS, memo?: ParseMemo): Promise<ParseResult> {
  // A URL is shown without its query, which may hold a token.
  const file = isRemote(source) ? shownUrl(source) : source;
  let text: string;
  try {
    text = await readSpecText(source, timeoutMs);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
    return {
      ok: false,
      diagnostics: [
        { severity: "error", position: { file, line: 1, column: 1 }, message: `cannot read the spec: ${reason}` },
      ],
    };
  }
  const trimmed = text.trimStart();
  if (file.endsWith(".json") || trimmed.startsWith("{")) {
    try {
      const data = JSON.parse(text) as unknown;
      // Scanned to each pointer asked for: a parse with positions cost GitHub's 13 MB two seconds.
      const locate = createJsonLocator(file, text);
      // JSON.parse does not recurse, but every later stage does: refuse what they could not walk.
      const shape = checkDataShape(data);
      if (shape !== undefined) {
        return {
          ok: false,
          diagnostics: [{ severity: "error", position: locate(shape.pointer), message: shape.message, fix: shape.fix }],
        };
      }
      return { ok: true, parsed: { file, data, locate } };
    } catch {
      // Fall through to the YAML parser: it reports JSON syntax errors with a position.
    }
  }
  const parsed = parseYamlAt(memo, source, text);
  // The parser recurses per level of nesting; it catches its own stack overflow and reports where it happened.
  const overflow = parsed.doc.errors.find((error) => error.message.includes("Maximum call stack size exceeded"));
  if (overflow !== undefined) {
    const { line, col } = parsed.lines.linePos(overflow.pos[0]);
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          position: { file, line, column: col },
          message: `the document is nested too deeply to parse (far more than ${MAX_DEPTH} levels) at this position`,
          fix: `flatten the structure: name deep schemas under components and refer to them with $ref (real documents stay under ${MAX_DEPTH} levels)`,
        },
      ],
    };
  }
  if (parsed.doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: parsed.doc.errors.map((error) => {
        const { line, col } = parsed.lines.linePos(error.pos[0]);
        return {
          severity: "error" as const,
          position: { file, line, column: col },
          message: `${file.endsWith(".json") ? "JSON" : "YAML"} syntax error: ${error.message.split("\n")[0]}`,
          fix: "correct the syntax at this position (indentation, quotes, colons); nothing was generated",
        };
      }),
    };
  }
  // Bounded here, by what aliases expand to, instead of by the library's count of alias uses.
  const shape = checkYamlShape(parsed.doc);
  if (shape !== undefined) {
    const { line, col } = parsed.lines.linePos(shape.offset);
    const { message, fix } = shape;
    return { ok: false, diagnostics: [{ severity: "error", position: { file, line, column: col }, message, fix }] };
  }
  const data = parsed.doc.toJS({ maxAliasCount: -1 }) as unknown;
  const locate = (pointer: Pointer): SourcePosition => positionIn(file, parsed, pointer);
  // Within the bounds now; this walk is for what only values show (a `$ref` that is not a string).
  const refShape = checkDataShape(data);
  if (refShape !== undefined) {
    const { message, fix } = refShape;
    return { ok: false, diagnostics: [{ severity: "error", position: locate(refShape.pointer), message, fix }] };
  }
  return { ok: true, parsed: { file, data, locate } };
}

/** Locates `pointer` in the root file when it is written there, else at the file's start. */
function nearestIn(root: ParsedFile, data: unknown): (pointer: Pointer) => SourcePosition {
  return (pointer) => {
    // After conversion or bundling a pointer may not exist in the file; use its longest existing prefix.
    let length = pointer.length;
    while (length > 0 && getAt(root.data, pointer.slice(0, length)) === undefined) length--;
    return data === root.data || length > 0
      ? root.locate(pointer.slice(0, length))
      : { file: root.file, line: 1, column: 1 };
  };
}

export interface LoadOptions {
  /** Limit for following external refs (remote URLs included); default 10 s. */
  readonly refTimeoutMs?: number;
  /** An OpenAPI Overlay file, applied to the spec as written (before conversion and bundling). */
  readonly overlay?: string | undefined;
  /**
   * Prefixes `$ref`s may read although the reference policy refuses them (ref-policy.ts): paths
   * (absolute, or relative to the working folder) and URL prefixes (`http://127.0.0.1:8080/`).
   * The spec and the overlay themselves are never refused.
   */
  readonly allowRefs?: readonly string[] | undefined;
  /** A long-lived session's parses, reused for files whose text has not changed (watch mode). */
  readonly memo?: ParseMemo | undefined;
}

/** Reads `file`, converts Swagger 2.0, bundles external `$ref`s, and finds every ref. */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const remote = isRemote(file);
  const root = await parseFile(file, options.refTimeoutMs, options.memo);
  if (!root.ok) return root;
  const warnings: Diagnostic[] = [];
  let data = root.parsed.data;
  let overlaid: { readonly origins: OverlayOrigins; readonly overlay: ParsedFile } | undefined;
  if (options.overlay !== undefined) {
    const overlay = await parseFile(options.overlay);
    if (!overlay.ok) return overlay;
    const applied = applyOverlay(data, file, overlay.parsed);
    if (!applied.ok) return applied;
    warnings.push(...applied.warnings);
    overlaid = { origins: applied.origins, overlay: overlay.parsed };
  }
  // Before the version is read: `swagger: 2.0` unquoted is the number 2.
  warnings.push(...readVersionFields(data, root.parsed.locate));
  let refs = findRefs(data);
  // A 3.2 `$self` naming a local place moves the base of relative refs; the bundler then reads `data`, not the file.
  const rebased = remote ? 0 : rebaseOnSelf(data, file, refs);
  if (rebased > 0) refs = findRefs(data);
  // A URL is not a file: the regeneration cache and watch mode follow local files only.
  const inputFiles = new Set(remote ? [] : [resolve(file)]);
  if (options.overlay !== undefined) inputFiles.add(resolve(options.overlay));
  if (refs.some((site) => !site.ref.startsWith("#"))) {
    const files = new Map<string, Promise<ParseResult>>([[root.parsed.file, Promise.resolve(root)]]);
    const bundled = await bundleRefs(
      file,
      async (other, pointer) => {
        // A remote document's text is not kept, and is not fetched again to place a message.
        if (!files.has(other) && isRemote(other)) return { position: { file: other, line: 1, column: 1 }, value: undefined };
        if (!files.has(other)) files.set(other, parseFile(other));
        const parsedOther = await files.get(other)!;
        if (!parsedOther.ok) return { position: { file: other, line: 1, column: 1 }, value: undefined };
        return { position: parsedOther.parsed.locate(pointer), value: getAt(parsedOther.parsed.data, pointer) };
      },
      {
        remote: refs
          .filter((site) => (remote ? !site.ref.startsWith("#") : isRemote(site.ref)))
          .map((site) => ({ ref: site.ref, position: root.parsed.locate(site.pointer()) })),
        ...(options.refTimeoutMs === undefined ? {} : { timeoutMs: options.refTimeoutMs }),
        allowRefs: options.allowRefs,
        memo: options.memo,
        // The bundler would read the file again (from disk without the overlay, or from the server).
        ...(overlaid === undefined && !remote && rebased === 0 ? {} : { document: data }),
      },
    );
    if (!bundled.ok) return bundled;
    warnings.push(...bundled.warnings);
    for (const dependency of bundled.files) inputFiles.add(dependency);
    data = bundled.data;
    // Files read by the bundler were never bounded, and its YAML parser shares aliased objects.
    const shape = checkDataShape(data);
    if (shape !== undefined) {
      const position = nearestIn(root.parsed, data)(shape.pointer);
      return { ok: false, diagnostics: [{ severity: "error", position, message: shape.message, fix: shape.fix }] };
    }
    refs = findRefs(data);
  }
  // After bundling: a Swagger 2.0 document split over files is joined as Swagger (its other files hold
  // `definitions`, `parameters`… that only a Swagger reader finds), then converted whole.
  if (isSwagger2(data)) {
    const converted = await convertSwagger(file, data);
    if (!converted.ok) return converted;
    warnings.push(...converted.warnings);
    data = converted.data;
    refs = findRefs(data);
  }
  // A `%` in a fragment must start a %XX escape: openapi-typescript decodes every $ref and stops the run on one that does not.
  const malformed = refs.find((site) => /%(?![0-9A-Fa-f]{2})/.test(site.ref.slice(site.ref.indexOf("#") + 1)));
  if (malformed !== undefined) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          position: nearestIn(root.parsed, data)([...malformed.pointer(), "$ref"]),
          message: `$ref ${JSON.stringify(malformed.ref)} holds a % that starts no %XX escape`,
          fix: "write a percent sign in a $ref as %25 (the fragment is a URI: `#/components/schemas/%25%20off` names `% off`)",
        },
      ],
    };
  }
  // 3.2 `components.mediaTypes` entries are copied where they are named, so every later stage sees plain content.
  if (inlineMediaTypes(data) > 0) refs = findRefs(data);
  // Deep schema pointers become named components before anything reads the refs.
  if (hoistDeepRefs(data, refs) > 0) refs = findRefs(data);
  const inSpec = nearestIn(root.parsed, data);
  const locate =
    overlaid === undefined
      ? inSpec
      : locateThroughOverlay(overlaid.origins, overlaid.overlay, inSpec, root.parsed.locate);
  const cycles = breakSchemaCycles(data, refs, locate);
  warnings.push(...cycles.warnings);
  if (cycles.changed) refs = findRefs(data);
  warnings.push(...normalizeDocument(data, locate));
  return { ok: true, document: { file: root.parsed.file, files: [...inputFiles].sort(), data, refs, locate }, warnings };
}
