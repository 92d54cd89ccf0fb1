/**
 * The ts-morph project one emit run builds its files in: in memory, created
 * once, each file built from structures in a single call.
 */
import type { SourceFile, StatementStructures, WriterFunction } from "ts-morph";

export interface EmitContext {
  createFile(name: string, statements: ReadonlyArray<string | WriterFunction | StatementStructures>): SourceFile;
}

export async function createEmitContext(): Promise<EmitContext> {
  const { Project, IndentationText, QuoteKind } = await import("ts-morph");
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double },
  });
  return {
    createFile: (name, statements) => project.createSourceFile(name, { statements: [...statements] }, { overwrite: true }),
  };
}
