/**
 * The bundler without Redocly (bundle-local.ts) against Redocly itself: for
 * every multi-file document at hand, the fast path must apply and give the
 * same JSON, key order included (component names and order decide the
 * generated types), the same files and the same warnings; what it is not
 * sure of (or what Redocly parses faster: much YAML) must go to Redocly and
 * be reported as before; and on the fast path Redocly must not even be
 * loaded (that is the point: ~100 ms of imports).
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleLocal } from "../../generator/load/bundle-local.js";
import { bundleRefs, bundleWithRedocly, type Locator } from "../../generator/load/bundle-refs.js";
import { getAt } from "../../generator/load/json-pointer.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { createRefPolicy } from "../../generator/load/ref-policy.js";
import { CORPUS, hasCorpus } from "../support/shared-corpus.js";

const ROOT = resolve(import.meta.dirname, "../..");
const OWN = "test/fixtures/bundle-local";

/** Places a pointer by naming it, so both paths' warnings can be compared exactly. */
const locate: Locator = async (file, pointer) => {
  let value: unknown;
  try {
    value = getAt(parse(readFileSync(file, "utf8")), pointer);
  } catch {
    value = undefined;
  }
  return { position: { file: `${file}#/${pointer.join("/")}`, line: 1, column: 1 }, value };
};

function policyFor(file: string) {
  return createRefPolicy({ root: file, allow: undefined });
}

/** Asserts the fast path applies to `file` and matches Redocly in data, key order, files and warnings. */
async function expectSameAsRedocly(file: string, document?: () => unknown): Promise<void> {
  const given = (): { document?: unknown } => (document === undefined ? {} : { document: document() });
  const fast = await bundleLocal(file, { policy: policyFor(file), ...given() });
  // The fast path applies: Redocly is not needed for this document.
  expect(fast.ok ? "fast path" : fast.reason).toBe("fast path");
  if (!fast.ok) return;
  const theirs = await bundleWithRedocly(file, locate, { remote: [], ...given() });
  if (!theirs.ok) throw new Error(`${file} did not bundle with Redocly`);
  expect(JSON.stringify(fast.data)).toBe(JSON.stringify(theirs.data));
  expect([...fast.files].sort()).toEqual([...theirs.files].sort());
  expect(fast.renames.map((r) => r.message)).toEqual(theirs.warnings.map((w) => w.message));
  // And through bundleRefs, with the warnings worded and placed as Redocly's are.
  const ours = await bundleRefs(file, locate, { remote: [], ...given() });
  if (!ours.ok) throw new Error(`${file} did not bundle`);
  expect(JSON.stringify(ours.data)).toBe(JSON.stringify(theirs.data));
  expect(JSON.stringify(ours.warnings)).toBe(JSON.stringify(theirs.warnings));
}

describe("bundling local files without Redocly gives exactly Redocly's bundle", () => {
  it.each([
    ["the Zep document (8 files)", "spec/zep.yaml"],
    ["the overlay fixture split over two files", "test/fixtures/overlay/split.yaml"],
    [
      "two files that define a same-named schema, differently (file-name and -2 names, with the warning)",
      `${OWN}/same-name/api.yaml`,
    ],
    [
      "path items inlined, $ref siblings, a discriminator mapping to another file, refs local to other files, Markdown and externalValue read in",
      `${OWN}/shapes/api.yaml`,
    ],
    ["a recursive schema across two files (OpenAPI 3.1)", `${OWN}/recursive/api.yaml`],
  ])("%s", { timeout: 30_000 }, async (_title, file) => {
    await expectSameAsRedocly(file);
  });

  it("for a document already in memory (an overlay's), which is changed in place as Redocly does", async () => {
    const file = "test/fixtures/overlay/split.yaml";
    const overlaid = (): unknown => {
      const data = parse(readFileSync(file, "utf8")) as { paths: Record<string, { get: Record<string, unknown> }> };
      data.paths["/items"]!.get["x-sdk-method"] = "items.list";
      return data;
    };
    await expectSameAsRedocly(file, overlaid);
    const document = overlaid();
    const fast = await bundleLocal(file, { policy: policyFor(file), document });
    expect(fast.ok && fast.data).toBe(document);
  });

  it("for the same-named schemas, names them as Redocly does and warns of the -2 rename", async () => {
    const file = `${OWN}/same-name/api.yaml`;
    const ours = await bundleRefs(file, locate, { remote: [] });
    if (!ours.ok) throw new Error("did not bundle");
    const schemas = (ours.data as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(Object.keys(schemas)).toEqual(["Local", "Item", "b_Item", "b_Item-2", "schemas-Local"]);
    expect(ours.warnings.map((w) => w.message)).toEqual([
      "Two schemas are referenced with the same name but different content. Renamed b_Item to b_Item-2.",
    ]);
  });
});

const LOOSE = resolve(CORPUS, "loose");
const DIGITALOCEAN = resolve(CORPUS, "digitalocean-api/DigitalOcean-public.v2.yaml");

describe.skipIf(!hasCorpus())("the shared corpus's multi-file documents", () => {
  it.each([
    "parameters-test.yaml",
    "path-object-refs.yaml",
    "jsonschema-defs.yaml",
    "anchor-with-ref-test-2.yaml",
    "generate-params-test.yaml",
  ])("loose/%s", { timeout: 30_000 }, async (name) => {
    await expectSameAsRedocly(resolve(LOOSE, name));
  });

  it.skipIf(!existsSync(DIGITALOCEAN))(
    "DigitalOcean (about 2,000 files, one rename warning)",
    { timeout: 120_000 },
    async () => {
      await expectSameAsRedocly(DIGITALOCEAN);
    },
  );
});

describe("OpenAPI 3.2's operations", () => {
  // Redocly 1.34 reads a 3.2 path item as 3.1's and leaves these `$ref`s pointing at the other file.
  it("the $refs of a QUERY and of additionalOperations are bundled like any operation's", async () => {
    const file = `${OWN}/methods-3.2/api.yaml`;
    const fast = await bundleLocal(file, { policy: policyFor(file) });
    if (!fast.ok) throw new Error(fast.reason);
    const paths = fast.data["paths"] as Record<string, Record<string, unknown>>;
    const schemaOf = (operation: unknown, at: readonly string[]): unknown => getAt(operation, [...at, "schema", "$ref"]);
    const query = paths["/documents/search"]!["query"];
    expect(schemaOf(query, ["requestBody", "content", "application/json"])).toBe("#/components/schemas/Search");
    expect(schemaOf(query, ["responses", "200", "content", "application/json"])).toBe("#/components/schemas/Results");
    const copy = getAt(paths["/documents/{id}"], ["additionalOperations", "COPY"]);
    expect(schemaOf(copy, ["responses", "201", "content", "application/json"])).toBe("#/components/schemas/Document");
    expect(Object.keys(getAt(fast.data, ["components", "schemas"]) as object)).toEqual(["Search", "Document", "Results"]);
  });
});

describe("what the fast path is not sure of goes to Redocly", () => {
  it("a missing file: the same diagnostic as before", async () => {
    const file = `${OWN}/missing.yaml`;
    const fast = await bundleLocal(file, { policy: policyFor(file) });
    expect(fast.ok ? "fast path" : fast.reason).toMatch(/no-such-file\.yaml cannot be read/);
    const ours = await bundleRefs(file, locate, { remote: [] });
    const theirs = await bundleWithRedocly(file, locate, { remote: [] });
    expect(ours).toEqual(theirs);
    const loaded = await loadDocument(file);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics.map((d) => [d.position, d.message])).toEqual([
      [
        { file, line: 11, column: 25 },
        'cannot follow $ref "./no-such-file.yaml#/X": ENOENT: no such file or directory \'' +
          resolve(OWN, "no-such-file.yaml") +
          "'",
      ],
    ]);
  });

  it("a file with a key written twice (Redocly's YAML parser refuses it, the loader's would not)", async () => {
    const file = `${OWN}/duplicate/api.yaml`;
    const fast = await bundleLocal(file, { policy: policyFor(file) });
    expect(fast.ok ? "fast path" : fast.reason).toMatch(/twice\.yaml does not parse \(or has a key twice\)/);
    expect(await bundleRefs(file, locate, { remote: [] })).toEqual(
      await bundleWithRedocly(file, locate, { remote: [] }),
    );
  });

  it("a $ref the reference policy refuses", async () => {
    const file = "test/fixtures/security/refs.yaml";
    const fast = await bundleLocal(file, { policy: policyFor(file) });
    expect(fast.ok).toBe(false);
  });

  it("a document named by URL, and Swagger 2.0", async () => {
    const remote = await bundleLocal("https://example.com/api.yaml", {
      policy: policyFor("https://example.com/api.yaml"),
    });
    expect(remote.ok ? "fast path" : remote.reason).toBe("the document is named by URL");
    const swagger = await bundleLocal("x.yaml", {
      policy: policyFor("x.yaml"),
      document: { swagger: "2.0", paths: {} },
    });
    expect(swagger.ok ? "fast path" : swagger.reason).toBe("the document is not OpenAPI 3.0 or 3.1");
  });
});

/** Loads `file` in a fresh process and tells whether any of Redocly's modules was loaded. */
function redoclyLoadedFor(file: string): Promise<{ ok: boolean; redocly: boolean }> {
  const script = `
    import { createRequire } from "node:module";
    const { loadDocument } = await import(${JSON.stringify(resolve(ROOT, "generator/load/load-document.ts"))});
    const result = await loadDocument(${JSON.stringify(file)});
    const cache = createRequire(import.meta.url).cache;
    // Its YAML reader (lib/js-yaml) is used on the fast path too; the bundler is what costs.
    const redocly = Object.keys(cache).some((path) => /@redocly[\\/]openapi-core[\\/]lib[\\/]bundle\\.js$/.test(path));
    console.log(JSON.stringify({ ok: result.ok, redocly }));
  `;
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "--eval", script],
      { cwd: ROOT, timeout: 60_000 },
      (error, stdout) => (error === null ? done(JSON.parse(stdout.trim().split("\n").pop()!)) : fail(error)),
    );
  });
}

describe("Redocly is not loaded on the fast path", () => {
  it(
    "not for Zep; but it is for a document that falls back (so the check can see it)",
    { timeout: 120_000 },
    async () => {
      expect(await redoclyLoadedFor("spec/zep.yaml")).toEqual({ ok: true, redocly: false });
      expect(await redoclyLoadedFor(`${OWN}/missing.yaml`)).toEqual({ ok: false, redocly: true });
    },
  );
});
