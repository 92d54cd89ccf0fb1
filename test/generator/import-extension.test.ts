/**
 * The import extension of a generated client: relative `.js` specifiers become
 * `.ts` by default and stay `.js` with `x-import-extension: js`; package
 * imports, other extensions and text that only looks like an import are left
 * alone. An unknown value is an error at its key.
 */
import { describe, expect, it } from "vitest";
import { withImportExtension } from "../../generator/emit/import-extension.js";
import { documentWith, modelOf } from "./helpers/model-of.js";

describe("withImportExtension", () => {
  const table: ReadonlyArray<readonly [string, { given: string; want: string }]> = [
    ["import type", { given: 'import type { A } from "./a.js";', want: 'import type { A } from "./a.ts";' }],
    ["export from a parent folder", { given: 'export { B } from "../runtime/b.js";', want: 'export { B } from "../runtime/b.ts";' }],
    ["a multi-line import", { given: 'import {\n  a,\n  b,\n} from "./c.js";', want: 'import {\n  a,\n  b,\n} from "./c.ts";' }],
    ["single quotes", { given: "import x from './x.js';", want: "import x from './x.ts';" }],
    ["a dynamic import", { given: 'await import("./lazy.js")', want: 'await import("./lazy.ts")' }],
    ["a package import stays", { given: 'import { x } from "pkg/x.js";', want: 'import { x } from "pkg/x.js";' }],
    ["a string in code stays", { given: 'const s = "./not-an-import.js";', want: 'const s = "./not-an-import.js";' }],
    ["a .json import stays", { given: 'import data from "./data.json";', want: 'import data from "./data.json";' }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(withImportExtension(given, "ts")).toBe(want);
    expect(withImportExtension(given, "js")).toBe(given);
  });
});

describe("x-import-extension", () => {
  it("defaults to ts", async () => {
    expect((await modelOf(documentWith())).model.importExtension).toBe("ts");
  });

  it("js keeps .js imports", async () => {
    const { model, diagnostics } = await modelOf(documentWith({ info: { title: "T", version: "1", "x-import-extension": "js" } }));
    expect(diagnostics).toEqual([]);
    expect(model.importExtension).toBe("js");
  });

  it("any other value is an error", async () => {
    const { diagnostics } = await modelOf(documentWith({ info: { title: "T", version: "1", "x-import-extension": ".mjs" } }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/x-import-extension must be "ts" or "js", not "\.mjs"/);
  });
});
