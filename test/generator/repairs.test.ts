/**
 * Repairs for documents openapi-typescript turns into types `tsc` rejects or
 * that reject real payloads; each fixture under `test/fixtures/repairs/` is a
 * known class from public documents:
 * - `$ref`s deep inside a schema or a response (nexmo), or to a parameter listed
 *   under another path (opensuse): hoisted to named components;
 * - discriminator members that declare their own value (openapi-typescript #2149):
 *   the values join the mapping, so payloads with them type-check; own
 *   properties redeclaring a parent's discriminator property (apple) move to an
 *   allOf part; `required` over a nullable allOf parent (plaid) compiles;
 * - schemas that refer to themselves through a union, with `type: "null"`
 *   beside the `oneOf` (vercel): null becomes an alternative and the type a
 *   top-level recursive alias; the same for recursion through `allOf`, a 3.1
 *   type list with "null", an array of a union, or a cycle of several schemas;
 * - deep refs of every shape: into parameter, request body, response and
 *   header components, under paths, with ~0/~1 escapes, to a target holding a
 *   deep ref, and where OpenAPI allows no `$ref` (a content map);
 * - a request body whose schema is an object of no properties (AWS's
 *   `GetConferencePreferenceRequest`): nothing of it is written into the
 *   params type, so its model is not imported (`noUnusedLocals`).
 * Each fixture is generated, written, and compiled with a file of uses (good
 * ones, and `@ts-expect-error` lines that must stay errors) under the strict
 * flag set.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { ROOT } from "./helpers/paths.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";

const FIXTURES = join(ROOT, "test/fixtures/repairs");

interface Case {
  /** Expected warnings (regular expressions over `message`). */
  readonly warnings: readonly RegExp[];
  /** Names `models.d.ts` must export. */
  readonly models: readonly string[];
  /** A module using the client's types; `./models.d.ts` is beside it. */
  readonly uses: string;
}

const CASES: Readonly<Record<string, Case>> = {
  "empty-request-body.yaml": {
    warnings: [],
    models: ["GetPreferenceRequest", "GetPreferenceResponse", "PutPreferenceRequest"],
    uses: `
      import { EmptyRequestBodyClient } from "./index.ts";
      import type { GetPreferenceResponse } from "./models.d.ts";
      const client = new EmptyRequestBodyClient();
      export const preference: PromiseLike<GetPreferenceResponse> = client.default.getPreference();
      export const stored = client.default.putPreference({ value: "dark" });
      // @ts-expect-error the value is a string
      client.default.putPreference({ value: 1 });
    `,
  },
  "deep-refs.yaml": {
    warnings: [],
    models: ["SmsSent", "SmsTo", "SmsToItem"],
    uses: `
      import type { paths } from "./types.d.ts";
      import type { SmsToItem, SmsSent } from "./models.d.ts";
      type Got = paths["/sms/{id}"]["get"]["responses"]["200"]["content"]["application/json"];
      type Otherwise = paths["/sms"]["post"]["responses"]["default"]["content"]["application/json"];
      export const otherwise: Otherwise = { message_id: "m3" };
      export const got: Got = { recipients: ["+441234"], first: "+441234", again: { message_id: "m1" } };
      export const phone: SmsToItem = "+441234";
      export const sent: SmsSent = { message_id: "m1" };
      type BadRequest = paths["/sms"]["post"]["responses"]["400"]["content"]["application/json"];
      export const bad: BadRequest = { message_id: "m2" };
      // A parameter referenced from another path's list (opensuse's obs document does this).
      export const query: NonNullable<paths["/sms/{id}"]["get"]["parameters"]["query"]> = { with_history: true };
      // @ts-expect-error a recipient is a string
      export const wrong: Got = { recipients: [1] };
    `,
  },
  "deep-refs-shapes.yaml": {
    warnings: [],
    models: ["XGet200", "XGet200Tags", "CD", "OuterInner", "DictAdditionalProperties", "UploadFile", "Limit", "Rate"],
    uses: `
      import type { components, paths } from "./types.d.ts";
      import type { CD, OuterInner, XGet200 } from "./models.d.ts";
      type Body = NonNullable<paths["/y"]["post"]["requestBody"]>["content"]["application/json"];
      export const body: Body = {
        body: { file: "f" },
        again: { name: "n", tags: ["t"] },
        tags: ["a"],
        slashed: "x",
        outer: { item: { n: 1 }, deeper: "d" },
        part: 1.5,
        value: { n: 2 },
        rate: 10,
      };
      export const got: XGet200 = { name: "n" };
      export const inner: OuterInner = { item: { n: 1 } };
      // A response written under another operation, a media type object and a content map of a component.
      export const created: paths["/x"]["get"]["responses"]["201"]["content"]["application/json"] = { message: "m" };
      export const posted: paths["/y"]["post"]["responses"]["200"]["content"]["application/json"] = { message: "m" };
      export const z: paths["/z"]["get"]["responses"]["200"]["content"]["application/json"] = { message: "m" };
      export const limit: NonNullable<paths["/x"]["get"]["parameters"]["query"]> = { limit: 1, other: "fast" };
      export const rate: components["headers"]["Rate"] = 3;
      // @ts-expect-error "c~d" is x or y
      export const badSlashed: CD = "z";
      // @ts-expect-error the content map is not a reference: its message is a string
      export const badZ: paths["/z"]["get"]["responses"]["200"]["content"]["application/json"] = { message: 1 };
      // @ts-expect-error an upload's file is a string
      export const badBody: Body = { body: { file: 1 } };
      // @ts-expect-error mode is fast or slow
      export const badOther: NonNullable<paths["/x"]["get"]["parameters"]["query"]> = { other: "medium" };
    `,
  },
  "discriminator-values.yaml": {
    warnings: [
      /properties beside an allOf redeclare the discriminator property of a schema it names \(1 in the document\)/,
      /discriminator without a mapping for members that declare their value \(1 in the document\)/,
    ],
    models: ["Post", "TextComment", "QuoteComment", "PlayIntent", "Cause"],
    uses: `
      import type { Cause, ConfirmationDataExternal, ConfirmationDataRedirect, PlayIntent, Post, TextComment } from "./models.d.ts";
      export const post: Post = { comments: [{ commentType: "text", body: "hi" }, { commentType: "quote", quoted: "x" }] };
      export const external: ConfirmationDataExternal = { type: "external", locale: "en" };
      export const redirect: ConfirmationDataRedirect = { type: "redirect", return_url: "https://example.com" };
      // @ts-expect-error the schema name is not the value a TextComment carries
      export const named: TextComment = { commentType: "TextComment" };
      // @ts-expect-error a redirect is not an external confirmation
      export const crossed: ConfirmationDataExternal = { type: "redirect" };
      export const play: PlayIntent = { class: "PlayIntent", media: "song" };
      export const cause: Cause = { item_id: "i1", code: "E1" };
      // @ts-expect-error a Cause requires the code its nullable parent declares
      export const causeWithoutCode: Cause = { item_id: "i1" };
    `,
  },
  "recursive-unions.yaml": {
    warnings: [/`type: "null"` beside oneOf\/anyOf \(1 in the document\); read as one more alternative, null/],
    models: ["Item", "ItemValue", "Tree", "Json"],
    uses: `
      import type { Item, ItemValue, Json, Tree } from "./models.d.ts";
      export const value: ItemValue = ["a", 1, true, null, ["nested", [null]]];
      export const tree: Tree = { a: { b: "leaf" }, c: "leaf" };
      export const json: Json = { list: [1, "two", { three: null }], flag: true };
      export const item: Item = { key: "k", value: null, tree: "t", json: null };
      // @ts-expect-error an object is not an ItemValue
      export const wrong: ItemValue = { a: 1 };
    `,
  },
  "recursive-shapes-30.yaml": {
    warnings: [],
    models: ["Maybe", "Nested", "Derived", "Base", "First", "Second", "Third", "ListOfUnion"],
    uses: `
      import type { Derived, First, Holder, ListOfUnion, Maybe, Nested, Third } from "./models.d.ts";
      export const maybe: Maybe = { a: { a: null } };
      export const nested: Nested = ["a", ["b", ["c"]]];
      export const derived: Derived = ["a", ["b"]];
      export const first: First = [[true, "s", [[false]]]];
      export const third: Third = 1;
      export const list: ListOfUnion = ["a", ["b", ["c"]]];
      export const holder: Holder = { maybe: null, nested: "n", derived: "d", first: 2, list: [] };
      // @ts-expect-error a Nested holds strings, not numbers
      export const badNested: Nested = [1];
      // @ts-expect-error First's arrays hold Thirds: booleans or Firsts, not objects
      export const badFirst: First = [{}];
      // @ts-expect-error a Derived is no number
      export const badDerived: Derived = 1;
    `,
  },
  "recursive-shapes-31.yaml": {
    warnings: [],
    models: ["NodeSchema", "Maybe", "Chain", "First", "Second", "Third"],
    uses: `
      import type { Chain, First, Maybe, NodeSchema, Second } from "./models.d.ts";
      export const node: NodeSchema = { value: "a", next: { next: null } };
      export const maybe: Maybe = { a: { a: null } };
      export const chain: Chain = [[], null, [[null]]];
      export const first: First = [null, [true, null, 1]];
      export const second: Second = 2;
      // @ts-expect-error a Node's value is a string
      export const badNode: NodeSchema = { value: 1 };
      // @ts-expect-error a Chain holds Chains, not strings
      export const badChain: Chain = ["x"];
      // @ts-expect-error First is null or a Second, not a string
      export const badFirst: First = "x";
    `,
  },
};

const scratch = useScratchDir("wiregen-repairs-");
const generated = new Map<
  string,
  { readonly warnings: readonly string[]; readonly models: string; readonly errors: string[] }
>();

// Generated and compiled together: one compiler run (with its lib files) for every fixture.
beforeAll(async () => {
  const roots: string[] = [];
  for (const [fixture, want] of Object.entries(CASES)) {
    const result = await generate(join(FIXTURES, fixture));
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    const dir = join(scratch, fixture.replace(/\.yaml$/, ""));
    await writeClients([{ outDir: dir, files: result.files }]);
    await writeFile(join(dir, "uses.ts"), want.uses);
    roots.push(join(dir, "index.ts"), join(dir, "uses.ts"));
    generated.set(fixture, {
      warnings: result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.message),
      models: result.files.get("models.d.ts") ?? "",
      errors: [],
    });
  }
  const { options } = ts.convertCompilerOptionsFromJson(strictFlags(), scratch);
  const program = ts.createProgram({ rootNames: roots, options });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? "";
    const fixture = [...generated.keys()].find((f) => file.startsWith(join(scratch, f.replace(/\.yaml$/, ""))));
    const text = `${file.slice(scratch.length + 1)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    if (fixture === undefined) throw new Error(`an error outside the fixtures: ${text}`);
    generated.get(fixture)!.errors.push(text);
  }
}, 90_000);

describe.each(Object.entries(CASES))("%s", (fixture, want) => {
  it("generates with the expected warnings", () => {
    const { warnings } = generated.get(fixture)!;
    expect(warnings).toHaveLength(want.warnings.length);
    want.warnings.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
    for (const name of want.models) expect(generated.get(fixture)!.models).toContain(`export type ${name} = `);
  });

  it("compiles, and its types accept the payloads they should and refuse the others", () => {
    expect(generated.get(fixture)!.errors).toEqual([]);
  });
});
