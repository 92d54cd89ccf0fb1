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

export interface ParseMemo {
  /** Path → the text last parsed with positions, and its tree. */
  readonly positions: Map<string, { readonly text: string; readonly parsed: ParsedYaml }>;
  /** Path → the text the bundler last read, and its data. */
  readonly data: Map<string, { readonly text: string; readonly data: unknown }>;
}

export function newParseMemo(): ParseMemo {
  return { positions: new Map(), data: new Map() };
}

/** `text` parsed with positions, or the tree the memo holds for the same text at `path`. */
export function parseYamlAt(memo: ParseMemo | undefined, path: string, text: string): ParsedYaml {
  const known = memo?.positions.get(resolve(path));
  if (known !== undefined && known.text === text) return known.parsed;
  const parsed = parseYaml(text);
  memo?.positions.set(resolve(path), { text, parsed });
  return parsed;
}

/**
 * `parse(text)` for the bundler, or a copy of what it gave for the same text at `path`: the bundle
 * changes the data it is given, so the memo keeps a copy of its own (a copy costs a third of a parse).
 */
export function bundlerDataAt(memo: ParseMemo | undefined, path: string, text: string, parse: () => unknown): unknown {
  const known = memo?.data.get(resolve(path));
  if (known !== undefined && known.text === text) return structuredClone(known.data);
  const data = parse();
  memo?.data.set(resolve(path), { text, data: structuredClone(data) });
  return data;
}
