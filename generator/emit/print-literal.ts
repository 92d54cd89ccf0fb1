/**
 * JSON-like data as TypeScript literal source, laid out the way a person
 * would write it: an object or array stays on one line when it fits the
 * width, else one entry per line. The output is final (the resource files it
 * feeds skip prettier). Strings go through escape.ts's `stringLiteral` and
 * keys are quoted unless they are identifiers, so spec text never becomes code.
 */
import { stringLiteral } from "./escape.js";

/**
 * The values a data record may hold: strings, finite numbers, booleans, null,
 * arrays and plain objects of them (an object's `undefined` properties are left
 * out, as `JSON.stringify` does). Typed `unknown` so interfaces such as
 * `OperationSpec` pass as they are; anything else throws.
 */
type LiteralValue = unknown;

export interface PrintOptions {
  /** The indentation of the line the value starts on; its closing bracket lines up with it. */
  readonly indent?: number;
  /** Columns taken before the value on its first line, beyond `indent` (e.g. `const x: T = `).length). */
  readonly prefix?: number;
  /** Characters that follow the value on its last line (e.g. `;`). */
  readonly suffix?: number;
  /** The line width to fit (the house width). */
  readonly width?: number;
  /** How many levels are always broken one entry per line, however short (1: the top-level keys). */
  readonly expand?: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A value printed as an identifier, not as data: a runtime function a record
 * names (`encoding: jsonBody`), or a member of an imported namespace
 * (`schema: schemas.Thread`). Only the generator makes these, from fixed names
 * or names the model claimed, never from raw spec text.
 */
export class CodeReference {
  readonly name: string;
  /** Printed as `() => name`: a reference resolved when called, so order and cycles do not matter (`items: () => Thread`). */
  readonly thunk: boolean;
  constructor(name: string, options: { readonly thunk?: boolean } = {}) {
    if (!name.split(".").every((part) => IDENTIFIER.test(part))) {
      throw new Error(`printLiteral: ${JSON.stringify(name)} is not an identifier`);
    }
    this.name = name;
    this.thunk = options.thunk === true;
  }
}

/**
 * An object or array printed with `as const` after it: its literals keep
 * their own types wherever the context would give them another (see
 * print-schema-data.ts, for a schema under a name `Object` declares).
 */
export class ConstAssertion {
  readonly value: LiteralValue;
  constructor(value: LiteralValue) {
    this.value = value;
  }
}

const AS_CONST = " as const";

/**
 * A property name: bare when it is an identifier, quoted otherwise. `__proto__`
 * is computed, because as a plain (or quoted) name in a literal it would set the
 * object's prototype instead of making a property.
 */
export function propertyNameSource(key: string): string {
  if (key === "__proto__") return `[${stringLiteral(key)}]`;
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

function isArray(value: LiteralValue): value is readonly LiteralValue[] {
  return Array.isArray(value);
}

/** True for the containers a literal can hold: arrays and plain objects. */
function isContainer(value: LiteralValue): value is object {
  if (typeof value !== "object" || value === null || value instanceof CodeReference || value instanceof ConstAssertion) {
    return false;
  }
  if (isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) return true;
  throw new Error(`printLiteral: a ${value.constructor?.name ?? "non-plain"} object has no literal form`);
}

/** The entries of an object in insertion order, leaving out `undefined` (as `JSON.stringify` does). */
function entriesOf(value: object): Array<[string, LiteralValue]> {
  return Object.entries(value).filter((entry) => entry[1] !== undefined);
}

function scalarSource(value: LiteralValue): string {
  if (typeof value === "string") return stringLiteral(value);
  if (value instanceof CodeReference) return value.thunk ? `() => ${value.name}` : value.name;
  if (typeof value === "boolean" || value === null) return String(value);
  if (typeof value === "number" && Number.isFinite(value)) {
    // `-0` prints as `0`, as in JSON.
    return Object.is(value, -0) ? "0" : String(value);
  }
  throw new Error(`printLiteral: ${String(value)} (${typeof value}) has no literal form`);
}

/** The one-line form of a value. */
function flat(value: LiteralValue): string {
  if (value instanceof ConstAssertion) return flat(value.value) + AS_CONST;
  if (!isContainer(value)) return scalarSource(value);
  if (isArray(value)) return `[${value.map(flat).join(", ")}]`;
  const entries = entriesOf(value);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([k, v]) => `${propertyNameSource(k)}: ${flat(v)}`).join(", ")} }`;
}

/**
 * Prints `value` at `indent` spaces, where `head` columns of its first line
 * are taken and `tail` characters follow it on its last line.
 */
function print(value: LiteralValue, indent: number, head: number, tail: number, width: number, expand: number): string {
  if (value instanceof ConstAssertion) {
    return print(value.value, indent, head, tail + AS_CONST.length, width, expand) + AS_CONST;
  }
  if (!isContainer(value)) return scalarSource(value);
  const oneLine = flat(value);
  const empty = isArray(value) ? value.length === 0 : entriesOf(value).length === 0;
  if (empty || (expand <= 0 && head + oneLine.length + tail <= width)) return oneLine;
  const inner = indent + 2;
  const pad = " ".repeat(inner);
  // Each entry is followed by a comma (trailing commas, as prettier writes them).
  const lines = isArray(value)
    ? value.map((item) => `${pad}${print(item, inner, inner, 1, width, expand - 1)},`)
    : entriesOf(value).map(([key, item]) => {
        const name = `${propertyNameSource(key)}: `;
        return `${pad}${name}${print(item, inner, inner + name.length, 1, width, expand - 1)},`;
      });
  const [open, close] = isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${lines.join("\n")}\n${" ".repeat(indent)}${close}`;
}

/** `value` as TypeScript source; see the module comment and {@link PrintOptions}. */
export function printLiteral(value: LiteralValue, options: PrintOptions = {}): string {
  const indent = options.indent ?? 0;
  return print(
    value,
    indent,
    indent + (options.prefix ?? 0),
    options.suffix ?? 0,
    options.width ?? 120,
    options.expand ?? 0,
  );
}
