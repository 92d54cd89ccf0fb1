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

export async function convertSwagger(file: string, data: unknown): Promise<ConvertResult> {
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
