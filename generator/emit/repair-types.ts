/**
 * Our repairs on openapi-typescript's output, in one place: it is frozen
 * (maintenance mode since 2026-09-19), so its known wrong types are fixed
 * here, after its transform, and never in its files. Each repair is a module
 * of its own with the class of documents it is for.
 */
import type ts from "typescript";
import { deferRecursiveTypes } from "./defer-recursive-types.js";
import { nullableWithRequired } from "./nullable-with-required.js";

export function repairTypes(typescript: typeof ts, nodes: ts.Node[]): ts.Node[] {
  return nullableWithRequired(typescript, deferRecursiveTypes(typescript, nodes));
}
