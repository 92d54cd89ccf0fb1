/**
 * Formatting with prettier, in process, once per file. Files that are
 * already in prettier's style (the runtime) are passed through unchanged.
 */
const OPTIONS = { parser: "typescript", printWidth: 120, trailingComma: "all" } as const;

export async function formatSource(text: string): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(text, OPTIONS);
}
