/**
 * What became of one document: `clean` (generated, and the client
 * type-checks with no error), `located error` (the generator refused it with
 * a located diagnostic) or `failure` (anything else: a crash, a hang, running
 * out of memory, or a client that does not type-check).
 */

export type DocumentClass = "clean" | "located error" | "failure";

export const CLASSES: readonly DocumentClass[] = ["clean", "located error", "failure"];

export interface Outcome {
  /** The document's path in the directory (`googleapis.com/retail.json`). */
  readonly document: string;
  readonly class: DocumentClass;
  /** The first error: the diagnostic, the crash, or the compiler's first error line. */
  readonly first: string | undefined;
  /** How many compiler errors the client has, for a client that does not type-check. */
  readonly errors: number | undefined;
  /** Generating, from sending the document to the reply (not type-checking). */
  readonly generateMs: number;
}
