/**
 * What the emitters print with: ts-morph's structure printer, which turns
 * declarations described as structures into source text. Each file is printed
 * in one call and never parsed: the emit stage needs only its text, and
 * parsing it into a syntax tree (as `Project.createSourceFile` does) was a
 * third of the time spent in ts-morph.
 */
import type { StatementStructures, StructureKind, WriterFunction } from "ts-morph";
import { requireTsMorph } from "./shared-typescript.js";
import { printWithDocs } from "./splice-docs.js";

/** One printed file of the client: its path under the output folder and its text. */
export interface EmittedFile {
  readonly path: string;
  readonly text: string;
}

export interface EmitContext {
  /** ts-morph's structure kinds, handed out here so emitters need no value import of ts-morph. */
  readonly kind: typeof StructureKind;
  createFile(path: string, statements: ReadonlyArray<string | WriterFunction | StatementStructures>): EmittedFile;
}

export async function createEmitContext(): Promise<EmitContext> {
  // require(), not import(): importing a CommonJS package from ESM makes Node scan its whole
  // source for export names. With the TypeScript openapi-typescript uses (shared-typescript.ts).
  const tsMorph = requireTsMorph();
  const { printStructure, StructureKind } = tsMorph;
  return {
    kind: StructureKind,
    createFile: (path, statements) => ({
      path,
      // Doc comments are printed by splice-docs.ts, to the text ts-morph gives, in a fraction of its time.
      text: printWithDocs(statements, (all) =>
        printStructure({ kind: StructureKind.SourceFile, statements: all }, { indentNumberOfSpaces: 2 }),
      ),
    }),
  };
}
