/**
 * Swagger 2.0 → OpenAPI 3.0, with swagger2openapi (the maintained converter),
 * at load time so nothing downstream sees 2.0. Its complaints become
 * diagnostics at the root of the file.
 */
import type { Diagnostic } from "../check/diagnostic.js";

export type ConvertResult =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly warnings: Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

export function isSwagger2(data: unknown): boolean {
  return typeof data === "object" && data !== null && String((data as { swagger?: unknown }).swagger) === "2.0";
}

/** Keys every object inherits a member for (`hasOwnProperty`, `constructor`, `__proto__`…). */
const OBJECT_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const MASK = "\u0000wiregen-key:";

/**
 * `value` with each key in `rename`'s domain replaced, deep. The converter
 * calls `object.hasOwnProperty(…)` and assigns keys one by one, so a document
 * whose schema has a property named `hasOwnProperty` or `__proto__` would
 * break it or set a prototype: such keys are masked while it runs and given
 * back after. Objects are rebuilt with `Object.fromEntries`, which defines
 * `__proto__` as an own key instead of setting the prototype.
 */
function renameKeys(value: unknown, rename: (key: string) => string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [rename(key) ?? key, renameKeys(item, rename)]));
}

function hasObjectKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasObjectKey);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, item]) => OBJECT_KEYS.has(key) || hasObjectKey(item));
}

export async function convertSwagger(file: string, data: unknown): Promise<ConvertResult> {
  // Only documents that need it pay for the two extra walks.
  if (!hasObjectKey(data)) return convertMasked(file, data);
  const converted = await convertMasked(
    file,
    renameKeys(data, (key) => (OBJECT_KEYS.has(key) ? `${MASK}${key}` : undefined)),
  );
  if (!converted.ok) return converted;
  const data3 = renameKeys(converted.data, (key) => (key.startsWith(MASK) ? key.slice(MASK.length) : undefined));
  const warnings = converted.warnings.map((w) => ({ ...w, message: w.message.replaceAll(MASK, "") }));
  return { ok: true, data: data3 as Record<string, unknown>, warnings };
}

async function convertMasked(file: string, data: unknown): Promise<ConvertResult> {
  const converter = await import("swagger2openapi");
  // swagger2openapi prints every exception it rejects with (stack trace included) through console.warn;
  // the rejection becomes a diagnostic below, so the print is held back while it runs.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const result = await converter.convertObj(data, {
      patch: true,
      warnOnly: true,
      resolveInternal: false,
      direct: false,
    });
    const warnings: Diagnostic[] = (result.warnings ?? []).map((w) => ({
      severity: "warning",
      position: { file, line: 1, column: 1 },
      message: `Swagger 2.0 conversion: ${w.message ?? "a construct was patched"}${w.pointer === undefined ? "" : ` at ${w.pointer}`}`,
    }));
    return { ok: true, data: result.openapi, warnings };
  } catch (error) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: "error",
          position: { file, line: 1, column: 1 },
          message: `this Swagger 2.0 document cannot be converted to OpenAPI 3: ${(error as Error).message}`,
          fix: "correct the document so it validates as Swagger 2.0, or convert it to OpenAPI 3 by hand",
        },
      ],
    };
  } finally {
    console.warn = warn;
  }
}
