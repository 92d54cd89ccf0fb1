/** A temporary directory per test file, for tests that write files. */
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/**
 * A fresh directory under the OS temp dir, named `<prefix><uuid>`, for the
 * calling file (or `describe`): created in `beforeAll`, before any hook
 * registered after this call, and deleted with its contents in `afterAll`.
 * The path is known at once, so it can be kept in a `const`. It holds a
 * `package.json` of `{ "type": "module" }`, as the ES module project a client
 * is generated into: a client ships none of its own, and under NodeNext its
 * `import`s need one (the CommonJS projects are the consumer matrix's).
 */
export function useScratchDir(prefix: string): string {
  const dir = join(tmpdir(), `${prefix}${randomUUID()}`);
  beforeAll(async () => {
    await mkdir(dir);
    await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}
