/**
 * Turns params keyed as the model keys them (path parameters by argument name,
 * the body under `body`) into the arguments a generated method takes: path
 * arguments in order, then the params object (a flat body's properties spread
 * into it), when the method has one. Lets table-driven tests call any method.
 */
import { hasParamsObject } from "../../generator/emit/emit-resource.js";
import type { OperationModel } from "../../generator/model/ir.js";

export function callArguments(op: OperationModel, params: Readonly<Record<string, unknown>>): unknown[] {
  const rest: Record<string, unknown> = { ...params };
  const positional = op.params
    .filter((p) => p.spec.in === "path")
    .map((p) => {
      const value = rest[p.spec.key];
      delete rest[p.spec.key];
      return value;
    });
  const body = rest["body"];
  if (op.body?.spec.flat === true && typeof body === "object" && body !== null && !Array.isArray(body)) {
    delete rest["body"];
    Object.assign(rest, body);
  }
  return hasParamsObject(op) ? [...positional, rest] : positional;
}

/** The resource object at `path` (`["graph", "edge"]`) of a client. */
export function resourceAt(client: unknown, path: readonly string[]): Record<string, unknown> | undefined {
  let node = client as Record<string, unknown> | undefined;
  for (const name of path) node = node?.[name] as Record<string, unknown> | undefined;
  return node;
}
