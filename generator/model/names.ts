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

/**
 * Names every object inherits from `Object.prototype` (`constructor`,
 * `__proto__`, `toString`, `valueOf`, `hasOwnProperty`…). As a class member
 * they break the class (`constructor` becomes the constructor, `this.__proto__
 * = …` replaces the prototype) or hide what every object answers, so a member
 * never takes one. `prototype` and `then` are the class's and `await`'s.
 */
const OBJECT_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const INHERITED_NAMES = new Set([...OBJECT_NAMES, "prototype", "then"]);

/**
 * Characters Unicode counts as identifier characters that the generated code
 * must not use: the joiners (U+200C, U+200D), which JavaScript allows and no
 * reviewer sees, and letters newer than TypeScript's tables (Unicode 16 and
 * 17: TypeScript 5.9, 6 and 7 alike reject them as "Invalid character").
 * test/generator/model/names.test.ts compares every BMP code point with
 * TypeScript's scanner, so a newer Node (with newer Unicode) shows up there.
 */
const NOT_IDENTIFIER = "\\u200c\\u200d\\u088f\\u0897\\u0c5c\\u0cdc\\u1acf-\\u1add\\u1ae0-\\u1aeb\\u1c89-\\u1c8a\\ua7cb-\\ua7cf\\ua7d2\\ua7d4\\ua7da-\\ua7dc\\ua7f1";

/** One identifier character: in the Basic Multilingual Plane (TypeScript rejects thousands of newer astral letters), not excluded above. */
const ID_CHAR = (set: string): string => `(?![${NOT_IDENTIFIER}])(?=[\\u0000-\\uffff])[${set}]`;
const IDENTIFIER = new RegExp(`^${ID_CHAR("\\p{ID_Start}_$")}${`(?:${ID_CHAR("\\p{ID_Continue}$")})*`}$`, "u");
const NON_IDENTIFIER_RUN = new RegExp(`(?:(?!${ID_CHAR("\\p{ID_Continue}")}).|_)+`, "su");
const IDENTIFIER_START = new RegExp(`^${ID_CHAR("\\p{ID_Start}")}`, "u");
const IDENTIFIER_CHARS = new RegExp(`^(?:${ID_CHAR("\\p{ID_Continue}$")})+$`, "u");

/**
 * An identifier as JavaScript defines one and TypeScript accepts: Unicode's
 * ID_Start then ID_Continue, with `$` and `_`. Letters and numbers in general
 * are not enough: `²` and `①` are numbers that no identifier may hold.
 */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isReservedWord(text: string): boolean {
  return RESERVED_WORDS.has(text);
}

export function isGlobalName(text: string): boolean {
  return GLOBAL_NAMES.has(text);
}

/**
 * True for `Object.prototype`'s own names. TypeScript checks an object
 * literal that leaves such a property out against Object's member
 * (`constructor: Function`), so `{}` is not a `{ constructor?: string }`.
 */
export function isObjectMemberName(text: string): boolean {
  return OBJECT_NAMES.has(text);
}

/** True for `constructor`, `__proto__`, `toString`… : names a member must not take. */
export function isInheritedName(text: string): boolean {
  return INHERITED_NAMES.has(text);
}

/** Splits `listSessions`, `list_sessions`, `List Sessions`, `HTTPServer2` into words. */
function words(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, "$1 $2")
    // Only what an identifier may continue with stays in a word (`²`, `①`, U+200B and punctuation split).
    .split(NON_IDENTIFIER_RUN)
    .filter((w) => w !== "");
}

/**
 * `char` in the other case, when that is still an identifier character:
 * casing can leave the characters TypeScript accepts (`ɤ` U+0264 upper-cases
 * to `Ɤ` U+A7CB, which it rejects), and then the letter stays as it is.
 */
function recased(char: string, upper: boolean): string {
  const cased = upper ? char.toUpperCase() : char.toLowerCase();
  return IDENTIFIER_CHARS.test(cased) ? cased : char;
}

function capitalize(word: string): string {
  // By code point: a letter outside the BMP is two UTF-16 units.
  const [first = "", ...rest] = word;
  return recased(first, true) + rest.join("");
}

/** `session list_response` → `SessionListResponse`; never empty, never starts with a digit. */
export function toPascalCase(text: string): string {
  const joined = words(text)
    .map((w) => capitalize(w.toLowerCase() === w || w.toUpperCase() === w ? w.toLowerCase() : w))
    .join("");
  if (joined === "") return "Unnamed";
  // Digits and combining marks may continue an identifier, not start one.
  return IDENTIFIER_START.test(joined) ? joined : `_${joined}`;
}

/** `list_sessions` → `listSessions`; keeps an already camel-cased id as it is. */
export function toCamelCase(text: string): string {
  if (isIdentifier(text) && /^\p{Ll}/u.test(text) && !text.includes("_")) return text;
  const pascal = toPascalCase(text);
  if (pascal.startsWith("_")) return pascal;
  const [first = "", ...rest] = pascal;
  return recased(first, false) + rest.join("");
}

/** A schema name as a type name: kept when already a safe PascalCase identifier. */
export function toTypeName(text: string): string {
  return isIdentifier(text) && /^\p{Lu}/u.test(text) ? text : toPascalCase(text);
}

/**
 * What a namespace's names become in code: a `binding` (an exported or local
 * name: no keyword, no global it would hide), a class `member` (keywords are
 * fine, `delete()`; names every object inherits are not, nor `then`), or a
 * `key` of an object the caller writes (not one of `Object.prototype`'s).
 */
export type NameKind = "binding" | "member" | "key";

/**
 * Hands out unique names within one namespace. A taken or unusable candidate
 * gets `suffix`, then a number.
 */
export class NameRegistry {
  readonly #taken = new Set<string>();
  readonly #kind: NameKind;

  constructor(reserved: Iterable<string> = [], options: { kind?: NameKind } = {}) {
    for (const name of reserved) this.#taken.add(name);
    this.#kind = options.kind ?? "binding";
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /** Why `name` can never be used in this namespace, whoever else takes what; undefined when it can. */
  unusable(name: string): string | undefined {
    switch (this.#kind) {
      // As a key, `__proto__` sets the prototype, and the others break object literals: TypeScript
      // checks `{}` against `{ constructor?: string }` with Object's own `constructor: Function`.
      case "key":
        return OBJECT_NAMES.has(name) ? "is a name every JavaScript object already has" : undefined;
      case "member":
        return isInheritedName(name) ? "is a name every JavaScript object already has" : undefined;
      case "binding":
        if (isReservedWord(name)) return "is a JavaScript or TypeScript keyword";
        return isGlobalName(name) ? "would hide a JavaScript global" : undefined;
    }
  }

  /** Claims `candidate` (or a variant of it) and returns what was claimed. */
  claim(candidate: string, suffix = ""): string {
    const usable = (name: string): boolean => !this.#taken.has(name) && this.unusable(name) === undefined;
    // A member or key that can never be used reads best with a trailing underscore: `constructor_`.
    if (this.#kind !== "binding" && this.unusable(candidate) !== undefined) candidate = `${candidate}_`;
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
