/** Where things are, for tests that run the generator from the project root. */
import { fileURLToPath } from "node:url";

/** The project root (absolute, with a trailing separator removed). */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url)).replace(/\/$/, "");

/** The CLI entry point `npm run generate` runs. */
export const BIN = `${ROOT}/generator/cli/bin.ts`;
