/**
 * Reading a configuration file into a value: a JSON config is parsed (a
 * syntax error is located); a script config is run, `.ts` through jiti (so a
 * TypeScript config loads on Node 20, with no loader, as orval's do) and
 * `.mjs`/`.js` by `import()`. Its default export is the config. A config that
 * fails to load is an error located in it, never a stack trace.
 */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../check/diagnostic.js";
import { parseYaml } from "../load/yaml-positions.js";
import { displayPath } from "../spec-file.js";

export type LoadedConfig =
  | { readonly ok: true; readonly file: string; readonly text: string; readonly value: unknown }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

function failure(file: string, message: string, fix: string, line = 1, column = 1): LoadedConfig {
  return { ok: false, diagnostics: [{ severity: "error", position: { file, line, column }, message, fix }] };
}

/** Runs a script config and returns its default export. */
async function runScript(path: string): Promise<unknown> {
  if (/\.m?ts$/.test(path)) {
    const { createJiti } = await import("jiti");
    const jiti = createJiti(import.meta.url, { interopDefault: true, moduleCache: false, fsCache: false });
    return jiti.import(path, { default: true });
  }
  const module = (await import(`${pathToFileURL(path).href}?t=${Date.now()}`)) as { default?: unknown };
  return module.default;
}

/** Loads the config at `path`. */
export async function loadConfig(path: string): Promise<LoadedConfig> {
  const file = displayPath(path);
  const text = await readFile(path, "utf8");
  if (path.endsWith(".json")) {
    const { doc, lines } = parseYaml(text);
    const error = doc.errors[0];
    if (error !== undefined) {
      const { line, col } = lines.linePos(error.pos[0]);
      return failure(file, `not valid JSON: ${error.message.split("\n")[0]}`, "correct the syntax at this position", line, col);
    }
    return { ok: true, file, text, value: doc.toJS() };
  }
  try {
    return { ok: true, file, text, value: await runScript(path) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return failure(file, `the config did not load: ${message}`, "run it on its own to see the whole error, and correct it");
  }
}
