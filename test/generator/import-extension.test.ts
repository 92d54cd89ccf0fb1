/**
 * The import extension of a generated client: relative `.js` specifiers of
 * the client's TypeScript modules become `.ts` by default and stay `.js` with
 * `x-import-extension: js`; a resource's `.js` script, package imports, other
 * extensions and text that only looks like an import are left alone. An
 * unknown value is an error at its key.
 */
import { describe, expect, it } from "vitest";
import { withImportExtension } from "../../generator/emit/import-extension.js";
import { documentWith, modelOf } from "./helpers/model-of.js";

describe("withImportExtension", () => {
  const table: ReadonlyArray<readonly [string, { given: string; want: string }]> = [
    ["import type", { given: 'import type { A } from "./a.js";', want: 'import type { A } from "./a.ts";' }],
    [
      "export from a parent folder",
      { given: 'export { B } from "../runtime/b.js";', want: 'export { B } from "../runtime/b.ts";' },
    ],
    [
      "a multi-line import",
      { given: 'import {\n  a,\n  b,\n} from "./c.js";', want: 'import {\n  a,\n  b,\n} from "./c.ts";' },
    ],
    ["single quotes", { given: "import x from './x.js';", want: "import x from './x.ts';" }],
    ["a dynamic import", { given: 'await import("./lazy.js")', want: 'await import("./lazy.ts")' }],
    ["a package import stays", { given: 'import { x } from "pkg/x.js";', want: 'import { x } from "pkg/x.js";' }],
    ["a string in code stays", { given: 'const s = "./not-an-import.js";', want: 'const s = "./not-an-import.js";' }],
    ["a .json import stays", { given: 'import data from "./data.json";', want: 'import data from "./data.json";' }],
    [
      "a script of the client stays",
      { given: 'import { R } from "./resources/r.js";', want: 'import { R } from "./resources/r.js";' },
    ],
    [
      "a declaration file stays",
      { given: 'import type { paths } from "./types.d.ts";', want: 'import type { paths } from "./types.d.ts";' },
    ],
  ];
  // The client the imports are in: `sub/file.ts` beside the TypeScript modules the specifiers name.
  const tsFiles = new Set(["sub/a.ts", "runtime/b.ts", "sub/c.ts", "sub/x.ts", "sub/lazy.ts", "sub/not-an-import.ts"]);
  it.each(table)("%s", (_name, { given, want }) => {
    const from = given.includes("../runtime/")
      ? "sub/file.ts"
      : given.includes("./resources/")
        ? "client.ts"
        : "sub/file.ts";
    expect(withImportExtension(given, "ts", from, tsFiles)).toBe(want);
    expect(withImportExtension(given, "js", from, tsFiles)).toBe(given);
  });
});

describe("x-import-extension", () => {
  it("defaults to ts", async () => {
    expect((await modelOf(documentWith())).model.importExtension).toBe("ts");
  });

  it("js keeps .js imports", async () => {
    const { model, diagnostics } = await modelOf(
      documentWith({ info: { title: "T", version: "1", "x-import-extension": "js" } }),
    );
    expect(diagnostics).toEqual([]);
    expect(model.importExtension).toBe("js");
  });

  it("any other value is an error", async () => {
    const { diagnostics } = await modelOf(
      documentWith({ info: { title: "T", version: "1", "x-import-extension": ".mjs" } }),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/x-import-extension must be "ts" or "js", not "\.mjs"/);
  });
});
