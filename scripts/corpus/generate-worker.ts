/**
 * The child process that generates documents for the run, one request at a
 * time, in process (`generate`, then `writeClients`, from the generator/
 * directory named by its first argument), and replies with what became of
 * each. A hang, a crash or running out of memory here ends only
 * this process; the run sees it and starts another.
 */
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { READY, type GenerateReply, type GenerateRequest } from "./generate-protocol.js";

/** The parts of the generator a worker uses, loaded from the run's copy of generator/ (`snapshot-generator.ts`). */
interface Generator {
  readonly generate: typeof import("../../generator/generate.js").generate;
  readonly writeClients: typeof import("../../generator/write/write-atomic.js").writeClients;
  readonly formatDiagnostic: typeof import("../../generator/check/diagnostic.js").formatDiagnostic;
}

async function loadGenerator(dir: string): Promise<Generator> {
  const load = (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(dir, path)).href);
  const [generate, write, diagnostic] = await Promise.all([
    load("generate.ts"),
    load("write/write-atomic.ts"),
    load("check/diagnostic.ts"),
  ]);
  return {
    generate: generate["generate"] as Generator["generate"],
    writeClients: write["writeClients"] as Generator["writeClients"],
    formatDiagnostic: diagnostic["formatDiagnostic"] as Generator["formatDiagnostic"],
  };
}

/** `Name: message (at function (file:line:col))`, the frame's path relative to `root`. */
export function describeError(error: unknown, root: string): string {
  if (!(error instanceof Error)) return `thrown: ${String(error)}`;
  const frame = error.stack
    ?.split("\n")
    .find((line) => line.trimStart().startsWith("at "))
    ?.trim()
    .replace(/file:\/\/([^\s)]+)/, (_, path: string) => relative(root, path));
  const message = `${error.name}: ${error.message.replace(/\s+/g, " ").trim()}`;
  return frame === undefined ? message : `${message} (${frame})`;
}

async function generateOne(
  { generate, writeClients, formatDiagnostic }: Generator,
  { spec, outDir, validate }: GenerateRequest,
  root: string,
): Promise<GenerateReply> {
  try {
    const result = await generate(spec, undefined, {}, { validate });
    if (!result.ok) {
      const error = result.diagnostics.find((d) => d.severity === "error");
      return error === undefined
        ? { kind: "threw", error: "generate() failed without an error diagnostic" }
        : { kind: "refused", diagnostic: formatDiagnostic(error).split("\n")[0]! };
    }
    await writeClients([{ outDir, files: result.files }]);
    const bytes = [...result.files.values()].reduce((sum, text) => sum + text.length, 0);
    return { kind: "generated", operations: result.operations, bytes };
  } catch (error) {
    return { kind: "threw", error: describeError(error, root) };
  }
}

const generatorDir = process.argv[2];
if (process.send !== undefined && generatorDir !== undefined) {
  const generator = await loadGenerator(generatorDir);
  // Frames read `generator/model/…`, as in the project, not the copy's path.
  const root = dirname(generatorDir);
  process.on("message", (request: GenerateRequest) => {
    void generateOne(generator, request, root).then((reply) => process.send!(reply));
  });
  // The run is gone (killed, interrupted): stop at once rather than finish a document nobody waits for.
  process.on("disconnect", () => process.exit(0));
  process.send(READY);
}
