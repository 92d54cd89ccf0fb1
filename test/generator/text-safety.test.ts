/**
 * Text that lies to a reviewer (issue 19, class 5). Teams commit generated
 * clients unread, so:
 *
 * - no invisible or bidirectional control character (Trojan Source,
 *   CVE-2021-42574) from the document reaches any generated file raw: each is
 *   a visible `\u202E` escape that means the same character (the client
 *   compiles, its types and its runtime strings equal the document's), and
 *   each place in the document that holds one gets a located warning
 *   (test/fixtures/hostile-text/invisible.yaml);
 * - `api.md` renders the document's prose as text: HTML, event handlers and
 *   `javascript:` links are neutralised while bold, code spans and https
 *   links stay Markdown (test/fixtures/hostile-text/markup.yaml), checked by
 *   rendering with markdown-it with raw HTML allowed and every link accepted,
 *   as a renderer that does not sanitise would.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../generator/check/diagnostic.js";
import {
  escapeInvisible,
  escapeInvisibleFiles,
  invisibleCharacterWarnings,
  MAX_PLACES,
} from "../../generator/emit/escape-invisible.js";
import { inlineText, markdownText, tableCell } from "../../generator/emit/markdown.js";
import { generate } from "../../generator/generate.js";
import { toPackageReadme } from "../../generator/package/package-readme.js";
import { toPackageFiles } from "../../generator/package/to-package-files.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";
import { ROOT } from "./helpers/paths.js";
import { positionOf } from "./helpers/source-position.js";

const INVISIBLE_FIXTURE = "test/fixtures/hostile-text/invisible.yaml";
const MARKUP_FIXTURE = "test/fixtures/hostile-text/markup.yaml";

/** Any format character, line or paragraph separator: none may be in a generated file raw. */
const RAW = /[\p{Cf}\u2028\u2029]/u;
/** The four the fixture plants. */
const PLANTED = ["\u202E", "\u2066", "\u200B", "\uFEFF"];

interface MarkdownRenderer {
  render(source: string): string;
  validateLink(url: string): boolean;
}
// markdown-it is in node_modules (through typedoc) without types; loaded untyped.
const MarkdownIt = createRequire(import.meta.url)("markdown-it") as new (options: { html: boolean }) => MarkdownRenderer;

/** A renderer that passes raw HTML through and follows any link, as VS Code's preview or a static-site generator may. */
function unsafeRenderer(): MarkdownRenderer {
  const md = new MarkdownIt({ html: true });
  md.validateLink = () => true;
  return md;
}

const ALLOWED_TAGS = new Set([
  ...["p", "code", "pre", "a", "strong", "em", "br", "hr", "img", "s", "ul", "ol", "li", "blockquote"],
  ...["h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"],
]);
const ALLOWED_ATTRIBUTES = new Set(["href", "src", "alt", "title", "class", "start", "style"]);

/** What in rendered HTML is not Markdown's own: a tag or attribute Markdown never makes, or a link that runs code. */
function unsafeHtml(html: string): string | undefined {
  for (const tag of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    if (!ALLOWED_TAGS.has(tag[1]!.toLowerCase())) return `the tag ${tag[0]}`;
    for (const attribute of tag[2]!.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      const name = attribute[1]!.toLowerCase();
      if (!ALLOWED_ATTRIBUTES.has(name)) return `the attribute ${name} in ${tag[0]}`;
      if (name !== "href" && name !== "src") continue;
      const url = (attribute[2] ?? "")
        .replace(/&amp;/g, "&")
        .replace(/[\t\n\r]/g, "")
        .trim()
        .toLowerCase();
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
      if (scheme !== undefined && !["http", "https", "mailto"].includes(scheme)) return `the link ${tag[0]}`;
    }
  }
  return undefined;
}

const scratch = useScratchDir("wiregen-text-safety-");
const clientDir = join(scratch, "invisible");

let invisible: Extract<Awaited<ReturnType<typeof generate>>, { ok: true }>;
let typeErrors: string[] = [];

/** Type-checked with the client: the escaped literal types are the document's strings, character for character. */
const USES = `import type { GetUserParams, User } from "./index.ts";

const role: NonNullable<User["role"]> = "gu\u202Eest";
// @ts-expect-error The override is part of the value: without it, it is another string.
const plain: NonNullable<User["role"]> = "guest";
const user: User = { "nick\u200Bname": "Al" };
const params: GetUserParams = { status: "dis\u202Eabled", "fil\u202Eter": "x" };
export { role, plain, user, params };
`;

beforeAll(async () => {
  const result = await generate(INVISIBLE_FIXTURE);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  invisible = result;
  await writeClients([{ outDir: clientDir, files: result.files }]);
  await writeFile(join(clientDir, "uses.ts"), USES);
  const { options } = ts.convertCompilerOptionsFromJson(strictFlags(), clientDir);
  const program = ts.createProgram({ rootNames: [join(clientDir, "index.ts"), join(clientDir, "uses.ts")], options });
  typeErrors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}, 90_000);

describe("invisible and bidirectional control characters in the document", () => {
  it("reach no generated file raw", () => {
    expect(invisible.files.size).toBeGreaterThan(5);
    for (const [path, text] of invisible.files) {
      const found = RAW.exec(text);
      expect(found, `${path} holds U+${found?.[0].codePointAt(0)?.toString(16)} at ${found?.index}`).toBeNull();
    }
  });

  it("are written as visible escapes in each place they reach", () => {
    const file = (path: string): string => invisible.files.get(path) ?? "";
    // A comment (the title, a description), a string literal (the server URL), a literal type (an enum
    // value), a quoted property name, JSON strings and Markdown prose, table cells and code.
    expect(file("client.ts")).toContain(" * Invisible\\u202E API");
    expect(file("client.ts")).toContain("Reads a user.\\u2066 Then deletes\\u202E nothing.");
    expect(file("definition.ts")).toContain('baseUrl: "https://api.example.com/v\\u20661"');
    expect(file("types.d.ts")).toContain('role?: "admin" | "gu\\u202Eest";');
    expect(file("types.d.ts")).toContain('"nick\\u200Bname"?: string;');
    expect(file("types.d.ts")).toContain("@example ex\\u200Bample");
    expect(file("api.json")).toContain('"enum": ["active", "dis\\u202Eabled"]');
    expect(file("api.md")).toContain("# Invisible\\u202E API: API reference");
    expect(file("api.md")).toContain("People\\uFEFF who call.");
    expect(file("api.md")).toContain('| `"active" \\| "dis\\u202Eabled"` |');
    expect(file("api.md")).toContain('getUser("ex\\u200Bample")');
    // JSON's escape reads back as the character.
    const json = JSON.parse(file("api.json")) as unknown;
    expect(JSON.stringify(json)).toContain("dis\u202Eabled");
  });

  it("each get a warning at the place in the document", async () => {
    const text = await readFile(join(ROOT, INVISIBLE_FIXTURE), "utf8");
    const warnings = invisible.diagnostics.filter((d) => d.message.includes("invisible or bidirectional"));
    // Each planted place, by the text at its start (a key's position is where the key starts).
    const places: Array<[string, string]> = [
      ['title: "Invisible', "U+202E"],
      ['description: "Reads a user.', "U+2066, U+202E"],
      ['url: "https://api.example.com/v', "U+2066"],
      ['name: "us\\u200Bers"', "U+200B"],
      ['description: "People', "U+FEFF"],
      ['tags: ["us\\u200Bers"]', "U+200B"],
      ['summary: "Get', "U+202E"],
      ['description: "Returns the user', "U+202E"],
      ['example: "ex\\u200Bample"', "U+200B"],
      ['"dis\\u202Eabled"', "U+202E"],
      ['default: "de\\uFEFFf"', "U+FEFF"],
      ['name: "fil\\u202Eter"', "U+202E"],
      ['description: "A filter', "U+2066"],
      ['description: "A user', "U+2066"],
      ['"nick\\u200Bname":', "U+200B"],
      ['description: "What', "U+202E"],
      ['"gu\\u202Eest"', "U+202E"],
    ];
    expect(warnings).toHaveLength(places.length);
    for (const [needle, points] of places) {
      const { line } = positionOf(text, needle);
      const here = warnings.filter((w) => w.position.line === line);
      expect(here, `a warning on line ${line} (${needle})`).toHaveLength(1);
      const warning = here[0]!;
      expect(warning.severity).toBe("warning");
      expect(warning.position.file).toBe(INVISIBLE_FIXTURE);
      for (const point of points.split(", ")) expect(warning.message).toContain(point);
      expect(warning.message).toMatch(/they are escaped as \\u[0-9A-F]{4}/);
      // The message names code points; it never holds the characters.
      expect(RAW.test(warning.message)).toBe(false);
    }
    const key = warnings.find((w) => w.position.line === positionOf(text, '"nick\\u200Bname":').line)!;
    expect(key.message).toBe(
      "the document's text holds invisible or bidirectional control characters (U+200B at offset 4, in this key); " +
        "they are escaped as \\u200B in the client, so a reviewer sees them",
    );
  });

  it("leave a client that compiles, whose types are the document's strings", () => {
    expect(typeErrors).toEqual([]);
  });

  it("leave runtime strings equal to the document's", async () => {
    const requests: string[] = [];
    const module = (await import(pathToFileURL(join(clientDir, "index.ts")).href)) as {
      InvisibleClient: new (options: { fetch: typeof fetch }) => {
        usErs: { getUser(id: string, params: Record<string, string>): PromiseLike<unknown> };
      };
    };
    const fetchStub = (input: RequestInfo | URL): Promise<Response> => {
      requests.push(input instanceof Request ? input.url : String(input));
      return Promise.resolve(Response.json({ id: "u1" }));
    };
    const client = new module.InvisibleClient({ fetch: fetchStub as typeof fetch });
    await client.usErs.getUser("u1", { status: "dis\u202Eabled", "fil\u202Eter": "x" });
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]!);
    // The server URL and the parameter's wire name were written as escapes; the request carries the characters.
    expect(`${url.origin}${decodeURIComponent(url.pathname)}`).toBe("https://api.example.com/v\u20661/users/u1");
    expect(url.searchParams.get("status")).toBe("dis\u202Eabled");
    expect(url.searchParams.get("fil\u202Eter")).toBe("x");
  });

  it("reach no file of the package kind raw, its package.json's description reading back as the title", async () => {
    const result = await generate(INVISIBLE_FIXTURE, undefined, {}, {
      forcedExtension: { extension: "js", reason: "the package kind compiles .js imports" },
    });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    const files = await toPackageFiles(result.files, {
      name: "invisible-client",
      version: "1.0.0",
      description: result.about.title,
      clientName: result.about.clientName,
      entries: [],
    });
    for (const [path, text] of files) expect(RAW.exec(text), path).toBeNull();
    const manifest = JSON.parse(files.get("package.json")!) as { description: string };
    expect(manifest.description).toBe("Invisible\u202E API");
    expect(files.get("README.md")).toContain("Invisible\\u202E API");
  }, 60_000);
});

describe("escapeInvisible", () => {
  it("keeps a value in code: strings, templates, identifiers, identity escapes, astral characters", () => {
    const source = [
      'const s = "a\u202Eb\u{E0041}";',
      "const t = `x\u2066${s}\u200B`;",
      "const zw\u200Cnj = 1;",
      // A backslash before the raw character is an identity escape: the character itself.
      'const e = "\\\u202E";',
      'const d = "\\\\\u202E";',
      "return [s, t, zw\u200Cnj, e, d];",
    ].join("\n");
    const escaped = escapeInvisible(source, "code");
    expect(RAW.test(escaped)).toBe(false);
    expect(/[\u{E0000}-\u{E007F}]/u.test(escaped)).toBe(false);
    expect(escaped).toContain('"a\\u202Eb\\u{E0041}"');
    expect(escaped).toContain('const e = "\\u202E";');
    expect(escaped).toContain('const d = "\\\\\\u202E";');
    const run = (code: string): unknown => new Function(code)();
    expect(run(escaped)).toEqual(run(source));
    expect(run(escaped)).toEqual([
      "a\u202Eb\u{E0041}",
      "x\u2066a\u202Eb\u{E0041}\u200B",
      1,
      "\u202E",
      "\\\u202E",
    ]);
  });

  it("turns a line separator that would end a // comment into comment text", () => {
    const source = "// title\u2028return 'injected';\nreturn 'safe';";
    expect(new Function(source)()).toBe("injected");
    expect(new Function(escapeInvisible(source, "code"))()).toBe("safe");
  });

  it("writes JSON escapes (a surrogate pair beyond the BMP) that parse back to the same value", () => {
    const value = { "k\u200Bey": ["v\u202E", "tag\u{E0041}", "\uFEFF", "\u00AD\u2028"] };
    const escaped = escapeInvisible(JSON.stringify(value), "json");
    expect(RAW.test(escaped)).toBe(false);
    expect(escaped).toContain("tag\\uDB40\\uDC41");
    expect(JSON.parse(escaped)).toEqual(value);
  });

  it("writes Markdown as the same visible text, and leaves text without such characters as it is", () => {
    expect(escapeInvisible("Get\u202E a `us\u200Ber`", "markdown")).toBe("Get\\u202E a `us\\u200Ber`");
    const plain = "Plain text, “quotes”, emoji 🦊 and accents é.";
    expect(escapeInvisible(plain, "code")).toBe(plain);
  });

  it("picks the style by the file's name", () => {
    const files = escapeInvisibleFiles(
      new Map([
        ["a.ts", "\u{E0041}"],
        ["a.d.ts", "\u{E0041}"],
        ["a.json", "\u{E0041}"],
        ["a.md", "\u202E"],
      ]),
    );
    expect([...files.values()]).toEqual(["\\u{E0041}", "\\u{E0041}", "\\uDB40\\uDC41", "\\u202E"]);
  });

  it("escapes every code point Unicode counts as invisible, and no other, wherever it stands", () => {
    // The scan tests only characters from U+00AD on with the Unicode class: check it against the class itself.
    const invisible = /^[\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]$/u;
    const points = [
      ...Array.from({ length: 0x10000 }, (_, i) => i).filter((i) => i < 0xd800 || i > 0xdfff),
      ...Array.from({ length: 0x2000 }, (_, i) => 0x10000 + i * 8),
      ...Array.from({ length: 0x100 }, (_, i) => 0xe0000 + i),
    ];
    for (const point of points) {
      const char = String.fromCodePoint(point);
      for (const text of [`a${char}b`, `é${char}`, `\u{1F600}${char}x`]) {
        const escaped = escapeInvisible(text, "code") !== text;
        if (escaped !== invisible.test(char)) expect.fail(`U+${point.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it(`warns for the first ${MAX_PLACES} places, then once for the rest`, () => {
    const data = { items: Array.from({ length: MAX_PLACES + 5 }, (_, i) => `item ${i}\u202E`) };
    const located: unknown[] = [];
    const warnings: Diagnostic[] = invisibleCharacterWarnings({
      file: "spec.yaml",
      data,
      locate: (pointer) => {
        located.push(pointer);
        return { file: "spec.yaml", line: located.length, column: 1 };
      },
    });
    expect(warnings).toHaveLength(MAX_PLACES + 1);
    expect(located[0]).toEqual(["items", 0]);
    expect(located[MAX_PLACES]).toEqual(["items", MAX_PLACES]);
    expect(warnings[MAX_PLACES]!.message).toMatch(/^5 more places of the document hold invisible/);
  });
});

describe("api.md from a document with HTML and script links in its prose", () => {
  let reference: string;
  let html: string;

  beforeAll(async () => {
    const result = await generate(MARKUP_FIXTURE);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    reference = result.files.get("api.md")!;
    html = unsafeRenderer().render(reference);
  }, 60_000);

  it("renders no tag, event handler or script link from the document", () => {
    expect(unsafeHtml(html)).toBeUndefined();
    for (const planted of ["<script", "<iframe", "<img", "<svg", "<b "]) expect(html).not.toContain(planted);
    // The handlers are there as text only, never inside a tag.
    expect(html).not.toMatch(/<[^>]*\bon(error|load|mouseover)=/);
    expect(html).not.toMatch(/(href|src)="javascript/i);
    // The text is shown, not dropped.
    expect(html).toContain("&lt;script&gt;alert('description')&lt;/script&gt;");
    expect(html).toContain("[click](javascript:alert('link'))");
  });

  it("keeps the document's Markdown: bold, code spans with <, links to https, relative links, anchors", () => {
    expect(reference).toContain("Lists **bold** pets; see `code <T>` and [docs](https://example.com).");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code &lt;T&gt;</code>");
    expect(html).toContain('<a href="https://example.com">docs</a>');
    expect(html).toContain('<a href="https://example.com/auto">https://example.com/auto</a>');
    expect(html).toContain('<a href="./pets.md">relative</a>');
    expect(html).toContain('<a href="#top">anchor</a>');
    expect(reference).toContain("a < b, x <= 3.");
  });

  it("leaves a fenced code block as it is: its < shown once, not as &lt;", () => {
    expect(reference).toContain('```html\n<div class="example">markup in a fenced block stays as it is</div>\n```');
    expect(html).toContain("&lt;div class=&quot;example&quot;&gt;markup in a fenced block");
    expect(html).not.toContain("&amp;lt;");
  });

  it("shows a reference definition to a script as text, and the reference to it as no link", () => {
    expect(reference).toContain("[evil\\]: javascript:alert('definition')");
    expect(html).toContain("[ref link][evil]");
  });

  it("makes the package README's description from the title safe too", () => {
    const readme = toPackageReadme({
      meta: { name: "markup-client", version: "1.0.0", description: "Pets <script>alert(1)</script>", clientName: "MarkupClient", entries: [] },
      reference,
      entryExports: new Map(),
    });
    expect(readme).toContain("Pets &lt;script>alert(1)&lt;/script>");
    expect(unsafeHtml(unsafeRenderer().render(readme))).toBeUndefined();
  });
});

describe("markdownText, tableCell and inlineText", () => {
  it("leave ordinary prose as it is", () => {
    for (const text of [
      "Returns all sessions.",
      "Field to order the results by: created_at, updated_at, user_id.",
      "a < b, x <= 3 and y -> z; Tom & Jerry; &amp; stays an entity.",
      "**bold**, _em_, `code <T>`, ``a ` b``, [docs](https://example.com/a_(b)) and <https://example.com>.",
      "- one\n- two\n\n1. first\n\n> a quote",
      "Mail <someone@example.com> or [us](mailto:us@example.com); see [below](#errors) or [the guide](../guide.md).",
      "```json\n{ \"a\": \"<b>\" }\n```",
    ])
      expect(markdownText(text)).toBe(text);
    expect(tableCell("A `Map<string, T>` | or not")).toBe("A `Map<string, T>` \\| or not");
    expect(inlineText("Get  a\n user")).toBe("Get a user");
  });

  it("neutralise each way out of the text", () => {
    const cases: Array<[string, string]> = [
      ["<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"],
      ["<!-- hidden -->", "&lt;!-- hidden -->"],
      ["[x](javascript:alert(1))", "[x\\](javascript:alert(1))"],
      ["[x](JaVaScRiPt:alert(1))", "[x\\](JaVaScRiPt:alert(1))"],
      ["[x]( <javascript:alert(1)>)", "[x\\]( &lt;javascript:alert(1)>)"],
      ["[x](javascript&#58;alert(1))", "[x\\](javascript&#58;alert(1))"],
      ["[x](javascript&colon;alert(1))", "[x\\](javascript&colon;alert(1))"],
      ["[x](java\\script:alert(1))", "[x](java\\script:alert(1))"],
      ["![x](data:image/svg+xml,<svg onload=alert(1)>)", "![x\\](data:image/svg+xml,&lt;svg onload=alert(1)>)"],
      ["[a]: vbscript:msgbox", "[a\\]: vbscript:msgbox"],
      ["<javascript:alert(1)>", "&lt;javascript:alert(1)>"],
      // Backticks no span pairs are escaped, so a renderer pairs the same ones this module does.
      ["a `b\nc `<script>` d`", "a \\`b\nc `<script>` d\\`"],
      // A title swallowing a backtick cannot shift the spans after it.
      ['[x](/a "t`") <script>`', '[x](/a "t\\`") &lt;script>\\`'],
      // A link's target read as text (no `[` opened it) holds no bracket or tag either.
      ["x](a[y](javascript:alert(1)))", "x](a\\[y\\](javascript:alert(1)))"],
      // A fence opened inside a list item is not taken as code; one left open is closed.
      ["- ```\n  <script>", "- \\`\\`\\`\n  &lt;script>"],
      ["```\n<b>", "```\n<b>\n```"],
      ["x\n  ~~~\n<b>", "x\n  \\~~~\n&lt;b>"],
    ];
    for (const [text, want] of cases) expect(markdownText(text), text).toBe(want);
    // In a table, a `|` the author escaped stays one pipe, and one after an escaped backslash cannot end the cell.
    expect(tableCell("a\\|b \\\\| c")).toBe("a\\|b \\\\\\| c");
  });

  it("never render markup, whatever the text (property test)", () => {
    const md = unsafeRenderer();
    const pieces = [
      ...["<", ">", "`", "``", "```", "~~~", "\n", "\n\n", " ", "    ", "[", "]", "(", ")", "](", "]:", "!", "\\"],
      ...["|", "- ", "> ", "1. ", "*", "_", '"', "'", "&", "&#58;", "&colon;", "script", "a", "x@y.z", ":", "/"],
      ...["img src=x onerror=y", "javascript:x", "http://e.com", "<https://e.com>", "<!--", "-->", "<?", "<!X"],
      ...["<div>", "<pre>", "</", "`<x>`", "\n```\n", "\n  ```\n", "- ```", "> ```", "\n    <x>", "| --- |"],
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
    // What follows a description in api.md: a code block of the generator's own, which must stay code.
    const after = '\n\n```ts\nconst a = "<x>";\n```\n\nafter';
    fc.assert(
      fc.property(text, (t) => {
        for (const markdown of [
          `${markdownText(t)}${after}`,
          `| a |\n| --- |\n| ${tableCell(t)} |${after}`,
          `# ${inlineText(t)}${after}`,
        ]) {
          const problem = unsafeHtml(md.render(markdown));
          if (problem !== undefined) throw new Error(`${JSON.stringify(t)} → ${JSON.stringify(markdown)}: ${problem}`);
        }
      }),
      { numRuns: 3000, seed: 19 },
    );
  });
});
