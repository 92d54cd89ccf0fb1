/** `.wiregenignore`: gitignore syntax over client-relative paths, read from the file's text (or its absence). */
import { describe, expect, it } from "vitest";
import { IGNORE_FILE, readIgnore } from "../../../generator/write/ignore-file.js";

describe("readIgnore", () => {
  const table: ReadonlyArray<readonly [string, { rules: string | undefined; ignored: string[]; written: string[] }]> = [
    ["no ignore file: nothing is ignored", { rules: undefined, ignored: [], written: ["index.ts", "resources/things.ts"] }],
    ["an empty file", { rules: "", ignored: [], written: ["index.ts"] }],
    ["only comments and blank lines", { rules: "# mine\n\n   \n", ignored: [], written: ["index.ts", "# mine"] }],
    ["one exact path", { rules: "resources/things.ts\n", ignored: ["resources/things.ts"], written: ["resources/other.ts", "things.ts"] }],
    ["a name with no slash matches at any depth", { rules: "README.md\n", ignored: ["README.md", "docs/README.md"], written: ["README.md.bak"] }],
    ["case is ignored, erring on the side of not writing", { rules: "Resources/Things.ts\n", ignored: ["resources/things.ts"], written: [] }],
    ["a leading slash anchors to the client folder", { rules: "/index.ts\n", ignored: ["index.ts"], written: ["resources/index.ts"] }],
    ["a directory covers everything under it", { rules: "runtime/\n", ignored: ["runtime/transport.ts", "runtime/deep/x.ts"], written: ["runtime.ts"] }],
    ["globs", { rules: "resources/*.ts\n**/*.md\n", ignored: ["resources/a.ts", "api.md", "docs/x.md"], written: ["resources/deep/a.ts", "index.ts"] }],
    ["a negation re-includes a file matched by a glob", { rules: "resources/*\n!resources/keep.ts\n", ignored: ["resources/a.ts"], written: ["resources/keep.ts"] }],
    ["as in git, a file inside an ignored directory cannot be re-included", { rules: "resources/\n!resources/keep.ts\n", ignored: ["resources/a.ts", "resources/keep.ts"], written: [] }],
    ["CRLF line endings, a BOM and trailing spaces from a Windows editor", { rules: "\uFEFFindex.ts\r\nruntime/   \r\n", ignored: ["index.ts", "runtime/x.ts"], written: ["api.md"] }],
  ];
  it.each(table)("%s", (_name, { rules, ignored, written }) => {
    const isIgnored = readIgnore(rules);
    for (const path of ignored) expect([path, isIgnored(path)]).toEqual([path, true]);
    for (const path of written) expect([path, isIgnored(path)]).toEqual([path, false]);
  });

  it("is named .wiregenignore", () => {
    expect(IGNORE_FILE).toBe(".wiregenignore");
  });
});
