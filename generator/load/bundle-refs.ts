/**
 * Joining a document split over several files into one, with Redocly's
 * bundler: every external `$ref` becomes a local one. A reference that cannot
 * be followed (missing file, unreachable URL) is an error naming it, and the
 * whole step is bounded in time so a dead server cannot hang a run. Every
 * `$ref` is put to the reference policy (ref-policy.ts) before it is read: a
 * refused one is an error at the `$ref`, naming the allow-list that lifts it.
 * A document whose `$ref`s all name local files is bundled without Redocly
 * (bundle-local.ts), to the same result; Redocly runs whenever that is not sure.
 */
import { resolve } from "node:path";
import type { Diagnostic } from "../check/diagnostic.js";
import { boundedResolver, isRefusedName } from "./bounded-resolver.js";
import { bundleLocal } from "./bundle-local.js";
import { parsePointer } from "./json-pointer.js";
import { ALLOW_REFS_FIX, createRefPolicy, type RefPolicy } from "./ref-policy.js";
import { isRemote, shownUrl } from "./remote-text.js";
import type { ParseMemo } from "./parse-memo.js";

/** How long following external refs may take before a remote URL is taken to be dead. */
export const BUNDLE_TIMEOUT_MS = 10_000;

export type BundleResult =
  | {
      readonly ok: true;
      readonly data: Record<string, unknown>;
      readonly warnings: Diagnostic[];
      /** Every local file the bundle was made from. */
      readonly files: string[];
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** Locates a pointer in any file of the bundle (parsed only when a diagnostic needs it), with the value there. */
export type Locator = (
  file: string,
  pointer: readonly (string | number)[],
) => Promise<{ position: Diagnostic["position"]; value: unknown }>;

export interface BundleOptions {
  /** The root file's remote references with their positions, named if the bundler runs out of time. */
  readonly remote: ReadonlyArray<{ ref: string; position: Diagnostic["position"] }>;
  readonly timeoutMs?: number;
  /** The root document already in memory (changed by an overlay); by default the bundler reads `file`. */
  readonly document?: unknown;
  /** Path and URL prefixes `$ref`s may read although the reference policy refuses them (ref-policy.ts). */
  readonly allowRefs?: readonly string[] | undefined;
  /** A long-lived session's parses of the files, reused when their text has not changed (parse-memo.ts). */
  readonly memo?: ParseMemo | undefined;
}

/** The policy for `file`'s references, noting every reason it refuses with (to word those problems). */
function recordingPolicy(file: string, allow: readonly string[] | undefined, refusals: Set<string>): RefPolicy {
  const policy = createRefPolicy({ root: file, allow });
  return {
    check(base, ref, target) {
      const decision = policy.check(base, ref, target);
      if (!decision.ok) refusals.add(decision.reason);
      return decision;
    },
    async checkHost(host, ref) {
      const reason = await policy.checkHost(host, ref);
      if (reason !== undefined) refusals.add(reason);
      return reason;
    },
  };
}

export async function bundleRefs(file: string, locate: Locator, options: BundleOptions): Promise<BundleResult> {
  // Local files only: the same bundle without loading Redocly (~100 ms), reading each file once with its YAML reader.
  const local = await bundleLocal(file, {
    policy: createRefPolicy({ root: file, allow: options.allowRefs }),
    memo: options.memo,
    ...(options.document === undefined ? {} : { document: options.document }),
  });
  if (!local.ok) return bundleWithRedocly(file, locate, options);
  const warnings: Diagnostic[] = [];
  // Worded and placed as the Redocly path below words its warning of the same rename.
  for (const rename of local.renames) {
    const shown = relativeToCwd(rename.file);
    const pointer = parsePointer(rename.pointer);
    let found = await locate(shown, pointer);
    if (typeof (found.value as { $ref?: unknown } | undefined)?.$ref === "string") {
      found = { ...(await locate(shown, [...pointer, "$ref"])), value: found.value };
    }
    warnings.push({ severity: "warning", position: found.position, message: rename.message, fix: undefined });
  }
  return { ok: true, data: local.data, warnings, files: local.files };
}

/** The bundle as Redocly makes it, with its problems worded as diagnostics; for what bundle-local.ts is not sure of. */
export async function bundleWithRedocly(file: string, locate: Locator, options: BundleOptions): Promise<BundleResult> {
  const timeoutMs = options.timeoutMs ?? BUNDLE_TIMEOUT_MS;
  const { bundle, createConfig, Source } = await import("@redocly/openapi-core");
  const config = await createConfig({});
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = new AbortController();
  const timeout = new Promise<"timeout">((done) => {
    timer = setTimeout(() => done("timeout"), timeoutMs);
  });
  try {
    // Given a document, the source text is only a name for resolving relative refs: problems are located by pointer.
    const root =
      options.document === undefined
        ? { ref: resolve(file) }
        : { doc: { source: new Source(isRemote(file) ? file : resolve(file), ""), parsed: options.document } };
    // Bounded by bytes and by count as well as by time; the signal ends any request still running.
    const refusals = new Set<string>();
    const externalRefResolver = await boundedResolver(stop.signal, recordingPolicy(file, options.allowRefs, refusals));
    const result = await Promise.race([
      bundle({ ...root, config, dereference: false, externalRefResolver }).catch((error: unknown) => error as Error),
      timeout,
    ]);
    if (result instanceof Error) {
      // The bundler recurses: a file the load-time bounds never saw can still overflow its stack.
      const tooDeep = result instanceof RangeError;
      return {
        ok: false,
        diagnostics: [
          {
            severity: "error",
            position: options.remote[0]?.position ?? { file, line: 1, column: 1 },
            message: tooDeep
              ? "a document named by an external $ref is nested too deeply to follow"
              : `following the document's external $refs failed: ${result.message}`,
            fix: "check the files and URLs this document's $refs name; nothing was generated",
          },
        ],
      };
    }
    if (result === "timeout") {
      const first = options.remote[0];
      const named =
        options.remote.length === 0 ? "" : ` (remote: ${options.remote.map((r) => JSON.stringify(r.ref)).join(", ")})`;
      return {
        ok: false,
        diagnostics: [
          {
            severity: "error",
            position: first?.position ?? { file, line: 1, column: 1 },
            message: `following the document's external $refs took more than ${timeoutMs / 1000} s${named}; a remote URL does not answer`,
            fix: "download remote references next to the spec and point the $refs at the local copies",
          },
        ],
      };
    }
    const diagnostics: Diagnostic[] = [];
    for (const problem of result.problems) {
      const where = problem.location[0];
      const source = where?.source.absoluteRef ?? file;
      const shown = source.startsWith("/") ? relativeToCwd(source) : isRemote(source) ? shownUrl(source) : source;
      const pointer = where?.pointer === undefined ? undefined : parsePointer(where.pointer);
      let found = pointer === undefined ? undefined : await locate(shown, pointer);
      // Redocly points at the object holding the `$ref`; point at the `$ref` itself.
      if (pointer !== undefined && typeof (found?.value as { $ref?: unknown } | undefined)?.$ref === "string") {
        found = { ...(await locate(shown, [...pointer, "$ref"])), value: found?.value };
      }
      // A remote document's text is not kept: point at the root's first remote $ref, which led there.
      // The root itself, when named by URL, is kept and located like a file.
      const remoteSource = isRemote(shown) && source !== file ? options.remote[0]?.position : undefined;
      const position = remoteSource ?? found?.position ?? { file: shown, line: 1, column: 1 };
      const unresolved = problem.message.startsWith("Can't resolve $ref");
      const ref = (found?.value as { $ref?: unknown } | undefined)?.$ref;
      const reason = problem.message.replace(/^Can't resolve \$ref:?\s*/, "");
      if (unresolved && refusals.has(reason)) {
        diagnostics.push({
          severity: "error",
          position,
          message: remoteSource === undefined ? reason : `${reason} (in ${shown})`,
          fix: ALLOW_REFS_FIX,
        });
        continue;
      }
      diagnostics.push({
        severity: unresolved ? "error" : "warning",
        position,
        message: unresolved
          ? `cannot follow ${typeof ref === "string" ? `$ref ${JSON.stringify(ref)}` : "a $ref"}${remoteSource === undefined ? "" : ` in ${shown}`}: ${reason || "not found"}`
          : problem.message,
        fix: unresolved
          ? "check the file path or URL of this $ref; remote URLs must be reachable from this machine"
          : undefined,
      });
    }
    if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };
    const files = [...result.fileDependencies].filter((f) => !isRemote(f) && !isRefusedName(f));
    return { ok: true, data: result.bundle.parsed as Record<string, unknown>, warnings: diagnostics, files };
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}

function relativeToCwd(path: string): string {
  const cwd = `${process.cwd()}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}
