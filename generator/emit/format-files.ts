/**
 * Formatting with prettier, in process, once per file: the client, errors,
 * models and index files. The runtime is kept prettier-clean at the source,
 * types.d.ts is printed by TypeScript and resources/ by ts-morph, so those pass
 * through unchanged (see emit-client-files.ts).
 */
const OPTIONS = { parser: "typescript", printWidth: 120, trailingComma: "all" } as const;

export async function formatSource(text: string): Promise<string> {
  const prettier = await import("prettier");
  return prettier.format(text, OPTIONS);
}
