/**
 * A repair on openapi-typescript's output: for `allOf: [{ $ref: X }, …]` with
 * `required` naming properties of X it prints `WithRequired<X, "a" | "b">`,
 * with its helper `type WithRequired<T, K extends keyof T>`. When X is
 * nullable (plaid's `PlaidError`), `keyof (X | null)` is `never` and `tsc`
 * rejects the constraint. An object that has required properties is not null,
 * so the helper is declared over `NonNullable<T>`: the same type for every
 * non-nullable `T`, and the right one for a nullable `T`.
 */
import type ts from "typescript";

const HELPER =
  "type WithRequired<T, K extends keyof NonNullable<T>> = NonNullable<T> & { [P in K]-?: NonNullable<T>[P] };";

/** `nodes` with openapi-typescript's `WithRequired` helper replaced by one that accepts a nullable type. */
export function nullableWithRequired(typescript: typeof ts, nodes: ts.Node[]): ts.Node[] {
  const at = nodes.findIndex((node) => typescript.isTypeAliasDeclaration(node) && node.name.text === "WithRequired");
  if (at === -1) return nodes;
  const source = typescript.createSourceFile("helper.ts", HELPER, typescript.ScriptTarget.Latest, false);
  const replacement = source.statements[0]!;
  return [...nodes.slice(0, at), replacement, ...nodes.slice(at + 1)];
}
