/** The part of swagger2openapi's API the loader uses (the package ships no types). */
declare module "swagger2openapi" {
  interface ConvertResult {
    openapi: Record<string, unknown>;
    warnings?: Array<{ message?: string; pointer?: string }>;
  }
  export function convertObj(spec: unknown, options: Record<string, unknown>): Promise<ConvertResult>;
}
