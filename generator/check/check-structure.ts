/**
 * The document's top level: an object with a supported `openapi` version and
 * something to generate from: `paths`, or `components` or `webhooks` alone
 * (optional `paths` is 3.1's rule; in 3.0 a schema library without them is
 * accepted with a warning).
 */
import type { LoadedDocument } from "../load/load-document.js";
import { hasJsonSchema2020, isSupportedOpenapiVersion } from "../load/openapi-version.js";
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
  // Swagger 2.0 was converted while loading; a `swagger` field still here names another version.
  const swagger = record["swagger"];
  if (typeof version !== "string" || !isSupportedOpenapiVersion(version)) {
    return [
      {
        severity: "error",
        position: at(version !== undefined ? ["openapi"] : swagger !== undefined ? ["swagger"] : []),
        message:
          version === undefined
            ? swagger !== undefined
              ? // A document that says `swagger` is not missing a field: it is a version we do not read.
                `\`swagger: ${JSON.stringify(swagger)}\`: this Swagger version is not supported (only Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2 are)`
              : "no `openapi` version field: this is not an OpenAPI 3.x document"
            : typeof version === "number"
              ? // YAML reads `openapi: 3.1` as a number; saying "unsupported 3.1" would be baffling.
                `the \`openapi\` version is the number ${version}, not a version string such as "3.1.0"`
              : `unsupported OpenAPI version ${JSON.stringify(version)}`,
        fix: 'set `openapi: 3.1.0` (or 3.0.x, 3.2.x); Swagger 2.0 documents are converted when they say `swagger: "2.0"`',
      },
    ];
  }
  const diagnostics: Diagnostic[] = [];
  const is31 = hasJsonSchema2020(version);
  const paths = record["paths"];
  // `paths:` with nothing after it is null: as good as absent.
  const absent = paths === undefined || paths === null;
  // An array is an object too, but holds no path items: reject it like any other non-mapping.
  const isMapping = typeof paths === "object" && paths !== null && !Array.isArray(paths);
  const hasOther = record["webhooks"] !== undefined || record["components"] !== undefined;
  if (absent && hasOther) {
    // A shared schema library (`components` only) is common in 3.0 too; 3.1 makes `paths` optional outright.
    if (!is31) {
      diagnostics.push({
        severity: "warning",
        position: at(paths === undefined ? [] : ["paths"]),
        message:
          "the document has no `paths` (OpenAPI 3.0 requires them); read as a schema library: its types and models, and a client without operations",
        fix: "add `paths: {}` to say there are no operations, or set `openapi: 3.1.0`, where `paths` is optional",
      });
    }
  } else if (absent) {
    diagnostics.push({
      severity: "error",
      position: at(paths === undefined ? [] : ["paths"]),
      message: "the document has no `paths`, `components` or `webhooks`: there is nothing to generate",
      fix: "add a `paths:` mapping with at least one operation, e.g. `/things: { get: { operationId: listThings, responses: { '200': { description: OK } } } }`",
    });
  } else if (!isMapping) {
    diagnostics.push({
      severity: "error",
      position: at(["paths"]),
      message: "`paths` is not a mapping",
      fix: "write `paths:` as a mapping from path templates to path items, e.g. `/things: { get: { … } }`",
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
