/**
 * The compiler options a generated client must pass under (DESIGN.md's strict
 * flag set), as a user's project would set them: NodeNext or bundler
 * resolution, `.ts` imports allowed (the client's default import extension;
 * `noEmit`, as in a project that bundles or type-checks only), plus the
 * lint-like checks Vite's templates turn on (`noUnusedLocals`…), which a
 * user's build applies to the client's code as to their own.
 */

export type Resolution = "nodenext" | "bundler";

export function strictFlags(resolution: Resolution = "nodenext"): Record<string, unknown> {
  return {
    target: "es2022",
    ...(resolution === "nodenext"
      ? { module: "NodeNext", moduleResolution: "NodeNext" }
      : { module: "ESNext", moduleResolution: "bundler" }),
    lib: ["es2022", "dom", "dom.iterable"],
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    erasableSyntaxOnly: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitReturns: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    noPropertyAccessFromIndexSignature: true,
    allowUnreachableCode: false,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: false,
  };
}
