/**
 * The gate against text that lies to a reviewer (Trojan Source, CVE-2021-42574).
 * This module owns two things:
 *
 * - `escapeInvisible` / `escapeInvisibleFiles`: the last pass over every
 *   generated file's text (generate.ts runs it after formatting, before the
 *   files are returned), which writes each invisible or bidirectional control
 *   character as a visible escape, `\u202E` (`\u{E0041}` beyond the BMP).
 * - `invisibleCharacterWarnings`: one located warning per place in the
 *   document holding such characters, so the user hears where they came from.
 *
 * Teams commit generated clients unread. A right-to-left override in a
 * description or an enum value makes a comment or a string literal display in
 * an order other than the one the compiler reads, and a zero-width space makes
 * two different strings look the same; escaped, both are plain to see in a diff.
 *
 * Why an escape is sound in every file kind (no value changes):
 * - TypeScript and JavaScript: `\u202E` means the same character inside string
 *   literals, template literals (the cooked value; only `String.raw` would see
 *   the difference, and no generated code takes spec text raw), regex literals
 *   and even identifiers (`a\u200Cb` is the identifier a, zero-width
 *   non-joiner, b), and it is plain visible text inside a comment. `\u{E0041}`
 *   is as good in strings, templates and identifiers (ES2015); in a regex
 *   literal it needs the `u` flag, but the generator writes no regex literal
 *   from spec text. A raw character after an odd number of backslashes (an
 *   identity escape in a string: the character itself) keeps that backslash
 *   as the escape's own, `\` + `u202E`, so the value stays and `\\` pairs stay
 *   pairs. U+2028/U+2029 are escaped too: in a `//` comment either one ends
 *   the comment (what follows it would be code), so escaping them can only
 *   make less of a file code, never more.
 * - JSON (`api.json`, `package.json`): `\u202E` is a valid string escape with
 *   the same value; characters beyond the BMP are written as their surrogate
 *   pair (`\uDB40\uDC41`), since JSON has no `\u{…}`. JSON allows none of
 *   these characters outside a string.
 * - Markdown (`api.md`, the package's README.md): the same `\u202E` text, not
 *   `<U+202E>`: a reviewer greps one spelling across the client and its
 *   reference, the code examples in api.md stay valid TypeScript, and a
 *   backslash before a letter is not a Markdown escape (CommonMark §2.4), so it
 *   renders as written in prose, code spans and code blocks alike, while
 *   `<U+…>` looks like an HTML tag to a renderer and a reader.
 */
import type { Diagnostic } from "../check/diagnostic.js";
import type { Pointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";

/**
 * Characters a reader cannot see or that reorder what they see: every format
 * character (general category Cf: the bidirectional embeddings, overrides and
 * isolates U+202A–U+202E, U+2066–U+2069, the marks U+061C, U+200E, U+200F,
 * zero-width U+200B–U+200D, U+2060–U+2064, U+FEFF, the soft hyphen U+00AD,
 * U+180E, the interlinear annotations U+FFF9–U+FFFB, the tags U+E0001,
 * U+E0020–U+E007F…), the line and paragraph separators U+2028/U+2029 (a line
 * break to JavaScript, none to most editors), and the Hangul fillers, letters
 * that draw as nothing (an "invisible identifier" is made of them).
 */
const INVISIBLE = /[\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]/gu;

/** One test for "any at all", without the global flag's `lastIndex` state. */
const HAS_INVISIBLE = /[\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;

/**
 * True when `text` holds a character `one` matches (HAS_INVISIBLE or HAS_REPORTED). Those are all
 * at U+00AD or above, and a Unicode property class scans a text about 25 times slower than a plain
 * class (GitHub's 25 MB of output: 95 ms against 4), so only the characters from U+00AD on are
 * tested with it, each with the one after it (an astral character is a surrogate pair).
 */
function holds(text: string, one: RegExp): boolean {
  // Its own object at each call: a global regex carries `lastIndex` from one scan to the next.
  const wide = /[^\x00-\xAC]/g;
  for (let match = wide.exec(text); match !== null; match = wide.exec(text)) {
    if (one.test(text.slice(match.index, match.index + 2))) return true;
  }
  return false;
}

/**
 * What a warning is given for: the same less U+2028/U+2029. Those are line
 * breaks, meant as such; the emitters already write them as line breaks in
 * prose and comments and as escapes in literals, and they hide or reorder
 * nothing, so the warning stays about the characters that do.
 */
const REPORTED = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
const HAS_REPORTED = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;

/** How a file's text spells an escape. */
export type EscapeStyle = "code" | "json" | "markdown";

/** `U+202E`, `U+E0041`: how a warning names a character. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

function hex4(unit: number): string {
  return unit.toString(16).toUpperCase().padStart(4, "0");
}

/** The escape without its leading backslash: `u202E`, `u{E0041}`, or a surrogate pair's `uDB40\uDC41` for JSON. */
function escapeBody(char: string, style: EscapeStyle): string {
  const code = char.codePointAt(0)!;
  if (code <= 0xffff) return `u${hex4(code)}`;
  if (style === "json") return `u${hex4(char.charCodeAt(0))}\\u${hex4(char.charCodeAt(1))}`;
  return `u{${code.toString(16).toUpperCase()}}`;
}

/** The style for a generated file, by its name. */
export function styleOf(path: string): EscapeStyle {
  if (/\.(md|markdown)$/i.test(path)) return "markdown";
  if (/\.json$/i.test(path)) return "json";
  // .ts, .d.ts, .js, .cjs, .mjs and anything else: the JavaScript escape is visible text everywhere else too.
  return "code";
}

/** `text` with every invisible or bidirectional control character written as a visible escape. */
export function escapeInvisible(text: string, style: EscapeStyle): string {
  if (!holds(text, HAS_INVISIBLE)) return text;
  return text.replace(INVISIBLE, (char: string, offset: number) => {
    let backslashes = 0;
    while (offset - backslashes - 1 >= 0 && text[offset - backslashes - 1] === "\\") backslashes++;
    // In code, `\` + the raw character is an identity escape meaning the character itself: that
    // backslash becomes the escape's (`\u202E`), so the value is unchanged and `\\` pairs stay pairs.
    const lead = style === "code" && backslashes % 2 === 1 ? "" : "\\";
    return `${lead}${escapeBody(char, style)}`;
  });
}

/** Every generated file through `escapeInvisible`, in the style its name says; changes `files` in place. */
export function escapeInvisibleFiles(files: Map<string, string>): Map<string, string> {
  for (const [path, text] of files) files.set(path, escapeInvisible(text, styleOf(path)));
  return files;
}

/** At most this many places get a warning of their own; the rest are counted in one more. */
export const MAX_PLACES = 20;

/** Offsets listed per place; a long run of them is summed up. */
const MAX_OFFSETS = 3;

interface Place {
  readonly pointer: Pointer;
  /** The key (a property name, a path) holds them, not the value. */
  readonly inKey: boolean;
  readonly text: string;
}

/** A value met on the walk, and how it was reached: its pointer is built only for a place found. */
interface Step {
  readonly value: unknown;
  readonly parent: Step | undefined;
  readonly key: string | number;
}

function pointerOf(step: Step): Pointer {
  const pointer: Array<string | number> = [];
  for (let at: Step | undefined = step; at?.parent !== undefined; at = at.parent) pointer.push(at.key);
  return pointer.reverse();
}

/** Each key and string value of `root` that holds such characters, in document order (data included: examples, enums, defaults). */
function findPlaces(root: unknown): Place[] {
  const places: Place[] = [];
  const seen = new Set<object>();
  // Depth first, children in order; an explicit stack, so a deep document cannot overflow the call stack.
  const stack: Step[] = [{ value: root, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === "string") {
      if (holds(value, HAS_REPORTED)) places.push({ pointer: pointerOf(step), inKey: false, text: value });
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    // A YAML alias makes one object appear twice; it is reported (and walked) once.
    seen.add(value);
    const children: Step[] = [];
    if (Array.isArray(value)) value.forEach((item, i) => children.push({ value: item, parent: step, key: i }));
    else {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const child = { value: item, parent: step, key };
        if (holds(key, HAS_REPORTED)) places.push({ pointer: pointerOf(child), inKey: true, text: key });
        children.push(child);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return places;
}

/** `U+202E at offset 5, U+200B at offset 9`: which characters, where in the string (UTF-16 offsets, as an editor's column). */
function describe(text: string): string {
  const found = [...text.matchAll(REPORTED)];
  const listed = found.slice(0, MAX_OFFSETS).map((m) => `${codePointName(m[0])} at offset ${m.index}`);
  const more = found.length - listed.length;
  return `${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** The escapes one place's characters are written as, deduplicated: `\u202E, \u200B`. */
function escapesOf(text: string): string {
  return [...new Set([...text.matchAll(REPORTED)].map((m) => `\\${escapeBody(m[0], "code")}`))].join(", ");
}

/**
 * One warning per place (a key or a string value) of the document that holds
 * invisible or bidirectional control characters, located at it, for the first
 * `MAX_PLACES` places, then one warning counting the rest. The messages name
 * code points only, never the characters, so a terminal shows them as they are.
 */
export function invisibleCharacterWarnings(document: Pick<LoadedDocument, "data" | "file" | "locate">): Diagnostic[] {
  const places = findPlaces(document.data);
  const warnings: Diagnostic[] = places.slice(0, MAX_PLACES).map((place) => ({
    severity: "warning",
    position: document.locate(place.pointer),
    message:
      `the document's text holds invisible or bidirectional control characters ` +
      `(${describe(place.text)}${place.inKey ? ", in this key" : ""}); ` +
      `they are escaped as ${escapesOf(place.text)} in the client, so a reviewer sees them`,
    fix: "remove them from the document unless they are meant (they can make text read differently than it is)",
  }));
  if (places.length > MAX_PLACES) {
    const rest = places.slice(MAX_PLACES);
    warnings.push({
      severity: "warning",
      position: document.locate(rest[0]!.pointer),
      message: `${rest.length} more place${rest.length === 1 ? "" : "s"} of the document hold invisible or bidirectional control characters (from here on); they are escaped in the client too`,
      fix: "search the document for them (for example grep -nP '[\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{FEFF}]')",
    });
  }
  return warnings;
}
