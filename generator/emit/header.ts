/** The first line of every generated file. */
export const TOOL_NAME = "wiregen";

/** What the header promises about edits: a source client's folder is merged, not overwritten (write/keep-edits.ts). */
export const EDITS_KEPT = "Edits are kept: regeneration merges them with the spec's changes.";

export function headerComment(specFile: string): string {
  return `// Generated from ${specFile.replace(/[\r\n\u2028\u2029]/g, " ")} by ${TOOL_NAME}. ${EDITS_KEPT}\n`;
}
