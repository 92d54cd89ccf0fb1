/**
 * The `generate` command: finds the specs, runs the pipeline on each, then
 * writes every client atomically (or, with `--check`, compares). All specs
 * must pass before anything is written.
 */
import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatDiagnostic } from "../check/diagnostic.js";
import { displayPath } from "../spec-file.js";
import type { GenerateResult } from "../generate.js";
import type { ChangeReport } from "../report/change-report.js";
import { formatReportDocument, formatReportText } from "../report/format-report.js";
import { reportChanges } from "../report/report-client.js";
import { newTimings, type Timings } from "../timings.js";
import { clientFingerprint, isUnchanged, generatorFingerprint, writeStamp } from "../write/regeneration-stamp.js";
import { writeClients } from "../write/write-atomic.js";
import type { ImportExtension, ImportExtensionChoice } from "../project/import-extension.js";
import { isRemote } from "../load/remote-text.js";
import { describeMerge, planWrite, staleReasons, type PlannedWrite } from "./client-writes.js";
import { findJobs, type Job } from "./find-jobs.js";
import { initConfig } from "./init-config.js";
import { packageVersion } from "./package-version.js";
import { parseArgs, USAGE } from "./parse-args.js";
import { VERSION } from "../package/package-meta.js";

function printTimings(t: Timings): void {
  const phases = Object.entries(t).map(([phase, ms]) => `${phase} ${ms.toFixed(0)} ms`);
  console.error(`timings: ${phases.join(", ")}`);
}

/** The settings besides the inputs that shape a client's files, for its regeneration stamp. */
function settingsOf(job: Job): string {
  const name = job.clientName === undefined ? "" : ` name:${job.clientName}`;
  const pkg = job.kind === "package" ? ` package:${job.packageName ?? ""}@${job.packageVersion ?? ""}` : "";
  // What `$ref`s may read: dropping a prefix must regenerate, so a reference it allowed is refused.
  const allow = job.allowRefs.length === 0 ? "" : ` allow-refs:${JSON.stringify(job.allowRefs)}`;
  const validate = job.validate === "none" ? "" : ` validate:${job.validate}`;
  return `kind:${job.kind} imports:${(job.forcedExtension ?? job.projectExtension).extension}${name}${pkg}${allow}${validate}`;
}

type Generated = Extract<GenerateResult, { ok: true }>;

/** A generated client as the package kind's files, or the reason it cannot be one. */
async function toPackage(result: Generated, job: Job): Promise<Map<string, string> | string> {
  const { toPackageFiles } = await import("../package/to-package-files.js");
  const { clientName, title, version } = result.about;
  const entries = [...result.files.keys()].flatMap((path) => {
    const match = /^entries\/([^/]+)\.ts$/.exec(path);
    return match === null ? [] : [{ subpath: match[1]!, file: path }];
  });
  const base = clientName.replace(/Client$/, "").replace(/([a-z\d])([A-Z])/g, "$1-$2").toLowerCase();
  try {
    return await toPackageFiles(result.files, {
      name: job.packageName ?? `${base}-client`,
      version: job.packageVersion ?? (version !== undefined && VERSION.test(version) ? version : "0.1.0"),
      description: title,
      clientName,
      entries,
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** How an extension reads in the run's summary. */
function describeExtension(extension: ImportExtension): string {
  return extension === "none" ? "no extension" : `.${extension}`;
}

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ("error" in args) {
    console.error(`error: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.version) {
    console.log(packageVersion());
    return 0;
  }
  if (args.init) return initConfig();
  const found = await findJobs(args);
  if ("usage" in found) {
    console.error(`error: ${found.usage}\n\n${USAGE}`);
    return 2;
  }
  if ("diagnostics" in found) {
    for (const d of found.diagnostics) console.error(formatDiagnostic(d));
    const errors = found.diagnostics.filter((d) => d.severity === "error").length;
    console.error(`${errors} error${errors === 1 ? "" : "s"} in the config; nothing was written`);
    return 1;
  }
  for (const d of found.warnings) console.error(formatDiagnostic(d));
  const { jobs } = found;
  if (args.watch) {
    if (args.check || jobs.some((job) => job.kind === "package")) {
      console.error(`error: --watch combines with neither --check nor --kind package\n\n${USAGE}`);
      return 2;
    }
    const { watchSpecs } = await import("./watch.js");
    return watchSpecs(jobs);
  }
  const timings = newTimings();
  const results: Array<{ job: Job; files: Map<string, string>; inputs: readonly string[]; operations: number; ms: number; api: Generated["api"]; imports: ImportExtensionChoice }> = [];
  const reports: ChangeReport[] = [];
  let failed = false;
  const fingerprint = await generatorFingerprint();
  for (const job of jobs) {
    const started = performance.now();
    // --check always regenerates: it is the proof that the committed output is what the spec gives.
    // A document read from a URL may change on the server at any time: it is always fetched again.
    if (!args.check && !isRemote(job.spec) && (await isUnchanged(job.outDir, clientFingerprint(fingerprint, job.overlay, settingsOf(job))))) {
      console.log(`${job.outDir}: unchanged since the last run from ${displayPath(job.spec)}, ${(performance.now() - started).toFixed(0)} ms`);
      continue;
    }
    // The pipeline (ts-morph, prettier, yaml…) is loaded only once a client really needs generating.
    const { generate } = await import("../generate.js");
    const result = await generate(job.spec, timings, {}, job);
    for (const d of result.diagnostics) console.error(formatDiagnostic(d));
    if (!result.ok) {
      const errors = result.diagnostics.filter((d) => d.severity === "error").length;
      console.error(`${displayPath(job.spec)}: ${errors} error${errors === 1 ? "" : "s"}; nothing was written`);
      failed = true;
      continue;
    }
    let files = result.files;
    if (job.kind === "package") {
      const packed = await toPackage(result, job);
      if (typeof packed === "string") {
        console.error(`${displayPath(job.spec)}: ${packed}; nothing was written`);
        failed = true;
        continue;
      }
      files = packed;
    }
    results.push({ job, files, inputs: result.inputs, operations: result.operations, ms: performance.now() - started, api: result.api, imports: result.importExtension });
  }
  if (failed) return 1;

  if (args.check) {
    let stale = false;
    for (const { job, files, api } of results) {
      const differing = await staleReasons(job.outDir, job.kind, files);
      const report = await reportChanges({ outDir: job.outDir, files, api });
      reports.push(report);
      if (differing.length > 0) {
        stale = true;
        // Hand edits are not staleness: a run would keep them (docs/edits.md).
        console.error(`${job.outDir} is stale; a fresh run of ${displayPath(job.spec)} would change:`);
        for (const reason of differing) console.error(`  ${reason}`);
        // What a reviewer wants from CI: what the regeneration would change for callers.
        console.error(formatReportText(report));
      }
    }
    if (args.report !== undefined) await writeFile(args.report, formatReportDocument(reports));
    if (stale) console.error("regenerate (`wiregen`, or `npm run generate` in a repository that scripts it) and commit the result");
    else console.log(`${results.map((r) => r.job.outDir).join(", ")} up to date`);
    if (args.timings) printTimings(timings);
    return stale ? 1 : 0;
  }

  // Each folder's merge is decided before anything is written: unresolved markers in one stop them all.
  const planned: PlannedWrite[] = [];
  for (const r of results) {
    const plan = await planWrite(r.job.outDir, r.job.kind, r.files);
    if ("errors" in plan) {
      for (const line of plan.errors) console.error(line);
      failed = true;
    } else planned.push(plan);
  }
  if (failed) {
    console.error("nothing was written");
    return 1;
  }
  // Before writing: the client on disk is the one to compare with, the user's own files aside.
  for (const [i, r] of results.entries()) {
    const { files, previous } = planned[i]!;
    reports.push(await reportChanges({ outDir: r.job.outDir, files, api: r.api, ...(previous === undefined ? {} : { onDisk: previous }) }));
  }
  const started = performance.now();
  await writeClients(results.map((r, i) => ({ outDir: r.job.outDir, files: planned[i]!.files, keep: planned[i]!.keep })));
  for (const [i, r] of results.entries()) {
    if (isRemote(r.job.spec)) continue;
    const { files, keep, merge } = planned[i]!;
    // With markers in the folder, the next run must look again (and refuse until they are resolved).
    if ((merge?.conflicts.length ?? 0) > 0) continue;
    await writeStamp(r.job.outDir, clientFingerprint(fingerprint, r.job.overlay, settingsOf(r.job)), r.inputs, files, keep);
  }
  timings.write += performance.now() - started;
  let conflicts = 0;
  for (const [i, r] of results.entries()) {
    console.log(`${r.job.outDir}: ${r.operations} operation${r.operations === 1 ? "" : "s"}, ${r.files.size} files, ${r.ms.toFixed(0)} ms (from ${displayPath(r.job.spec)}${r.job.overlay === undefined ? "" : ` with ${r.job.overlay}`})`);
    if (r.job.kind === "package") console.log(`  an npm package: run \`npm pack\` in ${r.job.outDir} for its tarball`);
    else console.log(`  imports end in ${describeExtension(r.imports.extension)}: ${r.imports.reason}`);
    const merged = describeMerge(r.job.outDir, planned[i]!.merge);
    for (const line of merged.out) console.log(line);
    for (const line of merged.err) console.error(line);
    conflicts += merged.conflicts;
  }
  for (const report of reports) console.log(formatReportText(report).trimEnd());
  if (args.report !== undefined) await writeFile(args.report, formatReportDocument(reports));
  if (args.timings) printTimings(timings);
  if (conflicts > 0) {
    console.error(`${conflicts} conflict${conflicts === 1 ? "" : "s"}: resolve the markers (keep the lines you want), then run again; docs/edits.md`);
    return 1;
  }
  return 0;
}
