/**
 * OpenAPI 3.2 keywords in a 3.0 or 3.1 document: one located warning per
 * keyword, at its first use, naming the version it needs; none in a 3.2
 * document, and none for schema properties that merely share a keyword's name.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkVersionKeywords } from "../../../generator/check/check-version-keywords.js";
import { formatDiagnostic } from "../../../generator/check/diagnostic.js";
import { loadDocument } from "../../../generator/load/load-document.js";
import { useScratchDir } from "../../support/scratch-dir.js";
import { ROOT } from "../helpers/paths.js";
import { positionOf } from "../helpers/source-position.js";

const scratch = useScratchDir("wiregen-version-keywords-");
const FIXTURE = join(ROOT, "test/fixtures/version-keywords/keywords.yaml");

/** The fixture with its `openapi` line set to `version`, checked; and its text. */
async function checked(version: string): Promise<{ lines: string[]; text: string }> {
  const text = (await readFile(FIXTURE, "utf8")).replace("openapi: 3.1.0", `openapi: ${version}`);
  const file = join(scratch, `keywords-${version}.yaml`);
  await writeFile(file, text);
  const loaded = await loadDocument(file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
  const lines = checkVersionKeywords(loaded.document).map((d) =>
    formatDiagnostic(d).replace(`${scratch}/`, "").replace(/\n.*$/s, ""),
  );
  return { lines, text };
}

/** `[keyword, needle]`: what the warning names, and the text of its first use. */
const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ["`$self`", "$self:"],
  ["a server's `name`", "name: production"],
  ["tag `summary`", "summary: Pets"],
  ["tag `parent`", "parent: pets"],
  ["tag `kind`", "kind: nav"],
  ["the `query` operation", "query:"],
  ["`additionalOperations`", "additionalOperations:"],
  ["a response's `summary` (used in 2 places; this is the first)", "summary: The pets"],
  ["`itemSchema` in a media type", "itemSchema:\n                $ref"],
  ["`dataValue` in an example", "dataValue:"],
  ["`components.mediaTypes`", "mediaTypes:"],
  ["`serializedValue` in an example", "serializedValue:"],
  ["discriminator `defaultMapping`", 'defaultMapping: "#'],
];

describe("checkVersionKeywords", () => {
  it.each(["3.1.0", "3.0.3"])("in a %s document, warns once per 3.2 keyword at its first use", async (version) => {
    const { lines, text } = await checked(version);
    const want = EXPECTED.map(([keyword, needle]) => {
      const { line, column } = positionOf(text, needle);
      return `keywords-${version}.yaml:${line}:${column}: warning: ${keyword.replace(/ \(used.*/, "")} is OpenAPI 3.2; this document says ${version}, where it is not a keyword${keyword.match(/ \(used.*/)?.[0] ?? ""}`;
    });
    expect([...lines].sort()).toEqual([...want].sort());
  });

  it("says how to fix it for the document's version", async () => {
    const file = join(scratch, "fix.yaml");
    await writeFile(file, 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n$self: https://x.example.com/a.yaml\n');
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error("load failed");
    expect(checkVersionKeywords(loaded.document).map((d) => d.fix)).toEqual([
      "set `openapi: 3.2.0` to use it (a 3.1 document needs no other change), or remove it",
    ]);
  });

  it("a 3.2 document gets no warning", async () => {
    expect((await checked("3.2.0")).lines).toEqual([]);
  });
});
