/**
 * Module resolution hooks for the types thread (registered with
 * `module.register` before openapi-typescript is imported): its
 * `import ts from "typescript"` gets `typescript-default.ts`, which loads the
 * same package through `require()` (see there for why).
 */
interface ResolveContext {
  readonly parentURL?: string | undefined;
}
interface ResolveResult {
  readonly url: string;
  readonly shortCircuit?: boolean;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<ResolveResult>;

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<ResolveResult> {
  if (specifier === "typescript" && context.parentURL?.includes("/node_modules/openapi-typescript/") === true) {
    return { url: new URL("./typescript-default.js", import.meta.url).href, shortCircuit: true };
  }
  return next(specifier, context);
}
