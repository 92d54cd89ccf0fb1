/**
 * Identifier rules: casing, reserved words, globals that must not be
 * shadowed, and a registry that hands out each exported name once. Every name
 * in the generated code is decided through here, in the model stage.
 */

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield await async of get set " +
    "any boolean number string symbol object never unknown undefined bigint type namespace module declare keyof " +
    "readonly infer is asserts unique global require arguments eval constructor prototype"
  ).split(" "),
);

/** Globals a generated name must not shadow for the user who imports it. */
const GLOBAL_NAMES = new Set(
  (
    "Array ArrayBuffer Blob Boolean DataView Date Error EvalError Event EventTarget File FormData Function Headers " +
    "Infinity Intl JSON Map Math NaN Number Object Promise Proxy RangeError ReadableStream ReferenceError Reflect " +
    "RegExp Request Response Set String Symbol SyntaxError TextDecoder TextEncoder TypeError URIError URL " +
    "URLSearchParams WeakMap WeakRef WeakSet AbortController AbortSignal BigInt Buffer Crypto Document Element " +
    "Node Window WebSocket Worker Storage Location History Navigator Performance Iterator Generator " +
    "Record Partial Required Readonly Pick Omit Exclude Extract NonNullable Parameters ReturnType InstanceType " +
    "Awaited PromiseLike ArrayLike Uppercase Lowercase Capitalize Uncapitalize ThisType PropertyKey " +
    "Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array " +
    "BigInt64Array BigUint64Array SharedArrayBuffer Atomics globalThis console process"
  ).split(" "),
);

/** An identifier as JavaScript defines one (Unicode letters included). */
export function isIdentifier(text: string): boolean {
  return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(text);
}

export function isReservedWord(text: string): boolean {
  return RESERVED_WORDS.has(text);
}

export function isGlobalName(text: string): boolean {
  return GLOBAL_NAMES.has(text);
}

/** Splits `listSessions`, `list_sessions`, `List Sessions`, `HTTPServer2` into words. */
function words(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `session list_response` → `SessionListResponse`; never empty, never starts with a digit. */
export function toPascalCase(text: string): string {
  const joined = words(text)
    .map((w) => capitalize(w.toLowerCase() === w || w.toUpperCase() === w ? w.toLowerCase() : w))
    .join("");
  if (joined === "") return "Unnamed";
  return /^\p{N}/u.test(joined) ? `_${joined}` : joined;
}

/** `list_sessions` → `listSessions`; keeps an already camel-cased id as it is. */
export function toCamelCase(text: string): string {
  if (isIdentifier(text) && /^\p{Ll}/u.test(text) && !text.includes("_")) return text;
  const pascal = toPascalCase(text);
  if (pascal.startsWith("_")) return pascal;
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** A schema name as a type name: kept when already a safe PascalCase identifier. */
export function toTypeName(text: string): string {
  return isIdentifier(text) && /^\p{Lu}/u.test(text) ? text : toPascalCase(text);
}

/**
 * Hands out unique names within one namespace. A taken, reserved or global
 * candidate gets `suffix`, then a number.
 */
export class NameRegistry {
  readonly #taken = new Set<string>();
  /** Class members and object keys may be keywords (`delete`); exported names may not. */
  readonly #members: boolean;

  constructor(reserved: Iterable<string> = [], options: { members?: boolean } = {}) {
    for (const name of reserved) this.#taken.add(name);
    this.#members = options.members ?? false;
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /** Claims `candidate` (or a variant of it) and returns what was claimed. */
  claim(candidate: string, suffix = ""): string {
    const usable = (name: string): boolean =>
      !this.#taken.has(name) && (this.#members || (!isReservedWord(name) && !isGlobalName(name)));
    let name = candidate;
    if (!usable(name) && suffix !== "") name = `${candidate}${suffix}`;
    for (let n = 2; !usable(name); n++) name = `${candidate}${suffix}${n}`;
    this.#taken.add(name);
    return name;
  }
}

/** A property key as written in an object type: bare when it can be, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}
