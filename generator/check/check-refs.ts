/**
 * Every local `$ref` must name something that exists. (External refs were
 * bundled at load time; the bundler reported any it could not follow.)
 */
import { formatPointer, getAt, parsePointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import type { Diagnostic } from "./diagnostic.js";

export function checkRefs(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const found = new Map<string, boolean>();
  for (const site of document.refs) {
    if (!site.ref.startsWith("#")) continue;
    let exists = found.get(site.ref);
    if (exists === undefined) {
      exists = getAt(document.data, parsePointer(site.ref)) !== undefined;
      found.set(site.ref, exists);
    }
    if (!exists) {
      diagnostics.push({
        severity: "error",
        position: document.locate(site.pointer()),
        message: `$ref "${site.ref}" points to nothing: ${formatPointer(parsePointer(site.ref))} does not exist in ${document.file}`,
        fix: "correct the reference or add the component it names",
      });
    }
  }
  return diagnostics;
}
