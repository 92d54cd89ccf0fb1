/**
 * Where each value of an overlaid document was written. An overlay inserts,
 * replaces and removes values, so a diagnostic about `#/paths/~1a/get/x-pagination`
 * must be located in the overlay file when an action put it there, and in the
 * spec file otherwise. Only what changed is recorded (a pointer prefix → its
 * source); everything else is where the spec wrote it.
 */
import { formatPointer, type Pointer } from "./json-pointer.js";

/** A value's source: the overlay file or the spec file, and its pointer there. */
export interface Origin {
  readonly in: "overlay" | "spec";
  readonly pointer: Pointer;
}

/** Pointer (formatted) → where the value at it, and everything below it, came from. */
export interface OverlayOrigins {
  readonly entries: Map<string, { readonly at: Pointer; readonly origin: Origin }>;
}

export function newOrigins(): OverlayOrigins {
  return { entries: new Map() };
}

/**
 * Where the value at `pointer` of the overlaid document was written, when the
 * overlay changed or moved it (the longest recorded prefix decides); undefined
 * when it is where the spec wrote it.
 */
export function originOf(origins: OverlayOrigins, pointer: Pointer): Origin | undefined {
  for (let length = pointer.length; length >= 0; length--) {
    const entry = origins.entries.get(formatPointer(pointer.slice(0, length)));
    if (entry !== undefined)
      return { in: entry.origin.in, pointer: [...entry.origin.pointer, ...pointer.slice(length)] };
  }
  return undefined;
}

/** Records that the value at `at` (and below) now comes from `origin`, replacing whatever was recorded below it. */
export function recordOrigin(origins: OverlayOrigins, at: Pointer, origin: Origin): void {
  forgetBelow(origins, at);
  origins.entries.set(formatPointer(at), { at, origin });
}

function isAtOrBelow(pointer: Pointer, prefix: Pointer): boolean {
  return pointer.length >= prefix.length && prefix.every((step, i) => String(step) === String(pointer[i]));
}

function forgetBelow(origins: OverlayOrigins, at: Pointer): void {
  for (const [key, entry] of origins.entries) if (isAtOrBelow(entry.at, at)) origins.entries.delete(key);
}

/**
 * Records the removal of the value at `at`. When it was an array item, the
 * items after it move down one index, and so does what is known about them.
 */
export function recordRemoval(origins: OverlayOrigins, at: Pointer, arrayLength: number | undefined): void {
  forgetBelow(origins, at);
  const index = at[at.length - 1];
  if (arrayLength === undefined || typeof index !== "number") return;
  const parent = at.slice(0, -1);
  for (let j = index + 1; j < arrayLength; j++) {
    const from = [...parent, j];
    const source = originOf(origins, from) ?? { in: "spec", pointer: from };
    const moved = [...origins.entries.values()].filter((entry) => isAtOrBelow(entry.at, from));
    forgetBelow(origins, from);
    const to = [...parent, j - 1];
    origins.entries.set(formatPointer(to), { at: to, origin: source });
    for (const entry of moved) {
      if (entry.at.length === from.length) continue;
      const renamed = [...to, ...entry.at.slice(from.length)];
      origins.entries.set(formatPointer(renamed), { at: renamed, origin: entry.origin });
    }
  }
}
