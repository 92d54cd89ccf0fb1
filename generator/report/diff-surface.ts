/**
 * Two surfaces (the committed `api.json` and a fresh run) to the list of
 * changes a caller sees: methods added, removed or renamed, their
 * arguments, params, responses, errors and pagination, and the client's
 * error classes. Pure: locations are the pointers the new surface carries.
 */
import type { Pointer } from "../load/json-pointer.js";
import { isIdempotentMethod } from "../runtime/retry-policy.js";
import type { Change } from "./change.js";
import { unchangedMethods } from "./same-surface.js";
import { compareTypes, describePlace, type Direction, type Place, type TypeChange } from "./compare-types.js";
import type { ApiSurface, MethodDesc, ParamDesc, TypeDesc } from "./surface.js";

const PLACE_OF: Readonly<Record<ParamDesc["in"], string>> = {
  query: "query parameter",
  querystring: "querystring parameter",
  header: "header parameter",
  cookie: "cookie parameter",
  body: "body property",
};

function paramPlace(key: string, param: ParamDesc): Place {
  return param.name === "(body)" ? { kind: "request body", path: "" } : { kind: PLACE_OF[param.in], path: key };
}

/** Where a method is, when it is gone from the new document: its path, or the `paths` map. */
function methodAt(http: string): Pointer {
  return ["paths", http.slice(http.indexOf(" ") + 1)];
}

function diffParams(before: ApiSurface, after: ApiSurface, old: MethodDesc, now: MethodDesc): TypeChange[] {
  const changes: TypeChange[] = [];
  const compare = (direction: Direction) => ({ before, after, direction, seen: new Set<string>() });
  const count = Math.max(old.arguments.length, now.arguments.length);
  for (let i = 0; i < count; i++) {
    const o = old.arguments[i];
    const n = now.arguments[i];
    if (o === undefined && n !== undefined) {
      changes.push({ severity: "breaking", message: `positional argument \`${n.name}\` added`, at: n.at });
    } else if (n === undefined && o !== undefined) {
      changes.push({ severity: "breaking", message: `positional argument \`${o.name}\` removed`, at: now.at });
    } else if (o !== undefined && n !== undefined) {
      // A path parameter's name is not visible to a caller (it is positional); its type is.
      changes.push(...compareTypes(compare("input"), o.type, n.type, { kind: "argument", path: n.name }, n.at));
    }
  }
  const keys = [...new Set([...Object.keys(old.params), ...Object.keys(now.params)])].sort();
  for (const key of keys) {
    const o = old.params[key];
    const n = now.params[key];
    if (o === undefined && n !== undefined) {
      const where = describePlace(paramPlace(key, n));
      changes.push(
        n.required
          ? { severity: "breaking", message: `required ${where} added`, at: n.at }
          : { severity: "compatible", message: `optional ${where} added`, at: n.at },
      );
    } else if (n === undefined && o !== undefined) {
      changes.push({ severity: "breaking", message: `${describePlace(paramPlace(key, o))} removed`, at: now.at });
    } else if (o !== undefined && n !== undefined) {
      const where = describePlace(paramPlace(key, n));
      if (o.required !== n.required) {
        changes.push({
          severity: n.required ? "breaking" : "compatible",
          message: `${where} is now ${n.required ? "required" : "optional"}`,
          at: n.at,
        });
      }
      if (o.in !== n.in || o.name !== n.name) {
        // The params object hides where a value travels: the call reads the same.
        changes.push({ severity: "compatible", message: `${where} is now sent as ${n.in} \`${n.name}\``, at: n.at });
      }
      changes.push(...compareTypes(compare("input"), o.type, n.type, paramPlace(key, n), n.at));
    }
  }
  return changes;
}

/**
 * What a change of method does to retries, which callers notice when the
 * server fails: POST to QUERY makes a failed call repeat (the runtime's rule).
 */
function retryChange(oldHttp: string, nowHttp: string): string {
  const was = isIdempotentMethod(oldHttp.slice(0, oldHttp.indexOf(" ")));
  const is = isIdempotentMethod(nowHttp.slice(0, nowHttp.indexOf(" ")));
  if (was === is) return "";
  return is ? "; failed calls are now retried, the method being idempotent" : "; failed calls are no longer retried";
}

/** True when `type` is a stream, or a union that holds one (a call that streams when asked). */
function hasStream(type: TypeDesc): boolean {
  return ("type" in type && type.type === "stream") || ("anyOf" in type && type.anyOf.some(hasStream));
}

function diffMethod(before: ApiSurface, after: ApiSurface, old: MethodDesc, now: MethodDesc): TypeChange[] {
  const changes: TypeChange[] = [];
  if (old.http !== now.http) {
    changes.push({
      severity: "compatible",
      message: `now calls ${now.http} (was ${old.http})${retryChange(old.http, now.http)}`,
      at: now.at,
    });
  }
  changes.push(...diffParams(before, after, old, now));
  const output = { before, after, direction: "output" as const, seen: new Set<string>() };
  // An api.json of format 1 described a stream by its schema: a streaming call is not compared with it, or
  // the first run of this version would call every server-sent-events method retyped.
  if (before.format !== 1 || !hasStream(now.response)) {
    changes.push(...compareTypes(output, old.response, now.response, { kind: "response", path: "" }, now.at));
  }
  for (const status of now.errors.filter((s) => !old.errors.includes(s))) {
    const name = after.errorClasses[status];
    changes.push({
      severity: "compatible",
      message: `documents error ${status}${name === undefined ? "" : ` (${name})`}`,
      at: [...(now.at ?? []), "responses", status],
    });
  }
  for (const status of old.errors.filter((s) => !now.errors.includes(s))) {
    changes.push({ severity: "compatible", message: `no longer documents error ${status}`, at: now.at });
  }
  if (old.pagination !== now.pagination) {
    const at = [...(now.at ?? []), "x-pagination"];
    if (old.pagination === "none")
      changes.push({ severity: "compatible", message: `now paginates (${now.pagination})`, at });
    else if (now.pagination === "none")
      changes.push({ severity: "breaking", message: `no longer paginates (was ${old.pagination})`, at });
    else
      changes.push({ severity: "compatible", message: `paginates by ${now.pagination} (was ${old.pagination})`, at });
  }
  return changes;
}

/** Every caller-visible change from `before` to `after`, methods in name order. */
export function diffSurface(before: ApiSurface, after: ApiSurface): Change[] {
  const changes: Change[] = [];
  const removed = Object.keys(before.methods).filter((name) => after.methods[name] === undefined);
  const added = Object.keys(after.methods).filter((name) => before.methods[name] === undefined);
  // A method that kept its HTTP method and path under another name was renamed.
  const renamedTo = new Map<string, string>();
  for (const name of removed) {
    const http = before.methods[name]!.http;
    const target = added.find((a) => after.methods[a]!.http === http && ![...renamedTo.values()].includes(a));
    if (target !== undefined) renamedTo.set(name, target);
  }
  const renamedFrom = new Map([...renamedTo].map(([from, to]) => [to, from]));
  const names = [...new Set([...Object.keys(before.methods), ...Object.keys(after.methods)])].sort();
  const unchanged = unchangedMethods(before, after);
  for (const name of names) {
    const old = before.methods[name];
    const now = after.methods[name];
    if (old !== undefined && now !== undefined) {
      if (unchanged(old, now)) continue;
      for (const change of diffMethod(before, after, old, now)) changes.push({ ...change, method: name });
    } else if (now !== undefined && renamedFrom.has(name)) {
      const from = renamedFrom.get(name)!;
      changes.push({ severity: "breaking", method: name, message: `renamed from \`${from}\``, at: now.at });
      for (const change of diffMethod(before, after, before.methods[from]!, now))
        changes.push({ ...change, method: name });
    } else if (now !== undefined) {
      changes.push({ severity: "compatible", method: name, message: `method added (${now.http})`, at: now.at });
    } else if (old !== undefined && !renamedTo.has(name)) {
      changes.push({
        severity: "breaking",
        method: name,
        message: `method removed (${old.http})`,
        at: methodAt(old.http),
      });
    }
  }
  for (const [status, className] of Object.entries(before.errorClasses)) {
    if (after.errorClasses[status] === undefined) {
      changes.push({
        severity: "breaking",
        method: undefined,
        message: `error class ${className} (${status}) removed`,
        at: undefined,
      });
    }
  }
  for (const [status, className] of Object.entries(after.errorClasses)) {
    if (before.errorClasses[status] === undefined) {
      changes.push({
        severity: "compatible",
        method: undefined,
        message: `error class ${className} (${status}) added`,
        at: undefined,
      });
    }
  }
  return changes;
}
