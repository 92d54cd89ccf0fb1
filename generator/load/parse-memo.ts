/**
 * What a long-lived session (watch mode) keeps of the files it parsed, so a
 * save parses again only the files it changed: the spec's own file with its
 * positions (the `yaml` package's tree, which nothing changes), and each
 * file's data as the bundler reads it. A file is reused only when its text is
 * exactly the text last parsed. Paths are keys once made absolute: the loader and
 * the change report's locator name the same file differently.
 */
import { resolve } from "node:path";
import { parseYaml, type ParsedYaml } from "./yaml-positions.js";

/** A value made from a file's text, kept with that text. */
interface Remembered<T> {
  readonly text: string;
  readonly value: T;
}

export interface ParseMemo {
  /** Path → the text last parsed with positions, and its tree. */
  readonly positions: Map<string, Remembered<ParsedYaml>>;
  /** Path → the text the bundler last read, and its data. */
  readonly data: Map<string, Remembered<unknown>>;
}

export function newParseMemo(): ParseMemo {
  return { positions: new Map(), data: new Map() };
}

/** `make()`, or what it gave last time for the same text at `path`. */
function recall<T>(map: Map<string, Remembered<T>>, path: string, text: string, make: () => T): T {
  const key = resolve(path);
  const known = map.get(key);
  if (known !== undefined && known.text === text) return known.value;
  const value = make();
  map.set(key, { text, value });
  return value;
}

/** `text` parsed with positions, or the tree the memo holds for the same text at `path`. */
export function parseYamlAt(memo: ParseMemo | undefined, path: string, text: string): ParsedYaml {
  return memo === undefined ? parseYaml(text) : recall(memo.positions, path, text, () => parseYaml(text));
}

/**
 * `parse(text)` for the bundler, or what it gave for the same text at `path`. The bundle changes the
 * data it is given, so with a memo it gets a copy and the memo keeps the parse (a copy costs a third of one).
 */
export function bundlerDataAt(memo: ParseMemo | undefined, path: string, text: string, parse: () => unknown): unknown {
  return memo === undefined ? parse() : structuredClone(recall(memo.data, path, text, parse));
}
