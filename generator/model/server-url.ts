/**
 * A `servers` list to one base URL: the first server, its variables replaced
 * by their defaults, without a trailing slash. Used for the document's
 * servers and for those a path item or an operation declares for itself.
 */
import { isObject } from "./context.js";

/** The first server's URL, or undefined when the list names none. */
export function serverUrl(servers: unknown): string | undefined {
  const first = Array.isArray(servers) && isObject(servers[0]) ? servers[0] : undefined;
  if (typeof first?.["url"] !== "string") return undefined;
  const variables = isObject(first["variables"]) ? first["variables"] : {};
  const url = first["url"].replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && variable["default"] !== undefined ? String(variable["default"]) : whole;
  });
  return url.endsWith("/") ? url.slice(0, -1) : url;
}

/** The first server's 3.2 `name` (e.g. `production`), shown beside its URL in the docs. */
export function serverName(servers: unknown): string | undefined {
  const first = Array.isArray(servers) && isObject(servers[0]) ? servers[0] : undefined;
  const name = first?.["name"];
  return typeof name === "string" && name.trim() !== "" ? name : undefined;
}
