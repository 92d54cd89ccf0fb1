/**
 * The validators of a client generated with runtime validation (`validate`
 * in the config): one per named schema, named as its type alias, and one per
 * validated payload whose schema is not a named one, named after its
 * operation. Each operation is given the names of the validators its records
 * point at (`schema: schemas.Thread`).
 */
import { formatPointer } from "../load/json-pointer.js";
import type { GroupModel, OperationModel, PayloadRef, SchemaAliasModel, ValidationModel, ValidatorModel } from "./ir.js";
import { NameRegistry } from "./names.js";

/** What a client validates: responses, request bodies. */
export interface ValidatedPayloads {
  readonly responses: boolean;
  readonly requests: boolean;
}

/** Names `schemas.ts` imports, which no validator may take. */
const IMPORTED = ["defineSchema", "Validator", "models", "paths"];

/** The validation model, and `groups` with each operation's validator names. */
export function toValidation(
  schemas: readonly SchemaAliasModel[],
  groups: readonly GroupModel[],
  payloads: ValidatedPayloads,
): { readonly validation: ValidationModel; readonly groups: GroupModel[] } {
  const names = new NameRegistry(IMPORTED);
  const validators: ValidatorModel[] = schemas.map((s) => ({
    name: names.claim(s.typeName),
    pointer: ["components", "schemas", s.specName],
    type: `models.${s.typeName}`,
    docs: s.docs,
  }));
  const byPointer = new Map(validators.map((v) => [formatPointer(v.pointer), v.name]));
  /** The validator of `payload`: the one of the schema it names, or a new one named `candidate`. */
  const validatorOf = (payload: PayloadRef, candidate: string, summary: string): string => {
    const key = formatPointer(payload.pointer);
    const known = byPointer.get(key);
    if (known !== undefined) return known;
    const name = names.claim(candidate);
    validators.push({ name, pointer: payload.pointer, type: payload.type, docs: { summary } });
    byPointer.set(key, name);
    return name;
  };
  const withValidators = (op: OperationModel): OperationModel => {
    const prefix = op.paramsTypeName.replace(/Params$/, "");
    const where = `\`${op.method} ${op.path}\``;
    const responses: Record<string, string> = {};
    if (payloads.responses) {
      const statuses = Object.keys(op.responsePayloads);
      for (const status of statuses) {
        const suffix = statuses.length > 1 ? status : "";
        responses[status] = validatorOf(
          op.responsePayloads[status]!,
          `${prefix}Response${suffix}`,
          `The body of a ${status} answer to ${where}.`,
        );
      }
    }
    const payload = payloads.requests ? op.body?.payload : undefined;
    const body = payload === undefined ? undefined : validatorOf(payload, `${prefix}Body`, `The request body of ${where}.`);
    return { ...op, validators: { responses, ...(body === undefined ? {} : { body }) } };
  };
  const named = groups.map((g) => ({ ...g, operations: g.operations.map(withValidators) }));
  return { validation: { ...payloads, validators }, groups: named };
}
