/**
 * Documents that carry an attacker's text in every string position, built from
 * one template (OpenAPI 3.0.3; variants.ts makes the 3.1.0 and Swagger 2.0
 * forms). The payloads are grouped so that a handful of documents covers them
 * all: each position of a group's document carries every payload of the group
 * (a refusal caused by one group does not hide what the others do).
 */

export interface PayloadGroup {
  readonly name: string;
  readonly payloads: readonly string[];
}

export const PAYLOAD_GROUPS: readonly PayloadGroup[] = [
  {
    name: "code",
    payloads: [
      "*/ globalThis.pwned = 1; /*",
      '"; globalThis.pwned = 1; "',
      "'; globalThis.pwned = 1; '",
      "`${globalThis.pwned = 1}`",
      "${",
      "\\",
      "\\u0041\\n\\\\",
      "a\u0000b",
    ],
  },
  {
    name: "markup-and-line-breaks",
    payloads: [
      "</script><script>alert(1)</script>",
      "-->",
      "*/",
      "<!--",
      "a\u2028b",
      "c\u2029d",
      "e\nf",
      "g\r\nh */ globalThis.pwned = 1; /*",
      "\n// x\n",
    ],
  },
  { name: "long", payloads: [`long ${"x".repeat(5_000)} */ globalThis.pwned = 1; /* ${"y".repeat(5_000)}`] },
];

const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/** An object with these keys as own data properties, whatever they are (`__proto__` included). */
const record = (entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) define(out, k, v);
  return out;
};

/** A JSON pointer token of a name, for `#/components/schemas/<token>`. */
const token = (name: string): string => name.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The document of one group: `p` (every payload of the group joined) in the
 * info, tags, servers, operations, parameters, responses, schemas, enums,
 * defaults, examples, security schemes and `x-` extensions.
 */
export function payloadDocument(group: PayloadGroup): unknown {
  const p = group.payloads.join(" ");
  const tag = `tag ${p}`;
  const model = `Model ${p}`;
  const scheme = `key ${p}`;
  const ref = { $ref: `#/components/schemas/${token(model)}` };
  const stringSchema = { type: "string", description: p, enum: [p, `${p} 2`], default: p, example: p };
  return {
    openapi: "3.0.3",
    info: { title: `Title ${p}`, description: p, version: p, "x-payload": p },
    servers: [{ url: `http://localhost/base/${p}`, description: p }],
    tags: [{ name: tag, description: p, "x-payload": p }],
    security: [record([[scheme, []]])],
    "x-payload": p,
    paths: record([
      [
        "/items/{id}",
        {
          "x-payload": p,
          get: {
            tags: [tag],
            operationId: `get ${p}`,
            summary: p,
            description: p,
            "x-payload": p,
            parameters: [
              { name: "id", in: "path", required: true, description: p, schema: { type: "string" } },
              { name: `q ${p}`, in: "query", description: p, schema: stringSchema },
              { name: "mode", in: "query", description: p, schema: stringSchema },
              { name: `X-Header ${p}`, in: "header", description: p, schema: { type: "string" } },
              { name: `cookie ${p}`, in: "cookie", description: p, schema: { type: "string" } },
            ],
            responses: {
              "200": {
                description: p,
                "x-payload": p,
                content: { "application/json": { schema: ref, example: record([[`prop ${p}`, p]]) } },
              },
              default: { description: p },
            },
          },
          post: {
            tags: [tag],
            operationId: `post ${p}`,
            summary: p,
            description: p,
            parameters: [{ name: "id", in: "path", required: true, description: p, schema: { type: "string" } }],
            requestBody: { required: true, description: p, content: { "application/json": { schema: ref } } },
            responses: { "204": { description: p } },
          },
        },
      ],
      [`/raw/${p}`, { get: { tags: [tag], operationId: `raw ${p}`, responses: { "204": { description: p } } } }],
    ]),
    components: {
      schemas: record([
        [
          model,
          {
            type: "object",
            title: p,
            description: p,
            "x-payload": p,
            required: [`prop ${p}`],
            properties: record([
              [`prop ${p}`, stringSchema],
              ["plain", { type: "string", default: p, example: p, pattern: "^a$", format: p }],
              ["count", { type: "integer", description: p, example: 1 }],
              ["nested", { type: "array", description: p, items: { $ref: `#/components/schemas/${token(`Enum ${p}`)}` } }],
            ]),
          },
        ],
        [`Enum ${p}`, { type: "string", description: p, enum: [p, `${p} 2`, "plain"], "x-payload": p }],
      ]),
      securitySchemes: record([[scheme, { type: "apiKey", in: "header", name: "X-Key", description: p, "x-payload": p }]]),
    },
  };
}
