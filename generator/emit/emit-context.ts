/**
 * The ts-morph project one emit run builds its files in: in memory, created
 * once, each file built from structures in a single call.
 */
import { createRequire } from "node:module";
import type { SourceFile, StatementStructures, StructureKind, WriterFunction } from "ts-morph";

export interface EmitContext {
  /** ts-morph's structure kinds, handed out here so emitters need no value import of ts-morph. */
  readonly kind: typeof StructureKind;
  createFile(name: string, statements: ReadonlyArray<string | WriterFunction | StatementStructures>): SourceFile;
}

export async function createEmitContext(): Promise<EmitContext> {
  // require(), not import(): importing a CommonJS package from ESM makes Node scan its whole
  // source for export names, and ts-morph carries a 9 MB copy of TypeScript.
  const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");
  const { Project, IndentationText, QuoteKind } = tsMorph;
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double },
  });
  return {
    kind: tsMorph.StructureKind,
    createFile: (name, statements) =>
      project.createSourceFile(name, { statements: [...statements] }, { overwrite: true }),
  };
}
