// Generated from spec/zep.yaml by wiregen. Edits are kept: regeneration merges them with the spec's changes.
/**
 * Reading an object for what it holds itself. A plain object answers to
 * `constructor`, `toString`, `valueOf`, `hasOwnProperty` and `__proto__`
 * through `Object.prototype`, and an object made with `Object.create(…)` to
 * everything its prototype has: a document may name a parameter, a body
 * property, a security scheme or a pagination key after any of these, so
 * every object the caller passes (params, headers, options, credentials),
 * every record keyed by a document's names and every response body is read
 * through `own`, and only what was set is ever sent.
 */

/** `record[key]` when `record` has it as its own property; `undefined` when it has not, or is `undefined`. */
export function own<T extends object, K extends keyof T & string>(record: T | undefined, key: K): T[K] | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `value[key]` when `value` is an object (a parsed JSON body, say) with `key` as its own property; else `undefined`. */
export function ownField(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key)
    ? (value as Readonly<Record<string, unknown>>)[key]
    : undefined;
}
