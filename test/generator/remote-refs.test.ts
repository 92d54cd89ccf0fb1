/**
 * A `$ref` to a URL that cannot be reached fails within seconds with an error
 * that names the reference and where it is written; it never hangs a run.
 */
import { createServer, type Server } from "node:http";
import { writeFile } from "node:fs/promises";
import { createServer as createTcpServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/check/diagnostic.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { specWithRemoteRef } from "../support/remote-ref-spec.js";
import { useScratchDir } from "../support/scratch-dir.js";

async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe("remote $refs", () => {
  const dir = useScratchDir("wiregen-remote-");
  let silent: Server;

  beforeAll(async () => {
    // Accepts connections and never answers: the worst case for a fetch.
    silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise<void>((done) => silent.close(() => done()));
  });

  it("a refused connection is a located error naming the URL", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/schemas.yaml#/Thing`;
    const file = join(dir, "refused.yaml");
    await writeFile(file, specWithRemoteRef(url));
    const started = Date.now();
    // The reference policy refuses loopback URLs unless allowed: this test is about the fetch.
    const result = await loadDocument(file, { allowRefs: [new URL(url).origin + "/"] });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.diagnostics.map(formatDiagnostic).join("\n");
    expect(text).toContain(url);
    expect(result.diagnostics[0]!.position).toMatchObject({ line: 12, column: 17 });
  });

  it("a server that never answers is given up on within the limit, naming the URL", async () => {
    const { port } = silent.address() as { port: number };
    const url = `http://127.0.0.1:${port}/schemas.yaml#/Thing`;
    const file = join(dir, "silent.yaml");
    await writeFile(file, specWithRemoteRef(url));
    const started = Date.now();
    const result = await loadDocument(file, { refTimeoutMs: 1_000, allowRefs: [`http://127.0.0.1:${port}/`] });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(4_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.diagnostics.map(formatDiagnostic).join("\n");
    expect(text).toContain(url);
    expect(text).toMatch(/does not answer/);
    expect(result.diagnostics[0]!.position).toMatchObject({ line: 12, column: 17 });
  });

  it("a spec named by a URL that never answers is given up on within the limit, naming the URL", async () => {
    const { port } = silent.address() as { port: number };
    const url = `http://127.0.0.1:${port}/openapi.yaml`;
    const started = Date.now();
    const result = await loadDocument(url, { refTimeoutMs: 1_000 });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${url}:1:1: error: cannot read the spec: no complete answer within 1 s`,
    ]);
  });
});
