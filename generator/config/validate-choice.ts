/**
 * Which payloads a client checks against the spec's schemas at run time (the
 * config's `validate`, `--validate`): none (the default), its responses, its
 * request bodies, or both. A choice of the consumer's, so it is a setting of
 * the config and the command line, never of the document.
 */
export type ValidateChoice = "none" | "responses" | "requests" | "all";

export const VALIDATE_CHOICES: readonly ValidateChoice[] = ["none", "responses", "requests", "all"];

export function asValidateChoice(value: unknown): ValidateChoice | undefined {
  return VALIDATE_CHOICES.find((choice) => choice === value);
}

/** What a choice checks: responses, request bodies. */
export function validatedPayloads(choice: ValidateChoice): { readonly responses: boolean; readonly requests: boolean } {
  return { responses: choice === "responses" || choice === "all", requests: choice === "requests" || choice === "all" };
}
