/**
 * Spec text into Markdown: table cells, code spans and fenced blocks that
 * no spec string can break out of (a `|` ending a cell early, a newline
 * ending a row, a run of backticks closing a code span or fence), and prose
 * that renders as text, never as HTML or a script link.
 *
 * `api.md` and the package README are rendered by more than GitHub (which
 * sanitises): VS Code's preview, documentation portals and static-site
 * generators pass raw HTML through. So spec prose (`markdownText` for blocks,
 * `inlineText` for one line, `tableCell`) keeps its Markdown (emphasis, code
 * spans, lists, ordinary links) while:
 *
 * - a `<` that could start a tag, a comment or an autolink is written `&lt;`,
 *   so `<script>` or `<img onerror=…>` show as text. Only that `<` is escaped:
 *   `>` and `&` start no markup (an entity decodes to text), and escaping them
 *   would break blockquotes, `->` and entities the author wrote. Autolinks to
 *   http, https and mailto (`<https://…>`) stay.
 * - a link, image or link reference definition whose target has a scheme other
 *   than http, https or mailto (`javascript:`, `data:`, `vbscript:`…) loses its
 *   `]` to a `\]`, so it shows as the text it is; relative and `#anchor` targets stay.
 * - inside a code span or a fenced code block nothing is escaped (`&lt;` would
 *   show literally there). To keep the spans this module sees and the spans a
 *   renderer sees the same, a span is taken only on one line, and every
 *   backtick that does not open or close one is escaped (`\``): then every
 *   unescaped backtick a renderer meets is one of those spans' own. A fenced
 *   block is taken only when its opening fence starts the line (no container
 *   can hold it there); any other fence-like line is escaped, so it is text to
 *   a renderer too, and a fence the text leaves open is closed.
 *
 * What a renderer would show differently is only what is unusual: a code span
 * broken across lines or an indented code block shows its escapes.
 */

/** ASCII punctuation: what a backslash escapes in Markdown (CommonMark §2.4). */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** A `<` followed by one of these can open markup (a tag, `</`, `<!--`, `<!`, `<?`) or an autolink. */
const MARKUP_START = /[A-Za-z/!?]/;

/** CommonMark's autolinks (§6.5): an absolute URI or an email address between `<` and `>`. */
const URI_AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^\s<>\u0000-\u001F]*>/;
// Kept only when the address starts with a letter or digit: `<!--a@b.c>` at a line's start opens an HTML block first.
const EMAIL_AUTOLINK =
  /^<[A-Za-z0-9][A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/;

/** Link targets a reader can follow without running anything. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** Characters that, unescaped in a link's target or title, could act as Markdown if a renderer reads it as text. */
const TARGET_SPECIALS = new Set(["`", "<", "[", "]"]);

/** The length of the run of `char` starting at `i`. */
function runLength(text: string, i: number, char: string): number {
  let j = i;
  while (text[j] === char) j++;
  return j - i;
}

/** The start of the next run of exactly `length` backticks after `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  for (let j = from; j < text.length; ) {
    if (text[j] !== "`") {
      j++;
      continue;
    }
    const run = runLength(text, j, "`");
    if (run === length) return j;
    j += run;
  }
  return -1;
}

/**
 * A link target as a browser would resolve its scheme: backslash escapes and
 * numeric character references decoded, tabs and line breaks dropped (the URL
 * parser drops them), leading controls and spaces trimmed. A named reference
 * before the first `/`, `?` or `#` (`&colon;`) is not decoded: such a target is refused.
 */
export function isSafeTarget(target: string): boolean {
  const decoded = target
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/g, (_m, hex?: string, dec?: string) => {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    })
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+/, "");
  const head = /^[^/?#]*/.exec(decoded)![0];
  if (/&[A-Za-z][A-Za-z0-9]*;/.test(head)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(decoded)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** `text` with a backslash before each unescaped `` ` ``, `<`, `[` and `]` (escapes it already holds are kept). */
function escapeTargetText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length && PUNCTUATION.test(text[i + 1]!)) {
      out += c + text[i + 1]!;
      i++;
    } else out += TARGET_SPECIALS.has(c) ? `\\${c}` : c;
  }
  return out;
}

interface ParsedTarget {
  /** The target as written, without the angle brackets of `<…>`. */
  readonly target: string;
  readonly pointy: boolean;
  /** Where the target's text ends in the line. */
  readonly end: number;
}

/** A link destination (CommonMark §6.3) starting at `i`: `<…>` on one line, or a run without spaces and with balanced parentheses. */
function parseTarget(text: string, i: number): ParsedTarget | undefined {
  if (text[i] === "<") {
    for (let j = i + 1; j < text.length; j++) {
      const c = text[j]!;
      if (c === "\\" && j + 1 < text.length && PUNCTUATION.test(text[j + 1]!)) j++;
      else if (c === "<") return undefined;
      else if (c === ">") return { target: text.slice(i + 1, j), pointy: true, end: j + 1 };
    }
    return undefined;
  }
  let depth = 0;
  let j = i;
  for (; j < text.length; j++) {
    const c = text[j]!;
    if (c === "\\" && j + 1 < text.length && PUNCTUATION.test(text[j + 1]!)) j++;
    else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) break;
      depth--;
    } else if (/[\u0000-\u0020\u007F]/.test(c)) break;
  }
  return depth === 0 ? { target: text.slice(i, j), pointy: false, end: j } : undefined;
}

/** A link title (`"…"`, `'…'` or `(…)`) starting at `i`, as written; its end. */
function parseTitle(text: string, i: number): { readonly title: string; readonly end: number } | undefined {
  const open = text[i];
  const close = open === "(" ? ")" : open === '"' || open === "'" ? open : undefined;
  if (close === undefined) return undefined;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]!;
    if (c === "\\" && j + 1 < text.length && PUNCTUATION.test(text[j + 1]!)) j++;
    else if (c === close) return { title: text.slice(i, j + 1), end: j + 1 };
    else if (open === "(" && c === "(") return undefined;
  }
  return undefined;
}

/**
 * A target rewritten so that a renderer reads the same link from it, and,
 * reading it as text (no `[` opened the link), meets no tag, code span or
 * bracket: a `<…>` target becomes a bare one with its spaces, brackets and
 * parentheses percent-encoded (as a renderer would encode them in the URL).
 */
function targetSource({ target, pointy }: ParsedTarget): string {
  if (!pointy) return escapeTargetText(target);
  return target
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[\u0000-\u0020<>()[\]`\\\u007F]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** `(target "title")` after a link's `]`, starting at `i` (the `(`), rewritten; undefined when it is no link tail or its target is unsafe. */
function linkTail(text: string, i: number): { readonly source: string; readonly end: number } | undefined {
  let j = i + 1;
  const lead = /^[ \t]*/.exec(text.slice(j))![0];
  j += lead.length;
  const target = text[j] === ")" ? { target: "", pointy: false, end: j } : parseTarget(text, j);
  if (target === undefined || !isSafeTarget(target.target)) return undefined;
  j = target.end;
  let title = "";
  const gap = /^[ \t]*/.exec(text.slice(j))![0];
  if (gap.length > 0 && text[j + gap.length] !== ")") {
    const parsed = parseTitle(text, j + gap.length);
    if (parsed === undefined) return undefined;
    title = `${gap}${escapeTargetText(parsed.title)}`;
    j = parsed.end;
  } else j += gap.length;
  const tail = /^[ \t]*\)/.exec(text.slice(j))?.[0];
  if (tail === undefined) return undefined;
  return { source: `(${lead}${targetSource(target)}${title}${tail}`, end: j + tail.length };
}

/** `: target "title"` after a reference definition's `]`, starting at `i` (the `:`), to the end of the line; undefined when unsafe or not one. */
function definitionTail(text: string, i: number): string | undefined {
  const lead = /^[ \t]*/.exec(text.slice(i + 1))![0];
  const target = parseTarget(text, i + 1 + lead.length);
  if (target === undefined || (target.target === "" && !target.pointy) || !isSafeTarget(target.target)) return undefined;
  const rest = text.slice(target.end);
  if (/^[ \t]*$/.test(rest)) return `:${lead}${targetSource(target)}${rest}`;
  const gap = /^[ \t]+/.exec(rest)?.[0];
  const title = gap === undefined ? undefined : parseTitle(text, target.end + gap.length);
  if (title === undefined || !/^[ \t]*$/.test(text.slice(title.end))) return undefined;
  return `:${lead}${targetSource(target)}${gap}${escapeTargetText(title.title)}${text.slice(title.end)}`;
}

/**
 * One line of spec prose (no line break in it) as safe Markdown; see the
 * module comment. `pipesInSpans`: whether a code span may hold a `|` (not
 * where a GFM table could split the line into cells between its backticks).
 */
function safeLine(line: string, pipesInSpans: boolean): string {
  // The characters the branches below start at; its own object per call (`lastIndex` is state).
  const special = /[\\`<\]]/g;
  let out = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "\\" && i + 1 < line.length && PUNCTUATION.test(line[i + 1]!)) {
      out += line.slice(i, i + 2);
      i += 2;
    } else if (c === "`") {
      const length = runLength(line, i, "`");
      const close = closingRun(line, i + length, length);
      if (close >= 0 && (pipesInSpans || !line.slice(i + length, close).includes("|"))) {
        // A code span: its text is shown as it is, so nothing in it is escaped.
        out += line.slice(i, close + length);
        i = close + length;
      } else {
        out += "\\`".repeat(length);
        i += length;
      }
    } else if (c === "<") {
      const rest = line.slice(i);
      const uri = URI_AUTOLINK.exec(rest);
      const autolink = uri !== null && SAFE_SCHEMES.has(uri[1]!.toLowerCase()) ? uri : EMAIL_AUTOLINK.exec(rest);
      if (autolink !== null) {
        out += autolink[0];
        i += autolink[0].length;
      } else {
        out += i + 1 < line.length && MARKUP_START.test(line[i + 1]!) ? "&lt;" : "<";
        i++;
      }
    } else if (c === "]" && (line[i + 1] === "(" || line[i + 1] === ":")) {
      if (line[i + 1] === "(") {
        const tail = linkTail(line, i + 1);
        if (tail === undefined) {
          out += "\\]";
          i++;
        } else {
          out += `]${tail.source}`;
          i = tail.end;
        }
      } else {
        const tail = definitionTail(line, i + 1);
        if (tail === undefined) {
          out += "\\]";
          i++;
        } else {
          out += `]${tail}`;
          i = line.length;
        }
      }
    } else {
      // Up to the next character any branch above reads, copied at once: prose is mostly plain text.
      special.lastIndex = i + 1;
      const next = special.exec(line)?.index ?? line.length;
      out += line.slice(i, next);
      i = next;
    }
  }
  return out;
}

/** A line that opens a fenced code block wherever it stands: at the start of the line, ``` (no backtick after) or ~~~. */
const TOP_FENCE = /^(`{3,})[^`]*$|^(~{3,})/;

/** A line that could open a fence inside a container or indented: a run of three backticks or tildes after indentation or list and quote markers. */
const FENCE_LIKE = /^([ \t>*+\-.)0-9]*?)(`{3,}|~{3,})/;

/** A GFM table's delimiter row (`| --- | :-: |`): where one stands, a line may be split into cells. */
const DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function normalizeBreaks(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n");
}

/**
 * Spec prose (a description, possibly many lines and paragraphs) as safe
 * Markdown, trimmed; see the module comment.
 */
export function markdownText(text: string): string {
  const lines = normalizeBreaks(text.trim()).split("\n");
  const pipesInSpans = !lines.some((line) => line.includes("|") && line.includes("-") && DELIMITER_ROW.test(line));
  const out: string[] = [];
  let fence: { readonly char: string; readonly length: number } | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      out.push(line);
      const closer = new RegExp(`^ {0,3}${fence.char === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
      if (closer.test(line)) fence = undefined;
      continue;
    }
    const top = TOP_FENCE.exec(line);
    if (top !== null) {
      const run = top[1] ?? top[2]!;
      fence = { char: run[0]!, length: run.length };
      out.push(line);
      continue;
    }
    out.push(escapeFenceLike(safeLine(line, pipesInSpans)));
  }
  // A fence the text leaves open would hold everything after it in api.md.
  if (fence !== undefined) out.push(fence.char.repeat(fence.length));
  return out.join("\n");
}

/** A fence the line could still open (a tilde one; backtick runs are escaped already) written with its first character escaped. */
function escapeFenceLike(line: string): string {
  const match = FENCE_LIKE.exec(line);
  if (match === null || match[2]![0] !== "~") return line;
  return `${match[1]}\\${line.slice(match[1]!.length)}`;
}

/** Text for one table cell: safe prose (see `markdownText`), `|` escaped, paragraphs apart by `<br><br>`, on one line. */
export function tableCell(text: string): string {
  return normalizeBreaks(text.trim())
    .split(/[ \t]*\n\s*\n\s*/)
    .map((paragraph) => safeLine(paragraph.replace(/[ \t]*\n[ \t]*/g, " "), true))
    .join("<br><br>")
    .replace(/(\\*)\|/g, (_m, slashes: string) =>
      // A `|` after an even number of backslashes would end the cell: one more makes it `\|`, a pipe in the cell.
      slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`,
    );
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** `text` as an inline code span, fenced with more backticks than it holds (CommonMark §6.1). */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r\n?|[\n\u2028\u2029]/g, " ");
  const fence = "`".repeat(longestBacktickRun(oneLine) + 1);
  // A space each side when the text starts or ends with a backtick, which CommonMark strips again.
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** `code` as a fenced block, fenced with more backticks than any run inside it (CommonMark §4.5). */
export function codeBlock(code: string, language: string): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

/** Spec prose on one line (a heading or a list item), as safe Markdown. */
export function inlineText(text: string): string {
  return escapeFenceLike(safeLine(text.trim().replace(/\s+/g, " "), true));
}
