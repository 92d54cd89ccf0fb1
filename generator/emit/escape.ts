/**
 * The one way spec text reaches generated code. Doc text can never close its
 * comment or start a tag; literals are JSON with the line separators escaped,
 * so no spec string can break out of a comment or a string.
 */
import type { Docs } from "../model/ir.js";

/** Text safe inside a `/** … *\/` block. */
export function docText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[\u2028\u2029]/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      // Neither end of a comment may appear: `*/` would close it, `/*` confuses comment writers.
      .replace(/\*\//g, "*\\/")
      .replace(/\/\*/g, "/\\*")
      .replace(/(^|\s)@/g, "$1\\@")
      .trim()
  );
}

/** A string literal that is also valid inside a template or a comment-free line. */
export function stringLiteral(value: string): string {
  return dataLiteral(value);
}

/** A JSON value as a code literal (for data records), with the same escaping. */
export function dataLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface DocTag {
  readonly tagName: string;
  readonly text?: string;
}

/** The lines of a doc comment for `docs`, plus extra tags, ready for ts-morph's `docs`. */
export function toJsDoc(
  docs: Docs,
  extra: { before?: string[]; tags?: DocTag[] } = {},
): { description: string; tags: DocTag[] }[] {
  const parts: string[] = [];
  if (docs.summary !== undefined) parts.push(docText(docs.summary));
  if (docs.description !== undefined && docs.description.trim() !== docs.summary?.trim())
    parts.push(docText(docs.description));
  parts.push(...(extra.before ?? []));
  if (docs.wireExample !== undefined) parts.push(`On the wire: ${docText(JSON.stringify(docs.wireExample))}`);
  const tags: DocTag[] = [...(extra.tags ?? [])];
  if (docs.returns !== undefined) tags.push({ tagName: "returns", text: docText(docs.returns) });
  if (docs.example !== undefined) tags.push({ tagName: "example", text: docText(JSON.stringify(docs.example)) });
  if (docs.see !== undefined) tags.push({ tagName: "see", text: docText(docs.see) });
  if (docs.deprecated === true) tags.push({ tagName: "deprecated" });
  if (parts.length === 0 && tags.length === 0) return [];
  return [{ description: parts.join("\n\n"), tags }];
}
