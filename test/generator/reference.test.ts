/**
 * `api.md`: the parameter table's content and escaping, the Markdown helpers
 * spec text goes through, and the reference generated for a small spec
 * (resource order, signature, path, rows, example call, errors, pagination).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parameterTable, type ParameterRow } from "../../generator/emit/emit-reference.js";
import { codeBlock, codeSpan, tableCell } from "../../generator/emit/markdown.js";
import { generate } from "../../generator/generate.js";
import { useScratchDir } from "../support/scratch-dir.js";

/** The cells of a table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

const CELLS: ReadonlyArray<[string, { given: string; want: string }]> = [
  ["plain text", { given: "Most items to return.", want: "Most items to return." }],
  ["a pipe", { given: "a | b", want: "a \\| b" }],
  ["a line break", { given: "one\ntwo", want: "one two" }],
  ["a paragraph break", { given: "one\n\n two", want: "one<br><br>two" }],
  ["CR LF and line separators", { given: "a\r\nb\u2028c", want: "a b c" }],
  ["surrounding space", { given: "  x \n", want: "x" }],
];

describe("Markdown helpers", () => {
  it.each(CELLS)("tableCell: %s", (_, { given, want }) => {
    expect(tableCell(given)).toBe(want);
  });

  it("codeSpan fences text with more backticks than it holds", () => {
    expect(codeSpan("limit")).toBe("`limit`");
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x``")).toBe("``` `x`` ```");
    expect(codeSpan("a\nb")).toBe("`a b`");
  });

  it("codeBlock fences code with a longer run than any inside it", () => {
    expect(codeBlock("x()", "ts")).toBe("```ts\nx()\n```");
    expect(codeBlock('s = "````"', "ts")).toBe('`````ts\ns = "````"\n`````');
  });
});

describe("parameterTable", () => {
  const rows: ParameterRow[] = [
    { name: "graphId", where: "path", type: "string", required: true, description: "Identifier of the graph." },
    {
      name: "order_by",
      where: "query",
      type: '"asc" | "desc"',
      required: false,
      description: "Sort | order.\nSecond line.\n\nNew paragraph.",
    },
    { name: "limit", where: "body", type: "number", required: false, description: "" },
  ];

  it("has a header and one row per parameter, five cells each, pipes escaped", () => {
    const lines = parameterTable(rows).split("\n");
    expect(lines).toHaveLength(2 + rows.length);
    expect(cells(lines[0]!)).toEqual(["Name", "In", "Type", "Required", "Description"]);
    for (const line of lines) expect(cells(line), line).toHaveLength(5);
    expect(cells(lines[2]!)).toEqual(["`graphId`", "path", "`string`", "yes", "Identifier of the graph."]);
    expect(cells(lines[3]!)).toEqual([
      "`order_by`",
      "query",
      '`"asc" \\| "desc"`',
      "no",
      "Sort \\| order. Second line.<br><br>New paragraph.",
    ]);
    expect(cells(lines[4]!)).toEqual(["`limit`", "body", "`number`", "no", ""]);
  });

  it("says so when there are none", () => {
    expect(parameterTable([])).toBe("No parameters.");
  });
});

const SPEC = `openapi: 3.1.0
info: { title: Shop, version: "1" }
servers: [{ url: https://shop.example.com }]
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: { type: string }
    Problem:
      type: object
      properties:
        message: { type: string }
  responses:
    NotFound:
      description: missing
      content:
        application/json: { schema: { $ref: "#/components/schemas/Problem" } }
paths:
  /stores/{store_id}/items:
    get:
      operationId: listItems
      x-sdk-method: stores.items.list
      summary: List items
      description: "Items of a store | with a pipe\\n\\nand a second paragraph."
      x-pagination: { style: cursor, cursor: cursor, next: next, items: data }
      parameters:
        - { name: store_id, in: path, required: true, schema: { type: string }, example: store-7, description: The store. }
        - { name: cursor, in: query, schema: { type: string }, description: Page cursor. }
        - { name: color, in: query, required: true, schema: { type: string, enum: [red, green] }, description: "Colour\\nof the item." }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: { type: array, items: { $ref: "#/components/schemas/Item" } }
                  next: { type: string }
        "404": { $ref: "#/components/responses/NotFound" }
    post:
      operationId: createItem
      x-sdk-method: stores.items.create
      parameters:
        - { name: store_id, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string, description: "The name, e.g. \`a|b\`." }
                price: { type: number, example: 9.5 }
                note: { type: string }
      responses:
        "201":
          description: created
          content:
            application/json: { schema: { $ref: "#/components/schemas/Item" } }
  /stores:
    get:
      operationId: listStores
      x-sdk-method: stores.list
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } }
`;

describe("api.md for a small spec", () => {
  const dir = useScratchDir("wiregen-reference-");

  async function reference(): Promise<string> {
    const spec = join(dir, "shop.yaml");
    await writeFile(spec, SPEC);
    const result = await generate(spec);
    if (!result.ok) expect.fail(result.diagnostics.map((d) => d.message).join("\n"));
    const text = result.files.get("api.md");
    expect(text).toBeDefined();
    return text!;
  }

  it("is deterministic, with a Markdown header, resources in tree order", async () => {
    const text = await reference();
    expect(await reference()).toBe(text);
    expect(text.split("\n")[0]).toMatch(/^<!-- Generated from .*shop\.yaml by wiregen\. Regenerated whole on every run: edit the spec or the client's code instead\. -->$/);
    const headings = text.split("\n").filter((l) => /^##+ /.test(l));
    expect(headings.filter((h) => h.startsWith("## `"))).toEqual(["## `client.stores`", "## `client.stores.items`"]);
    expect(headings.filter((h) => h.startsWith("### "))).toEqual([
      "### `client.stores.list()`",
      "### `client.stores.items.list()`",
      "### `client.stores.items.create()`",
    ]);
    expect(text).toContain(
      "- [`client.stores`](#clientstores) (1)\n  - [`client.stores.items`](#clientstoresitems) (2)",
    );
  });

  it("documents a paginated method: signature, path, rows, errors, pagination, example", async () => {
    const text = await reference();
    const section = text.slice(
      text.indexOf("### `client.stores.items.list()`"),
      text.indexOf("### `client.stores.items.create()`"),
    );
    expect(section).toContain(
      "```ts\nlist(storeId: string, params: StoresItemsListParams, options?: RequestOptions): PagedCall<",
    );
    expect(section).toContain("`GET /stores/{store_id}/items`");
    expect(section).toContain("| `storeId` | path | `string` | yes | The store. |");
    expect(section).toContain("| `cursor` | query | `string` | no | Page cursor. |");
    expect(section).toContain('| `color` | query | `"red" \\| "green"` | yes | Colour of the item. |');
    expect(section).toMatch(/- Errors: 404: `NotFoundError`, any other status: `\w+Error`/);
    expect(section).toContain("- Paginates: yes (cursor in `cursor`, the next one from the response's `next`)");
    expect(section).toContain("- Streams: no");
    // The path argument from the parameter's example, the required enum's first value; the cursor is the runtime's.
    expect(section).toContain('for await (const item of client.stores.items.list("store-7", { color: "red" })) {');
  });

  it("documents a flat body's properties and builds the call from their examples", async () => {
    const text = await reference();
    const section = text.slice(text.indexOf("### `client.stores.items.create()`"));
    expect(section).toContain("| `name` | body | `string` | yes | The name, e.g. `a\\|b`. |");
    expect(section).toContain("| `price` | body | `number` | no |  |");
    expect(section).toContain("| `note` | body | `string` | no |  |");
    expect(section).toContain(
      'const result = await client.stores.items.create("store_id", { name: "name", price: 9.5 });',
    );
    expect(section).toContain("- Paginates: no");
    expect(section).toContain("- Returns: `Item`");
  });

  it("lists the error classes", async () => {
    const text = await reference();
    expect(text).toContain("| Status | Class | Body |\n| --- | --- | --- |\n| 404 | `NotFoundError` | `Problem` |");
  });
});

describe("api.md for streaming methods", () => {
  it("says what streams, what asks for it, and iterates the events in the example", async () => {
    const result = await generate("test/fixtures/streaming/streaming.yaml");
    if (!result.ok) expect.fail(result.diagnostics.map((d) => d.message).join("\n"));
    const text = result.files.get("api.md")!;
    const chat = text.slice(text.indexOf("### `client.chat.createChat()`"), text.indexOf("## `client.ticks`"));
    expect(chat).toContain("- Returns: `ChatReply`, or an `EventStream<ChatChunk>` with `stream: true`");
    expect(chat).toContain(
      "- Streams: yes (server-sent events); each event's `data` is `ChatChunk`, parsed from JSON; the stream ends at the `data` `[DONE]`; only with `stream: true` in the params",
    );
    expect(chat).toContain(
      'for await (const event of await client.chat.createChat({ prompt: "prompt", stream: true })) {',
    );
    const logs = text.slice(text.indexOf("### `client.ticks.tailLogs()`"));
    expect(logs).toContain("tailLogs(options?: RequestOptions): ApiCall<EventStream<string>>");
    expect(logs).toContain("- Streams: yes (server-sent events); each event's `data` is `string`, as text");
    expect(text).toContain("- Streams: no");
  });
});
