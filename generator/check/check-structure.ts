/**
 * The document's top level: an object with a supported `openapi` version and
 * something to generate from (`paths`; in 3.1 also `webhooks` or `components`).
 */
import type { LoadedDocument } from "../load/load-document.js";
import type { Diagnostic } from "./diagnostic.js";

export function checkStructure(document: LoadedDocument): Diagnostic[] {
  const root = document.data;
  const at = document.locate;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    return [
      {
        severity: "error",
        position: at([]),
        message: "the document is not an OpenAPI object (its top level is not a mapping)",
        fix: "start the file with `openapi: 3.1.0`, `info:` and `paths:`",
      },
    ];
  }
  const record = root as Record<string, unknown>;
  const version = record["openapi"];
  if (typeof version !== "string" || !/^3\.[01](\.|$)/.test(version)) {
    return [
      {
        severity: "error",
        position: at(version === undefined ? [] : ["openapi"]),
        message:
          version === undefined
            ? "no `openapi` version field: this is not an OpenAPI 3.x document"
            : typeof version === "number"
              ? // YAML reads `openapi: 3.1` as a number; saying "unsupported 3.1" would be baffling.
                `the \`openapi\` version is the number ${version}, not a version string such as "3.1.0"`
              : `unsupported OpenAPI version ${JSON.stringify(version)}`,
        fix: "set `openapi: 3.1.0` (or 3.0.x); Swagger 2.0 documents are converted when they say `swagger: \"2.0\"`",
      },
    ];
  }
  const diagnostics: Diagnostic[] = [];
  const is31 = version.startsWith("3.1");
  const paths = record["paths"];
  // `paths:` with nothing after it is null: as good as absent.
  const absent = paths === undefined || paths === null;
  // An array is an object too, but holds no path items: reject it like any other non-mapping.
  const isMapping = typeof paths === "object" && paths !== null && !Array.isArray(paths);
  const hasOther = is31 && (record["webhooks"] !== undefined || record["components"] !== undefined);
  if (absent ? !hasOther : !isMapping) {
    diagnostics.push({
      severity: "error",
      position: at(paths === undefined ? [] : ["paths"]),
      message: absent ? "the document has no `paths`" : "`paths` is not a mapping",
      fix: "add a `paths:` mapping with at least one operation, e.g. `/things: { get: { operationId: listThings, responses: { '200': { description: OK } } } }`",
    });
  }
  if (typeof record["info"] !== "object" || record["info"] === null) {
    diagnostics.push({
      severity: "warning",
      position: at([]),
      message: "the document has no `info` object",
      fix: "add `info: { title: …, version: … }`; the client's doc comment is taken from it",
    });
  }
  return diagnostics;
}
