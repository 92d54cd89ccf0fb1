/**
 * Names derived from a spec's file path: the client's base name and the path
 * shown in generated headers. Kept apart from the pipeline so the CLI can use
 * them without loading it.
 */
import { basename, extname, isAbsolute, relative, sep } from "node:path";
import { isRemote, shownUrl } from "./load/remote-text.js";

/** The client's base name from its spec file: `spec/zep.yaml` → `zep`. */
export function clientBaseName(specFile: string): string {
  // A URL's name is its path's last segment: `https://x/v2/openapi.yaml?token=…` → `openapi`.
  const path = isRemote(specFile) && URL.canParse(specFile) ? new URL(specFile).pathname : specFile;
  return basename(path, extname(path)) || "api";
}

/** The spec path as the header shows it: relative to the working directory, so output does not depend on the machine. */
export function displayPath(specFile: string): string {
  if (isRemote(specFile)) return shownUrl(specFile);
  const path = isAbsolute(specFile) ? relative(process.cwd(), specFile) : specFile;
  return path.split(sep).join("/");
}
