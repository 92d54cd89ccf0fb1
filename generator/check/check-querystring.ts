/**
 * `in: querystring` (OpenAPI 3.2): the parameter is the whole query string,
 * so an operation has at most one, never beside `in: query` parameters, and
 * its `content` names the one media type it is written as. Each misuse is
 * an error at the parameter, since the client could not build the URL.
 */
import { formatPointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import { listOperations } from "../load/list-operations.js";
import { isOpenapi32 } from "../load/openapi-version.js";
import { querystringContent, siteParameters } from "../load/querystring-param.js";
import type { Diagnostic } from "./diagnostic.js";

export function checkQuerystring(document: LoadedDocument): Diagnostic[] {
  const root = document.data as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  // A parameter of a path item is shared by its operations: report it once.
  const reported = new Set<string>();
  const error = (pointer: readonly (string | number)[], message: string, fix: string): void => {
    const key = `${formatPointer(pointer)} ${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push({ severity: "error", position: document.locate(pointer), message, fix });
  };
  for (const site of listOperations(root)) {
    const parameters = siteParameters(root, site);
    const querystrings = parameters.filter((p) => p.value["in"] === "querystring");
    if (querystrings.length === 0) continue;
    const label = `${site.httpMethod} ${site.path}`;
    const [first, ...others] = querystrings;
    if (!isOpenapi32(root["openapi"])) {
      error(
        [...first!.pointer, "in"],
        `\`in: querystring\` on ${label} is an OpenAPI 3.2 parameter, but this document is ${String(root["openapi"])}`,
        "write `openapi: 3.2.0` at the top of the document, or describe the fields as `in: query` parameters",
      );
      continue;
    }
    for (const other of others) {
      error(
        [...other.pointer, "in"],
        `${label} has a second \`in: querystring\` parameter (\`${String(other.value["name"])}\`); ` +
          `\`${String(first!.value["name"])}\` already describes the whole query string`,
        "keep one querystring parameter and put these fields in its schema",
      );
    }
    const query = parameters.find((p) => p.value["in"] === "query");
    if (query !== undefined) {
      error(
        [...first!.pointer, "in"],
        `\`${String(first!.value["name"])}\` on ${label} is the whole query string, so it cannot sit beside ` +
          `the query parameter \`${String(query.value["name"])}\` (${formatPointer(query.pointer)})`,
        `move \`${String(query.value["name"])}\` into the querystring's schema, or write every field as an \`in: query\` parameter`,
      );
    }
    const content = querystringContent(first!.value);
    if (content === undefined) {
      error(
        first!.pointer,
        `the querystring parameter \`${String(first!.value["name"])}\` of ${label} needs \`content\` with exactly one media type`,
        "describe it as `content: { application/x-www-form-urlencoded: { schema: … } }` (a `schema` alone does not say how it is written)",
      );
    } else if (content.encoding === undefined) {
      error(
        [...first!.pointer, "content", content.media],
        `the querystring parameter \`${String(first!.value["name"])}\` of ${label} is \`${content.media}\`, which the client cannot write as a query string`,
        "use `application/x-www-form-urlencoded` (an object of fields) or `application/json`",
      );
    }
  }
  return diagnostics;
}
