/**
 * The edits the watch measurement saves into a spec file: edit i changes the
 * first operation of the file, alternating between a new description (even i)
 * and an extra query parameter (odd i), each made on the pristine document so
 * that every edit differs from the one before and so changes the client.
 * YAML is edited through the `yaml` Document API (comments and layout kept),
 * JSON is re-serialized.
 */
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface SpecEdits {
  readonly file: string;
  /** "GET /threads", for the report. */
  readonly operation: string;
  /** The file's text after edit `i`. */
  readonly text: (i: number) => string;
}

function firstOperation(paths: unknown, file: string): { path: string; method: string } {
  if (typeof paths === "object" && paths !== null) {
    for (const [path, item] of Object.entries(paths)) {
      const method = METHODS.find((name) => typeof item === "object" && item !== null && name in item);
      if (method !== undefined) return { path, method };
    }
  }
  throw new Error(`${file} has no operation under paths to edit`);
}

function parameter(i: number): Record<string, unknown> {
  return { name: `bench_edit_${i}`, in: "query", description: `Added by bench edit ${i}.`, schema: { type: "string" } };
}

function yamlEdits(file: string): SpecEdits {
  const pristine = parseDocument(readFileSync(file, "utf8"));
  const { path, method } = firstOperation(pristine.toJS()?.paths, file);
  const at = ["paths", path, method];
  return {
    file,
    operation: `${method.toUpperCase()} ${path}`,
    text: (i) => {
      const doc = pristine.clone();
      if (i % 2 === 0) doc.setIn([...at, "description"], `Edited by the watch benchmark (edit ${i}).`);
      else if (doc.hasIn([...at, "parameters"])) doc.addIn([...at, "parameters"], doc.createNode(parameter(i)));
      else doc.setIn([...at, "parameters"], doc.createNode([parameter(i)]));
      return doc.toString();
    },
  };
}

function jsonEdits(file: string): SpecEdits {
  const pristine = readFileSync(file, "utf8");
  const { path, method } = firstOperation((JSON.parse(pristine) as { paths?: unknown }).paths, file);
  return {
    file,
    operation: `${method.toUpperCase()} ${path}`,
    text: (i) => {
      const document = JSON.parse(pristine) as { paths: Record<string, Record<string, Record<string, unknown>>> };
      const operation = document.paths[path]![method]!;
      if (i % 2 === 0) operation["description"] = `Edited by the watch benchmark (edit ${i}).`;
      else operation["parameters"] = [...((operation["parameters"] as unknown[] | undefined) ?? []), parameter(i)];
      return JSON.stringify(document);
    },
  };
}

export function specEdits(file: string): SpecEdits {
  return file.endsWith(".json") ? jsonEdits(file) : yamlEdits(file);
}
