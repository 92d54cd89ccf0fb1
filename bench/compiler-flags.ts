/**
 * The compiler options every tool's output is checked with, and the ladder of
 * relaxations tried (in order) when a tool's output does not compile with the
 * full set; the first step that compiles is used and reported as a deviation.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface FlagSet {
  /** Short name for the report. */
  readonly label: string;
  /** What differs from the first step; empty for the full set. */
  readonly deviation: string;
  readonly options: Readonly<Record<string, unknown>>;
}

const BASE: Readonly<Record<string, unknown>> = {
  target: "es2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["es2022", "dom", "dom.iterable"],
  types: [],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  // Ours is generated with no tsconfig.json above it, where the CLI makes its imports end in `.ts`.
  allowImportingTsExtensions: true,
};

export const FLAG_LADDER: readonly FlagSet[] = [
  {
    label: "strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess",
    deviation: "",
    options: { ...BASE, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
  },
  {
    label: "strict + noUncheckedIndexedAccess",
    deviation: "without exactOptionalPropertyTypes",
    options: { ...BASE, noUncheckedIndexedAccess: true },
  },
  {
    label: "strict",
    deviation: "without exactOptionalPropertyTypes and noUncheckedIndexedAccess",
    options: { ...BASE },
  },
  {
    label: "strict but strictNullChecks: false",
    deviation: "without exactOptionalPropertyTypes, noUncheckedIndexedAccess and strictNullChecks",
    options: { ...BASE, strictNullChecks: false },
  },
];

/** Writes `dir/tsconfig.json` for `flags`, covering either globs (`include`) or entry files (`files`). */
export function writeTsconfig(
  dir: string,
  flags: FlagSet,
  scope: { readonly include: readonly string[] } | { readonly files: readonly string[] },
): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "tsconfig.json");
  writeFileSync(path, `${JSON.stringify({ compilerOptions: flags.options, ...scope }, null, 2)}\n`);
  // ESM, like the generated code expects; outputs without their own package.json get one from the work root.
  writeFileSync(join(dir, "package.json"), `{ "type": "module" }\n`);
  return path;
}
