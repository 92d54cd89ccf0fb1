/** The first line of every generated file. */
export const TOOL_NAME = "wiregen";

export function headerComment(specFile: string): string {
  return `// Generated from ${specFile.replace(/[\r\n\u2028\u2029]/g, " ")} by ${TOOL_NAME}. Do not edit.\n`;
}
