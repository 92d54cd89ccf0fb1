/**
 * The check stage: runs every document-level rule and returns all the
 * diagnostics together. Extension values (`x-…`) are checked where they are
 * read, in the model stage.
 */
import type { LoadedDocument } from "../load/load-document.js";
import { checkMethods } from "./check-methods.js";
import { checkOperations } from "./check-operations.js";
import { checkQuerystring } from "./check-querystring.js";
import { checkRefCycles } from "./check-ref-cycles.js";
import { checkRefs } from "./check-refs.js";
import { checkSchemas } from "./check-schemas.js";
import { checkServers } from "./check-servers.js";
import { checkStructure } from "./check-structure.js";
import { checkVersionKeywords } from "./check-version-keywords.js";
import { hasErrors, type Diagnostic } from "./diagnostic.js";

export function checkDocument(document: LoadedDocument): Diagnostic[] {
  // Servers are checked beside the top level, so a broken one is named even when `paths` is wrong too.
  const structure = [...checkStructure(document), ...checkServers(document)];
  // Without a usable top level the other rules would only repeat the same problem.
  if (hasErrors(structure)) return structure;
  return [
    ...structure,
    ...checkRefs(document),
    ...checkRefCycles(document),
    ...checkMethods(document),
    ...checkOperations(document),
    ...checkQuerystring(document),
    ...checkSchemas(document),
    ...checkVersionKeywords(document),
  ];
}
