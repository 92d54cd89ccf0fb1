/**
 * `BENCH_WRITE=splice`: puts the sections a `BENCH_ONLY` run measured into the
 * existing RESULTS.md in place of the same-titled sections (or, for a section
 * the file lacks, where the report's order puts it), leaving every other
 * section's figures as they were; then renumbers the sections and their list
 * in the header. Each spliced section says when, on which checkout and how it
 * was measured, since its figures no longer share the header's run.
 */
import { readFileSync, writeFileSync } from "node:fs";

interface Block {
  /** The heading's title without its number; undefined for the text before the first heading. */
  readonly title: string | undefined;
  readonly numbered: boolean;
  /** The block's lines after its heading. */
  readonly body: string;
}

/**
 * Title beginnings in the report's order (report.ts's sections()), for placing a section the file lacks. Sections
 * whose titles carry a compiler's version are matched by their beginning.
 */
const ORDER: readonly string[] = [
  "Full generation: GitHub",
  "Start-up",
  "Full generation: the whole Zep",
  "Type-checking the GitHub outputs",
  "Editor-style check",
  "Consumer type-check",
  "Regenerating",
  "Watch mode",
  "Scaling",
  "Runtime overhead",
  "Floors",
  "Where the time and memory go",
  "Profiles",
];

function rank(title: string): number {
  const index = ORDER.findIndex((prefix) => title.startsWith(prefix));
  return index === -1 ? ORDER.length : index;
}

function parse(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: { title: string | undefined; numbered: boolean; lines: string[] } = {
    title: undefined,
    numbered: false,
    lines: [],
  };
  const close = (): void => {
    blocks.push({ title: current.title, numbered: current.numbered, body: current.lines.join("\n") });
  };
  for (const line of markdown.split("\n")) {
    const heading = /^## (?:(\d+)\. )?(.+)$/.exec(line);
    if (heading === null) {
      current.lines.push(line);
      continue;
    }
    close();
    current = { title: heading[2]!, numbered: heading[1] !== undefined, lines: [] };
  }
  close();
  return blocks;
}

function render(blocks: readonly Block[]): string {
  let number = 0;
  const titles = blocks.filter((block) => block.numbered).map((block) => `${++number}. ${block.title}`);
  number = 0;
  return blocks
    .map((block) => {
      if (block.title === undefined) {
        // The header lists the sections; keep that list in step with the blocks.
        return block.body.replace(/^Sections: targets, .*\.$/m, `Sections: targets, ${titles.join("; ")}.`);
      }
      const heading = block.numbered ? `## ${++number}. ${block.title}` : `## ${block.title}`;
      return `${heading}\n${block.body}`;
    })
    .join("\n");
}

/** A Markdown table row's cells. */
function cells(line: string): string[] {
  return line
    .replace(/^\|\s?/, "")
    .replace(/\s?\|$/, "")
    .split(" | ");
}

/**
 * The fresh Targets block, with each row this run did not measure (verdict n/a) filled from the same-named row of
 * the existing block, if it has one: kept whole when it has today's columns, else marked as from the run named at
 * the top (its Node 20 and floor cells stay empty: the older runs had none).
 */
function spliceTargets(existing: Block | undefined, fresh: Block, stamp: string): Block {
  const old = new Map<string, string[]>();
  for (const line of existing?.body.split("\n") ?? []) {
    if (!line.startsWith("| ") || line.startsWith("| ---")) continue;
    const row = cells(line);
    if (row[0] !== undefined) old.set(row[0], row);
  }
  const body = fresh.body
    .split("\n")
    .map((line) => {
      if (!line.startsWith("| ") || line.startsWith("| ---")) return line;
      const row = cells(line);
      const earlier = old.get(row[0] ?? "");
      if (row[2] !== "n/a" || earlier === undefined || earlier[1] === undefined || earlier[2] === undefined) {
        return line;
      }
      // A row in today's shape (from an earlier splice) is kept whole; an older three-column row is marked.
      if (earlier.length === row.length) return `| ${earlier.join(" | ")} |`;
      const filled = [row[0]!, `${earlier[1]} (from the run named at the top)`, earlier[2], ...row.slice(3)];
      return `| ${filled.join(" | ")} |`;
    })
    .join("\n");
  const note =
    "Rows this run did not measure keep their earlier figures: from the run named at the top where marked, " +
    "else from the earlier splice named in their sections.";
  return { ...fresh, body: `\n${stamp} ${note}\n${body}` };
}

/**
 * `existing` with the numbered sections of `fresh` put in; `stamp` is the line added under each spliced
 * section's heading. Returns the spliced titles too, so the caller can say what changed.
 */
export function spliceSections(
  existing: string,
  fresh: string,
  stamp: string,
): { readonly markdown: string; readonly titles: readonly string[] } {
  const blocks = parse(existing);
  const freshBlocks = parse(fresh);
  const incoming = freshBlocks.filter((block) => block.numbered);
  // The targets table: this run's rows, the others kept from the existing file.
  const freshTargets = freshBlocks.find((block) => !block.numbered && block.title === "Targets");
  const targetsAt = blocks.findIndex((block) => !block.numbered && block.title === "Targets");
  if (freshTargets !== undefined && targetsAt !== -1) {
    blocks[targetsAt] = spliceTargets(blocks[targetsAt], freshTargets, stamp);
  }
  for (const block of incoming) {
    const stamped: Block = { ...block, body: `\n${stamp}\n${block.body}` };
    const same = blocks.findIndex((candidate) => candidate.numbered && candidate.title === block.title);
    if (same !== -1) {
      blocks[same] = stamped;
      continue;
    }
    // Before the first numbered section that comes later in the report's order, else after the last numbered one.
    const later = blocks.findIndex((candidate) => candidate.numbered && rank(candidate.title!) > rank(block.title!));
    const lastNumbered = blocks.map((candidate) => candidate.numbered).lastIndexOf(true);
    blocks.splice(later !== -1 ? later : lastNumbered + 1, 0, stamped);
  }
  return { markdown: render(blocks), titles: incoming.map((block) => block.title!) };
}

/** Splices `fresh`'s sections into the report at `path` and writes it back. */
export function spliceReport(path: string, fresh: string, stamp: string): readonly string[] {
  const { markdown, titles } = spliceSections(readFileSync(path, "utf8"), fresh, stamp);
  writeFileSync(path, markdown);
  return titles;
}
