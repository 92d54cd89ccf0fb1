/**
 * Server objects: every entry of a `servers` list (the document's, a path
 * item's or an operation's) is a mapping with a string `url`. The first one
 * becomes the client's base URL, so a server without one is an error named as
 * such, and it is reported even when the document has other problems at its
 * top level (a 3.0 document without `paths`).
 */
import { formatPointer, type Pointer } from "../load/json-pointer.js";
import type { LoadedDocument } from "../load/load-document.js";
import { listMethods } from "../load/list-operations.js";
import type { Diagnostic } from "./diagnostic.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every `servers` list of the document, with where it is. */
function serverLists(root: Record<string, unknown>): Array<{ pointer: Pointer; servers: unknown }> {
  const lists: Array<{ pointer: Pointer; servers: unknown }> = [];
  if (root["servers"] !== undefined) lists.push({ pointer: ["servers"], servers: root["servers"] });
  const paths = isObject(root["paths"]) ? root["paths"] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    if (item["servers"] !== undefined) lists.push({ pointer: ["paths", path, "servers"], servers: item["servers"] });
    for (const { key, operation } of listMethods(item, root["openapi"])) {
      if (isObject(operation) && operation["servers"] !== undefined) {
        lists.push({ pointer: ["paths", path, ...key, "servers"], servers: operation["servers"] });
      }
    }
  }
  return lists;
}

export function checkServers(document: LoadedDocument): Diagnostic[] {
  const root = document.data;
  if (!isObject(root)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const { pointer, servers } of serverLists(root)) {
    if (!Array.isArray(servers)) {
      diagnostics.push({
        severity: "error",
        position: document.locate(pointer),
        message: `\`servers\` is not a list (${formatPointer(pointer)})`,
        fix: "write `servers:` as a list of server objects, e.g. `- url: https://api.example.com`",
      });
      continue;
    }
    servers.forEach((server, index) => {
      const at = [...pointer, index];
      const url = isObject(server) ? server["url"] : undefined;
      if (typeof url === "string") return;
      diagnostics.push({
        severity: "error",
        position: document.locate(url === undefined ? at : [...at, "url"]),
        message:
          url === undefined
            ? `server ${index + 1} of ${formatPointer(pointer)} has no \`url\``
            : `the \`url\` of server ${index + 1} of ${formatPointer(pointer)} is not a string`,
        fix: "give every server a `url`, e.g. `- url: https://api.example.com`, or remove the entry",
      });
    });
  }
  return diagnostics;
}
