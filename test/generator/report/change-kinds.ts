/**
 * Each kind of change the report knows, as text edits to
 * test/fixtures/change-report/base.yaml: the report lines it must give, the
 * semver bump, and a call written against the old client that must still
 * compile against the new one exactly when every line is `compatible`.
 */

/** `[find, replace]`: each `find` must occur in the spec exactly once. */
export type Edit = readonly [string, string];

export interface ChangeKind {
  /** Edits to base.yaml giving the "before" spec (none: base.yaml as it is). */
  readonly before?: readonly Edit[];
  /** Edits to base.yaml giving the "after" spec. */
  readonly after: readonly Edit[];
  /** Every report line, as `severity method: message`. */
  readonly want: readonly string[];
  readonly bump: "major" | "minor" | "patch";
  /** Statements using `client` (a `NotesClient`) and `api` (the client's exports), written against the old client. */
  readonly calls: string;
}

const PAGE_PARAM = `        - name: page
          in: query
          schema:
            type: integer
`;
const PAGINATION = `      x-pagination:
        style: page-number
        page: page
        items: threads
        first: 1
`;
const STATUS_ENUM = "enum: [open, closed]";
const ORDER_ENUM = "enum: [asc, desc]";
const OPENAPI_32: Edit = ["openapi: 3.1.0", "openapi: 3.2.0"];
const GET_RESPONSES = `      responses:
        "200":
          description: The thread.`;

/** The JSON body of `GET /threads/{id}`, and the same success as JSON Lines items of `ref` (OpenAPI 3.2). */
const GET_JSON = `${GET_RESPONSES}
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Thread"`;
const GET_JSONL = (ref: string): string => `${GET_RESPONSES}
          content:
            application/jsonl:
              itemSchema:
                $ref: "${ref}"`;

export const CHANGE_KINDS: Readonly<Record<string, ChangeKind>> = {
  "method added": {
    after: [
      [
        "  /threads/{id}:\n    get:",
        '  /threads/{id}:\n    delete:\n      operationId: remove\n      tags: [thread]\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        "204":\n          description: Gone.\n    get:',
      ],
    ],
    want: ["compatible thread.remove: method added (DELETE /threads/{id})"],
    bump: "minor",
    calls: `const t = await client.thread.get("t1"); void t.id;`,
  },
  "method removed": {
    after: [["  /threads/{id}:\n    get:", "  /threads/{id}:\n    x-removed:"]],
    want: ["breaking thread.get: method removed (GET /threads/{id})"],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); void t.id;`,
  },
  "method renamed": {
    after: [["operationId: get", "operationId: fetch"]],
    want: ["breaking thread.fetch: renamed from `thread.get`"],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); void t.id;`,
  },
  "required parameter added": {
    after: [
      [
        PAGE_PARAM,
        `${PAGE_PARAM}        - name: owner\n          in: query\n          required: true\n          schema:\n            type: string\n`,
      ],
    ],
    want: ["breaking thread.list: required query parameter `owner` added"],
    bump: "major",
    calls: `const page = await client.thread.list({ page: 2 }); void page.threads;`,
  },
  "optional parameter added": {
    after: [
      [
        PAGE_PARAM,
        `${PAGE_PARAM}        - name: owner\n          in: query\n          schema:\n            type: string\n`,
      ],
    ],
    want: ["compatible thread.list: optional query parameter `owner` added"],
    bump: "minor",
    calls: `const page = await client.thread.list({ page: 2 }); void page.threads;`,
  },
  "parameter removed": {
    after: [
      [
        "        - name: order\n          in: query\n          schema:\n            type: string\n            enum: [asc, desc]\n",
        "",
      ],
    ],
    want: ["breaking thread.list: query parameter `order` removed"],
    bump: "major",
    calls: `await client.thread.list({ order: "asc" });`,
  },
  "parameter made required": {
    after: [[PAGE_PARAM, PAGE_PARAM.replace("in: query\n", "in: query\n          required: true\n")]],
    want: ["breaking thread.list: query parameter `page` is now required"],
    bump: "major",
    calls: `await client.thread.list({ order: "asc" });`,
  },
  "parameter made optional": {
    before: [[PAGE_PARAM, PAGE_PARAM.replace("in: query\n", "in: query\n          required: true\n")]],
    after: [],
    want: ["compatible thread.list: query parameter `page` is now optional"],
    bump: "minor",
    calls: `await client.thread.list({ page: 1 });`,
  },
  "parameter widened": {
    after: [[PAGE_PARAM, PAGE_PARAM.replace("type: integer", "type: [integer, string]")]],
    want: ["compatible thread.list: query parameter `page` accepts string"],
    bump: "minor",
    calls: `await client.thread.list({ page: 1 });`,
  },
  "body property narrowed": {
    after: [
      [
        "                name:\n                  type: string\n",
        "                name:\n                  type: string\n                  enum: [inbox, archive]\n",
      ],
    ],
    want: ['breaking thread.create: body property `name` narrowed from string to "inbox" | "archive"'],
    bump: "major",
    calls: `await client.thread.create({ name: "Support" });`,
  },
  "required body property added": {
    after: [
      ["required: [name]", "required: [name, owner]"],
      ["                tags:\n", "                owner:\n                  type: string\n                tags:\n"],
    ],
    want: ["breaking thread.create: required body property `owner` added"],
    bump: "major",
    calls: `await client.thread.create({ name: "Support" });`,
  },
  "input enum value added": {
    after: [[ORDER_ENUM, "enum: [asc, desc, random]"]],
    want: ['compatible thread.list: query parameter `order` accepts "random" (enum value added)'],
    bump: "minor",
    calls: `await client.thread.list({ order: "desc" });`,
  },
  "input enum value removed": {
    after: [[ORDER_ENUM, "enum: [asc]"]],
    want: ['breaking thread.list: query parameter `order` no longer accepts "desc" (enum value removed)'],
    bump: "major",
    calls: `await client.thread.list({ order: "desc" });`,
  },
  "response property removed": {
    after: [["        title:\n          type: string\n", ""]],
    want: [
      "breaking thread.create: response property `title` removed",
      "breaking thread.get: response property `title` removed",
      "breaking thread.list: response property `threads[].title` removed",
    ],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); const title: string | undefined = t.title; void title;`,
  },
  "response property added": {
    after: [["        title:\n", "        created:\n          type: string\n        title:\n"]],
    want: [
      "compatible thread.create: response property `created` added",
      "compatible thread.get: response property `created` added",
      "compatible thread.list: response property `threads[].created` added",
    ],
    bump: "minor",
    calls: `const t = await client.thread.get("t1"); const title: string | undefined = t.title; void title;`,
  },
  "response property retyped": {
    after: [["        title:\n          type: string\n", "        title:\n          type: integer\n"]],
    want: [
      "breaking thread.create: response property `title` retyped from string to integer",
      "breaking thread.get: response property `title` retyped from string to integer",
      "breaking thread.list: response property `threads[].title` retyped from string to integer",
    ],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); const title: string | undefined = t.title; void title;`,
  },
  "response property may be absent": {
    after: [["required: [id, status]", "required: [id]"]],
    want: [
      "breaking thread.create: response property `status` may now be absent",
      "breaking thread.get: response property `status` may now be absent",
      "breaking thread.list: response property `threads[].status` may now be absent",
    ],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); const status: "open" | "closed" = t.status; void status;`,
  },
  "output enum value added": {
    after: [[STATUS_ENUM, "enum: [open, closed, archived]"]],
    want: [
      'breaking thread.create: response property `status` may now be "archived" (enum value added)',
      'breaking thread.get: response property `status` may now be "archived" (enum value added)',
      'breaking thread.list: response property `threads[].status` may now be "archived" (enum value added)',
    ],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); const status: "open" | "closed" = t.status; void status;`,
  },
  "output enum value removed": {
    after: [[STATUS_ENUM, "enum: [open]"]],
    want: [
      'breaking thread.create: response property `status` is no longer "closed" (enum value removed)',
      'breaking thread.get: response property `status` is no longer "closed" (enum value removed)',
      'breaking thread.list: response property `threads[].status` is no longer "closed" (enum value removed)',
    ],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); if (t.status === "closed") console.log("closed");`,
  },
  "error documented": {
    after: [
      [
        GET_RESPONSES,
        `      responses:\n        "404":\n          description: No such thread.\n        "200":\n          description: The thread.`,
      ],
    ],
    want: ["compatible thread.get: documents error 404 (NotFoundError)"],
    bump: "minor",
    calls: `try { await client.thread.get("t1"); } catch (error) { if (error instanceof api.NotFoundError) console.log(error.status); }`,
  },
  "error class removed": {
    after: [
      [
        '        "404":\n          description: No such project.\n',
        '        "409":\n          description: No such project.\n',
      ],
    ],
    want: [
      "compatible thread.create: documents error 409 (ConflictError)",
      "compatible thread.create: no longer documents error 404",
      "breaking (client): error class NotFoundError (404) removed",
      "compatible (client): error class ConflictError (409) added",
    ],
    bump: "major",
    calls: `try { await client.thread.create({ name: "a" }); } catch (error) { if (error instanceof api.NotFoundError) console.log(error.status); }`,
  },
  "pagination added": {
    before: [[PAGINATION, ""]],
    after: [],
    want: ["compatible thread.list: now paginates (page-number)"],
    bump: "minor",
    calls: `const page = await client.thread.list({ page: 2 }); for (const t of page.threads) void t.id;`,
  },
  "pagination removed": {
    after: [[PAGINATION, ""]],
    want: ["breaking thread.list: no longer paginates (was page-number)"],
    bump: "major",
    calls: `for await (const t of client.thread.list()) void t.id;`,
  },
  "response turned into a stream of items": {
    after: [
      ["openapi: 3.1.0", "openapi: 3.2.0"],
      [GET_JSON, GET_JSONL("#/components/schemas/Thread")],
    ],
    want: ["breaking thread.get: response retyped from Thread to ItemStream<Thread>"],
    bump: "major",
    calls: `const t = await client.thread.get("t1"); void t.id;`,
  },
  "streamed item retyped": {
    before: [
      ["openapi: 3.1.0", "openapi: 3.2.0"],
      [GET_JSON, GET_JSONL("#/components/schemas/Problem")],
    ],
    after: [
      ["openapi: 3.1.0", "openapi: 3.2.0"],
      [GET_JSON, GET_JSONL("#/components/schemas/Problem")],
      ["        message:\n          type: string", "        message:\n          type: integer"],
    ],
    want: ["breaking thread.get: streamed item `message` retyped from string to integer"],
    bump: "major",
    calls: `for await (const p of await client.thread.get("t1")) { const m: string | undefined = p.message; void m; }`,
  },
  // OpenAPI 3.2: the same call, another method; what changes for callers is that a failure is retried.
  "POST becomes QUERY": {
    before: [OPENAPI_32],
    after: [OPENAPI_32, ["    post:\n      operationId: create", "    query:\n      operationId: create"]],
    want: [
      "compatible thread.create: now calls QUERY /threads (was POST /threads); failed calls are now retried, the method being idempotent",
    ],
    bump: "minor",
    calls: `const t = await client.thread.create({ name: "n" }); void t.id;`,
  },
  "querystring parameter added": {
    before: [OPENAPI_32],
    after: [
      OPENAPI_32,
      [
        `            type: string\n${GET_RESPONSES}`,
        `            type: string\n        - name: view\n          in: querystring\n          content:\n            application/x-www-form-urlencoded:\n              schema:\n                type: object\n                properties:\n                  fields:\n                    type: string\n${GET_RESPONSES}`,
      ],
    ],
    want: ["compatible thread.get: optional querystring parameter `view` added"],
    bump: "minor",
    calls: `const t = await client.thread.get("t1"); void t.id;`,
  },
  "documentation only": {
    after: [["description: The thread.", "description: The thread, with its status."]],
    want: [],
    bump: "patch",
    calls: `const t = await client.thread.get("t1"); void t.id;`,
  },
};
