/**
 * A repair on openapi-typescript's output: a schema that refers to itself
 * through a union, an array or a type argument rather than through an object
 * property (`Value = string | number | Value[] | null`, vercel's
 * `EdgeConfigItemValue`) is printed as
 * `Value: string | components["schemas"]["Value"][]` inside the `components`
 * interface, and `tsc` rejects that: resolving the property needs the
 * property ("referenced directly or indirectly in its own type annotation").
 * A top-level type alias may refer to itself that way, so such a schema's
 * type moves to one (`type RecursiveValue = string | RecursiveValue[]`) and
 * the property becomes a reference to it. Types that reach themselves only
 * through an object type are left as they are: those `tsc` defers.
 */
import type ts from "typescript";

type TypeScript = typeof ts;

/** `components["schemas"]["Name"]` → `Name`, for any indexed access of that shape. */
function schemaNameOf(typescript: TypeScript, node: ts.Node): string | undefined {
  if (!typescript.isIndexedAccessTypeNode(node)) return undefined;
  const inner = node.objectType;
  if (!typescript.isIndexedAccessTypeNode(inner)) return undefined;
  if (!typescript.isTypeReferenceNode(inner.objectType)) return undefined;
  if (!typescript.isIdentifier(inner.objectType.typeName) || inner.objectType.typeName.text !== "components") {
    return undefined;
  }
  const literal = (n: ts.TypeNode): string | undefined =>
    typescript.isLiteralTypeNode(n) && typescript.isStringLiteral(n.literal) ? n.literal.text : undefined;
  return literal(inner.indexType) === "schemas" ? literal(node.indexType) : undefined;
}

/** True when `type` mentions schema `name` other than inside an object type literal (which `tsc` defers). */
function refersEagerly(typescript: TypeScript, type: ts.Node, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || typescript.isTypeLiteralNode(node) || typescript.isMappedTypeNode(node)) return;
    if (schemaNameOf(typescript, node) === name) {
      found = true;
      return;
    }
    typescript.forEachChild(node, visit);
  };
  visit(type);
  return found;
}

function propertyName(typescript: TypeScript, member: ts.TypeElement): string | undefined {
  if (!typescript.isPropertySignature(member)) return undefined;
  const { name } = member;
  return typescript.isIdentifier(name) || typescript.isStringLiteral(name) ? name.text : undefined;
}

/** `Recursive` + the schema name as an identifier, unique among `taken`. */
function aliasName(name: string, taken: Set<string>): string {
  const base = `Recursive${name.replace(/[^\p{L}\p{N}_$]+/gu, "_")}`;
  let alias = base;
  for (let n = 2; taken.has(alias); n++) alias = `${base}${n}`;
  taken.add(alias);
  return alias;
}

/** `nodes` (openapi-typescript's statements) with every eagerly self-recursive schema moved to a type alias. */
export function deferRecursiveTypes(typescript: TypeScript, nodes: ts.Node[]): ts.Node[] {
  const { factory } = typescript;
  const aliases: ts.TypeAliasDeclaration[] = [];
  const taken = new Set<string>();
  const replaceSelf = (type: ts.TypeNode, name: string, alias: string): ts.TypeNode =>
    typescript.transform(type, [
      (context) => {
        const visit = (node: ts.Node): ts.Node => {
          if (schemaNameOf(typescript, node) === name) return factory.createTypeReferenceNode(alias);
          // A type alias may not pass itself to `Record` ("circularly references itself"); an index signature defers it.
          if (
            typescript.isTypeReferenceNode(node) &&
            typescript.isIdentifier(node.typeName) &&
            node.typeName.text === "Record" &&
            node.typeArguments?.length === 2 &&
            refersEagerly(typescript, node.typeArguments[1]!, name)
          ) {
            const [key, value] = node.typeArguments as unknown as [ts.TypeNode, ts.TypeNode];
            return factory.createTypeLiteralNode([
              factory.createIndexSignature(
                undefined,
                [factory.createParameterDeclaration(undefined, undefined, "key", undefined, visit(key) as ts.TypeNode)],
                visit(value) as ts.TypeNode,
              ),
            ]);
          }
          return typescript.visitEachChild(node, visit, context);
        };
        return (root) => visit(root) as ts.TypeNode;
      },
    ]).transformed[0]!;
  const out = nodes.map((node) => {
    if (!typescript.isInterfaceDeclaration(node) || node.name.text !== "components") return node;
    const members = node.members.map((group) => {
      if (propertyName(typescript, group) !== "schemas" || !typescript.isPropertySignature(group)) return group;
      const literal = group.type;
      if (literal === undefined || !typescript.isTypeLiteralNode(literal)) return group;
      const schemas = literal.members.map((member) => {
        const name = propertyName(typescript, member);
        if (name === undefined || !typescript.isPropertySignature(member) || member.type === undefined) return member;
        if (!refersEagerly(typescript, member.type, name)) return member;
        const alias = aliasName(name, taken);
        aliases.push(
          factory.createTypeAliasDeclaration(undefined, alias, undefined, replaceSelf(member.type, name, alias)),
        );
        return factory.updatePropertySignature(
          member,
          member.modifiers,
          member.name,
          member.questionToken,
          factory.createTypeReferenceNode(alias),
        );
      });
      if (aliases.length === 0) return group;
      return factory.updatePropertySignature(
        group,
        group.modifiers,
        group.name,
        group.questionToken,
        factory.updateTypeLiteralNode(literal, factory.createNodeArray(schemas)),
      );
    });
    if (aliases.length === 0) return node;
    return factory.updateInterfaceDeclaration(
      node,
      node.modifiers,
      node.name,
      node.typeParameters,
      node.heritageClauses,
      factory.createNodeArray(members),
    );
  });
  return aliases.length === 0 ? nodes : [...out, ...aliases];
}
