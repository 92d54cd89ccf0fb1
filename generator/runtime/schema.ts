/**
 * Runtime validators built from JSON Schema data. A generated `schemas.ts`
 * holds one `defineSchema(name, data)` per named schema, where `data` is the
 * document's schema reduced to the keywords listed in `SchemaObject` and a
 * reference to another named schema is a thunk (`() => Thread`), so
 * declaration order and recursion do not matter. This module interprets that
 * data with JSON Schema 2020-12 semantics, plus OpenAPI's `readOnly` /
 * `writeOnly` on required properties and its `discriminator`.
 *
 * Each validator is a Standard Schema v1 (`~standard`), the interface Zod,
 * Valibot and ArkType share, declared here as plain interfaces so the client
 * keeps zero dependencies. The data is compiled into closures on first use
 * and kept on the validator, so a schema nobody validates against costs
 * nothing, and one that is used pays the keyword dispatch once.
 */
import { formatCheck } from "./schema-formats.js";

/** A JSON value's type, as JSON Schema names them. */
export type JsonType = "string" | "number" | "integer" | "boolean" | "object" | "array" | "null";

/** Which way a value travels: `readOnly` required properties may be absent in a request, `writeOnly` ones in a response. */
export type Direction = "response" | "request";

/** A schema: `true` (anything), `false` (nothing), a reference to a named validator, or keywords. */
export type SchemaData = boolean | (() => Validator<unknown>) | SchemaObject;

/**
 * The keywords the validators enforce; 2020-12 semantics (numbers for the
 * exclusive bounds). `Sub` is what a subschema is: `SchemaData` here, the
 * generator's own node before it is printed.
 */
export interface SchemaKeywords<Sub> {
  readonly type?: JsonType | readonly JsonType[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, Sub>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: Sub;
  readonly patternProperties?: Readonly<Record<string, Sub>>;
  readonly propertyNames?: Sub;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly dependentRequired?: Readonly<Record<string, readonly string[]>>;
  readonly dependentSchemas?: Readonly<Record<string, Sub>>;
  readonly items?: Sub;
  readonly prefixItems?: readonly Sub[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly contains?: Sub;
  readonly minContains?: number;
  readonly maxContains?: number;
  readonly allOf?: readonly Sub[];
  readonly anyOf?: readonly Sub[];
  readonly oneOf?: readonly Sub[];
  readonly not?: Sub;
  readonly if?: Sub;
  readonly then?: Sub;
  readonly else?: Sub;
  /** The `oneOf`/`anyOf` member for each value of `propertyName`, so a failure is reported against the member meant. */
  readonly discriminator?: {
    readonly propertyName: string;
    readonly mapping: Readonly<Record<string, Sub>>;
  };
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
}

/** A schema object of the validators' data. */
export type SchemaObject = SchemaKeywords<SchemaData>;

/**
 * One way a value fails its schema. The same shape as operation.ts's
 * `ValidationIssue`, declared again on purpose: importing that file would pull
 * the transport's types (and with them the DOM library) into the validators'
 * module graph, which compiles with ES2022 alone.
 */
export interface SchemaIssue {
  /** `expected …, received …`; the error that carries it adds where. */
  readonly message: string;
  /** Keys and indexes from the root value to the offending one. */
  readonly path: readonly (string | number)[];
  /** `path` as a JSON pointer (RFC 6901): `""` for the root, `/items/0/name_~1x` for `items[0]["name_/x"]`. */
  readonly pointer: string;
  /** What the schema wanted, e.g. `string`, `one of "open", "closed"`, `property "thread_id"`. */
  readonly expected: string;
  /** What was there, e.g. `number 42`, `null`, `object`, `nothing`. */
  readonly received: string;
}

/** Standard Schema v1's success result. */
export interface StandardSuccess<Output> {
  readonly value: Output;
  readonly issues?: undefined;
}

/** Standard Schema v1's failure result. */
export interface StandardFailure {
  readonly issues: readonly SchemaIssue[];
}

export type StandardResult<Output> = StandardSuccess<Output> | StandardFailure;

/** The `~standard` property of a Standard Schema v1. */
export interface StandardSchemaProps<Input, Output> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => StandardResult<Output>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/** Standard Schema v1 (standardschema.dev), declared here so the client needs no package for it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaProps<Input, Output>;
}

/** A compiled schema for values of type `T`. */
export interface Validator<T> extends StandardSchemaV1<unknown, T> {
  /** The schema's name in the document (`Thread`), used when a failure names the schemas it tried. */
  readonly name: string;
  /** Every way `value` fails (at most {@link ISSUE_LIMIT}); empty when it is valid. */
  issues(value: unknown, direction?: Direction): readonly SchemaIssue[];
  /** True when `value` is valid (as a response). */
  is(value: unknown): value is T;
}

/** Issues collected for one value at most: past this, more detail helps nobody and costs time. */
export const ISSUE_LIMIT = 100;

/**
 * The validator for the schema `name`, compiled from `data` the first time it
 * is used. Declare the const with its type, `export const Thread:
 * Validator<Thread> = defineSchema("Thread", …)`: when the data refers back
 * to the const (directly or through other schemas), TypeScript cannot infer
 * it from the initializer (TS7022), while the annotation also infers `T`.
 */
export function defineSchema<T>(name: string, data: SchemaData): Validator<T> {
  return new SchemaValidator<T>(name, data);
}

/**
 * One validation run. `issues` is null when only the verdict is wanted (`is`,
 * or trying the members of an `anyOf`), so checks can stop at the first
 * failure; `path` is pushed and popped as the checks descend.
 */
interface State {
  readonly issues: SchemaIssue[] | null;
  readonly path: (string | number)[];
  readonly direction: Direction;
}

/** A compiled schema: true when `value` is valid; on failure, records issues when `state` collects them. */
type Check = (value: unknown, state: State) => boolean;

const NO_ISSUES: readonly SchemaIssue[] = Object.freeze([]);

class SchemaValidator<T> implements Validator<T> {
  readonly name: string;
  readonly data: SchemaData;
  readonly "~standard": StandardSchemaProps<unknown, T>;
  #check: Check | undefined;

  constructor(name: string, data: SchemaData) {
    this.name = name;
    this.data = data;
    this["~standard"] = {
      version: 1,
      vendor: "wiregen",
      validate: (value) => {
        const issues = this.issues(value);
        return issues.length === 0 ? { value: value as T } : { issues };
      },
    };
  }

  /** The compiled check, built on first use (thunks inside are resolved later still, when first reached). */
  compiled(): Check {
    return (this.#check ??= compile(this.data));
  }

  issues(value: unknown, direction: Direction = "response"): readonly SchemaIssue[] {
    const check = this.compiled();
    // Valid values are the common case: a first pass that stops early and allocates no issue.
    if (check(value, { issues: null, path: [], direction })) return NO_ISSUES;
    const state: State = { issues: [], path: [], direction };
    check(value, state);
    return state.issues ?? NO_ISSUES;
  }

  is(value: unknown): value is T {
    return this.compiled()(value, { issues: null, path: [], direction: "response" });
  }
}

// ---------------------------------------------------------------------------
// Describing values and reporting issues

/** A short description of a value for `received`: `string "abc"`, `number 42`, `object`. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string": {
      const text = JSON.stringify(value);
      return `string ${text.length > 42 ? `${text.slice(0, 40)}…"` : text}`;
    }
    case "number":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "object":
      return "object";
    default:
      return typeof value;
  }
}

function pointerOf(path: readonly (string | number)[]): string {
  let pointer = "";
  for (const segment of path) pointer += `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return pointer;
}

/** Records an issue at the current path (when collecting) and returns false, so a check can `return report(…)`. */
function report(state: State, expected: string, received: string): false {
  const issues = state.issues;
  if (issues !== null && issues.length < ISSUE_LIMIT) {
    const path = state.path.slice();
    issues.push({ message: `expected ${expected}, received ${received}`, path, pointer: pointerOf(path), expected, received });
  }
  return false;
}

/** `check` run on `value` found under `key` of the current value. */
function at(key: string | number, check: Check, value: unknown, state: State): boolean {
  // Only a reported issue reads the path, so a verdict-only run skips keeping it.
  if (state.issues === null) return check(value, state);
  state.path.push(key);
  const ok = check(value, state);
  state.path.pop();
  return ok;
}

function quiet(state: State): State {
  return state.issues === null ? state : { issues: null, path: state.path, direction: state.direction };
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// ---------------------------------------------------------------------------
// JSON equality (enum, const, uniqueItems)

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
  return true;
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

/** A membership test for a list of JSON values: a `Set` when they are all primitives, else deep comparison. */
function memberOf(values: readonly unknown[]): (value: unknown) => boolean {
  if (values.every(isPrimitive)) {
    const set = new Set(values);
    return (value) => set.has(value);
  }
  return (value) => values.some((candidate) => jsonEqual(candidate, value));
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((value) => JSON.stringify(value) ?? String(value));
  return shown.join(", ") + (values.length > 10 ? `, … (${values.length} in all)` : "");
}

// ---------------------------------------------------------------------------
// Compiling

const PASS: Check = () => true;
const FAIL: Check = (value, state) => report(state, "nothing", describe(value));

/**
 * All of `checks` in turn, as one check (undefined when there are none, the
 * check itself when there is one, which spares a call on the hot path). When
 * collecting, every one runs so every issue is reported; otherwise the first
 * failure ends it.
 */
function combine<V>(checks: ReadonlyArray<(value: V, state: State) => boolean>): ((value: V, state: State) => boolean) | undefined {
  if (checks.length <= 1) return checks[0];
  return (value, state) => {
    let ok = true;
    for (const check of checks) {
      if (!check(value, state)) {
        if (state.issues === null) return false;
        ok = false;
      }
    }
    return ok;
  };
}

function every(checks: readonly Check[]): Check {
  return combine(checks) ?? PASS;
}

function compile(data: SchemaData): Check {
  if (data === true) return PASS;
  if (data === false) return FAIL;
  if (typeof data === "function") return compileReference(data);
  return compileObject(data);
}

/** A reference to a named validator, resolved when first reached (its const exists by then, whatever the order). */
function compileReference(thunk: () => Validator<unknown>): Check {
  let target: Check | undefined;
  // The values this reference is checking further up the stack. Meeting one again means the
  // references went round without stepping into the value (Pet's oneOf → Cat → Cat's allOf → Pet):
  // that would never end, and the outer pass checks the value anyway, so the repeat passes.
  const active: unknown[] = [];
  return (value, state) => {
    target ??= checkOf(thunk());
    if (active.length > 0 && active.includes(value)) return true;
    active.push(value);
    try {
      return target(value, state);
    } finally {
      active.pop();
    }
  };
}

function checkOf(validator: Validator<unknown>): Check {
  if (validator instanceof SchemaValidator) return validator.compiled();
  // A validator from elsewhere: its issues, moved under the current path.
  return (value, state) => {
    const found = validator.issues(value, state.direction);
    if (found.length === 0) return true;
    for (const issue of found) {
      state.path.push(...issue.path);
      report(state, issue.expected, issue.received);
      state.path.length -= issue.path.length;
    }
    return false;
  };
}

function compileObject(data: SchemaObject): Check {
  const checks: Check[] = [];
  const typeCheck = data.type === undefined ? undefined : compileType(data.type);
  if (Object.hasOwn(data, "const")) {
    const expected = data.const;
    const text = JSON.stringify(expected) ?? "undefined";
    checks.push((value, state) => jsonEqual(value, expected) || report(state, text, describe(value)));
  }
  if (data.enum !== undefined) {
    const isMember = memberOf(data.enum);
    const expected = data.enum.length === 1 ? listValues(data.enum) : `one of ${listValues(data.enum)}`;
    checks.push((value, state) => isMember(value) || report(state, expected, describe(value)));
  }
  // When `type` names one type, it has been checked first, so that type's keywords need no guard of their own.
  const only = typeof data.type === "string" ? data.type : data.type?.length === 1 ? data.type[0] : undefined;
  const stringCheck = compileString(data);
  if (stringCheck !== undefined)
    checks.push(
      only === "string"
        ? (stringCheck as Check)
        : (value, state) => typeof value !== "string" || stringCheck(value, state),
    );
  const numberCheck = compileNumber(data);
  if (numberCheck !== undefined)
    checks.push(
      only === "number" || only === "integer"
        ? (numberCheck as Check)
        : (value, state) => typeof value !== "number" || numberCheck(value, state),
    );
  const arrayCheck = compileArray(data);
  if (arrayCheck !== undefined)
    checks.push(only === "array" ? (arrayCheck as Check) : (value, state) => !Array.isArray(value) || arrayCheck(value, state));
  const objectCheck = compileProperties(data);
  if (objectCheck !== undefined)
    checks.push(only === "object" ? (objectCheck as Check) : (value, state) => !isObject(value) || objectCheck(value, state));
  checks.push(...compileApplicators(data));
  const rest = every(checks);
  if (typeCheck === undefined) return rest;
  if (rest === PASS) return typeCheck;
  // A value of the wrong type fails here alone: the other keywords would only repeat it.
  return (value, state) => typeCheck(value, state) && rest(value, state);
}

/** One predicate per type, picked when compiling so a check does not dispatch on the type name each time. */
const TYPE_TESTS: { readonly [K in JsonType]: (value: unknown) => boolean } = {
  string: (value) => typeof value === "string",
  number: (value) => typeof value === "number",
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === "boolean",
  null: (value) => value === null,
  array: (value) => Array.isArray(value),
  object: isObject,
};

function compileType(type: JsonType | readonly JsonType[]): Check {
  const types: readonly JsonType[] = typeof type === "string" ? [type] : type;
  const expected = types.join(" or ");
  const fail = (value: unknown, state: State): false => report(state, expected, describe(value));
  if (types.length > 1) {
    const tests = types.map((t) => TYPE_TESTS[t]);
    return (value, state) => tests.some((test) => test(value)) || fail(value, state);
  }
  // One closure per type, with the test written out: the check every property runs first, kept to one call.
  switch (types[0]) {
    case "string":
      return (value, state) => typeof value === "string" || fail(value, state);
    case "number":
      return (value, state) => typeof value === "number" || fail(value, state);
    case "integer":
      return (value, state) => Number.isInteger(value) || fail(value, state);
    case "boolean":
      return (value, state) => typeof value === "boolean" || fail(value, state);
    case "null":
      return (value, state) => value === null || fail(value, state);
    case "array":
      return (value, state) => Array.isArray(value) || fail(value, state);
    case "object":
      return (value, state) => isObject(value) || fail(value, state);
    default:
      // An empty type list: nothing is listed, so there is nothing to check.
      return PASS;
  }
}

/** Code points in `text`, counted only as far as needed to compare with `limit`. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function compilePattern(source: string): RegExp | undefined {
  try {
    return new RegExp(source, "u");
  } catch {
    // Not valid with the `u` flag (e.g. a needless escape): the plain reading is the document's likely intent.
    try {
      return new RegExp(source);
    } catch {
      return undefined;
    }
  }
}

function compileString(data: SchemaObject): ((value: string, state: State) => boolean) | undefined {
  const checks: Array<(value: string, state: State) => boolean> = [];
  const { minLength, maxLength, pattern, format } = data;
  if (minLength !== undefined) {
    const expected = `string of at least ${plural(minLength, "character")}`;
    // UTF-16 length bounds the code point count from above (and twice the count from below).
    checks.push(
      (value, state) =>
        value.length >= minLength * 2 ||
        (value.length >= minLength && codePoints(value) >= minLength) ||
        report(state, expected, `string of ${plural(codePoints(value), "character")}`),
    );
  }
  if (maxLength !== undefined) {
    const expected = `string of at most ${plural(maxLength, "character")}`;
    checks.push(
      (value, state) =>
        value.length <= maxLength ||
        codePoints(value) <= maxLength ||
        report(state, expected, `string of ${plural(codePoints(value), "character")}`),
    );
  }
  if (pattern !== undefined) {
    const regex = compilePattern(pattern);
    const expected = `string matching /${pattern}/`;
    if (regex !== undefined) checks.push((value, state) => regex.test(value) || report(state, expected, describe(value)));
  }
  if (format !== undefined) {
    const test = formatCheck(format);
    const expected = `${format} string`;
    if (test !== undefined) checks.push((value, state) => test(value) || report(state, expected, describe(value)));
  }
  return combine(checks);
}

/** `value` is a whole multiple of `divisor`, allowing for binary floating point (0.3 is a multiple of 0.1). */
function isMultiple(value: number, divisor: number): boolean {
  if (Number.isInteger(value) && Number.isInteger(divisor)) return value % divisor === 0;
  const quotient = value / divisor;
  if (!Number.isFinite(quotient)) return false;
  return Math.abs(quotient - Math.round(quotient)) <= 1e-9 * Math.max(1, Math.abs(quotient));
}

function compileNumber(data: SchemaObject): ((value: number, state: State) => boolean) | undefined {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = data;
  if (
    minimum === undefined &&
    maximum === undefined &&
    exclusiveMinimum === undefined &&
    exclusiveMaximum === undefined &&
    multipleOf === undefined
  )
    return undefined;
  return (value, state) => {
    let ok = true;
    if (minimum !== undefined && !(value >= minimum)) ok = report(state, `number >= ${minimum}`, `number ${value}`);
    if (maximum !== undefined && !(value <= maximum)) ok = report(state, `number <= ${maximum}`, `number ${value}`);
    if (exclusiveMinimum !== undefined && !(value > exclusiveMinimum))
      ok = report(state, `number > ${exclusiveMinimum}`, `number ${value}`);
    if (exclusiveMaximum !== undefined && !(value < exclusiveMaximum))
      ok = report(state, `number < ${exclusiveMaximum}`, `number ${value}`);
    if (multipleOf !== undefined && !isMultiple(value, multipleOf))
      ok = report(state, `multiple of ${multipleOf}`, `number ${value}`);
    return ok;
  };
}

/** The index of an item equal to an earlier one, or -1. */
function firstDuplicate(items: readonly unknown[]): number {
  if (items.every(isPrimitive)) {
    const seen = new Set<unknown>();
    for (let i = 0; i < items.length; i++) {
      if (seen.has(items[i])) return i;
      seen.add(items[i]);
    }
    return -1;
  }
  for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (jsonEqual(items[i], items[j])) return i;
  return -1;
}

function compileArray(data: SchemaObject): ((value: readonly unknown[], state: State) => boolean) | undefined {
  const checks: Array<(value: readonly unknown[], state: State) => boolean> = [];
  const { minItems, maxItems, uniqueItems, minContains, maxContains } = data;
  if (minItems !== undefined)
    checks.push(
      (value, state) =>
        value.length >= minItems ||
        report(state, `array of at least ${plural(minItems, "item")}`, `array of ${plural(value.length, "item")}`),
    );
  if (maxItems !== undefined)
    checks.push(
      (value, state) =>
        value.length <= maxItems ||
        report(state, `array of at most ${plural(maxItems, "item")}`, `array of ${plural(value.length, "item")}`),
    );
  if (uniqueItems === true)
    checks.push((value, state) => {
      const duplicate = firstDuplicate(value);
      return duplicate < 0 || report(state, "unique items", `array with item ${duplicate} repeating an earlier one`);
    });
  const prefix = (data.prefixItems ?? []).map(compile);
  const items = data.items === undefined ? undefined : compile(data.items);
  if (prefix.length > 0 || items !== undefined)
    checks.push((value, state) => {
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        const check = i < prefix.length ? prefix[i] : items;
        if (check !== undefined && !at(i, check, value[i], state)) {
          if (state.issues === null) return false;
          ok = false;
        }
      }
      return ok;
    });
  if (data.contains !== undefined) {
    const contains = compile(data.contains);
    const least = minContains ?? 1;
    const expected =
      maxContains === undefined
        ? `array with at least ${plural(least, "matching item")}`
        : maxContains === least
          ? `array with exactly ${plural(least, "matching item")}`
          : `array with ${least} to ${plural(maxContains, "matching item")}`;
    checks.push((value, state) => {
      const silent = quiet(state);
      let count = 0;
      for (let i = 0; i < value.length; i++) if (at(i, contains, value[i], silent)) count++;
      return (count >= least && (maxContains === undefined || count <= maxContains)) ||
        report(state, expected, `array with ${plural(count, "matching item")}`);
    });
  }
  return combine(checks);
}

type ObjectCheck = (value: Readonly<Record<string, unknown>>, state: State) => boolean;

/** Whether a required property may be missing in a direction: `readOnly` ones in requests, `writeOnly` ones in responses. */
function exemptIn(schema: SchemaData | undefined, depth = 0): Direction | undefined {
  if (schema === undefined || depth > FOLLOW_LIMIT) return undefined;
  // Compiling happens on first use, when every named validator exists, so a reference can be followed here.
  const data = dataOf(schema, depth);
  if (typeof data === "boolean") return undefined;
  if (data.readOnly === true) return "request";
  if (data.writeOnly === true) return "response";
  // The marker may sit on an allOf member (3.1's `$ref` with a `readOnly` beside it, or an author's allOf).
  for (const member of data.allOf ?? []) {
    const exempt = exemptIn(member, depth + 1);
    if (exempt !== undefined) return exempt;
  }
  return undefined;
}

function compileProperties(data: SchemaObject): ObjectCheck | undefined {
  const checks: ObjectCheck[] = [];
  const { minProperties, maxProperties } = data;
  const properties = Object.entries(data.properties ?? {});
  if (data.required !== undefined && data.required.length > 0) {
    const required = data.required.map((name) => ({ name, exempt: exemptIn(data.properties?.[name]) }));
    checks.push((value, state) => {
      let ok = true;
      for (const { name, exempt } of required) {
        // A property set to `undefined` is missing: JSON.stringify leaves it out of a request body.
        if ((value[name] !== undefined && Object.hasOwn(value, name)) || exempt === state.direction) continue;
        state.path.push(name);
        ok = report(state, `property ${JSON.stringify(name)}`, "nothing");
        state.path.pop();
        if (state.issues === null) return false;
      }
      return ok;
    });
  }
  if (minProperties !== undefined || maxProperties !== undefined)
    checks.push((value, state) => {
      const count = Object.keys(value).length;
      if (minProperties !== undefined && count < minProperties)
        return report(state, `object with at least ${plural(minProperties, "property", "properties")}`, `object with ${count}`);
      if (maxProperties !== undefined && count > maxProperties)
        return report(state, `object with at most ${plural(maxProperties, "property", "properties")}`, `object with ${count}`);
      return true;
    });
  const patterns = Object.entries(data.patternProperties ?? {}).flatMap(([source, schema]) => {
    const regex = compilePattern(source);
    return regex === undefined ? [] : [{ regex, check: compile(schema) }];
  });
  // `true` allows any extra property or name: the same as leaving the keyword out, and cheaper.
  const additional =
    data.additionalProperties === undefined || data.additionalProperties === true ? undefined : compile(data.additionalProperties);
  const names = data.propertyNames === undefined || data.propertyNames === true ? undefined : compile(data.propertyNames);
  if (patterns.length === 0 && additional === undefined && names === undefined) {
    // Only named properties: look each one up rather than walk the value's keys.
    // `shadowable`: a name `Object.prototype` answers to (`constructor`, `toString`…), so reading it proves nothing.
    const known = properties.map(([name, schema]) => ({ name, check: compile(schema), shadowable: name in Object.prototype }));
    if (known.length > 0)
      checks.push((value, state) => {
        let ok = true;
        // A plain object (all of JSON.parse's) inherits only Object.prototype's names: any other name it
        // yields is its own, which spares an Object.hasOwn per property on the common path.
        const plain = Object.getPrototypeOf(value) === Object.prototype;
        for (const { name, check, shadowable } of known) {
          const item = value[name];
          // Own properties only; `undefined` is absent.
          if (item === undefined || ((shadowable || !plain) && !Object.hasOwn(value, name))) continue;
          if (state.issues === null) {
            if (!check(item, state)) return false;
          } else if (!at(name, check, item, state)) ok = false;
        }
        return ok;
      });
  } else {
    const known = new Map(properties.map(([name, schema]) => [name, compile(schema)]));
    const noneAllowed = data.additionalProperties === false;
    checks.push((value, state) => {
      let ok = true;
      for (const key of Object.keys(value)) {
        let valid = true;
        if (names !== undefined && !at(key, names, key, quiet(state))) {
          state.path.push(key);
          valid = report(state, "a property name the schema allows", `property ${JSON.stringify(key)}`);
          state.path.pop();
        }
        const named = known.get(key);
        let matched = named !== undefined;
        if (named !== undefined && !at(key, named, value[key], state)) valid = false;
        for (const { regex, check } of patterns) {
          if (!regex.test(key)) continue;
          matched = true;
          if (!at(key, check, value[key], state)) valid = false;
        }
        if (!matched && additional !== undefined) {
          if (noneAllowed) {
            state.path.push(key);
            valid = report(state, "no additional property", describe(value[key]));
            state.path.pop();
          } else if (!at(key, additional, value[key], state)) valid = false;
        }
        if (!valid) {
          if (state.issues === null) return false;
          ok = false;
        }
      }
      return ok;
    });
  }
  for (const [trigger, needed] of Object.entries(data.dependentRequired ?? {}))
    checks.push((value, state) => {
      if (!Object.hasOwn(value, trigger)) return true;
      let ok = true;
      for (const name of needed) {
        if (Object.hasOwn(value, name)) continue;
        state.path.push(name);
        ok = report(state, `property ${JSON.stringify(name)} (as ${JSON.stringify(trigger)} is present)`, "nothing");
        state.path.pop();
      }
      return ok;
    });
  for (const [trigger, schema] of Object.entries(data.dependentSchemas ?? {})) {
    const check = compile(schema);
    checks.push((value, state) => !Object.hasOwn(value, trigger) || check(value, state));
  }
  return combine(checks);
}

// ---------------------------------------------------------------------------
// allOf, anyOf, oneOf, not, if/then/else, discriminator

function compileApplicators(data: SchemaObject): Check[] {
  const checks: Check[] = [];
  if (data.allOf !== undefined) checks.push(every(data.allOf.map(compile)));
  const discriminator = data.discriminator === undefined ? undefined : compileDiscriminator(data.discriminator);
  if (data.anyOf !== undefined) checks.push(compileAlternatives(data.anyOf, false, discriminator));
  if (data.oneOf !== undefined) checks.push(compileAlternatives(data.oneOf, true, discriminator));
  if (data.not !== undefined) {
    const not = compile(data.not);
    const expected = `not ${summarize(data.not)}`;
    checks.push((value, state) => !not(value, quiet(state)) || report(state, expected, describe(value)));
  }
  if (data.if !== undefined && (data.then !== undefined || data.else !== undefined)) {
    const condition = compile(data.if);
    const then = data.then === undefined ? PASS : compile(data.then);
    const otherwise = data.else === undefined ? PASS : compile(data.else);
    checks.push((value, state) => (condition(value, quiet(state)) ? then(value, state) : otherwise(value, state)));
  }
  return checks;
}

interface Discriminator {
  readonly propertyName: string;
  readonly members: ReadonlyMap<string, Check>;
  readonly expected: string;
}

function compileDiscriminator(discriminator: NonNullable<SchemaObject["discriminator"]>): Discriminator {
  const entries = Object.entries(discriminator.mapping);
  return {
    propertyName: discriminator.propertyName,
    members: new Map(entries.map(([tag, schema]) => [tag, compile(schema)])),
    expected: `one of ${listValues(entries.map(([tag]) => tag))}`,
  };
}

/**
 * `anyOf` (or `oneOf` when `exactlyOne`). With a discriminator, an object is
 * judged by the member its tag names, so a failure lists that member's
 * issues; otherwise a failure reports the member the value resembles most,
 * or one issue naming every member when none stands out.
 */
function compileAlternatives(members: readonly SchemaData[], exactlyOne: boolean, discriminator: Discriminator | undefined): Check {
  const checks = members.map(compile);
  return (value, state) => {
    const silent = quiet(state);
    if (discriminator !== undefined && isObject(value)) {
      const { propertyName } = discriminator;
      const tag = value[propertyName];
      const member = typeof tag === "string" ? discriminator.members.get(tag) : undefined;
      if (member !== undefined) return member(value, state);
      // A tag the mapping does not list may still satisfy a member (documents often leave tags out
      // of the mapping): the plain JSON Schema verdict decides, and a failure is reported at the tag.
      if (tagless(checks, exactlyOne, value, silent)) return true;
      return at(propertyName, (found, inner) => report(inner, discriminator.expected, describe(found)), tag, state);
    }
    let matched = -1;
    for (let i = 0; i < checks.length; i++) {
      if (!(checks[i] ?? PASS)(value, silent)) continue;
      if (!exactlyOne) return true;
      if (matched >= 0) {
        const names = `${summarize(members[matched] ?? true)} and ${summarize(members[i] ?? true)}`;
        return report(state, `exactly one of ${summarizeAll(members)}`, `${describe(value)} matching ${names}`);
      }
      matched = i;
    }
    if (matched >= 0) return true;
    if (state.issues === null) return false;
    const best = closestMember(members, value);
    if (best >= 0) return (checks[best] ?? PASS)(value, state);
    return report(state, `one of ${summarizeAll(members)}`, describe(value));
  };
}

/** The JSON Schema verdict of `anyOf` (or `oneOf` when `exactlyOne`), without issues. */
function tagless(checks: readonly Check[], exactlyOne: boolean, value: unknown, silent: State): boolean {
  let count = 0;
  for (const check of checks) if (check(value, silent) && (++count > 1 || !exactlyOne)) break;
  return exactlyOne ? count === 1 : count > 0;
}

/** How deep `summarize` and `closestMember` follow references (a recursive schema would go on for ever). */
const FOLLOW_LIMIT = 8;

function dataOf(schema: SchemaData, depth: number): boolean | SchemaObject {
  let data: SchemaData = schema;
  for (let i = depth; typeof data === "function" && i < FOLLOW_LIMIT; i++) {
    const validator = data();
    data = validator instanceof SchemaValidator ? validator.data : true;
  }
  return typeof data === "function" ? true : data;
}

/** Whether `value` has the type and shape `schema` asks for at its top level (ignoring nested keywords). */
function resembles(schema: SchemaData, value: unknown, depth = 0): boolean {
  const data = dataOf(schema, depth);
  if (typeof data === "boolean") return data;
  if (data.type !== undefined) {
    const types: readonly JsonType[] = typeof data.type === "string" ? [data.type] : data.type;
    if (!types.some((type) => TYPE_TESTS[type](value))) return false;
  } else if ((data.properties !== undefined || data.required !== undefined) && !isObject(value)) return false;
  if (Object.hasOwn(data, "const") && !jsonEqual(data.const, value)) return false;
  if (data.enum !== undefined && !data.enum.some((candidate) => jsonEqual(candidate, value))) return false;
  if (data.allOf !== undefined && !data.allOf.every((member) => resembles(member, value, depth + 1))) return false;
  const alternatives = data.anyOf ?? data.oneOf;
  return alternatives === undefined || alternatives.some((member) => resembles(member, value, depth + 1));
}

/** How many of an object's keys `schema` names as properties (through `allOf` and references). */
function knownKeys(schema: SchemaData, value: Readonly<Record<string, unknown>>, depth = 0): number {
  const data = dataOf(schema, depth);
  if (typeof data === "boolean") return 0;
  let count = 0;
  if (data.properties !== undefined) for (const key of Object.keys(value)) if (Object.hasOwn(data.properties, key)) count++;
  for (const member of data.allOf ?? []) count += knownKeys(member, value, depth + 1);
  return count;
}

/** The one member `value` resembles, or, among objects, the one naming the most of its keys; -1 when none stands out. */
function closestMember(members: readonly SchemaData[], value: unknown): number {
  const alike = members.flatMap((member, index) => (resembles(member, value) ? [index] : []));
  if (alike.length === 1) return alike[0] ?? -1;
  if (alike.length === 0 || !isObject(value)) return -1;
  let best = -1;
  let bestCount = 0;
  let tie = false;
  for (const index of alike) {
    const count = knownKeys(members[index] ?? true, value);
    if (count > bestCount) [best, bestCount, tie] = [index, count, false];
    else if (count === bestCount) tie = true;
  }
  return tie || bestCount === 0 ? -1 : best;
}

/** A few words for a schema in a message: its name, its type, its values. */
function summarize(schema: SchemaData): string {
  if (schema === true) return "anything";
  if (schema === false) return "nothing";
  if (typeof schema === "function") {
    const validator = schema();
    return validator.name;
  }
  if (schema.type !== undefined) return typeof schema.type === "string" ? schema.type : schema.type.join(" or ");
  if (Object.hasOwn(schema, "const")) return JSON.stringify(schema.const) ?? "undefined";
  if (schema.enum !== undefined) return listValues(schema.enum);
  if (schema.properties !== undefined || schema.required !== undefined) return "object";
  return "a schema";
}

function summarizeAll(members: readonly SchemaData[]): string {
  return members.map(summarize).join(", ");
}
