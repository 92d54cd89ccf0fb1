/**
 * The TypeScript compilers every type-check is run with: 5.9 (the project's
 * `typescript`, a JavaScript compiler) and 7.0 (the aliased `typescript-7`,
 * whose bin/tsc is a node launcher for the native compiler). Each is run with
 * this node, so both are timed the same way, launcher included.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "./measure-process.js";

export type CompilerId = "5.9" | "7.0";

export interface Compiler {
  readonly id: CompilerId;
  /** "TypeScript 5.9.3", read from the installed package. */
  readonly label: string;
  /** Absolute path of the package's bin/tsc. */
  readonly tsc: string;
}

const PACKAGES: readonly { readonly id: CompilerId; readonly dir: string }[] = [
  { id: "5.9", dir: "typescript" },
  { id: "7.0", dir: "typescript-7" },
];

export function compilers(repoRoot: string): readonly Compiler[] {
  return PACKAGES.map(({ id, dir }) => {
    const root = join(repoRoot, "node_modules", dir);
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string }).version;
    if (version === undefined || !version.startsWith(`${id}.`)) {
      throw new Error(`node_modules/${dir} should hold TypeScript ${id}.x, found ${version ?? "nothing"}; run npm ci`);
    }
    return { id, label: `TypeScript ${version}`, tsc: join(root, "bin", "tsc") };
  });
}

/** `tsc -p project` with `compiler`, run from the repository root. */
export function tscCommand(compiler: Compiler, repoRoot: string, project: string): Command {
  return { argv: [process.execPath, compiler.tsc, "-p", project], cwd: repoRoot };
}
