/**
 * `schemas.ts`, in a client generated with validation: one validator per
 * named schema and per validated payload without one, each a Standard Schema
 * (`schemas.Thread["~standard"].validate(value)`). A validator is data, the
 * schema in the runtime's terms (`runtime/schema.ts`); a reference to another
 * named schema is a function returning its validator, so order and recursion
 * do not matter.
 */
import { formatPointer, getAt, parsePointer } from "../load/json-pointer.js";
import { hasJsonSchema2020 } from "../load/openapi-version.js";
import type { ClientModel, Docs, ValidationModel } from "../model/ir.js";
import { docText, stringLiteral } from "./escape.js";
import type { EmitContext, EmittedFile } from "./emit-context.js";
import { PRINT_WIDTH } from "./format-files.js";
import { printSchemaData } from "./print-schema-data.js";
import { toSchemaData } from "./to-schema-data.js";

/** How many places the file's comment lists where a keyword is not checked. */
const LISTED_SKIPS = 10;

/** The validator names of `#/components/schemas/<name>` references. */
function componentNames(validation: ValidationModel): Map<string, string> {
  const names = new Map<string, string>();
  for (const v of validation.validators) {
    if (v.pointer.length === 3 && v.pointer[0] === "components" && v.pointer[1] === "schemas") {
      names.set(formatPointer(v.pointer), v.name);
    }
  }
  return names;
}

/** A validator's doc comment: its schema's summary (the type's own comment has the rest), and whether it is deprecated. */
function docComment(docs: Docs): string {
  const summary = docs.summary ?? docs.description?.split(/\n\s*\n/)[0];
  const lines = [...(summary === undefined ? [] : docText(summary).split("\n")), ...(docs.deprecated === true ? ["@deprecated"] : [])];
  if (lines.length === 0) return "";
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n */\n`;
}

/** `schemas.ts` of a client with validation (`model.validation`). */
export function emitSchemas(ctx: EmitContext, model: ClientModel & { readonly validation: ValidationModel }, document: unknown): EmittedFile {
  const validation = model.validation;
  const root = document as Record<string, unknown>;
  const dialect = hasJsonSchema2020(root["openapi"]) ? "3.1" : "3.0";
  const names = componentNames(validation);
  const options = {
    dialect,
    refName: (ref: string) => names.get(ref),
    resolve: (ref: string) => (ref.startsWith("#") ? getAt(root, parsePointer(ref)) : undefined),
  } as const;
  const skipped: string[] = [];
  const statements = validation.validators.map((validator) => {
    const converted = toSchemaData(getAt(root, validator.pointer), options);
    skipped.push(...converted.skipped.map((at) => `${formatPointer(validator.pointer)}${at}`));
    const label = validator.pointer.length === 3 ? String(validator.pointer[2]) : validator.name;
    // Typed by its annotation, not a type argument: a validator that refers to itself (a tree) would
    // otherwise have an implicit `any` type, its initializer mentioning it.
    // Marked pure so a bundler drops every validator the app never reaches: one validated call
    // carries its own validators and those they refer to, not the whole file.
    const call = `/* @__PURE__ */ defineSchema(${stringLiteral(label)}, `;
    const oneLine = `export const ${validator.name}: Validator<${validator.type}> = ${call}`;
    // A long type (a payload's, over `paths`) goes on a line of its own, as prettier puts it.
    const head =
      oneLine.length + 1 <= PRINT_WIDTH
        ? oneLine
        : `export const ${validator.name}: Validator<\n  ${validator.type}\n> = ${call}`;
    const lastLine = head.slice(head.lastIndexOf("\n") + 1);
    const data = printSchemaData(converted.data, { prefix: lastLine.length, suffix: ");".length });
    // A blank line before each, as between declarations written by hand.
    return `\n${docComment(validator.docs)}${head}${data});`;
  });
  // A body's type is `NonNullable<paths[…]…>`, a response's `paths[…]…`.
  const usesPaths = validation.validators.some((v) => v.type.includes("paths["));
  const usesModels = validation.validators.some((v) => v.type.startsWith("models."));
  const notes =
    skipped.length === 0
      ? []
      : [
          [
            "/*",
            " * Not checked (the validators accept any value there):",
            ...skipped.slice(0, LISTED_SKIPS).map((s) => ` * - ${docText(s)}`),
            ...(skipped.length > LISTED_SKIPS ? [` * - and ${skipped.length - LISTED_SKIPS} more`] : []),
            " */",
          ].join("\n"),
        ];
  // A document without a JSON schema still has the module the index re-exports, empty.
  if (statements.length === 0) return ctx.createFile("schemas.ts", ["export {};"]);
  return ctx.createFile("schemas.ts", [
    'import { defineSchema, type Validator } from "./runtime/schema.js";',
    ...(usesModels ? ['import type * as models from "./models.js";'] : []),
    ...(usesPaths ? ['import type { paths } from "./types.js";'] : []),
    ...notes.map((note) => `\n${note}`),
    ...statements,
  ]);
}
