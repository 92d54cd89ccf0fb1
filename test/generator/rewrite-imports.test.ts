/**
 * The import extension of a generated client: relative `.js` specifiers of
 * the client's own modules become `.ts` (`.d.ts` for a declaration file),
 * stay `.js`, or lose their extension; package imports, specifiers that name
 * no file of the client, and text that only looks like an import are left
 * alone. `x-import-extension` on the document's info sets it; an unknown
 * value is an error at its key.
 */
import { describe, expect, it } from "vitest";
import { withImportExtension } from "../../generator/emit/rewrite-imports.js";
import type { ImportExtension } from "../../generator/project/import-extension.js";
import { documentWith, modelOf } from "./helpers/model-of.js";

describe("withImportExtension", () => {
  const table: ReadonlyArray<readonly [string, { given: string; want: Record<ImportExtension, string> }]> = [
    [
      "import type",
      {
        given: 'import type { A } from "./a.js";',
        want: { ts: 'import type { A } from "./a.ts";', js: 'import type { A } from "./a.js";', none: 'import type { A } from "./a";' },
      },
    ],
    [
      "export from a parent folder",
      {
        given: 'export { B } from "../runtime/b.js";',
        want: {
          ts: 'export { B } from "../runtime/b.ts";',
          js: 'export { B } from "../runtime/b.js";',
          none: 'export { B } from "../runtime/b";',
        },
      },
    ],
    [
      "a multi-line export",
      {
        given: 'export {\n  a,\n  b,\n} from "./c.js";',
        want: { ts: 'export {\n  a,\n  b,\n} from "./c.ts";', js: 'export {\n  a,\n  b,\n} from "./c.js";', none: 'export {\n  a,\n  b,\n} from "./c";' },
      },
    ],
    [
      "a declaration file",
      {
        given: 'import type { paths } from "./types.js";',
        want: {
          ts: 'import type { paths } from "./types.d.ts";',
          js: 'import type { paths } from "./types.js";',
          none: 'import type { paths } from "./types";',
        },
      },
    ],
    ["single quotes", { given: "import x from './x.js';", want: { ts: "import x from './x.ts';", js: "import x from './x.js';", none: "import x from './x';" } }],
    [
      "a package import stays",
      { given: 'import { x } from "pkg/x.js";', want: { ts: 'import { x } from "pkg/x.js";', js: 'import { x } from "pkg/x.js";', none: 'import { x } from "pkg/x.js";' } },
    ],
    [
      "a file that is not the client's stays",
      { given: 'import { y } from "./elsewhere.js";', want: { ts: 'import { y } from "./elsewhere.js";', js: 'import { y } from "./elsewhere.js";', none: 'import { y } from "./elsewhere.js";' } },
    ],
    [
      "a string in code stays",
      { given: 'const s = "from \'./a.js\'";', want: { ts: 'const s = "from \'./a.js\'";', js: 'const s = "from \'./a.js\'";', none: 'const s = "from \'./a.js\'";' } },
    ],
    [
      "an import in a comment stays",
      {
        given: '/**\n * import { A } from "./a.js";\n */',
        want: { ts: '/**\n * import { A } from "./a.js";\n */', js: '/**\n * import { A } from "./a.js";\n */', none: '/**\n * import { A } from "./a.js";\n */' },
      },
    ],
    [
      "a declaration followed by a comment that quotes an import stays (the spec's description, say)",
      {
        given: "export interface AOptions extends ClientOptions {}\n\n/**\n * from './a.js'\n */\nexport const b = 1;",
        want: {
          ts: "export interface AOptions extends ClientOptions {}\n\n/**\n * from './a.js'\n */\nexport const b = 1;",
          js: "export interface AOptions extends ClientOptions {}\n\n/**\n * from './a.js'\n */\nexport const b = 1;",
          none: "export interface AOptions extends ClientOptions {}\n\n/**\n * from './a.js'\n */\nexport const b = 1;",
        },
      },
    ],
    [
      "a line comment after an export clause stays",
      { given: "export {}\n// from './a.js'", want: { ts: "export {}\n// from './a.js'", js: "export {}\n// from './a.js'", none: "export {}\n// from './a.js'" } },
    ],
  ];
  // The client the imports are in: `sub/file.ts` beside the modules the specifiers name.
  const modules = new Set(["sub/a.ts", "runtime/b.ts", "sub/c.ts", "sub/x.ts", "sub/types.d.ts"]);
  it.each(table)("%s", (_name, { given, want }) => {
    for (const extension of ["ts", "js", "none"] as const) {
      expect(withImportExtension(given, extension, "sub/file.ts", modules), extension).toBe(want[extension]);
    }
  });
});

describe("x-import-extension", () => {
  it("is unset by default: the project decides", async () => {
    expect((await modelOf(documentWith())).model.importExtension).toBeUndefined();
  });

  it.each(["ts", "js", "none"])("%s is read, with a warning naming the config key that replaces it", async (value) => {
    const { model, diagnostics } = await modelOf(
      documentWith({ info: { title: "T", version: "1", "x-import-extension": value } }),
    );
    expect(diagnostics).toEqual([expect.stringMatching(/warning: x-import-extension is a setting of the project[^]*`importExtension` in wiregen\.config\.ts/)]);
    expect(model.importExtension).toBe(value);
  });

  it("any other value is an error", async () => {
    const { diagnostics } = await modelOf(
      documentWith({ info: { title: "T", version: "1", "x-import-extension": ".mjs" } }),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/x-import-extension must be "ts", "js", "none", not "\.mjs"/);
  });
});
