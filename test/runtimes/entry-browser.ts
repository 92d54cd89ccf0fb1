/**
 * Runs the suite in a browser page and POSTs `{ runtime, results }` (or
 * `{ runtime, fatal }`) as JSON to `/results` on the page's own origin.
 * Bundled by esbuild (format esm, platform browser) and loaded by the page
 * `server.ts` serves at `/?api=<baseUrl>`: the API lives on another origin,
 * so every call the client makes is cross-origin and goes through CORS.
 */
import { runSuite } from "./suite.ts";

async function report(payload: object): Promise<void> {
  await fetch("/results", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ runtime: navigator.userAgent, ...payload }),
  });
}

const baseUrl = new URL(location.href).searchParams.get("api");
try {
  if (baseUrl === null) throw new Error("the page was loaded without ?api=<baseUrl>");
  await report({ results: await runSuite(baseUrl) });
} catch (error) {
  await report({ fatal: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
