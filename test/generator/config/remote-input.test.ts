/**
 * A client whose `input` is a URL, through the real CLI: the document and the
 * files its relative `$ref`s name are fetched (within the remote bounds), the
 * URL's query never reaches the output or the console, every run fetches
 * again (a server's document can change under the same URL), `--check`
 * compares with what the server holds now, and a server that fails leaves
 * the client as it was.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useScratchDir } from "../../support/scratch-dir.js";
import { runCli } from "../helpers/run-cli.js";

const scratch = useScratchDir("wiregen-remote-input-");

const ROOT_DOCUMENT = [
  "openapi: 3.0.3",
  "info: { title: Remote, version: '1.0.0' }",
  "paths:",
  "  /things:",
  "    get:",
  "      operationId: listThings",
  "      tags: [thing]",
  "      responses:",
  "        '200':",
  "          description: ok",
  "          content:",
  "            application/json:",
  "              schema:",
  "                $ref: 'schemas/thing.yaml#/Thing'",
  "",
].join("\n");

const thingSchema = (extra: string): string =>
  ["Thing:", "  type: object", "  required: [id]", "  properties:", "    id: { type: string }", extra, ""].join("\n");

/** Every file under `dir` with its text. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries.filter((entry) => entry.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(e.parentPath, e.name);
    files.set(path.slice(dir.length + 1), await readFile(path, "utf8"));
  }
  return files;
}

describe("a config whose input is a URL", () => {
  let server: Server;
  let base: string;
  const served = new Map<string, string>();
  const requests: string[] = [];

  beforeAll(async () => {
    served.set("/v1/openapi.yaml", ROOT_DOCUMENT);
    served.set("/v1/schemas/thing.yaml", thingSchema("    name: { type: string }"));
    server = createServer((request, response) => {
      requests.push(request.url ?? "");
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const text = served.get(path);
      if (text === undefined) response.writeHead(404).end();
      else response.writeHead(200, { "content-type": "application/yaml" }).end(text);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  });

  async function project(name: string, input: string): Promise<string> {
    const dir = join(scratch, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "wiregen.config.json"), JSON.stringify({ clients: [{ input, output: "src/api" }] }));
    return dir;
  }

  it("generates from the URL and the files its relative $refs name, with the query kept out of the output", async () => {
    const dir = await project("generates", `${base}/v1/openapi.yaml?token=s3cret`);
    const run = await runCli([], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(requests).toContain("/v1/schemas/thing.yaml");
    expect(run.stdout).toContain(`src/api: 1 operation`);
    expect(run.stdout).toContain(`(from ${base}/v1/openapi.yaml?…)`);
    const files = await readTree(join(dir, "src/api"));
    expect(files.get("client.ts")).toContain(`// Generated from ${base}/v1/openapi.yaml?… by wiregen.`);
    expect(files.get("types.d.ts")).toMatch(/name\?: string/);
    const leaked = [...files].filter(([, text]) => text.includes("s3cret")).map(([path]) => path);
    expect(leaked).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain("s3cret");
    // The change report locates changes in the document by its URL: shown without the query too.
    served.set("/v1/openapi.yaml", ROOT_DOCUMENT.replace("operationId: listThings", "operationId: listThings\n      parameters: [{ name: q, in: query, schema: { type: string } }]"));
    try {
      const changed = await runCli([], dir);
      expect(changed.stdout).toMatch(/optional query parameter `q` added/);
      expect(changed.stdout + changed.stderr).not.toContain("s3cret");
    } finally {
      served.set("/v1/openapi.yaml", ROOT_DOCUMENT);
    }
  });

  it("fetches again on every run, gives the same files for the same document, and --check follows the server", async () => {
    const dir = await project("again", `${base}/v1/openapi.yaml`);
    expect((await runCli([], dir)).code).toBe(0);
    const first = await readTree(join(dir, "src/api"));
    const before = requests.length;
    const second = await runCli([], dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain("unchanged since the last run");
    expect(requests.length).toBeGreaterThan(before);
    expect(await readTree(join(dir, "src/api"))).toEqual(first);

    const fresh = await runCli(["--check"], dir);
    expect(fresh.code, fresh.stderr).toBe(0);
    served.set("/v1/schemas/thing.yaml", thingSchema("    size: { type: integer }"));
    try {
      const stale = await runCli(["--check"], dir);
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain(`src/api is stale; a fresh run of ${base}/v1/openapi.yaml would change:`);
    } finally {
      served.set("/v1/schemas/thing.yaml", thingSchema("    name: { type: string }"));
    }
  });

  it("a URL that answers an error is an error naming it, and the client on disk is left as it was", async () => {
    const dir = await project("missing", `${base}/v1/openapi.yaml`);
    expect((await runCli([], dir)).code).toBe(0);
    const before = await readTree(join(dir, "src/api"));
    await writeFile(join(dir, "wiregen.config.json"), JSON.stringify({ clients: [{ input: `${base}/v2/openapi.yaml`, output: "src/api" }] }));
    const run = await runCli([], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${base}/v2/openapi.yaml:1:1: error: cannot read the spec: ${base}/v2/openapi.yaml answered 404`);
    expect(await readTree(join(dir, "src/api"))).toEqual(before);
  });

  it("a document read from a URL cannot make the generator read a file of this machine", async () => {
    served.set("/v1/local.yaml", ROOT_DOCUMENT.replace("'schemas/thing.yaml#/Thing'", "'file:///etc/hostname#/Thing'"));
    const dir = await project("local", `${base}/v1/local.yaml`);
    const run = await runCli([], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is remote, so it may only refer to http: or https: URLs, not file:\/\/\/etc\/hostname/);
    expect(existsSync(join(dir, "src"))).toBe(false);
  });

  it("works for a URL named on the command line too, with the client named after its path", async () => {
    const dir = join(scratch, "flag");
    await mkdir(dir, { recursive: true });
    const run = await runCli([`${base}/v1/openapi.yaml`], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^generated\/openapi: 1 operation/m);
  });
});
