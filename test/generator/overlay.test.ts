/**
 * OpenAPI Overlays: applied at load (merge, remove, action order), validated
 * with diagnostics located in the overlay file, values the overlay wrote
 * located there too; `spec/<name>.overlay.yaml` picked up by the CLI (and by
 * the regeneration stamp), nothing written on an overlay error; and GitHub's
 * document paginated by examples/github.overlay.yaml.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic, type Diagnostic } from "../../generator/check/diagnostic.js";
import { loadDocument, type LoadedDocument } from "../../generator/load/load-document.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { CORPUS, describeWithCorpus } from "../support/shared-corpus.js";
import { ROOT } from "./helpers/paths.js";
import { runCli } from "./helpers/run-cli.js";
import { readTree, treeDifferences } from "./helpers/tree.js";

const FIXTURES = "test/fixtures/overlay";
const SPEC = `${FIXTURES}/api.yaml`;
const overlayFile = (name: string): string => `${FIXTURES}/${name}.overlay.yaml`;

/** Line and column (1-based) where `text` first occurs in `file`, so expectations follow the fixture. */
async function positionOf(file: string, text: string): Promise<{ file: string; line: number; column: number }> {
  const lines = (await readFile(join(ROOT, file), "utf8")).split("\n");
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`${text} is not in ${file}`);
  return { file, line: line + 1, column: lines[line]!.indexOf(text) + 1 };
}

async function loadWith(overlay: string): Promise<{ document: LoadedDocument; warnings: readonly Diagnostic[] }> {
  const loaded = await loadDocument(SPEC, { overlay: overlayFile(overlay) });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
  return loaded;
}

async function failuresOf(overlay: string): Promise<readonly Diagnostic[]> {
  const loaded = await loadDocument(SPEC, { overlay: overlayFile(overlay) });
  if (loaded.ok) throw new Error(`${overlay} should not load`);
  return loaded.diagnostics;
}

type Json = Record<string, any>;

describe("applying an overlay", () => {
  it("merges an update: new properties inserted, primitives replaced, arrays appended, the rest kept", async () => {
    const { document, warnings } = await loadWith("paginate");
    expect(warnings).toEqual([]);
    const data = document.data as Json;
    expect(data.info).toEqual({
      title: "Items",
      version: "1.0.0",
      description: "Replaced by the overlay.",
      "x-client-name": "Shop",
    });
    const list = data.paths["/items"].get;
    expect(list["x-pagination"]).toEqual({ style: "page-number", page: "page", size: "per_page" });
    expect(list.tags).toEqual(["items", "catalog"]);
    // An object update of an array is appended as one item.
    expect(data.tags).toEqual([{ name: "items" }, { name: "catalog" }]);
    expect(document.files).toEqual([resolve(SPEC), resolve(overlayFile("paginate"))].sort());
  });

  it("removes every node a target selects, array items by filter included", async () => {
    const data = (await loadWith("paginate")).document.data as Json;
    expect(Object.keys(data.paths)).toEqual(["/items", "/items/{id}"]);
    expect(data.paths["/items"].get.parameters.map((p: Json) => p.name)).toEqual(["page", "per_page"]);
  });

  it("applies actions in order, each to the result of the one before", async () => {
    const { document, warnings } = await loadWith("order");
    const data = document.data as Json;
    // Applied all the same, with a word that it was written for another document.
    expect(warnings).toMatchObject([
      {
        severity: "warning",
        position: await positionOf(overlayFile("order"), "extends:"),
        message: `this overlay extends ./elsewhere.yaml, but it is applied to ${SPEC}`,
      },
    ]);
    expect(data.info["x-client-name"]).toBe("Second");
    expect(data.paths["/items"].get.parameters.map((p: Json) => p.name)).toEqual(["per_page"]);
    expect(document.locate(["paths", "/items", "get", "parameters", 0, "name"])).toEqual(
      await positionOf(SPEC, "name: per_page"),
    );
    expect(data.paths["/internal/stats"]).toEqual({
      get: { operationId: "statsAgain", responses: { "200": { description: "Again." } } },
    });
  });
});

describe("an overlay before conversion and bundling", () => {
  it("targets a Swagger 2.0 document as written; what it added survives the conversion, located in the overlay", async () => {
    const loaded = await loadDocument(`${FIXTURES}/swagger2.json`, { overlay: overlayFile("swagger2") });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    const list = (loaded.document.data as Json).paths["/pets"].get;
    expect((loaded.document.data as Json).openapi).toMatch(/^3\./);
    // `type: integer` beside `in: query` is Swagger 2.0's shape: the overlay ran before the conversion.
    expect(list.parameters).toEqual([
      { name: "page", in: "query", description: "Page number, from 1.", schema: { type: "integer" } },
    ]);
    expect(loaded.document.locate(["paths", "/pets", "get", "x-pagination", "page"])).toEqual(
      await positionOf(overlayFile("swagger2"), "page: page"),
    );
  });

  it("keeps its changes when the spec's $refs reach another file (the bundler reads the overlaid document)", async () => {
    const loaded = await loadDocument(`${FIXTURES}/split.yaml`, { overlay: overlayFile("split") });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join("\n"));
    const data = loaded.document.data as Json;
    expect(data.paths["/items"].get["x-sdk-method"]).toBe("items.list");
    expect(data.components.schemas.Item.properties.id).toEqual({ type: "string" });
    expect(loaded.document.files).toEqual(
      ["split.yaml", "split-schemas.yaml", "split.overlay.yaml"].map((f) => resolve(FIXTURES, f)).sort(),
    );
  });
});

describe("where the overlaid document's values are located", () => {
  it("in the overlay file for what the overlay wrote, in the spec for the rest", async () => {
    const { document } = await loadWith("paginate");
    const paginate = overlayFile("paginate");
    expect(document.locate(["info", "x-client-name"])).toEqual(await positionOf(paginate, "x-client-name: Shop"));
    expect(document.locate(["info", "description"])).toEqual(await positionOf(paginate, "description: Replaced"));
    expect(document.locate(["paths", "/items", "get", "x-pagination", "size"])).toEqual(
      await positionOf(paginate, "size: per_page"),
    );
    expect(document.locate(["info", "title"])).toEqual(await positionOf(SPEC, "title: Items"));
    expect(document.locate(["paths", "/items", "get", "tags", 1])).toEqual({
      ...(await positionOf(paginate, "tags: [catalog]")),
      column: (await positionOf(paginate, "catalog]")).column,
    });
  });

  it("at their place in the spec for array items that moved up when one before them was removed", async () => {
    const { document } = await loadWith("paginate");
    // `debug` was parameter 0; `page` and `per_page` are now 0 and 1, written lower in the spec.
    expect(document.locate(["paths", "/items", "get", "parameters", 0, "name"])).toEqual(
      await positionOf(SPEC, "name: page"),
    );
    expect(document.locate(["paths", "/items", "get", "parameters", 1, "name"])).toEqual(
      await positionOf(SPEC, "name: per_page"),
    );
  });

  it("at the last action that wrote a value", async () => {
    const { document } = await loadWith("order");
    expect(document.locate(["info", "x-client-name"])).toEqual(
      await positionOf(overlayFile("order"), "x-client-name: Second"),
    );
    expect(document.locate(["paths", "/internal/stats", "get", "operationId"])).toEqual(
      await positionOf(overlayFile("order"), "operationId: statsAgain"),
    );
  });
});

describe("overlay diagnostics", () => {
  it("warns, at its target, about an action that selects nothing, and applies the others", async () => {
    const { document, warnings } = await loadWith("unmatched");
    expect((document.data as Json).info["x-client-name"]).toBe("Shop");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: "warning",
      position: await positionOf(overlayFile("unmatched"), "target: $.paths['/products']"),
      message: expect.stringContaining("$.paths['/products'].get selects no node"),
    });
  });

  it("rejects a target that is not RFC 9535 JSONPath, at the target, naming the character", async () => {
    const diagnostics = await failuresOf("bad-jsonpath");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: "error",
      position: await positionOf(overlayFile("bad-jsonpath"), "target: $.paths['/items'.get"),
      message: expect.stringMatching(/^invalid JSONPath "\$\.paths\['\/items'\.get": .+ at character \d+$/),
    });
    expect(diagnostics[0]!.fix).toBeDefined();
  });

  it("rejects a document that is not an Overlay 1.0: no version, actions not a list", async () => {
    const diagnostics = await failuresOf("bad-shape");
    const file = overlayFile("bad-shape");
    expect(diagnostics.map((d) => [d.position, d.message])).toEqual([
      [{ file, line: 1, column: 1 }, 'the overlay has no "overlay" version field'],
      [
        await positionOf(file, "actions:"),
        "the overlay needs `actions`: a non-empty list of `{ target, update }` or `{ target, remove: true }`",
      ],
    ]);
  });

  it("rejects an update whose value cannot merge with the target's (an object into a string)", async () => {
    const diagnostics = await failuresOf("bad-merge");
    expect(diagnostics).toMatchObject([
      {
        severity: "error",
        position: await positionOf(overlayFile("bad-merge"), "description: { text"),
        message: "cannot merge an object into #/info/description, which is a string",
      },
    ]);
  });
});

describe("the CLI with spec/<name>.overlay.yaml", () => {
  const scratch = useScratchDir("wiregen-overlay-");
  const overlayPath = join(scratch, "spec/api.overlay.yaml");

  beforeAll(async () => {
    await mkdir(join(scratch, "spec"));
    await copyFile(join(ROOT, SPEC), join(scratch, "spec/api.yaml"));
    await copyFile(join(ROOT, overlayFile("paginate")), overlayPath);
  });

  it("applies the overlay beside the spec, never as a spec of its own, and regenerates when it changes", async () => {
    const first = await runCli([], scratch);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^generated\/api: 2 operations, \d+ files, \d+ ms \(from spec\/api\.yaml with spec\/api\.overlay\.yaml\)$/m,
    );
    const tree = await readTree(join(scratch, "generated"));
    expect(new Set([...tree.keys()].map((path) => path.split("/")[0]))).toEqual(new Set(["api"]));
    const resource = tree.get("api/resources/items.ts")!.toString();
    expect(resource).toMatch(/listItems\([^)]*\): PagedCall</);
    expect(resource).not.toMatch(/internalStats/);
    expect(tree.get("api/client.ts")!.toString()).toContain("class ShopClient");

    const again = await runCli([], scratch);
    expect(again.stdout).toMatch(/^generated\/api: unchanged since the last run/m);

    await writeFile(
      overlayPath,
      (await readFile(overlayPath, "utf8")).replace("x-client-name: Shop", "x-client-name: Store"),
    );
    const edited = await runCli([], scratch);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).not.toMatch(/unchanged/);
    expect(await readFile(join(scratch, "generated/api/client.ts"), "utf8")).toContain("class StoreClient");
  }, 120_000);

  it("locates an error about what the overlay added in the overlay file, and writes nothing", async () => {
    const before = await readTree(join(scratch, "generated"));
    await copyFile(join(ROOT, overlayFile("bad-pagination")), overlayPath);
    const run = await runCli([], scratch);
    expect(run.code).toBe(1);
    const at = await positionOf(overlayFile("bad-pagination"), "page: pageNumber");
    expect(run.stderr).toContain(
      `spec/api.overlay.yaml:${at.line}:${at.column}: error: x-pagination.page names "pageNumber", which is not a query parameter or body property of this operation`,
    );
    expect(run.stderr).toContain("nothing was written");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(treeDifferences(before, await readTree(join(scratch, "generated")))).toEqual([]);
  }, 60_000);
});

describeWithCorpus("examples/github.overlay.yaml on GitHub's document", {}, () => {
  const out = useScratchDir("wiregen-github-overlay-");
  const github = join(CORPUS, "github-api.json");

  it("paginates issues.listForRepo and repos.listForOrg, named as the overlay says", async () => {
    const run = await runCli([github, "--overlay", "examples/github.overlay.yaml", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("with examples/github.overlay.yaml");
    const issues = await readFile(join(out, "resources/issues.ts"), "utf8");
    const repos = await readFile(join(out, "resources/repos.ts"), "utf8");
    expect(issues).toMatch(/^ {2}listForRepo\(owner: string, repo: string, [^)]*\): PagedCall<Issue\[\], Issue> \{$/m);
    expect(repos).toMatch(
      /^ {2}listForOrg\(org: string, [^)]*\): PagedCall<MinimalRepository\[\], MinimalRepository> \{$/m,
    );
    // Only these two: GitHub's document declares no pagination of its own.
    const resources = await readTree(join(out, "resources"));
    const paged = [...resources.values()].flatMap((file) => file.toString().match(/\): PagedCall</g) ?? []);
    expect(paged).toHaveLength(2);
  }, 180_000);
});
