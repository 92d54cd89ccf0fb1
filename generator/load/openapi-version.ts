/**
 * Which `openapi` versions the generator reads, and how. 3.1 and 3.2 share
 * JSON Schema 2020-12 (type arrays for null, `$ref` beside other keywords,
 * `paths` optional); 3.2 adds fields a 3.1 reader may ignore or that the
 * model reads itself (`itemSchema`, `query`, tag `parent`). openapi-typescript
 * reads up to 3.1 and does not look at the version field, so a 3.2 document
 * reaches it as it is, with what it cannot read routed around in our stages.
 */

/** `3.0.x`, `3.1.x` and `3.2.x`, and the bare `3.0`, `3.1` and `3.2`. */
export function isSupportedOpenapiVersion(version: string): boolean {
  return /^3\.[012](\.|$)/.test(version);
}

/** True for 3.1 and 3.2: schemas are JSON Schema 2020-12 (3.0's `nullable` is not a keyword there). */
export function hasJsonSchema2020(version: unknown): boolean {
  return typeof version === "string" && /^3\.[12](\.|$)/.test(version);
}

/** True for 3.2 documents. */
export function isOpenapi32(version: unknown): boolean {
  return typeof version === "string" && /^3\.2(\.|$)/.test(version);
}
