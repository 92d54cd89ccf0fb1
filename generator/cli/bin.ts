/** Entry point: `npm run generate -- …`. Unexpected failures exit 1 with one line, not a stack trace. */
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => {
    // Exit now: a stalled remote fetch in a dependency must not keep a finished run alive.
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env["WIREGEN_DEBUG"] !== undefined && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
