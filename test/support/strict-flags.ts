/**
 * The compiler options a generated client must pass under (DESIGN.md's strict
 * flag set), as a user's project would set them: NodeNext or bundler
 * resolution, `.ts` imports allowed (the client's default import extension;
 * `noEmit`, as in a project that bundles or type-checks only).
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
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: false,
  };
}
