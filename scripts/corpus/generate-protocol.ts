/**
 * The messages between the run and a generator process: a document to
 * generate into a directory, and what became of it.
 */
import type { ValidateChoice } from "../../generator/config/validate-choice.js";

export interface GenerateRequest {
  readonly spec: string;
  readonly outDir: string;
  /** The run's `--validate`. */
  readonly validate: ValidateChoice;
}

/** Sent once by a generator process when it has loaded the generator and listens for requests. */
export const READY = "ready";

export type GenerateReply =
  | { readonly kind: "generated"; readonly operations: number; readonly bytes: number }
  /** The generator refused the document; the first error diagnostic, formatted (`file:line:col: error: …`). */
  | { readonly kind: "refused"; readonly diagnostic: string }
  /** `generate` or `writeClients` threw: the error and the frame it was thrown from. */
  | { readonly kind: "threw"; readonly error: string };
