/**
 * Reading an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0):
 * `overlay: 1.0.x`, `info` (title, version), an optional `extends`, and an
 * ordered, non-empty list of actions, each a JSONPath `target` (RFC 9535,
 * compiled here by json-p3) with `update` or `remove: true`. Every mistake is
 * an error located in the overlay file; none is applied unless all are fixed.
 */
import { resolve } from "node:path";
import { compile, JSONPathError, type JSONPathQuery } from "json-p3";
import type { Diagnostic, SourcePosition } from "../check/diagnostic.js";
import type { Pointer } from "./json-pointer.js";

/** An overlay file as parsed, with the way back from a pointer to its line and column. */
export interface OverlayFile {
  readonly file: string;
  readonly data: unknown;
  locate(pointer: Pointer): SourcePosition;
}

export interface OverlayAction {
  /** 0-based position in `actions`, for pointers into the overlay file. */
  readonly index: number;
  readonly target: string;
  readonly query: JSONPathQuery;
  /** Set when the action has an `update` and does not remove. */
  readonly update: { readonly value: unknown } | undefined;
  readonly remove: boolean;
}

export type ReadOverlayResult =
  | { readonly ok: true; readonly actions: readonly OverlayAction[]; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const ROOT_FIELDS = ["overlay", "info", "extends", "actions"];
const INFO_FIELDS = ["title", "version"];
const ACTION_FIELDS = ["target", "description", "update", "remove"];

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validates `overlay` and compiles its targets; `specFile` is the document it is applied to. */
export function readOverlay(overlay: OverlayFile, specFile: string): ReadOverlayResult {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic["severity"], at: Pointer, message: string, fix?: string): void => {
    diagnostics.push({ severity, position: overlay.locate(at), message, fix });
  };
  const unknownFields = (value: Record<string, unknown>, at: Pointer, known: readonly string[], what: string): void => {
    for (const key of Object.keys(value)) {
      if (known.includes(key) || key.startsWith("x-")) continue;
      const hint = key === "copy" ? " (`copy` is Overlay 1.1; this generator reads 1.0)" : "";
      report("error", [...at, key], `unknown field "${key}" in ${what}${hint}`, `use only: ${known.join(", ")}, x-…`);
    }
  };

  const root = overlay.data;
  if (!isMapping(root)) {
    report(
      "error",
      [],
      "this file is not an OpenAPI Overlay: expected a mapping with `overlay`, `info` and `actions`",
      "start the file with `overlay: 1.0.0`",
    );
    return { ok: false, diagnostics };
  }
  unknownFields(root, [], ROOT_FIELDS, "the overlay");
  const version = root["overlay"];
  if (version === undefined) {
    report("error", [], 'the overlay has no "overlay" version field', "add `overlay: 1.0.0` at the top of the file");
  } else if (typeof version !== "string" || !/^1\.0\.\d+$/.test(version)) {
    report(
      "error",
      ["overlay"],
      `unsupported Overlay version ${JSON.stringify(version)}; this generator applies Overlay 1.0.x`,
      "write `overlay: 1.0.0` (a string with three numbers)",
    );
  }
  const info = root["info"];
  if (!isMapping(info)) {
    report(
      "error",
      info === undefined ? [] : ["info"],
      "the overlay needs an `info` mapping with `title` and `version`",
      "add `info: { title: <what this overlay does>, version: 1.0.0 }`",
    );
  } else {
    unknownFields(info, ["info"], INFO_FIELDS, "info");
    for (const field of INFO_FIELDS) {
      if (typeof info[field] !== "string") {
        report(
          "error",
          info[field] === undefined ? ["info"] : ["info", field],
          `info.${field} must be a string`,
          `add \`${field}:\` to info`,
        );
      }
    }
  }
  const extendsUrl = root["extends"];
  if (extendsUrl !== undefined && typeof extendsUrl !== "string") {
    report("error", ["extends"], "extends must be a URL or a path (a string)");
  } else if (typeof extendsUrl === "string" && !/^[a-z][a-z0-9+.-]*:/i.test(extendsUrl)) {
    // A relative `extends` names a file: say so when the overlay is applied to a different one.
    const named = resolve(resolve(overlay.file, ".."), extendsUrl);
    if (named !== resolve(specFile)) {
      report(
        "warning",
        ["extends"],
        `this overlay extends ${extendsUrl}, but it is applied to ${specFile}`,
        "point `extends` at the spec this overlay is for, or leave it out",
      );
    }
  }

  const actions: OverlayAction[] = [];
  const list = root["actions"];
  if (!Array.isArray(list) || list.length === 0) {
    report(
      "error",
      list === undefined ? [] : ["actions"],
      "the overlay needs `actions`: a non-empty list of `{ target, update }` or `{ target, remove: true }`",
      'add e.g. `actions: [{ target: "$.info", update: { x-client-name: Acme } }]`',
    );
  } else {
    list.forEach((action: unknown, index) => {
      const at = ["actions", index];
      if (!isMapping(action)) {
        report("error", at, `action ${index + 1} must be a mapping with \`target\` and \`update\` or \`remove\``);
        return;
      }
      unknownFields(action, at, ACTION_FIELDS, `action ${index + 1}`);
      const target = action["target"];
      if (typeof target !== "string" || !target.startsWith("$")) {
        report(
          "error",
          target === undefined ? at : [...at, "target"],
          `action ${index + 1} needs a \`target\`: a JSONPath expression starting with $`,
          "e.g. `target: $.paths['/items'].get`",
        );
        return;
      }
      let query: JSONPathQuery;
      try {
        query = compile(target);
      } catch (error) {
        if (!(error instanceof JSONPathError)) throw error;
        // json-p3 appends "('<expression>':<offset>)"; the offset is given as a column instead.
        const reason = error.message.replace(/\s*\(.*:\d+\)$/s, "");
        report(
          "error",
          [...at, "target"],
          `invalid JSONPath ${JSON.stringify(target)}: ${reason} at character ${error.token.index + 1}`,
          "write an RFC 9535 JSONPath, e.g. $.paths['/items/{id}'].get or $.paths.*[?@.operationId == 'listItems']",
        );
        return;
      }
      const remove = action["remove"];
      if (remove !== undefined && typeof remove !== "boolean") {
        report("error", [...at, "remove"], `remove must be true or false, not ${JSON.stringify(remove)}`);
        return;
      }
      const hasUpdate = Object.hasOwn(action, "update");
      if (remove !== true && !hasUpdate) {
        report(
          "error",
          at,
          `action ${index + 1} does nothing: it has neither \`update\` nor \`remove: true\``,
          "add `update:` with what to merge into the target, or `remove: true`",
        );
        return;
      }
      if (remove === true && hasUpdate) {
        report("warning", [...at, "update"], `action ${index + 1} removes its target, so its \`update\` is ignored`);
      }
      const description = action["description"];
      if (description !== undefined && typeof description !== "string") {
        report("error", [...at, "description"], "description must be a string");
      }
      actions.push({
        index,
        target,
        query,
        update: remove === true || !hasUpdate ? undefined : { value: action["update"] },
        remove: remove === true,
      });
    });
  }
  if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };
  return { ok: true, actions, warnings: diagnostics };
}
