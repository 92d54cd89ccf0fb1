/**
 * Operation-level rules: operationIds are unique (they become method names),
 * and every operation documents at least one response.
 */
import type { LoadedDocument } from "../load/load-document.js";
import { formatPointer } from "../load/json-pointer.js";
import { listOperations } from "../load/list-operations.js";
import type { Diagnostic } from "./diagnostic.js";

export function checkOperations(document: LoadedDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const firstSeen = new Map<string, { label: string; pointer: readonly (string | number)[] }>();
  for (const site of listOperations(document.data as Record<string, unknown>)) {
    const id = site.operation["operationId"];
    const label = `${site.httpMethod} ${site.path}`;
    if (typeof id === "string") {
      const first = firstSeen.get(id);
      if (first !== undefined) {
        // Positions are computed only here: on a 13 MB JSON document each one costs a YAML parse.
        const there = document.locate([...first.pointer, "operationId"]);
        diagnostics.push({
          severity: "error",
          position: document.locate([...site.pointer, "operationId"]),
          message: `duplicate operationId "${id}" on ${label}: ${first.label} (${there.file}:${there.line}:${there.column}) already uses it`,
          fix: "give each operation its own operationId; it becomes the method name",
        });
      } else {
        firstSeen.set(id, { label, pointer: site.pointer });
      }
    } else if (id !== undefined) {
      diagnostics.push({
        severity: "error",
        position: document.locate([...site.pointer, "operationId"]),
        message: `operationId of ${label} is not a string`,
        fix: "write the operationId as a plain string, e.g. `operationId: listThings`",
      });
    }
    const responses = site.operation["responses"];
    if (typeof responses !== "object" || responses === null || Object.keys(responses).length === 0) {
      diagnostics.push({
        severity: "warning",
        position: document.locate(site.pointer),
        message: `${label} documents no responses (${formatPointer(site.pointer)}); its result is typed as unknown`,
        fix: "add `responses:` with at least the success status",
      });
    }
  }
  return diagnostics;
}
