/**
 * Issue 19: a spec you did not write cannot break or subvert your client.
 * Every document here is what an attacker (or an unlucky API) could hand the
 * generator. Each is run through the real CLI as Swagger 2.0, OpenAPI 3.0.3
 * and 3.1.0; each client it writes must compile under the strict flags (with
 * `useDefineForClassFields` true and false, all clients in one tsc program),
 * import, construct, and reach a local server from every method, with nothing
 * leaking into the process (`globalThis.pwned`, `Object.prototype`,
 * `process.env`) or onto the disk outside `-o`. A document may instead be
 * refused, with a located error and nothing written.
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../generator/helpers/paths.js";
import { startServer, type RecordedRequest, type TestServer } from "../support/http-server.js";
import { useScratchDir } from "../support/scratch-dir.js";
import {
  changed,
  compileAll,
  firstError,
  generate,
  head,
  probe,
  snapshot,
  type Compiled,
  type Generated,
  type ProbeResult,
} from "./harness.js";
import { PAYLOAD_GROUPS, payloadDocument } from "./payloads.js";
import { FORMATS, type Format } from "./variants.js";

const FIXTURES = join(ROOT, "test/fixtures/security");
const fixture = (file: string): unknown => parse(readFileSync(join(FIXTURES, file), "utf8"));

/** The documents whose clients are generated, compiled and called (the $ref documents are refused instead). */
const DOCUMENTS: ReadonlyArray<{ name: string; doc: unknown }> = [
  ...["js-names", "shadowing", "identifiers", "file-names", "long-name", "text", "import-rewrite"].map((name) => ({
    name,
    doc: fixture(`${name}.yaml`),
  })),
  ...PAYLOAD_GROUPS.map((group) => ({ name: `payload-${group.name}`, doc: payloadDocument(group) })),
];

interface Outcome {
  readonly gen: Generated;
  readonly probe?: ProbeResult;
  /** Why the probe gave no report (it died or hung). */
  readonly probeFailure?: string;
  readonly requests: readonly RecordedRequest[];
  /** Paths under the case folder that the import and calls changed. */
  readonly probeWrites: readonly string[];
}

const scratch = useScratchDir("wiregen-security-");
const outcomes = new Map<string, Outcome>();
let compiled: Compiled;

/** Runs the jobs `width` at a time. */
async function pool<T>(jobs: ReadonlyArray<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

beforeAll(async () => {
  const gens = await pool(
    DOCUMENTS.flatMap(({ name, doc }) => FORMATS.map((format) => () => generate(scratch, name, format, doc))),
    3,
  );
  const generatedOk = gens.filter((g) => g.run.code === 0);
  compiled = await compileAll(scratch, generatedOk).catch((error: Error) => {
    // tsc itself failed (not a type error): every client's compile test shows why, the other tests still run.
    const crash = [`tsc did not finish: ${head(error.message, 8)}`];
    return {
      errors: new Map(generatedOk.map((g) => [g.id, { defineTrue: crash, defineFalse: crash }])),
      jsDir: (id: string) => join(scratch, "js", id, "out"),
    };
  });
  await pool(
    gens.map((gen) => async () => {
      if (gen.run.code !== 0) {
        outcomes.set(gen.id, { gen, requests: [], probeWrites: [] });
        return;
      }
      const server = await startServer();
      try {
        const before = await snapshot(gen.dir);
        const report = join(scratch, `${gen.id}.probe.json`);
        const result = await probe(scratch, compiled.jsDir(gen.id), gen.dir, server.origin, report).catch(
          (error: Error) => error.message,
        );
        const after = await snapshot(gen.dir);
        const probeWrites = changed(before, after);
        const requests = [...server.requests];
        outcomes.set(
          gen.id,
          typeof result === "string"
            ? { gen, probeFailure: result, requests, probeWrites }
            : { gen, probe: result, requests, probeWrites },
        );
      } finally {
        await server.close();
      }
    }),
    2,
  );
}, 240_000);

function outcome(name: string, format: Format): Outcome {
  const found = outcomes.get(`${name}-${format}`);
  if (found === undefined) throw new Error(`no outcome for ${name}-${format}: the setup failed`);
  return found;
}

/** The document's request paths, as the probe calls them (every path parameter is "v"). */
function calledPaths(doc: unknown): string[] {
  const paths = Object.keys((doc as { paths: Record<string, unknown> }).paths);
  return paths.map((p) => p.replace(/\{[^}]*\}/g, "v")).sort();
}

const pathOf = (url: string): string => url.split("?")[0]!;

/** The CLI generated the client: exit 0, nothing written outside `-o`. */
function expectGenerated({ gen }: Outcome): void {
  expect(gen.run.code, `the CLI exited ${gen.run.code}:\n${head(gen.run.stderr)}`).toBe(0);
  expect(gen.writtenOutside, "files written outside -o by the CLI").toEqual([]);
}

/** Compiles with useDefineForClassFields true and false. */
function expectCompiles({ gen }: Outcome): void {
  const errors = compiled.errors.get(gen.id)!;
  const first = (list: string[]): string[] =>
    list.length <= 6 ? list : [...list.slice(0, 6), `… and ${list.length - 6} more`];
  expect(first(errors.defineTrue), "tsc errors, useDefineForClassFields: true").toEqual([]);
  expect(first(errors.defineFalse), "tsc errors, useDefineForClassFields: false").toEqual([]);
}

/** Imports, constructs, calls every method; nothing leaked into the process or the disk. */
function expectImportsAndCalls(o: Outcome, paths?: readonly string[]): void {
  expect(o.probeFailure, "the import-and-call probe").toBeUndefined();
  const p = o.probe!;
  expect(p.importErrors, "modules that failed to import").toEqual([]);
  expect(p.constructError, "constructing the client").toBeNull();
  expect(p.pwned, "globalThis.pwned after import and calls").toBeUndefined();
  expect(p.prototypeKeysAdded, "new own keys on built-in prototypes").toEqual([]);
  expect(p.envChanged, "process.env changes").toEqual([]);
  expect(o.probeWrites, "files written by importing and calling the client").toEqual([]);
  expect(p.calls.length, "methods found on the client").toBeGreaterThan(0);
  expect(
    p.calls.filter((c) => c.error !== undefined),
    "methods that threw or rejected",
  ).toEqual([]);
  if (paths !== undefined) {
    expect([...new Set(o.requests.map((r) => pathOf(r.url)))].sort(), "paths the server was asked for").toEqual(
      expect.arrayContaining([...paths]),
    );
  } else {
    expect(o.requests.length, "requests the server received").toBeGreaterThan(0);
  }
}

/** Generated, compiled, imported and called: what every client document must give. */
function expectWorkingClient(name: string, format: Format, doc: unknown): void {
  const o = outcome(name, format);
  expectGenerated(o);
  expectCompiles(o);
  expectImportsAndCalls(o, calledPaths(doc));
}

async function generatedText(o: Outcome, file: string): Promise<string> {
  return readFile(join(o.gen.out, file), "utf8");
}

const JS_NAMES = ["constructor", "__proto__", "toString", "valueOf", "prototype", "hasOwnProperty"];

describe("1. JavaScript's own names as tags, methods, schemes, parameters and properties", () => {
  const doc = fixture("js-names.yaml");

  it.each(FORMATS)("%s: the client compiles, imports, and every method reaches the server", (format) => {
    expectWorkingClient("js-names", format, doc);
  });

  it.each(FORMATS)(
    "%s: a parameter named like an Object.prototype member that the caller leaves out is not sent",
    (format) => {
      const o = outcome("js-names", format);
      expectGenerated(o);
      const leaks = o.requests
        .map((r) => `${r.method} ${r.url} ${JSON.stringify(r.headers)}`)
        .filter((line) => /native code|function |\[object /.test(decodeURIComponent(line)));
      expect(leaks, "requests carrying a built-in's value").toEqual([]);
      // Called with no parameters: the bare path, no query string.
      for (const path of ["/protos", "/c", "/f", "/items/v"]) {
        const sent = o.requests.filter((r) => pathOf(r.url) === path).map((r) => r.url);
        expect(sent, `the request for ${path}`).toEqual([path]);
      }
      const d = o.requests.find((r) => pathOf(r.url) === "/d/v");
      expect(d !== undefined && Object.hasOwn(d.headers, "__proto__"), "a __proto__ header on GET /d/v").toBe(false);
      expect(d?.headers.cookie, "the cookie of GET /d/v").toBeUndefined();
    },
  );

  it.each(FORMATS)("%s: each name the client renames comes with a warning naming it and its new name", (format) => {
    const o = outcome("js-names", format);
    expectGenerated(o);
    const exposed = new Set((o.probe?.calls ?? []).flatMap((c) => c.method.split(".")));
    const warnings = `${o.gen.run.stdout}\n${o.gen.run.stderr}`.split("\n").filter((l) => /warning: /.test(l));
    const unwarned = JS_NAMES.filter((name) => !exposed.has(name)).filter(
      (name) => !warnings.some((w) => w.includes(`\`${name}\``) || w.includes(`"${name}"`)),
    );
    expect(unwarned, `names renamed without a warning; the warnings were:\n${warnings.join("\n")}`).toEqual([]);
    for (const w of warnings.filter((l) => JS_NAMES.some((n) => l.includes(n)))) {
      expect(w, "a rename warning names the new name").toMatch(/(calls it|pass it as) `[^`]+`|→|renamed to/);
    }
  });
});

describe("2. a path parameter named like a name the resource module or method already uses", () => {
  const doc = fixture("shadowing.yaml");

  it.each(FORMATS)("%s: the client compiles, and each method sends its argument in the path", (format) => {
    expectWorkingClient("shadowing", format, doc);
  });
});

describe("3. names JavaScript identifiers do not allow (², ①, plain-get, emoji, U+200B)", () => {
  const doc = fixture("identifiers.yaml");

  it.each(FORMATS)("%s: the client compiles, imports, and every method reaches the server", (format) => {
    expectWorkingClient("identifiers", format, doc);
  });
});

/** A Windows device name: the base name before the first dot, case-insensitively. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const fold = (path: string): string => path.normalize("NFC").toLowerCase().normalize("NFC");

describe("4. file names from tags", () => {
  const doc = fixture("file-names.yaml");

  it.each(FORMATS)("%s: no file is named like a Windows device (con, nul, aux, prn, com1, lpt1)", (format) => {
    const o = outcome("file-names", format);
    expectGenerated(o);
    const devices = o.gen.files.filter((f) => f.split("/").some((part) => DEVICE.test(part.split(".")[0]!)));
    expect(devices).toEqual([]);
  });

  it.each(FORMATS)("%s: no two files collide on a case-insensitive, normalising file system (aé/aÉ, Å/Å)", (format) => {
    const o = outcome("file-names", format);
    expectGenerated(o);
    const byFolded = new Map<string, string[]>();
    for (const f of o.gen.files) byFolded.set(fold(f), [...(byFolded.get(fold(f)) ?? []), f]);
    expect([...byFolded.values()].filter((group) => group.length > 1)).toEqual([]);
    // Every file is NFC already, so no file system renames it on the way in.
    expect(o.gen.files.filter((f) => f !== f.normalize("NFC"))).toEqual([]);
  });

  it.each(FORMATS)("%s: the client of those tags compiles, imports, and every method reaches the server", (format) => {
    expectWorkingClient("file-names", format, doc);
  });

  it.each(FORMATS)("%s: a 300-character tag gives file names of at most 255 bytes, or a located error", (format) => {
    const o = outcome("long-name", format);
    if (o.gen.run.code === 1) {
      expect(firstError(o.gen.run), o.gen.run.stderr).toBeDefined();
      expect(o.gen.files).toEqual([]);
      return;
    }
    expectGenerated(o);
    const long = o.gen.files.flatMap((f) => f.split("/")).filter((part) => Buffer.byteLength(part) > 255);
    expect(long).toEqual([]);
    expectCompiles(o);
  });
});

/** Characters that reorder or hide text: they must never reach a generated file raw. */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/u;

describe("5. bidi controls, invisible characters and HTML in text", () => {
  const doc = fixture("text.yaml");

  it.each(FORMATS)("%s: no generated file contains a bidi control or invisible character raw", async (format) => {
    const o = outcome("text", format);
    expectGenerated(o);
    const raw: string[] = [];
    for (const file of o.gen.files) {
      const text = await generatedText(o, file);
      text.split("\n").forEach((line, i) => {
        const m = HIDDEN.exec(line);
        if (m !== null) raw.push(`${file}:${i + 1}: U+${m[0].codePointAt(0)!.toString(16).toUpperCase()}`);
      });
    }
    expect(raw).toEqual([]);
  });

  it.each(FORMATS)("%s: api.md has no raw <script>, no on…= attribute in a tag, no javascript: link", async (format) => {
    const o = outcome("text", format);
    expectGenerated(o);
    const md = await generatedText(o, "api.md");
    expect(md).not.toMatch(/<\s*script/i);
    expect(md).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    // A link, not text with an escaped bracket (`[x\](javascript:…)` is no link).
    expect(md).not.toMatch(/(?<!\\)\]\(\s*<?\s*javascript:/i);
    expect(md).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  });

  it.each(FORMATS)("%s: the client compiles, imports, and its method reaches the server", (format) => {
    expectWorkingClient("text", format, doc);
  });
});

describe("6. text that looks like the client's own imports", () => {
  const doc = fixture("import-rewrite.yaml");

  it.each(FORMATS)("%s: an enum value containing from './client.js' is kept exactly in types.d.ts", async (format) => {
    const o = outcome("import-rewrite", format);
    expectGenerated(o);
    const types = await generatedText(o, "types.d.ts");
    expect(types).toContain(`from './client.js'`);
    expect(types).toContain(`export { y } from './index.js'`);
    expect(types).toMatch(/import x from \\?"\.\/runtime\/transport\.js\\?"/);
  });

  it.each(FORMATS)("%s: no spec text is rewritten to another extension in any file", async (format) => {
    const o = outcome("import-rewrite", format);
    expectGenerated(o);
    const rewritten: string[] = [];
    // .wiregen/base.json holds the client's own code as JSON strings, real imports included: not spec text.
    for (const file of o.gen.files.filter((f) => !f.startsWith(".wiregen/"))) {
      const text = await generatedText(o, file);
      for (const spec of [`'./client.ts'`, `'./errors.ts'`, `'./models.ts'`, `'./index.ts'`, `\\"./runtime/transport.ts\\"`]) {
        if (text.includes(spec)) rewritten.push(`${file}: ${spec}`);
      }
    }
    expect(rewritten).toEqual([]);
  });

  it.each(FORMATS)("%s: the client compiles, imports, and its method reaches the server", (format) => {
    expectWorkingClient("import-rewrite", format, doc);
  });
});

describe.concurrent("7. $refs that leave the spec's folder", () => {
  let server: TestServer;
  const refsDir = join(scratch, "refs");
  beforeAll(async () => {
    server = await startServer();
    await mkdir(refsDir, { recursive: true });
    await writeFile(join(refsDir, "outside.yaml"), await readFile(join(FIXTURES, "outside.yaml")));
  });
  afterAll(async () => {
    await server.close();
  });

  const TARGETS: ReadonlyArray<{ what: string; ref: () => string }> = [
    { what: "a file above the spec's folder", ref: () => "../outside.yaml#/Thing" },
    { what: "an absolute path", ref: () => `${join(refsDir, "outside.yaml")}#/Thing` },
    { what: "a file: URL", ref: () => "file:///etc/hostname" },
    { what: "an http URL of a local server", ref: () => `${server.origin}/x.yaml#/Thing` },
  ];
  const template = readFileSync(join(FIXTURES, "refs.yaml"), "utf8");

  for (const { what, ref } of TARGETS) {
    it.each(FORMATS)(`%s: a $ref to ${what} is refused at its line and column, and nothing is written`, async (format) => {
      const target = ref();
      const doc = parse(template.replace('"REF"', JSON.stringify(target))) as unknown;
      const name = `ref-${what.replace(/\W+/g, "-")}`;
      const gen = await generate(refsDir, name, format, doc);
      expect(gen.run.code, head(gen.run.stderr)).toBe(1);
      const error = firstError(gen.run);
      expect(error, gen.run.stderr).toMatch(/^spec\.json:\d+:\d+: error: /);
      expect(error).toContain(target.split("#")[0]);
      expect(gen.files, "files written to the output folder").toEqual([]);
      expect(gen.writtenOutside, "files written outside -o").toEqual([]);
      expect(server.requests.filter((r) => r.url.startsWith("/x.yaml")), "requests to the local server").toEqual([]);
    });
  }
});

describe("payloads in every string position (info, tags, operations, parameters, schemas, enums, servers, schemes, x-)", () => {
  for (const group of PAYLOAD_GROUPS) {
    it.each(FORMATS)(
      `%s: ${group.name} payloads give a client that compiles, imports and calls with nothing leaking, or a located refusal`,
      (format) => {
        const o = outcome(`payload-${group.name}`, format);
        if (o.gen.run.code === 1) {
          expect(firstError(o.gen.run), `refused without a located error:\n${head(o.gen.run.stderr)}`).toBeDefined();
          expect(o.gen.files, "files written by a refused run").toEqual([]);
          expect(o.gen.writtenOutside).toEqual([]);
          return;
        }
        expectGenerated(o);
        expectCompiles(o);
        expectImportsAndCalls(o);
      },
    );
  }
});
