/**
 * Every pagination style of the whole-API Zep client walked on the wire over
 * exactly three pages, each request the client sent asserted, and none past
 * the end (anything unscripted is answered 418 and would fail the walk):
 *
 * - page numbers, snake_case (`thread.listAll`: `page_number`), stopping once
 *   `total_count` is reached;
 * - page numbers, camelCase (`user.listOrdered`: `pageNumber`);
 * - page numbers the caller must give (`userGroup.list`), starting from the
 *   caller's page;
 * - an integer cursor in the query, the next one in the body's `next_cursor`
 *   (`batch.list`), absent on the last page;
 * - an opaque cursor in a POST's JSON body, the next one in the
 *   `Zep-Next-Cursor` response header, pages being bare arrays
 *   (`graph.edge.getByGraphId`, `graph.episode.listByUserId`,
 *   `graph.node.getNeighbors`), no header on the last page;
 * - without a total, a page-number walk stops on the first empty page; a
 *   cursor walk stops on an empty page or a repeated cursor.
 *
 * Also: `.pages()` yields the three whole pages, awaiting a paged call sends
 * one request, and `thread.get` (messages, with `limit` and `cursor` whose
 * meaning is undocumented) is a plain call, not a paged one.
 */
import { describe, expect, test } from "vitest";
import {
  ZepClient,
  type BatchListResponse,
  type BatchSummary,
  type EntityEdge,
  type Episode,
  type GraphNodeNeighbor,
  type MessageListResponse,
  type Thread,
  type ThreadListResponse,
  type User,
  type UserGroup,
  type UserGroupListResponse,
  type UserListResponse,
} from "../../generated/zep/index.js";
import { useServer, type RecordedRequest } from "../support/http-server.js";
import { API_KEY, baseUrlOf, withoutZepApiKeyInEnv } from "./zep-fixtures.js";
import { collect } from "../support/collect.js";

// Anything past the scripted pages fails loudly: 418 is no page of anything.
const server = useServer({ status: 418, body: { message: "no page was scripted for this request" } });
withoutZepApiKeyInEnv();

function client(): ZepClient {
  return new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), maxRetries: 0 });
}

/** Method, target and body text of one request, for comparing a whole walk at once. */
function wire(request: RecordedRequest): [method: string, url: string, body: string] {
  return [request.method, request.url, request.body.toString("utf8")];
}

/** Every request carried the key: pagination does not drop headers on later pages. */
function expectAuthorizedEverywhere(): void {
  expect(server.requests.map((r) => r.headers["authorization"])).toEqual(
    server.requests.map(() => `Api-Key ${API_KEY}`),
  );
}

function uuid(kind: number, n: number): string {
  return `${kind}0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

const CREATED_AT = "2026-11-04T09:15:27.120Z";

function thread(n: number): Thread {
  return { uuid: uuid(1, n), thread_id: `thread-${n}`, user_id: `user-${n}`, created_at: CREATED_AT };
}

function user(n: number): User {
  return { uuid: uuid(2, n), user_id: `user-${n}`, email: `user${n}@example.com`, created_at: CREATED_AT };
}

function userGroup(n: number): UserGroup {
  return { uuid: uuid(3, n), name: `group-${n}`, kind: "managed", member_count: n };
}

function batch(n: number): BatchSummary {
  return { batch_id: `batch-${n}`, status: "succeeded", item_count: 10 * n, created_at: CREATED_AT };
}

function edge(n: number): EntityEdge {
  return {
    uuid: uuid(4, n),
    name: "WORKS_AT",
    fact: `Person ${n} works at Acme`,
    created_at: CREATED_AT,
    source_node_uuid: uuid(5, n),
    target_node_uuid: uuid(5, 0),
  };
}

function episode(n: number): Episode {
  return { uuid: uuid(6, n), content: `episode ${n}`, created_at: CREATED_AT };
}

function neighbor(n: number): GraphNodeNeighbor {
  return {
    node: { uuid: uuid(5, n), name: `Person ${n}`, summary: `Person ${n} works at Acme`, created_at: CREATED_AT },
    edges: [edge(n)],
  };
}

/** `count` fixtures numbered from 1. */
function numbered<T>(count: number, make: (n: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i + 1));
}

describe("page numbers, snake_case (thread.listAll)", () => {
  const threads = numbered(6, thread);
  const threadPage = (from: number): ThreadListResponse => ({
    threads: threads.slice(from, from + 2),
    total_count: 6,
    response_count: 2,
  });

  test("asks for page_number 1, 2, 3 and stops once total_count is reached", async () => {
    server.reply({ body: threadPage(0) }, { body: threadPage(2) }, { body: threadPage(4) });
    const seen = await collect(client().thread.listAll({ page_size: 2 }));
    expect(seen).toEqual(threads);
    expect(server.requests.map(wire)).toEqual([
      ["GET", "/api/v2/threads?page_number=1&page_size=2", ""],
      ["GET", "/api/v2/threads?page_number=2&page_size=2", ""],
      ["GET", "/api/v2/threads?page_number=3&page_size=2", ""],
    ]);
    expectAuthorizedEverywhere();
  });

  test("keeps the other query parameters on every page", async () => {
    server.reply({ body: threadPage(0) }, { body: threadPage(2) }, { body: threadPage(4) });
    await collect(client().thread.listAll({ page_size: 2, order_by: "updated_at", asc: false }));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/threads?page_number=1&page_size=2&order_by=updated_at&asc=false",
      "/api/v2/threads?page_number=2&page_size=2&order_by=updated_at&asc=false",
      "/api/v2/threads?page_number=3&page_size=2&order_by=updated_at&asc=false",
    ]);
  });

  test(".pages() yields the three whole pages", async () => {
    server.reply({ body: threadPage(0) }, { body: threadPage(2) }, { body: threadPage(4) });
    const pages: ThreadListResponse[] = await collect(client().thread.listAll({ page_size: 2 }).pages());
    expect(pages).toEqual([threadPage(0), threadPage(2), threadPage(4)]);
    expect(server.requests).toHaveLength(3);
  });

  test("awaiting the paged call sends exactly one request, without adding a page number", async () => {
    server.reply({ body: threadPage(0) });
    const first = await client().thread.listAll({ page_size: 2 });
    expect(first).toEqual(threadPage(0));
    expect(server.requests.map(wire)).toEqual([["GET", "/api/v2/threads?page_size=2", ""]]);
  });
});

describe("page numbers, camelCase (user.listOrdered)", () => {
  const users = numbered(5, user);

  test("asks for pageNumber 1, 2, 3; a short last page that reaches total_count ends the walk", async () => {
    const usersPage = (from: number): UserListResponse => {
      const slice = users.slice(from, from + 2);
      return { users: slice, total_count: 5, row_count: slice.length };
    };
    server.reply({ body: usersPage(0) }, { body: usersPage(2) }, { body: usersPage(4) });
    const seen = await collect(client().user.listOrdered({ pageSize: 2 }));
    expect(seen).toEqual(users);
    expect(server.requests.map(wire)).toEqual([
      ["GET", "/api/v2/users-ordered?pageNumber=1&pageSize=2", ""],
      ["GET", "/api/v2/users-ordered?pageNumber=2&pageSize=2", ""],
      ["GET", "/api/v2/users-ordered?pageNumber=3&pageSize=2", ""],
    ]);
  });

  test("without total_count it stops on the first empty page (the third)", async () => {
    const noTotal = (slice: User[]): UserListResponse => ({ users: slice, row_count: slice.length });
    server.reply({ body: noTotal(users.slice(0, 2)) }, { body: noTotal(users.slice(2, 4)) }, { body: noTotal([]) });
    const seen = await collect(client().user.listOrdered({ pageSize: 2 }));
    expect(seen).toEqual(users.slice(0, 4));
    expect(server.requests.map(wire)).toEqual([
      ["GET", "/api/v2/users-ordered?pageNumber=1&pageSize=2", ""],
      ["GET", "/api/v2/users-ordered?pageNumber=2&pageSize=2", ""],
      ["GET", "/api/v2/users-ordered?pageNumber=3&pageSize=2", ""],
    ]);
  });
});

describe("page numbers the caller must give (userGroup.list)", () => {
  const PROJECT_ID = "9a0c4e5d-71b2-4f3a-8c6d-5e4f3a2b1c0d";
  const groups = numbered(6, userGroup);
  const groupsPage = (from: number): UserGroupListResponse => ({
    user_groups: groups.slice(from, from + 2),
    total_count: 6,
    row_count: 2,
    quota: { allocation: 10, active_managed: 6, has_feature: true },
  });

  test("walks pageNumber 1, 2, 3 with projectId on each and stops at total_count", async () => {
    server.reply({ body: groupsPage(0) }, { body: groupsPage(2) }, { body: groupsPage(4) });
    const seen = await collect(client().userGroup.list({ projectId: PROJECT_ID, pageNumber: 1, pageSize: 2 }));
    expect(seen).toEqual(groups);
    expect(server.requests.map(wire)).toEqual([
      ["GET", `/api/v2/user-groups?projectId=${PROJECT_ID}&pageNumber=1&pageSize=2`, ""],
      ["GET", `/api/v2/user-groups?projectId=${PROJECT_ID}&pageNumber=2&pageSize=2`, ""],
      ["GET", `/api/v2/user-groups?projectId=${PROJECT_ID}&pageNumber=3&pageSize=2`, ""],
    ]);
  });

  test("starts from the caller's page: pageNumber 2 asks for 2 then 3, counting page 1 towards the total", async () => {
    server.reply({ body: groupsPage(2) }, { body: groupsPage(4) });
    const seen = await collect(client().userGroup.list({ projectId: PROJECT_ID, pageNumber: 2, pageSize: 2 }));
    expect(seen).toEqual(groups.slice(2));
    expect(server.requests.map(wire)).toEqual([
      ["GET", `/api/v2/user-groups?projectId=${PROJECT_ID}&pageNumber=2&pageSize=2`, ""],
      ["GET", `/api/v2/user-groups?projectId=${PROJECT_ID}&pageNumber=3&pageSize=2`, ""],
    ]);
  });
});

describe("integer cursor in the query, next_cursor in the body (batch.list)", () => {
  const batches = numbered(6, batch);
  const pages: BatchListResponse[] = [
    { batches: batches.slice(0, 2), next_cursor: 1002 },
    { batches: batches.slice(2, 4), next_cursor: 1004 },
    { batches: batches.slice(4) },
  ];

  test("sends no cursor first, then each next_cursor; stops on the page without one", async () => {
    server.reply(...pages.map((body) => ({ body })));
    const seen = await collect(client().batch.list({ limit: 2 }));
    expect(seen).toEqual(batches);
    expect(server.requests.map(wire)).toEqual([
      ["GET", "/api/v2/batches?limit=2", ""],
      ["GET", "/api/v2/batches?limit=2&cursor=1002", ""],
      ["GET", "/api/v2/batches?limit=2&cursor=1004", ""],
    ]);
    expectAuthorizedEverywhere();
  });

  test("keeps the status filter on every page", async () => {
    server.reply(...pages.map((body) => ({ body })));
    await collect(client().batch.list({ limit: 2, status: "succeeded" }));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/batches?limit=2&status=succeeded",
      "/api/v2/batches?limit=2&cursor=1002&status=succeeded",
      "/api/v2/batches?limit=2&cursor=1004&status=succeeded",
    ]);
  });

  test(".pages() yields the three whole pages", async () => {
    server.reply(...pages.map((body) => ({ body })));
    expect(await collect(client().batch.list({ limit: 2 }).pages())).toEqual(pages);
    expect(server.requests).toHaveLength(3);
  });

  test("awaiting the paged call sends exactly one request, even though the page names a next cursor", async () => {
    server.reply({ body: pages[0] });
    expect(await client().batch.list({ limit: 2 })).toEqual(pages[0]);
    expect(server.requests.map(wire)).toEqual([["GET", "/api/v2/batches?limit=2", ""]]);
  });

  test("an empty page ends the walk even when it names a next cursor", async () => {
    server.reply({ body: pages[0] }, { body: pages[1] }, { body: { batches: [], next_cursor: 1006 } });
    expect(await collect(client().batch.list({ limit: 2 }))).toEqual(batches.slice(0, 4));
    expect(server.requests).toHaveLength(3);
  });

  test("a page naming the cursor it was asked with ends the walk", async () => {
    server.reply({ body: pages[0] }, { body: pages[1] }, { body: { batches: batches.slice(4), next_cursor: 1004 } });
    expect(await collect(client().batch.list({ limit: 2 }))).toEqual(batches);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/batches?limit=2",
      "/api/v2/batches?limit=2&cursor=1002",
      "/api/v2/batches?limit=2&cursor=1004",
    ]);
  });
});

describe("cursor in a POST body, next cursor in the Zep-Next-Cursor header, bare-array pages", () => {
  const edges = numbered(6, edge);
  const CURSOR_2 = "eyJ1dWlkIjoiNDAwMDAwMDAtMDAwMi0ifQ==";
  const CURSOR_4 = "eyJ1dWlkIjoiNDAwMDAwMDAtMDAwNC0ifQ==";

  function edgePages(): Parameters<typeof server.reply> {
    return [
      { headers: { "Zep-Next-Cursor": CURSOR_2 }, body: edges.slice(0, 2) },
      { headers: { "Zep-Next-Cursor": CURSOR_4 }, body: edges.slice(2, 4) },
      { body: edges.slice(4) },
    ];
  }

  test("graph.edge.getByGraphId: limit then limit+cursor in the JSON body; stops without the header", async () => {
    server.reply(...edgePages());
    const seen = await collect(client().graph.edge.getByGraphId("g1", { limit: 2 }));
    expect(seen).toEqual(edges);
    expect(server.requests.map(wire)).toEqual([
      ["POST", "/api/v2/graph/edge/graph/g1", '{"limit":2}'],
      ["POST", "/api/v2/graph/edge/graph/g1", `{"limit":2,"cursor":"${CURSOR_2}"}`],
      ["POST", "/api/v2/graph/edge/graph/g1", `{"limit":2,"cursor":"${CURSOR_4}"}`],
    ]);
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual([
      "application/json",
      "application/json",
      "application/json",
    ]);
    expectAuthorizedEverywhere();
  });

  test("graph.edge.getByGraphId .pages() yields the three bare arrays", async () => {
    server.reply(...edgePages());
    const pages: EntityEdge[][] = await collect(client().graph.edge.getByGraphId("g1", { limit: 2 }).pages());
    expect(pages).toEqual([edges.slice(0, 2), edges.slice(2, 4), edges.slice(4)]);
    expect(server.requests).toHaveLength(3);
  });

  test("graph.edge.getByGraphId awaited sends exactly one request and gives the first array", async () => {
    server.reply(...edgePages());
    const { data, response } = await client().graph.edge.getByGraphId("g1", { limit: 2 }).withResponse();
    expect(data).toEqual(edges.slice(0, 2));
    expect(response.headers.get("zep-next-cursor")).toBe(CURSOR_2);
    expect(server.requests.map(wire)).toEqual([["POST", "/api/v2/graph/edge/graph/g1", '{"limit":2}']]);
  });

  test("graph.episode.listByUserId: the other body properties ride along with the cursor", async () => {
    const episodes = numbered(5, episode);
    server.reply(
      { headers: { "Zep-Next-Cursor": "ep-c2" }, body: episodes.slice(0, 2) },
      { headers: { "Zep-Next-Cursor": "ep-c4" }, body: episodes.slice(2, 4) },
      { body: episodes.slice(4) },
    );
    const seen = await collect(
      client().graph.episode.listByUserId("user-7", { limit: 2, order_by: "created_at", direction: "desc" }),
    );
    expect(seen).toEqual(episodes);
    expect(server.requests.map(wire)).toEqual([
      ["POST", "/api/v2/graph/episodes/user/user-7", '{"limit":2,"order_by":"created_at","direction":"desc"}'],
      [
        "POST",
        "/api/v2/graph/episodes/user/user-7",
        '{"limit":2,"order_by":"created_at","direction":"desc","cursor":"ep-c2"}',
      ],
      [
        "POST",
        "/api/v2/graph/episodes/user/user-7",
        '{"limit":2,"order_by":"created_at","direction":"desc","cursor":"ep-c4"}',
      ],
    ]);
  });

  test("graph.node.getNeighbors walks the same way, and an empty array ends it", async () => {
    const neighbors = numbered(4, neighbor);
    const NODE = uuid(5, 0);
    server.reply(
      { headers: { "Zep-Next-Cursor": "nb-c2" }, body: neighbors.slice(0, 2) },
      { headers: { "Zep-Next-Cursor": "nb-c4" }, body: neighbors.slice(2, 4) },
      { headers: { "Zep-Next-Cursor": "nb-c6" }, body: [] },
    );
    const seen = await collect(client().graph.node.getNeighbors(NODE, { limit: 2, direction: "both" }));
    expect(seen).toEqual(neighbors);
    expect(server.requests.map(wire)).toEqual([
      ["POST", `/api/v2/graph/node/${NODE}/neighbors`, '{"limit":2,"direction":"both"}'],
      ["POST", `/api/v2/graph/node/${NODE}/neighbors`, '{"limit":2,"direction":"both","cursor":"nb-c2"}'],
      ["POST", `/api/v2/graph/node/${NODE}/neighbors`, '{"limit":2,"direction":"both","cursor":"nb-c4"}'],
    ]);
  });
});

describe("thread.get (messages) is not paginated", () => {
  test("awaiting it gives the body and sends one request, though total_count says there is more", async () => {
    const body: MessageListResponse = {
      messages: [
        { uuid: uuid(7, 1), role: "user", content: "Hi", created_at: CREATED_AT },
        { uuid: uuid(7, 2), role: "assistant", content: "Hello, how can I help?", created_at: CREATED_AT },
      ],
      total_count: 10,
      row_count: 2,
    };
    server.reply({ body });
    const call = client().thread.get("t1", { limit: 2, cursor: 1 });
    // A plain ApiCall: not async-iterable, so `for await` over it does not compile.
    // @ts-expect-error thread.get returns ApiCall<MessageListResponse>, not a PagedCall
    const iterable: AsyncIterable<unknown> = call;
    expect(Symbol.asyncIterator in iterable).toBe(false);
    expect("pages" in call).toBe(false);
    expect(await call).toEqual(body);
    expect(server.requests.map(wire)).toEqual([["GET", "/api/v2/threads/t1/messages?limit=2&cursor=1", ""]]);
  });
});
