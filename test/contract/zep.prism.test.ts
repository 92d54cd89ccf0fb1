/**
 * Contract: the generated Zep client against Prism's mock of `spec/zep.yaml`.
 * Prism validates every request against the spec (query types, enum values,
 * minimums, the apiKey header) and, run with `--errors`, every mocked response
 * too. Each variant of `listSessions` must draw no violation and parse into a
 * `SessionListResponse`; deliberately invalid requests must draw one, so the
 * check is shown to bite. One Prism for the file, started in `beforeAll`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  BadRequestError,
  ZepClient,
  type ListSessionsParams,
  type SessionListResponse,
} from "../../generated/zep/index.js";
import { prismViolations, startPrism, type PrismServer, type PrismViolation } from "../support/prism.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SPEC_PATH = "spec/zep.yaml";
const API_KEY = "z_contract_test_key";

/** Every `order_by` value the client's type allows; checked against the spec's enum below. */
const ORDER_BY_VALUES = ["created_at", "updated_at", "user_id", "session_id"] as const satisfies ReadonlyArray<
  NonNullable<ListSessionsParams["order_by"]>
>;

/** One request the client sent and what Prism said about it. */
interface Exchange {
  readonly url: URL;
  readonly authorization: string | null;
  readonly status: number;
  readonly violations: readonly PrismViolation[];
}

/** A fetch that records each exchange, for the client's `fetch` option. */
function recordingFetch(exchanges: Exchange[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    exchanges.push({
      url: new URL(request.url),
      authorization: request.headers.get("authorization"),
      status: response.status,
      violations: prismViolations(response.headers),
    });
    return response;
  };
}

/** Asserts the shape of a page as the spec promises it, beyond what the types say. */
function expectSessionPage(page: SessionListResponse): void {
  expect(Array.isArray(page.sessions)).toBe(true);
  expect(page.sessions.length).toBeGreaterThan(0);
  expect(page.total_count).toEqual(expect.any(Number));
  expect(page.response_count).toBe(page.sessions.length);
  for (const session of page.sessions) {
    expect(session.session_id).toEqual(expect.any(String));
    expect(session.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(session.created_at))).toBe(false);
  }
}

describe("listSessions against Prism (spec/zep.yaml)", () => {
  let prism: PrismServer;
  const exchanges: Exchange[] = [];
  const client = (): ZepClient =>
    new ZepClient({
      apiKey: API_KEY,
      baseUrl: prism.baseUrl,
      timeoutMs: 10_000,
      maxRetries: 0,
      fetch: recordingFetch(exchanges),
    });

  beforeAll(async () => {
    prism = await startPrism({ specPath: SPEC_PATH, cwd: REPO_ROOT, errors: true, startupTimeoutMs: 45_000 });
  }, 60_000);

  afterAll(async () => {
    await prism?.stop();
  }, 10_000);

  test("the order_by values tested are exactly the spec's enum", () => {
    const spec = parse(readFileSync(`${REPO_ROOT}/${SPEC_PATH}`, "utf8")) as {
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { enum?: unknown[] } }> } }>;
    };
    const orderBy = spec.paths["/sessions-ordered"]?.get.parameters.find((p) => p.name === "order_by");
    expect(orderBy?.schema.enum).toEqual([...ORDER_BY_VALUES]);
  });

  const valid: Array<[string, { params: ListSessionsParams; query: string }]> = [
    ["no parameters", { params: {}, query: "" }],
    [
      "all four parameters",
      {
        params: { page_number: 1, page_size: 10, order_by: "created_at", asc: true },
        query: "?page_number=1&page_size=10&order_by=created_at&asc=true",
      },
    ],
    [
      "page_number 0 and page_size 0 (the curl example)",
      { params: { page_number: 0, page_size: 0 }, query: "?page_number=0&page_size=0" },
    ],
    ["asc false", { params: { asc: false }, query: "?asc=false" }],
    ...ORDER_BY_VALUES.map((value): [string, { params: ListSessionsParams; query: string }] => [
      `order_by ${value}`,
      { params: { order_by: value, asc: true }, query: `?order_by=${value}&asc=true` },
    ]),
  ];

  test.each(valid)("%s: no violation, typed page parsed", async (_, { params, query }) => {
    exchanges.length = 0;
    const { data, response } = await client().memory.listSessions(params).withResponse();

    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges;
    expect(exchange?.url.pathname).toBe("/sessions-ordered");
    expect(exchange?.url.search).toBe(query);
    expect(exchange?.authorization).toBe(`Api-Key ${API_KEY}`);
    expect(prismViolations(response.headers)).toEqual([]);
    expect(response.status).toBe(200);
    expectSessionPage(data);
  });

  test("for await walks every session; no page draws a violation", async () => {
    exchanges.length = 0;
    const sessionIds: string[] = [];
    for await (const session of client().memory.listSessions({ page_size: 10, order_by: "updated_at", asc: false })) {
      sessionIds.push(session.session_id);
    }

    const walked = [...exchanges];
    const first = await client().memory.listSessions({ page_size: 10 });
    expect(sessionIds.length).toBe(first.total_count);
    expect(new Set(sessionIds).size).toBe(sessionIds.length);
    expect(walked.length).toBeGreaterThanOrEqual(1);
    expect(walked.map((e) => e.url.searchParams.get("page_number"))).toEqual(walked.map((_, i) => String(i + 1)));
    for (const exchange of exchanges) {
      expect(exchange.violations).toEqual([]);
      expect(exchange.status).toBe(200);
    }
  });

  describe("the check bites: invalid requests draw violations", () => {
    test("an order_by outside the enum, through the client, is a 400 naming order_by", async () => {
      const call = client().memory.listSessions({ order_by: "bogus" as never });
      const error: unknown = await call.then(
        () => undefined,
        (e: unknown) => e,
      );

      expect(error).toBeInstanceOf(BadRequestError);
      const badRequest = error as BadRequestError;
      expect(badRequest.status).toBe(400);
      expect(badRequest.body.message).toEqual(expect.any(String));
      expect(prismViolations(badRequest.headers)).toEqual([
        expect.objectContaining({ location: ["request", "query", "order_by"], code: "enum", severity: "Error" }),
      ]);
    });

    test("a negative page_number and a non-boolean asc, by raw fetch, are both reported", async () => {
      const response = await fetch(`${prism.baseUrl}/sessions-ordered?page_number=-1&asc=maybe`, {
        headers: { authorization: `Api-Key ${API_KEY}` },
      });
      await response.body?.cancel();

      expect(response.status).toBe(400);
      const violations = prismViolations(response.headers);
      expect(violations.map((v) => `${v.location.join(".")}:${v.code}`).sort()).toEqual([
        "request.query.asc:type",
        "request.query.page_number:minimum",
      ]);
    });

    test("a request without the Authorization header is refused with 401", async () => {
      const response = await fetch(`${prism.baseUrl}/sessions-ordered`);
      const body = (await response.json()) as { type?: string };

      expect(response.status).toBe(401);
      expect(body.type).toMatch(/UNAUTHORIZED$/);
    });
  });
});
