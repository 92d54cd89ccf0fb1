/**
 * Doc comments printed here instead of by ts-morph, to the same text. ts-morph
 * writes every character through code-block-writer, which tracks strings and
 * comments one character at a time, with a new writer for each doc and tag;
 * on GitHub's document the doc comments are 1.6 MB of the 2.9 MB of
 * resources, and printing them was half of ts-morph's time.
 *
 * Each doc of plain text (a string, or a description and tags of strings) is
 * handed to ts-morph as a one-line placeholder, which it prints at the right
 * indentation; the placeholder's line is then replaced by the comment as
 * ts-morph would have printed it (its JSDoc and tag printers' rules, checked
 * against ts-morph itself in splice-docs.test.ts). A file with any other doc
 * (a writer function, a text with a carriage return or a comment's end) is
 * printed by ts-morph whole.
 */

interface TagLike {
  readonly tagName: string;
  readonly text?: string | undefined;
}

/** A doc whose printed text is known from its data alone. */
type PlainDoc = string | { readonly description?: string | undefined; readonly tags?: readonly TagLike[] | undefined };

const OPEN = "\u0000wiregen-doc-";
const CLOSE = "\u0000";

function isPlainDoc(doc: unknown): doc is PlainDoc {
  if (typeof doc === "string") return true;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return false;
  const { description, tags, ...rest } = doc as Record<string, unknown>;
  // `kind` is the structure's own tag; any other key ts-morph might print is left to it.
  if (Object.keys(rest).some((key) => key !== "kind")) return false;
  if (description !== undefined && typeof description !== "string") return false;
  if (tags === undefined) return true;
  return (
    Array.isArray(tags) &&
    tags.every(
      (tag) =>
        typeof tag === "object" &&
        tag !== null &&
        typeof (tag as TagLike).tagName === "string" &&
        ((tag as TagLike).text === undefined || typeof (tag as TagLike).text === "string") &&
        Object.keys(tag).every((key) => key === "tagName" || key === "text" || key === "kind"),
    )
  );
}

/** A tag as ts-morph's tag printer writes it: `@name text`, its lines joined (no stars: those come with the comment). */
function tagText(tag: TagLike): string {
  const text = tag.text ?? "";
  const space = text.length > 0 && !/^\r?\n/.test(text) ? " " : "";
  return `@${tag.tagName}${space}${text}`.split(/\r?\n/).join("\n");
}

/** The comment's text before it is split into lines: the description, then each tag on lines of its own. */
function docText(doc: PlainDoc): string {
  if (typeof doc === "string") return doc;
  const description = doc.description ?? "";
  const tags = doc.tags ?? [];
  if (tags.length === 0) return description;
  return `${description}${description.length > 0 ? "\n" : ""}${tags.map(tagText).join("\n")}`;
}

/** The comment at `indent`, as ts-morph's JSDoc printer lays it out. */
function printDoc(doc: PlainDoc, indent: string): string {
  const lines = docText(doc).split(/\r?\n/);
  if (lines.length <= 1) {
    const line = lines[0]!;
    return `${indent}/** ${line}${line === "" || line.endsWith(" ") ? "" : " "}*/`;
  }
  const body = lines.slice(lines[0] === "" ? 1 : 0).map((line) => `${indent} *${line.length > 0 ? ` ${line}` : ""}`);
  return [`${indent}/**`, ...body, `${indent} */`].join("\n");
}

/**
 * Left to ts-morph: an empty text; a carriage return (code-block-writer has rules of its own for
 * it); and either end of a comment, after which code-block-writer reads what follows as code (the
 * emitters escape both, escape.ts).
 */
function printable(text: string): boolean {
  return text !== "" && !text.includes("\r") && !text.includes("*/") && !text.includes("/*");
}

/** Thrown when a doc must be left to ts-morph: the file is then printed by it whole. */
class LeftToTsMorph extends Error {}

/** `value` with every doc in a `docs` list replaced by a placeholder string, recorded in `docs`. */
function withPlaceholders(value: unknown, docs: PlainDoc[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withPlaceholders(item, docs));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "docs" && Array.isArray(item)) {
      out[key] = item.map((doc: unknown) => {
        // Whole files, not single docs: what ts-morph writes for one changes how it writes what follows.
        if (!isPlainDoc(doc) || !printable(docText(doc))) throw new LeftToTsMorph();
        docs.push(doc);
        return `${OPEN}${docs.length - 1}${CLOSE}`;
      });
    } else {
      out[key] = withPlaceholders(item, docs);
    }
  }
  return out;
}

/**
 * `print(statements)`, with the plain docs printed here: the same text as
 * ts-morph prints, made without code-block-writer.
 */
export function printWithDocs<T>(statements: readonly T[], print: (statements: T[]) => string): string {
  const docs: PlainDoc[] = [];
  let placed: T[];
  try {
    placed = statements.map((statement) => withPlaceholders(statement, docs) as T);
  } catch (error) {
    if (error instanceof LeftToTsMorph) return print([...statements]);
    throw error;
  }
  const text = print(placed);
  if (docs.length === 0) return text;
  const placeholder = new RegExp(`^([ \\t]*)/\\*\\* ${OPEN}(\\d+)${CLOSE} \\*/$`, "gm");
  return text.replace(placeholder, (_line, indent: string, index: string) => printDoc(docs[Number(index)]!, indent));
}
