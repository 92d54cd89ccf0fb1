/**
 * What a long-lived session (watch mode) remembers of its last emit, so that a
 * spec edit re-emits only what it changed: each resource file by its model,
 * `types.ts` by the document it was made from, and each prettier-formatted
 * file by its source. Only the last run is kept, so memory stays one client's
 * worth however long the session lasts.
 */

/** A text and the input it was made from. */
export interface CachedText {
  readonly key: string;
  readonly text: string;
}

export interface EmitCache {
  /** `resources/<file>.ts` → the group model's JSON and the file ts-morph printed for it. */
  resources: Map<string, CachedText>;
  /** The document's JSON and the `types.ts` openapi-typescript printed for it. */
  types: CachedText | undefined;
  /** Path → the unformatted source and what prettier made of it. */
  formatted: Map<string, CachedText>;
}

export function newEmitCache(): EmitCache {
  return { resources: new Map(), types: undefined, formatted: new Map() };
}
