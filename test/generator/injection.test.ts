/**
 * Spec text cannot become code. The escaping fixture puts comment closers,
 * template syntax, backticks, quotes and line separators in every place spec
 * text reaches; here every generated file is tokenised with TypeScript's own
 * scanner and no identifier from that text may appear outside comments and
 * string literals.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generate } from "../../generator/generate.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";

/** Identifiers written only inside the fixture's text; any of them as code is an injection. */
const PLANTED = ["pwned", "alert", "injection", "template", "declare"];

function codeIdentifiers(source: string): Set<string> {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, source);
  const found = new Set<string>();
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (
      token === ts.SyntaxKind.Identifier ||
      (token >= ts.SyntaxKind.FirstKeyword && token <= ts.SyntaxKind.LastKeyword)
    )
      found.add(scanner.getTokenText());
  }
  return found;
}

/**
 * The escaping fixture as OpenAPI 3.2, with the same hostile text in the
 * places 3.2 adds to the docs: a tag's `summary` and a nested tag (`parent`),
 * a response's `summary`, a server's `name`, an example's `serializedValue`
 * and `dataValue`, and a deprecated security scheme's description.
 */
async function escaping32(): Promise<string> {
  const document = parse(await readFile(join(ROOT, "test/fixtures/escaping/escaping.yaml"), "utf8")) as Record<string, any>;
  const hostile = "*/ export const pwned = `${injection}`; /* @internal";
  document["openapi"] = "3.2.0";
  document["servers"][0].name = hostile;
  document["tags"][0].summary = hostile;
  document["tags"].push({ name: "nested", parent: "weird", summary: hostile });
  const search = document["paths"]["/search"].get;
  search.tags = ["nested"];
  search.responses["200"].summary = hostile;
  search.parameters[1].examples = { one: { dataValue: hostile, serializedValue: `q=${hostile}` } };
  document["components"].securitySchemes = { Old: { type: "http", scheme: "bearer", deprecated: true, description: hostile } };
  document["security"] = [{ Old: [] }];
  const file = join(scratch, "escaping-3.2.json");
  await writeFile(file, JSON.stringify(document, null, 2));
  return file;
}

const scratch = useScratchDir("wiregen-injection-");

describe.each([
  ["OpenAPI 3.1", async () => "test/fixtures/escaping/escaping.yaml"],
  ["OpenAPI 3.2, in its new docs fields too", escaping32],
])("spec text with comment closers, templates and quotes (%s)", (version, spec) => {
  it("stays inside comments and string literals in every generated file", async () => {
    const result = await generate(await spec());
    if (!result.ok) expect.fail(result.diagnostics.map((d) => d.message).join("\n"));
    for (const [path, text] of result.files) {
      // The runtime is the generator's own code, compiled; no spec text reaches it.
      if ((!path.endsWith(".ts") && !path.endsWith(".js")) || path.startsWith("runtime/")) continue;
      // A declaration file's classes are `export declare class`; any other `declare` came from the spec.
      const identifiers = codeIdentifiers(text.replace(/^export declare class /gm, "export class "));
      for (const planted of PLANTED) expect(identifiers.has(planted), `${planted} as code in ${path}`).toBe(false);
      // And every file parses: nothing closed a comment or a string early.
      const kind = path.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
      const parsed = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
      expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, path).toEqual([]);
    }
    if (version.includes("3.2")) {
      // The hostile text did reach each new place (so the check above looked at it).
      const resource = result.files.get("resources/weird-nested.ts") ?? "";
      expect(resource).toMatch(/@returns \S*\*\\?\/ export const pwned/);
      expect(resource).toContain("On the wire:");
      expect(result.files.get("client.ts")).toContain("@deprecated");
    }
  });

});

describe("the injection check", () => {
  it("would notice a planted identifier that escaped", () => {
    expect(codeIdentifiers("/** */ export const pwned = 1;").has("pwned")).toBe(true);
    expect(codeIdentifiers('/** export const pwned = 1; */ const s = "pwned";').has("pwned")).toBe(false);
  });
});
