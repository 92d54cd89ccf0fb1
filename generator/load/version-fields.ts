/**
 * Version fields written as YAML numbers. `swagger: 2.0`, `openapi: 3.1` and
 * `info.version: 1` unquoted are numbers to a YAML (or JSON) parser, and
 * `2.0` even loses its `.0`. Their authors meant strings; the converter and
 * the type engine compare strings, so the numbers we can read without doubt
 * become the strings they stand for, each with a warning at its field. A
 * number that is no known version (`openapi: 4`) is left for the structure
 * check to report.
 */
import type { Diagnostic, SourcePosition } from "../check/diagnostic.js";
import type { Pointer } from "./json-pointer.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The version string a number in the `openapi` field stands for: 3 and 3.0 read alike. */
function openapiVersionOf(value: number): string | undefined {
  if (value === 3) return "3.0.0";
  if (value === 3.1) return "3.1.0";
  if (value === 3.2) return "3.2.0";
  return undefined;
}

function numberWarning(position: SourcePosition, field: string, value: number, read: string, fix: string): Diagnostic {
  return {
    severity: "warning",
    position,
    message: `\`${field}\` is the number ${value}, not a string (YAML reads an unquoted version as a number); read as "${read}"`,
    fix,
  };
}

/** Rewrites numeric version fields of `data` (mutated) to strings; one warning per field rewritten. */
export function readVersionFields(data: unknown, locate: (pointer: Pointer) => SourcePosition): Diagnostic[] {
  if (!isObject(data)) return [];
  const warnings: Diagnostic[] = [];
  // Swagger has one version: the number 2 can only be `2.0` (or `2`) unquoted.
  if (data["swagger"] === 2 && data["openapi"] === undefined) {
    data["swagger"] = "2.0";
    warnings.push(numberWarning(locate(["swagger"]), "swagger", 2, "2.0", 'quote it: `swagger: "2.0"`'));
  }
  const openapi = data["openapi"];
  const read = typeof openapi === "number" ? openapiVersionOf(openapi) : undefined;
  if (typeof openapi === "number" && read !== undefined) {
    data["openapi"] = read;
    warnings.push(numberWarning(locate(["openapi"]), "openapi", openapi, read, `quote it: \`openapi: "${read}"\``));
  }
  const info = data["info"];
  if (isObject(info) && typeof info["version"] === "number") {
    const version = info["version"];
    // The text as written (`1.10`) is gone; the number's shortest form is the best reading left.
    info["version"] = String(version);
    warnings.push(
      numberWarning(
        locate(["info", "version"]),
        "info.version",
        version,
        String(version),
        `quote it: \`version: "${version}"\` (quotes also keep a version such as "1.10" as written)`,
      ),
    );
  }
  return warnings;
}
