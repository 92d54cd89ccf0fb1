/**
 * Watch mode's parse memo (load/parse-memo.ts): a load with it gives the
 * document a load without it gives, after any save, and what a run does to
 * its document never reaches the next run's.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocument } from "../../generator/load/load-document.js";
import { newParseMemo } from "../../generator/load/parse-memo.js";
import { ROOT } from "./helpers/paths.js";
import { useScratchDir } from "../support/scratch-dir.js";

const dir = useScratchDir("parse-memo-");

async function load(spec: string, memo?: ReturnType<typeof newParseMemo>): Promise<Record<string, any>> {
  const loaded = await loadDocument(spec, { memo });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.document.data as Record<string, any>;
}

describe("the parse memo", () => {
  it("loads the Zep spec as a load without it does, save after save, whatever the last run changed", async () => {
    cpSync(join(ROOT, "spec"), join(dir, "spec"), { recursive: true });
    const spec = join(dir, "spec", "zep.yaml");
    const threads = join(dir, "spec", "zep", "threads.yaml");
    const memo = newParseMemo();

    const first = await load(spec, memo);
    expect(first).toEqual(await load(spec));
    expect(memo.positions.size).toBe(1);
    expect(memo.data.size).toBeGreaterThan(5);

    // A run changes its document (later stages normalize it in place): the memo's copy must not see it.
    const thread = first["components"]["schemas"]["Thread"];
    thread.description = "changed by the last run";
    delete first["paths"];
    const again = await load(spec, memo);
    expect(again).toEqual(await load(spec));
    expect(again["components"]["schemas"]["Thread"].description).not.toBe("changed by the last run");

    // A save of one file: its new text is read, the others' come from the memo.
    const text = readFileSync(threads, "utf8");
    writeFileSync(threads, text.replace(/summary: .*/, "summary: Edited by the parse memo test"));
    const saved = await load(spec, memo);
    expect(saved).toEqual(await load(spec));
    expect(JSON.stringify(saved)).toContain("Edited by the parse memo test");
  });
});
