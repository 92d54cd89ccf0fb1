/** Line and column of a piece of text, computed from the fixture itself so tests never guess them. */

export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** 1-based line and column where the `occurrence`-th (0-based) `needle` starts in `text`. */
export function positionOf(text: string, needle: string, occurrence = 0): LineColumn {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
