/**
 * The extension a generated client writes on its relative imports: a
 * setting of the project the client lands in, read by the model (the
 * document's `x-import-extension`), the CLI (`--import-extension`) and
 * detected from the project's configuration (detect-import-extension.ts).
 *
 * - `ts`: `./x.ts`, for projects that allow it (`allowImportingTsExtensions`,
 *   `rewriteRelativeImportExtensions`, Deno, Node's type stripping, Bun).
 * - `js`: `./x.js`, for `tsc` builds that emit JavaScript (NodeNext) and bundlers.
 * - `none`: `./x`, for projects that resolve the CommonJS way (`module:
 *   commonjs`, `moduleResolution: node10`), whose tools (Jest) do not map `.js` to `.ts`.
 */
export type ImportExtension = "ts" | "js" | "none";

export const IMPORT_EXTENSIONS: readonly ImportExtension[] = ["ts", "js", "none"];

/** The extension chosen and why, in words the command prints. */
export interface ImportExtensionChoice {
  readonly extension: ImportExtension;
  readonly reason: string;
}

/** `value` as an ImportExtension, or undefined when it is not one. */
export function asImportExtension(value: unknown): ImportExtension | undefined {
  return IMPORT_EXTENSIONS.find((e) => e === value);
}
