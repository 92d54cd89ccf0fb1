/**
 * The consumer's own code: what a user writes to make one call, in the shape
 * each kind of project wants it (an ES module with top-level await, a CommonJS
 * `main()`, a line added to a web app's entry, a vitest or Jest test). Every
 * app sets `baseUrl` and `apiKey`, awaits `client.thread.listAll({ page_size: 5 })`
 * for the first page, and prints `thread_id: <id>` of its first thread.
 */

export type AppStyle = "esm" | "cjs" | "browser" | "vitest" | "jest";

/** Where the app goes and how it imports the client. */
export interface AppSpec {
  readonly style: AppStyle;
  /** The app's file, relative to the project (for `browser`: the template's entry, which is kept). */
  readonly file: string;
  /** How this project's own code imports the source-kind client in `src/zep`. */
  readonly sourceImport: string;
}

/** The line the runner looks for in the app's output (or the page's DOM). */
export function printedLine(threadId: string): string {
  return `thread_id: ${threadId}`;
}

const CALL = (origin: string): string =>
  `new ZepClient({ baseUrl: "${origin}/api/v2", apiKey: "test-key" })`;

/**
 * The app's text for `spec`, importing the client from `specifier`. For
 * `browser`, `existing` is the template's entry: the import goes first and the
 * call last, every template line stays as it was.
 */
export function appSource(spec: AppSpec, specifier: string, origin: string, existing = ""): string {
  switch (spec.style) {
    case "esm":
      return [
        `// The consumer matrix's app (scripts/consumers): one call against a local server.`,
        `import { ZepClient } from "${specifier}";`,
        ``,
        `const zep = ${CALL(origin)};`,
        `const page = await zep.thread.listAll({ page_size: 5 });`,
        `console.log(\`thread_id: \${page.threads?.[0]?.thread_id}\`);`,
        ``,
      ].join("\n");
    case "cjs":
      return [
        `// The consumer matrix's app (scripts/consumers): one call against a local server.`,
        `// CommonJS has no top-level await, so the call lives in main().`,
        `import { ZepClient } from "${specifier}";`,
        ``,
        `async function main(): Promise<void> {`,
        `  const zep = ${CALL(origin)};`,
        `  const page = await zep.thread.listAll({ page_size: 5 });`,
        `  console.log(\`thread_id: \${page.threads?.[0]?.thread_id}\`);`,
        `}`,
        ``,
        `main().catch((error: unknown) => {`,
        `  console.error(error);`,
        `  throw error;`,
        `});`,
        ``,
      ].join("\n");
    case "browser":
      // The template's own quote style and no semicolons, as the file around it.
      return [
        `import { ZepClient } from '${specifier}'`,
        existing.trimEnd(),
        ``,
        `// The consumer matrix's call (scripts/consumers); the result goes into the page for --dump-dom.`,
        `void (async () => {`,
        `  const out = document.createElement('output')`,
        `  out.id = 'zep-result'`,
        `  try {`,
        `    const zep = ${CALL(origin)}`,
        `    const page = await zep.thread.listAll({ page_size: 5 })`,
        `    out.textContent = \`thread_id: \${page.threads?.[0]?.thread_id}\``,
        `  } catch (error) {`,
        `    out.textContent = \`error: \${String(error)}\``,
        `  }`,
        `  console.log(out.textContent)`,
        `  document.body.append(out)`,
        `})()`,
        ``,
      ].join("\n");
    case "vitest":
      return [
        `import { expect, test } from 'vitest'`,
        `import { ZepClient } from '${specifier}'`,
        ``,
        `test('lists the first page of threads', async () => {`,
        `  const zep = ${CALL(origin)}`,
        `  const page = await zep.thread.listAll({ page_size: 5 })`,
        `  console.log(\`thread_id: \${page.threads?.[0]?.thread_id}\`)`,
        `  expect(page.threads).toHaveLength(1)`,
        `})`,
        ``,
      ].join("\n");
    case "jest":
      return [
        `import { ZepClient } from "${specifier}";`,
        ``,
        `test("lists the first page of threads", async () => {`,
        `  const zep = ${CALL(origin)};`,
        `  const page = await zep.thread.listAll({ page_size: 5 });`,
        `  console.log(\`thread_id: \${page.threads?.[0]?.thread_id}\`);`,
        `  expect(page.threads).toHaveLength(1);`,
        `});`,
        ``,
      ].join("\n");
  }
}
