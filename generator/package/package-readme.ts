/**
 * The package's README: how to install and import it (ES modules, CommonJS,
 * each per-resource entry point), then the client's reference, `api.md`, as
 * the generator wrote it, one heading level down so the README has one title.
 */
import { markdownText } from "../emit/markdown.js";
import type { PackageMeta } from "./package-meta.js";

export interface ReadmeInput {
  readonly meta: PackageMeta;
  /** The client's `api.md`. */
  readonly reference: string;
  /** The value names each entry subpath exports, e.g. `thread` → `["ZepThreadClient"]`. */
  readonly entryExports: ReadonlyMap<string, readonly string[]>;
}

const GENERATED_COMMENT = /^<!--[^\n]*-->\n+/;

/** Markdown headings one level deeper, outside fenced code blocks (a `#` line in a code block is code). */
function demoteHeadings(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split("\n")
    .map((line) => {
      const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (opener !== undefined) {
        if (fence === undefined) fence = opener;
        else if (opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
        return line;
      }
      return fence === undefined && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join("\n");
}

function importLine(names: readonly string[], from: string, style: "esm" | "cjs"): string {
  const list = names.join(", ");
  return style === "esm"
    ? `import { ${list} } from ${JSON.stringify(from)};`
    : `const { ${list} } = require(${JSON.stringify(from)});`;
}

export function toPackageReadme({ meta, reference, entryExports }: ReadmeInput): string {
  const generated = GENERATED_COMMENT.exec(reference)?.[0].trim();
  const body = demoteHeadings(reference.replace(GENERATED_COMMENT, "")).trim();
  const entries = [...meta.entries].sort((a, b) => (a.subpath < b.subpath ? -1 : a.subpath > b.subpath ? 1 : 0));
  // An entry also re-exports the error classes; the README shows the client each one is for.
  const entryLines = entries.map((entry) =>
    importLine(
      (entryExports.get(entry.subpath) ?? []).filter((name) => name.endsWith("Client")),
      `${meta.name}/${entry.subpath}`,
      "esm",
    ),
  );
  const sections = [
    ...(generated === undefined ? [] : [generated]),
    `# ${meta.name}`,
    // The description is the document's title: Markdown that renders as text, never as HTML.
    ...(meta.description === undefined ? [] : [markdownText(meta.description)]),
    "## Install",
    ["```sh", `npm install ${meta.name}`, "```"].join("\n"),
    "No dependencies. Runs on Node 20 or newer, Deno, Bun and browsers: anything with a global `fetch`. " +
      "Types are included, for `module` `nodenext`, `node16`, `bundler` and `commonjs`.",
    "## Import",
    "As an ES module:",
    ["```ts", importLine([meta.clientName], meta.name, "esm"), "```"].join("\n"),
    "From CommonJS:",
    ["```js", importLine([meta.clientName], meta.name, "cjs"), "```"].join("\n"),
    ...(entries.length === 0
      ? []
      : [
          "One resource on its own, so a bundle carries only that resource's operations " +
            `(each takes the same options as \`${meta.clientName}\`):`,
          ["```ts", ...entryLines, "```"].join("\n"),
        ]),
    body,
  ];
  return `${sections.join("\n\n")}\n`;
}
