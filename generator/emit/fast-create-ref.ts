/**
 * openapi-typescript's `createRef` (the JSON pointer of the schema being
 * transformed, built for every object it visits) with the same result and
 * without its cost. For each part of the path it calls Redocly's `parseRef`,
 * which splits the part on `#/`, splits that on `/`, URI-decodes every piece
 * and filters them, only to find, for any part without `#/` (all but those
 * naming a `$ref`), that there was nothing to split: then the part is simply
 * escaped, and for a part that is a plain pointer (the pointer built so far,
 * which the transforms pass first) the steps are rebuilt as they were. That
 * was a sixth of the types thread's time on GitHub's document.
 *
 * The transforms call it through the utils module's exports
 * (`utils.createRef(…)`), so it is replaced there, once per thread, by a
 * function that takes the short way for those parts and hands the rest to the
 * original. Output is compared with the original's in fast-create-ref.test.ts
 * and on whole documents in types-memo.test.ts' corpus runs.
 */

type CreateRef = (parts: readonly unknown[]) => string;

/**
 * A pointer the original would take apart and rebuild as it is: non-empty steps with no `%` (it
 * URI-decodes), no `#`, and `~` only in the escapes `~0` and `~1` (which decode and encode back).
 * The transforms pass the pointer built so far as the first part, so this is most parts.
 */
const PLAIN_POINTER = /^#(?:\/(?:[^/~%#]|~[01])+)+$/;

/** The faster `createRef`: `original` for a part holding `#/`, the escape it would reach otherwise. */
export function fastCreateRef(original: CreateRef): CreateRef {
  const fast = (parts: readonly unknown[]): string => {
    let pointer = "#";
    for (const part of parts) {
      if (part === undefined || part === null || part === "") continue;
      if (typeof part === "number") pointer += `/${part}`;
      // Escaped as Redocly's `escapePointer` escapes.
      else if (typeof part === "string" && !part.includes("#/")) pointer += `/${part.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      else if (typeof part === "string" && PLAIN_POINTER.test(part)) pointer += part.slice(1);
      // A part naming a place (`#/components/…`) contributes its own steps, and anything else is odd: the original's work.
      else pointer += original([part]).slice(1);
    }
    return pointer;
  };
  return Object.assign(fast, { original });
}

/** Installs `fastCreateRef` in openapi-typescript's utils module, unless it is there already. */
export function installFastCreateRef(utils: { createRef: CreateRef }): void {
  if ("original" in utils.createRef) return;
  utils.createRef = fastCreateRef(utils.createRef);
}
