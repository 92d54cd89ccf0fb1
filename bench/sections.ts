/**
 * The bench's sections in report order, and BENCH_ONLY, which picks some of
 * them (comma-separated ids) so each part can be run alone.
 */

export const SECTIONS = [
  "github",
  "startup",
  "zep",
  "typecheck",
  "consumer-typecheck",
  "regeneration",
  "watch",
  "scaling",
  "runtime",
] as const;

export type Section = (typeof SECTIONS)[number];

/** The sections named by `raw` (all when empty or unset); unknown names are an error listing the known ones. */
export function selectSections(raw: string | undefined): readonly Section[] {
  if (raw === undefined || raw.trim() === "") return SECTIONS;
  const wanted = raw
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const unknown = wanted.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`BENCH_ONLY: unknown section ${unknown.join(", ")}; known: ${SECTIONS.join(", ")}`);
  }
  return SECTIONS.filter((section) => wanted.includes(section));
}
