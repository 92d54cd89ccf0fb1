/**
 * TypeScript as an ES module with only a default export, loaded with
 * `require()`. openapi-typescript's ES modules `import ts from "typescript"`;
 * importing the 9 MB CommonJS file from ESM makes Node scan its whole source
 * for export names and, on Node 20.19+, compile it once more to detect its
 * module syntax: measured on the types thread, 2.1 s instead of 0.6 s on a
 * loaded machine. `load-hooks.ts` points that import here.
 */
import { createRequire } from "node:module";

const typescript: typeof import("typescript") = createRequire(import.meta.url)("typescript");

export default typescript;
