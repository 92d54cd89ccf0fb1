/**
 * Names derived from a spec's file path: the client's base name and the path
 * shown in generated headers. Kept apart from the pipeline so the CLI can use
 * them without loading it.
 */
import { basename, extname, isAbsolute, relative, sep } from "node:path";

/** The client's base name from its spec file: `spec/zep.yaml` → `zep`. */
export function clientBaseName(specFile: string): string {
  return basename(specFile, extname(specFile));
}

/** The spec path as the header shows it: relative to the working directory, so output does not depend on the machine. */
export function displayPath(specFile: string): string {
  const path = isAbsolute(specFile) ? relative(process.cwd(), specFile) : specFile;
  return path.split(sep).join("/");
}
