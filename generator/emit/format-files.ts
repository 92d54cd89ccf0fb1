/**
 * Formatting with prettier, in process, once per file: the client and errors
 * files, and the index and models files when one of their lines is too wide to
 * be printed as they are. The runtime is formatted once per generator version,
 * types.d.ts is printed by TypeScript and resources/ by ts-morph, so those pass
 * through unchanged (see emit-client-files.ts).
 */

/** The widest line prettier leaves alone. */
export const PRINT_WIDTH = 120;

const OPTIONS = { parser: "typescript", printWidth: PRINT_WIDTH, trailingComma: "all" } as const;

/** True when no code line of `text` is wider than prettier's print width (it never rewraps a comment). */
export function fitsPrintWidth(text: string): boolean {
  return text.split("\n").every((line) => line.length <= PRINT_WIDTH || /^\s*(\/\*|\*|\/\/)/.test(line));
}

/**
 * ts-morph's text in prettier's layout where the two differ in our emitters'
 * output: ts-morph prints an empty body (class, interface, constructor) on two
 * lines, prettier on one (`class NotFoundError extends ZepError<APIError> {}`).
 * The emitters print no string or comment with a line ending in ` {`.
 */
export function collapseEmptyBodies(text: string): string {
  return text.replace(/ \{\n[ \t]*\}$/gm, " {}");
}

export async function formatSource(text: string): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(text, OPTIONS);
}
