/**
 * Spec text cannot become code. The escaping fixture puts comment closers,
 * template syntax, backticks, quotes and line separators in every place spec
 * text reaches; here every generated file is tokenised with TypeScript's own
 * scanner and no identifier from that text may appear outside comments and
 * string literals.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";

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

describe("spec text with comment closers, templates and quotes", () => {
  it("stays inside comments and string literals in every generated file", async () => {
    const result = await generate("test/fixtures/escaping/escaping.yaml");
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
  });

  it("would notice a planted identifier that escaped", () => {
    expect(codeIdentifiers("/** */ export const pwned = 1;").has("pwned")).toBe(true);
    expect(codeIdentifiers('/** export const pwned = 1; */ const s = "pwned";').has("pwned")).toBe(false);
  });
});
