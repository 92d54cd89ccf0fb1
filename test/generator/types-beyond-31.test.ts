/**
 * types-beyond-31.ts: what openapi-typescript cannot read in a 3.2 document
 * reaches `types.d.ts` as if it could. A QUERY and an additional method sit
 * on their own path under their own key (quoted when it is no identifier),
 * beside the classic methods, with their doc comments; on a path item written
 * as a `$ref`, in an intersection with it; a querystring parameter is typed
 * under `parameters.querystring`, on the path item and on each operation that
 * shares it. The document given stays as it was, and a 3.1 document reaches
 * openapi-typescript untouched.
 */
import { describe, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit/emit-types.js";
import { copyForTypes } from "../../generator/emit/types-beyond-31.js";

const ok = { "200": { description: "OK" } };
const FORM_FILTER = {
  name: "f",
  in: "querystring",
  content: {
    "application/x-www-form-urlencoded": { schema: { type: "object", properties: { q: { type: "string" } } } },
  },
};

function document(openapi = "3.2.0"): Record<string, unknown> {
  return {
    openapi,
    info: { title: "T", version: "1" },
    paths: {
      "/a": { $ref: "#/components/pathItems/A" },
      "/b": {
        parameters: [FORM_FILTER],
        get: { responses: ok },
        additionalOperations: { "VERSION-CONTROL": { summary: "Puts the file under version control.", responses: ok } },
      },
      "/c": { query: { operationId: "findC", responses: ok } },
    },
    components: { pathItems: { A: { get: { responses: ok }, query: { operationId: "findA", responses: ok } } } },
  };
}

/** The text without openapi-typescript's `?: never` lines, which every path item repeats. */
function essentials(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.endsWith("?: never;"))
    .join("\n");
}

describe("3.2 operations in types.d.ts", () => {
  it("each under its own key on its own path, and no stand-in left behind", async () => {
    const text = essentials(await emitTypes(document()));
    expect(text).toContain('    "/a": components["pathItems"]["A"] & {\n        query: operations["findA"];\n    };');
    expect(text).toContain('        /** Puts the file under version control. */\n        "VERSION-CONTROL": {');
    expect(text).toContain(
      '    "/c": {\n        parameters: {\n        };\n        query: operations["findC"];\n    };',
    );
    expect(text).not.toMatch(/"(QUERY|VERSION-CONTROL) \//);
  });

  it("a path item's querystring is typed under parameters.querystring, there and on each operation", async () => {
    const text = essentials(await emitTypes(document()));
    const querystring = "querystring?: {\n                f?: {\n                    q?: string;";
    // The path item's, then get's and VERSION-CONTROL's.
    expect(text.split("querystring?: {").length - 1).toBe(3);
    expect(text).toContain(querystring);
    expect(text).not.toMatch(/\bquery\?: \{/);
  });

  it("a querystring parameter of components is typed by its schema, used or not", async () => {
    const given = document();
    given["components"] = { parameters: { Filter: FORM_FILTER } };
    given["paths"] = {};
    expect(essentials(await emitTypes(given))).toContain(
      "    parameters: {\n        Filter: {\n            q?: string;\n        };\n    };",
    );
  });

  it("leaves the document given as it was", () => {
    const given = document();
    const before = JSON.stringify(given);
    const copy = copyForTypes(given);
    expect(JSON.stringify(given)).toBe(before);
    expect(copy.moved.map((m) => [m.standIn, m.path, m.method])).toEqual([
      ["QUERY /a", "/a", "query"],
      ["VERSION-CONTROL /b", "/b", "VERSION-CONTROL"],
      ["QUERY /c", "/c", "query"],
    ]);
  });

  it("gives a 3.1 document to openapi-typescript as it is", () => {
    const given = document("3.1.0");
    expect(copyForTypes(given)).toEqual({ document: given, moved: [], querystrings: [] });
  });
});
