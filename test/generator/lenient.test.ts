/**
 * Documents that are sloppy but clear, through the real CLI: each fixture
 * under `test/fixtures/lenient/` generates (exit 0) with exactly the warnings
 * listed, each at the field it is about, and the client compiles under the
 * strict flag set with a file of uses (good ones, and `@ts-expect-error` lines
 * that must stay errors):
 * - version fields written as YAML or JSON numbers (`swagger: 2.0`,
 *   `openapi: 3.0` / `3.1`, `info.version: 1`), read as the strings meant;
 * - documents without `paths` (a schema library): types, models and a client
 *   without operations; a warning in 3.0, none in 3.1 and 3.2, where `paths` is optional;
 *   the 3.1 documents have 3.2 twins (`openapi-32-number.yaml`, `components-only-32.yaml`);
 * - Swagger 2.0 split over two files (joined as Swagger, then converted);
 * - named schemas that are only `$ref`s to each other in a loop (the first is
 *   read as any value) and a `type: object` schema with an enum of strings
 *   (read as `type: string`).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";
import { ROOT } from "./helpers/paths.js";
import { runCli, type CliRun } from "./helpers/run-cli.js";
import { positionOf } from "./helpers/source-position.js";

interface Warning {
  /** The text the warning must point at (its first character). */
  readonly at: string;
  readonly message: RegExp;
  readonly fix: RegExp;
}

interface Case {
  readonly warnings: readonly Warning[];
  readonly operations: number;
  /** A module using the client; the client's files are beside it. */
  readonly uses: string;
}

const NUMBER_WARNING = /YAML reads an unquoted version as a number/;

const CASES: Readonly<Record<string, Case>> = {
  "swagger-number.yaml": {
    warnings: [
      {
        at: "swagger: 2.0",
        message:
          /^`swagger` is the number 2, not a string \(YAML reads an unquoted version as a number\); read as "2\.0"$/,
        fix: /quote it: `swagger: "2\.0"`/,
      },
      {
        at: "version: 1",
        message: /^`info\.version` is the number 1, not a string .*; read as "1"$/,
        fix: /quote it: `version: "1"`/,
      },
    ],
    operations: 1,
    uses: `
      import { SwaggerNumberClient } from "./index.ts";
      import type { Pet } from "./models.d.ts";
      const client = new SwaggerNumberClient();
      export const pets: PromiseLike<Pet[]> = client.default.listPets();
      export const pet: Pet = { name: "Rex" };
      // @ts-expect-error a Pet has a name
      export const nameless: Pet = {};
    `,
  },
  "openapi-number.yaml": {
    warnings: [
      {
        at: "openapi: 3.0",
        message: /^`openapi` is the number 3, not a string .*; read as "3\.0\.0"$/,
        fix: /quote it: `openapi: "3\.0\.0"`/,
      },
      { at: "version: 1", message: NUMBER_WARNING, fix: /quote it: `version: "1"`/ },
    ],
    operations: 1,
    uses: `
      import type { Pet } from "./models.d.ts";
      // Read as 3.0: \`nullable\` makes the tag nullable.
      export const pet: Pet = { name: "Rex", tag: null };
      // @ts-expect-error a tag is a string or null
      export const badTag: Pet = { name: "Rex", tag: 1 };
    `,
  },
  "openapi-31-number.yaml": {
    warnings: [
      {
        at: "openapi: 3.1",
        message: /^`openapi` is the number 3\.1, not a string .*; read as "3\.1\.0"$/,
        fix: /quote it: `openapi: "3\.1\.0"`/,
      },
    ],
    operations: 1,
    uses: `
      import type { Pet } from "./models.d.ts";
      // Read as 3.1: a type list with "null".
      export const pet: Pet = { name: "Rex", tag: null };
      // @ts-expect-error a tag is a string or null
      export const badTag: Pet = { name: "Rex", tag: 1 };
    `,
  },
  // The same document as 3.2: read as 3.2.0, and 3.2 reads nullability as 3.1 does.
  "openapi-32-number.yaml": {
    warnings: [
      {
        at: "openapi: 3.2",
        message: /^`openapi` is the number 3\.2, not a string .*; read as "3\.2\.0"$/,
        fix: /quote it: `openapi: "3\.2\.0"`/,
      },
    ],
    operations: 1,
    uses: `
      import type { Pet } from "./models.d.ts";
      // Read as 3.2: a type list with "null".
      export const pet: Pet = { name: "Rex", tag: null };
      // @ts-expect-error a tag is a string or null
      export const badTag: Pet = { name: "Rex", tag: 1 };
    `,
  },
  "openapi-number.json": {
    warnings: [
      { at: '"openapi": 3.0', message: /^`openapi` is the number 3, not a string/, fix: /quote it/ },
      { at: '"version": 2', message: /^`info\.version` is the number 2, not a string/, fix: /quote it/ },
    ],
    operations: 0,
    uses: `
      import type { Thing } from "./models.d.ts";
      export const thing: Thing = { id: 1 };
      // @ts-expect-error an id is an integer
      export const badThing: Thing = { id: "1" };
    `,
  },
  "components-only-30.yaml": {
    warnings: [
      {
        at: "openapi:",
        message:
          /^the document has no `paths` \(OpenAPI 3\.0 requires them\); read as a schema library: its types and models, and a client without operations$/,
        fix: /add `paths: \{\}` to say there are no operations, or set `openapi: 3\.1\.0`/,
      },
    ],
    operations: 0,
    uses: `
      import { ComponentsOnly30Client, type Holder, type Part, type Thing } from "./index.ts";
      export const client = new ComponentsOnly30Client({ timeoutMs: 1_000 });
      export const thing: Thing = { id: "t", parts: [{ weight: 1 }] };
      export const part: Part = {};
      export const holder: Holder = { template: { weight: 2 }, properties: [{ type: "Swagger" }] };
      // @ts-expect-error a Thing has an id
      export const idless: Thing = { parts: [] };
      // @ts-expect-error the client has no operations
      client.listThings();
    `,
  },
  "swagger-split/api.yaml": {
    // Swagger 2.0 whose parameter and schemas live in a second file holding only `definitions` and
    // `parameters`: joined as Swagger, then converted whole, like an OpenAPI 3 document split over files.
    warnings: [],
    operations: 1,
    uses: `
      import { ApiClient } from "./index.ts";
      import type { Owner, Pet } from "./models.d.ts";
      const client = new ApiClient();
      export const pets: PromiseLike<Pet[]> = client.default.listPets({ limit: 10 });
      export const pet: Pet = { id: 1, owner: { name: "Ann" } };
      export const owner: Owner = {};
      // @ts-expect-error a Pet has an id
      export const idless: Pet = {};
      // @ts-expect-error the limit is an integer
      client.default.listPets({ limit: "10" });
    `,
  },
  "alias-cycle.yaml": {
    warnings: [
      {
        at: '$ref: "#/components/schemas/Qux"',
        message:
          /^schema \$ref cycle that names no value: "#\/components\/schemas\/Baz" → "#\/components\/schemas\/Qux" → "#\/components\/schemas\/Baz"; `Baz` is read as any value \(unknown\)$/,
        fix: /give one of these schemas a type or properties of its own/,
      },
    ],
    operations: 1,
    uses: `
      import type { Thing } from "./models.d.ts";
      // Baz names no value: any value is accepted.
      export const things: Thing[] = [{ baz: 1 }, { baz: "x", name: "n" }, {}];
      // @ts-expect-error a name is a string
      export const badName: Thing = { name: 1 };
    `,
  },
  "object-enum.yaml": {
    warnings: [
      {
        at: "type: object\n          enum: [PKW, LKW, null]",
        message: /^`type: object` with an enum of strings \(2 such schemas in the document\); read as `type: string`$/,
        fix: /give the schema the type of its values \(`type: string`\)/,
      },
    ],
    operations: 1,
    uses: `
      import { ObjectEnumClient } from "./index.ts";
      import type { Vehicle } from "./models.d.ts";
      const client = new ObjectEnumClient();
      export const vehicles: PromiseLike<Vehicle> = client.default.listVehicles({ class: "PKW" });
      export const vehicle: Vehicle = { class: null };
      // @ts-expect-error a class is PKW, LKW or null
      export const badClass: Vehicle = { class: "Bus" };
    `,
  },
  "components-only-31.yaml": {
    warnings: [],
    operations: 0,
    uses: `
      import { ComponentsOnly31Client, type Thing } from "./index.ts";
      export const client = new ComponentsOnly31Client();
      export const thing: Thing = { id: "t", label: null };
      // @ts-expect-error a label is a string or null
      export const badLabel: Thing = { id: "t", label: 1 };
    `,
  },
  // 3.2 keeps 3.1's optional `paths`.
  "components-only-32.yaml": {
    warnings: [],
    operations: 0,
    uses: `
      import { ComponentsOnly32Client, type Thing } from "./index.ts";
      export const client = new ComponentsOnly32Client();
      export const thing: Thing = { id: "t", label: null };
      // @ts-expect-error a label is a string or null
      export const badLabel: Thing = { id: "t", label: 1 };
    `,
  },
};

const FIXTURES = "test/fixtures/lenient";
const scratch = useScratchDir("wiregen-lenient-");
const runs = new Map<string, CliRun>();
/** Compiler errors per fixture, under the strict flags and, for clients without operations, no unused names. */
const errors = new Map<string, string[]>();

function outDir(fixture: string): string {
  return join(scratch, fixture.replace(/\./g, "-"));
}

function compileInto(roots: readonly string[], options: Record<string, unknown>): void {
  const { options: parsed } = ts.convertCompilerOptionsFromJson(options, scratch);
  const program = ts.createProgram({ rootNames: roots, options: parsed });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? "";
    const fixture = Object.keys(CASES).find((f) => file.startsWith(`${outDir(f)}/`));
    const text = `${file.slice(scratch.length + 1)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    if (fixture === undefined) throw new Error(`an error outside the fixtures: ${text}`);
    errors.get(fixture)!.push(text);
  }
}

beforeAll(async () => {
  await Promise.all(
    Object.entries(CASES).map(async ([fixture, want]) => {
      const run = await runCli([`${FIXTURES}/${fixture}`, "--out", outDir(fixture)]);
      runs.set(fixture, run);
      errors.set(fixture, []);
      if (run.code === 0) await writeFile(join(outDir(fixture), "uses.ts"), want.uses);
    }),
  );
  const generated = Object.keys(CASES).filter((f) => runs.get(f)!.code === 0);
  compileInto(
    generated.flatMap((f) => [join(outDir(f), "index.ts"), join(outDir(f), "uses.ts")]),
    strictFlags(),
  );
  // A client without operations must not declare what it does not use: projects with these flags compile it too.
  compileInto(
    generated.filter((f) => CASES[f]!.operations === 0).map((f) => join(outDir(f), "index.ts")),
    { ...strictFlags(), noUnusedLocals: true, noUnusedParameters: true },
  );
}, 120_000);

describe.each(Object.entries(CASES))("%s", (fixture, want) => {
  it("generates, with each warning located at the field it is about", async () => {
    const run = runs.get(fixture)!;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${want.operations} operation${want.operations === 1 ? "" : "s"}, `);
    const file = `${FIXTURES}/${fixture}`;
    const text = await readFile(join(ROOT, file), "utf8");
    const lines = run.stderr.split("\n");
    const warnings = lines.flatMap((line, i) =>
      line.includes(": warning: ") ? [{ line, fix: lines[i + 1] ?? "" }] : [],
    );
    expect(warnings.map((w) => w.line)).toHaveLength(want.warnings.length);
    want.warnings.forEach((w, i) => {
      const { line, column } = positionOf(text, w.at);
      const [where, message] = warnings[i]!.line.split(": warning: ") as [string, string];
      expect(where).toBe(`${file}:${line}:${column}`);
      expect(message).toMatch(w.message);
      expect(warnings[i]!.fix).toMatch(/^ {2}fix: /);
      expect(warnings[i]!.fix).toMatch(w.fix);
    });
    expect(run.stderr).not.toMatch(/: error: /);
  });

  it("compiles, and its types accept what they should and refuse the rest", () => {
    expect(errors.get(fixture)).toEqual([]);
  });
});
