/**
 * openapi-typescript's transform for a long-lived types thread (watch mode):
 * a save usually changes an operation, not a schema, so the `components`
 * interface of the last run is reused when the components it was made from
 * are the same. On GitHub's document that interface is about half of the
 * transform and its discriminator scan is the rest.
 *
 * The output is the one `transformSchema` gives for the whole document:
 * `[paths, webhooks, components, $defs, ...footer]`, the footer holding the
 * helper types (`WithRequired`…) and `operations` in the order they were
 * first needed. Here the components are transformed on their own, with a
 * footer of their own, and joined after the rest's footer, skipping a helper
 * the rest already declares: the order openapi-typescript's own run gives,
 * as it transforms paths and webhooks before components. A document where
 * that might not hold is transformed whole, every time:
 * - `$defs` (transformed after components);
 * - `components.pathItems` (their operations join the `operations` footer);
 * - a `$ref` in components that leads out of them (its target is not in the key).
 */
import type ts from "typescript";

export interface TypesMemo {
  /** The last `components` interface, its footer, and the JSON they were made from. */
  components: { readonly key: string; readonly node: ts.Node; readonly footer: readonly ts.Node[] } | undefined;
}

export function newTypesMemo(): TypesMemo {
  return { components: undefined };
}

type Transform = (schema: unknown, ctx: Record<string, unknown>) => ts.Node[];

function nameOf(typescript: typeof ts, node: ts.Node): string | undefined {
  if (typescript.isInterfaceDeclaration(node) || typescript.isTypeAliasDeclaration(node)) return node.name.text;
  return undefined;
}

/** What the components' types are made from, or undefined when reusing them might not give the same output. */
function componentsKey(document: Record<string, unknown>, discriminators: unknown): string | undefined {
  const components = document["components"];
  if (typeof components !== "object" || components === null) return undefined;
  if ("$defs" in document || "pathItems" in components) return undefined;
  const json = JSON.stringify(components);
  if (/"\$ref":"(?!#\/components\/)/.test(json)) return undefined;
  // The discriminators are scanned over the whole document and shape the components' types.
  return `${JSON.stringify(discriminators)}\n${json}`;
}

/** `transformSchema(document, ctx)`, reusing the last run's components when they are unchanged. */
export function transformWithMemo(
  typescript: typeof ts,
  transformSchema: Transform,
  document: Record<string, unknown>,
  ctx: Record<string, unknown>,
  memo: TypesMemo,
): ts.Node[] {
  const key = componentsKey(document, ctx["discriminators"]);
  if (key === undefined) {
    memo.components = undefined;
    return transformSchema(document, ctx);
  }
  const isDefaultOperations = (node: ts.Node): boolean =>
    typescript.isTypeAliasDeclaration(node) && node.name.text === "operations";
  // The footer starts after the last root's node, `$defs` (a stand-in here, as the document has none).
  const footerStart = (nodes: readonly ts.Node[]): number =>
    nodes.findIndex((node) => nameOf(typescript, node) === "$defs") + 1;
  if (memo.components?.key !== key) {
    const alone = transformSchema({ components: document["components"] }, { ...ctx, injectFooter: [] });
    const at = alone.findIndex((node) => nameOf(typescript, node) === "components");
    // What the components needed, less the stand-in `operations`.
    const footer = alone.slice(footerStart(alone)).filter((node) => !isDefaultOperations(node));
    memo.components = { key, node: alone[at]!, footer };
  }
  const { node, footer } = memo.components;
  const nodes = transformSchema({ ...document, components: undefined }, { ...ctx, injectFooter: [] });
  nodes[nodes.findIndex((n) => nameOf(typescript, n) === "components")] = node;
  // openapi-typescript adds its stand-in `operations` last, after every footer type.
  const end = isDefaultOperations(nodes[nodes.length - 1]!) ? nodes.length - 1 : nodes.length;
  const declared = new Set(nodes.slice(footerStart(nodes)).map((n) => nameOf(typescript, n)));
  const added = footer.filter((n) => !declared.has(nameOf(typescript, n)));
  nodes.splice(end, 0, ...added);
  return nodes;
}
