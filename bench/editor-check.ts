/**
 * Child process for the "editor" measurement: builds the program of a tsconfig
 * and asks only for the diagnostics of one file, as a language service does
 * for the file open in an editor (other files are parsed and bound, and
 * checked only as far as that file's types need). Prints one JSON line:
 * `{ "checkMs", "diagnostics", "files" }`; the TypeScript module's own load
 * is not timed (an editor has it loaded already).
 *
 * Usage: node --import tsx bench/editor-check.ts <tsconfig.json> <file.ts>
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import ts from "typescript";

function check(configPath: string, file: string): { checkMs: number; diagnostics: number; files: number } {
  const started = performance.now();
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(configPath), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (parsed === undefined) throw new Error(`cannot read ${configPath}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const source = program.getSourceFile(resolve(file));
  if (source === undefined) throw new Error(`${file} is not part of ${configPath}`);
  const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  for (const diagnostic of diagnostics.slice(0, 5)) {
    console.error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  }
  return { checkMs: performance.now() - started, diagnostics: diagnostics.length, files: program.getSourceFiles().length };
}

const [configPath, file] = process.argv.slice(2);
if (configPath === undefined || file === undefined) {
  console.error("usage: editor-check <tsconfig.json> <file.ts>");
  process.exit(2);
}
const result = check(configPath, file);
console.log(JSON.stringify(result));
process.exit(result.diagnostics === 0 ? 0 : 1);
