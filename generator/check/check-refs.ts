/**
 * Every local `$ref` must name something that exists. A discriminator
 * `mapping` value written as a pointer to nothing is a warning: the client
 * still works (openapi-typescript only leaves that member's tag unnarrowed),
 * and real documents have them (digitalocean.com maps to `#/reserved_ip_action_assign`).
 * External refs were bundled at load time; the bundler reported any it could
 * not follow.
 */
import { formatPointer, getAt, parsePointer, type Pointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import { pointerOf, walkDocument } from "../load/walk-document.js";
import type { Diagnostic } from "./diagnostic.js";

/** Why `ref` names nothing usable, or undefined when it names something. */
function problemOf(document: LoadedDocument, ref: string): string | undefined {
  const pointer = parsePointer(ref);
  // `#` is the whole document: never a schema, response or parameter.
  if (pointer.length === 0) return "it names the whole document, not a component";
  if (getAt(document.data, pointer) === undefined)
    return `${formatPointer(pointer)} does not exist in ${document.file}`;
  return undefined;
}

export function checkRefs(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const found = new Map<string, string | undefined>();
  const check = (ref: string, at: () => Pointer, what: string, severity: Diagnostic["severity"]): void => {
    if (!found.has(ref)) found.set(ref, problemOf(document, ref));
    const problem = found.get(ref);
    if (problem === undefined) return;
    diagnostics.push({
      severity,
      position: document.locate(at()),
      message: `${what} "${ref}" points to nothing: ${problem}`,
      fix:
        severity === "error"
          ? "correct the reference or add the component it names"
          : "point the mapping at an existing schema, e.g. `#/components/schemas/<name>`; until then this value narrows nothing",
    });
  };
  for (const site of document.refs) {
    if (site.ref.startsWith("#")) check(site.ref, () => site.pointer(), "$ref", "error");
  }
  walkDocument(document.data, (record, frame) => {
    const discriminator = record["discriminator"];
    if (frame.key === "properties" || typeof discriminator !== "object" || discriminator === null) return;
    const mapping = (discriminator as { mapping?: unknown }).mapping;
    if (typeof mapping !== "object" || mapping === null) return;
    for (const [value, target] of Object.entries(mapping)) {
      if (typeof target === "string" && target.startsWith("#")) {
        check(target, () => pointerOf(frame, "discriminator", "mapping", value), "discriminator mapping", "warning");
      }
    }
  });
  return diagnostics;
}
