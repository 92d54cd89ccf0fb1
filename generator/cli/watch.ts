/**
 * `generate --watch`: generates once, then keeps the generator warm (its
 * helper threads loaded, the last run's files cached) and regenerates a client
 * whenever one of the files its document was read from changes: the spec, a
 * file it `$ref`s, or its overlay. Each run merges into the folder as it is
 * then, so hand edits made while it runs are kept, as a one-off run keeps
 * them. A run with errors prints them and leaves the client on disk as it
 * was; the next good save recovers. Ctrl-C exits at once and deletes any file
 * it was half-way through writing.
 */
import { rmSync, watch as watchDir, type FSWatcher } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { formatDiagnostic } from "../check/diagnostic.js";
import { displayPath } from "../spec-file.js";
import { describeMerge, planWrite } from "./client-writes.js";
import { isRemote } from "../load/remote-text.js";
import { newEmitCache, type EmitCache } from "../emit/emit-cache.js";
import type { EmitHelper } from "../emit/emit-worker.js";
import { newBaseMemo, type BaseMemo } from "../write/pristine-base.js";
import { newParseMemo, type ParseMemo } from "../load/parse-memo.js";
import { formatReportText } from "../report/format-report.js";
import { reportChanges } from "../report/report-client.js";
import type { GenerateInput } from "../generate.js";
import { newTimings } from "../timings.js";
import { clientFingerprint, generatorFingerprint, writeStamp } from "../write/regeneration-stamp.js";
import { updateFiles, type InFlight } from "../write/update-files.js";

export interface WatchJob extends GenerateInput {
  readonly spec: string;
  readonly outDir: string;
}

/** One client under watch: what it was made from, and whether a run is due. */
interface Watched {
  readonly job: WatchJob;
  readonly cache: EmitCache;
  /** The files the last run parsed, so a save parses again only those it changed. */
  readonly parses: ParseMemo;
  /** The pristine base as last written, so a save does not re-split every file's lines. */
  readonly base: BaseMemo;
  /** Absolute paths of every file the last good run read, plus the spec itself. */
  inputs: Set<string>;
  running: boolean;
  /** A change arrived while a run was going: run again when it ends, for this reason. */
  again: string | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Editors save in one step (a rename over the file) or several (truncate, then write). A run starts at
 * the first event, so a save in one step waits for nothing; a run that a later event made stale (it may
 * have read a file half-written) is dropped before it writes or prints, and the next one starts. An error
 * is printed only once the files have been quiet this long, so a half-written read never shows.
 */
const SETTLE_MS = 50;

/** True once `client` has been sent no change for `SETTLE_MS`. */
async function settled(client: { again: string | undefined }): Promise<boolean> {
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  return client.again === undefined;
}

/** The spec's file to watch; none for a URL, which is fetched once, when the watch starts. */
function localFile(spec: string): string[] {
  return isRemote(spec) ? [] : [resolve(spec)];
}

/** Runs until interrupted; resolves with the exit code (130 on Ctrl-C, as shells expect). */
export async function watchSpecs(jobs: readonly WatchJob[]): Promise<number> {
  const { generate } = await import("../generate.js");
  const { startEmitHelper } = await import("../emit/emit-worker.js");
  const helper: EmitHelper = startEmitHelper({ longLived: true });
  const fingerprint = await generatorFingerprint();
  const inFlight: InFlight = new Set();
  const watchers = new Map<string, FSWatcher>();
  const clients: Watched[] = [];
  for (const job of jobs) {
    clients.push({
      job,
      cache: newEmitCache(),
      parses: newParseMemo(),
      base: newBaseMemo(),
      // The overlay too: a first run that fails on it must rerun when it is fixed.
      inputs: new Set([...localFile(job.spec), ...(job.overlay === undefined ? [] : [resolve(job.overlay)])]),
      running: false,
      again: undefined,
      timer: undefined,
    });
  }

  const run = async (client: Watched, reason: string): Promise<void> => {
    if (client.running) {
      client.again = reason;
      return;
    }
    client.running = true;
    const started = performance.now();
    try {
      const result = await generate(
        client.job.spec,
        newTimings(),
        { helper, cache: client.cache, parses: client.parses },
        client.job,
      );
      // Read while the user was still saving, or already superseded: the next run (in `finally`) takes over.
      if (client.again !== undefined || (!result.ok && !(await settled(client)))) return;
      for (const d of result.diagnostics) console.error(formatDiagnostic(d));
      if (!result.ok) {
        const errors = result.diagnostics.filter((d) => d.severity === "error").length;
        console.error(
          `${displayPath(client.job.spec)}: ${errors} error${errors === 1 ? "" : "s"}; ${client.job.outDir} was left as it was`,
        );
        return;
      }
      // Merged with the folder as it is now: the user may have edited it since the last save.
      const plan = await planWrite(client.job.outDir, "source", result.files, client.base);
      if ("errors" in plan) {
        for (const line of plan.errors) console.error(line);
        console.error(`${client.job.outDir} was left as it was`);
        return;
      }
      if (client.again !== undefined) return;
      const previous = plan.previous ?? new Map<string, string>();
      // Compared with the api.json still on disk, so it is what this save changes for callers.
      const report = await reportChanges({
        outDir: client.job.outDir,
        files: plan.files,
        api: result.api,
        onDisk: previous,
      });
      const { written, deleted } = await updateFiles(client.job.outDir, previous, plan.files, inFlight);
      client.inputs = new Set([...localFile(client.job.spec), ...result.inputs.map((file) => resolve(file))]);
      watchInputs();
      const changed = written.length + deleted.length;
      const what = changed === 0 ? "unchanged" : `${written.length} written, ${deleted.length} deleted`;
      console.log(`${client.job.outDir}: ${what} in ${(performance.now() - started).toFixed(0)} ms (${reason})`);
      const merged = describeMerge(client.job.outDir, plan.merge);
      for (const line of merged.out) console.log(line);
      for (const line of merged.err) console.error(line);
      if (changed > 0) console.log(formatReportText(report).trimEnd());
      // After the client is in place: the stamp only spares a later one-off run its work (none over conflicts).
      if (!isRemote(client.job.spec) && merged.conflicts === 0) {
        await writeStamp(client.job.outDir, clientFingerprint(fingerprint, client.job.overlay), result.inputs, plan.files, plan.keep);
      }
    } catch (error) {
      console.error(
        `${displayPath(client.job.spec)}: ${error instanceof Error ? error.message : String(error)}; ${client.job.outDir} was left as it was`,
      );
    } finally {
      client.running = false;
      const again = client.again;
      if (again !== undefined) {
        client.again = undefined;
        void run(client, again);
      }
    }
  };

  /** Watches the folder of every input (a file's own watch is lost when an editor replaces it on save). */
  const watchInputs = (): void => {
    const dirs = new Set(clients.flatMap((c) => [...c.inputs].map((file) => dirname(file))));
    for (const [dir, watcher] of watchers) {
      if (dirs.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      watchers.set(
        dir,
        watchDir(dir, (_event, name) => {
          if (name === null) return;
          const file = resolve(dir, name.toString());
          for (const client of clients) {
            if (!client.inputs.has(file)) continue;
            // One run for the events of one tick (a rename is reported twice); see SETTLE_MS for the rest.
            clearTimeout(client.timer);
            client.timer = setTimeout(() => void run(client, `${basename(file)} changed`), 0);
          }
        }),
      );
    }
  };

  for (const client of clients) await run(client, "start");
  watchInputs();
  console.log(`watching ${clients.map((c) => displayPath(c.job.spec)).join(", ")} and the files they read; Ctrl-C to stop`);

  return new Promise((resolveExit) => {
    const stop = (): void => {
      for (const watcher of watchers.values()) watcher.close();
      for (const client of clients) clearTimeout(client.timer);
      // Synchronous: the process exits right after, whatever run is in progress.
      for (const temp of inFlight) rmSync(temp, { force: true });
      void helper.close();
      resolveExit(130);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
