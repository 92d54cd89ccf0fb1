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
 *
 * Recursion may also pass through other schemas (`First = string | Second`,
 * `Second = number | Third[]`, `Third = boolean | First`, or an `allOf` of
 * one schema that refers back): every schema of such a cycle of eager
 * references moves to an alias, and inside the aliases the members of the
 * cycle refer to each other's aliases.
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

/** The schemas `type` mentions other than inside an object type literal (which `tsc` defers). */
function eagerReferences(typescript: TypeScript, type: ts.Node): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (typescript.isTypeLiteralNode(node) || typescript.isMappedTypeNode(node)) return;
    const name = schemaNameOf(typescript, node);
    if (name !== undefined) {
      found.add(name);
      return;
    }
    typescript.forEachChild(node, visit);
  };
  visit(type);
  return found;
}

/** True when `type` mentions one of `names` other than inside an object type literal. */
function refersEagerly(typescript: TypeScript, type: ts.Node, names: ReadonlyMap<string, string>): boolean {
  for (const name of eagerReferences(typescript, type)) if (names.has(name)) return true;
  return false;
}

/**
 * The schemas that reach themselves through eager references, directly or
 * through others: the members of every cycle of the reference graph (Tarjan's
 * strongly connected components, iteratively, as specs nest deeply).
 */
function recursiveSchemas(edges: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Set<string>();
  let next = 0;
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; targets: string[] }> = [];
    const enter = (node: string): void => {
      index.set(node, next);
      low.set(node, next++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: [...(edges.get(node) ?? [])].filter((t) => edges.has(t)) });
    };
    enter(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const target = top.targets.pop();
      if (target !== undefined) {
        if (!index.has(target)) enter(target);
        else if (onStack.has(target)) low.set(top.node, Math.min(low.get(top.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== top.node);
      if (component.length > 1 || edges.get(top.node)!.has(top.node)) for (const m of component) result.add(m);
    }
  }
  return result;
}

function propertyName(typescript: TypeScript, member: ts.TypeElement): string | undefined {
  if (!typescript.isPropertySignature(member)) return undefined;
  const { name } = member;
  return typescript.isIdentifier(name) || typescript.isStringLiteral(name) ? name.text : undefined;
}

/** `Recursive` + the schema name as an identifier, unique among `taken`. */
function aliasName(name: string, taken: Set<string>): string {
  const base = `Recursive${name.replace(/(?:[^\p{ID_Continue}$]|[\u200c\u200d])+/gu, "_")}`;
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
  // Schema name → its alias, for every schema that moves.
  const aliasOf = new Map<string, string>();
  const replaceCycle = (type: ts.TypeNode): ts.TypeNode =>
    typescript.transform(type, [
      (context) => {
        const visit = (node: ts.Node): ts.Node => {
          const named = schemaNameOf(typescript, node);
          const alias = named === undefined ? undefined : aliasOf.get(named);
          if (alias !== undefined) return factory.createTypeReferenceNode(alias);
          // A type alias may not pass itself to `Record` ("circularly references itself"); an index signature defers it.
          if (
            typescript.isTypeReferenceNode(node) &&
            typescript.isIdentifier(node.typeName) &&
            node.typeName.text === "Record" &&
            node.typeArguments?.length === 2 &&
            refersEagerly(typescript, node.typeArguments[1]!, aliasOf)
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
      const edges = new Map<string, Set<string>>();
      for (const member of literal.members) {
        const name = propertyName(typescript, member);
        if (name === undefined || !typescript.isPropertySignature(member) || member.type === undefined) continue;
        edges.set(name, eagerReferences(typescript, member.type));
      }
      const recursive = recursiveSchemas(edges);
      // Names first, so every alias can refer to the others of its cycle.
      for (const name of edges.keys()) if (recursive.has(name)) aliasOf.set(name, aliasName(name, taken));
      const schemas = literal.members.map((member) => {
        const name = propertyName(typescript, member);
        if (name === undefined || !typescript.isPropertySignature(member) || member.type === undefined) return member;
        const alias = aliasOf.get(name);
        if (alias === undefined) return member;
        aliases.push(factory.createTypeAliasDeclaration(undefined, alias, undefined, replaceCycle(member.type)));
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
