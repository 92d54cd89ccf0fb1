/**
 * paginate: a `PagedCall` awaits to the first page, iterates every item of
 * every page, and stops on an empty page or once the reported total is
 * reached (a short page alone does not stop it). Pages come from a fake
 * fetcher that records the params of each request.
 */
import { describe, expect, test } from "vitest";
import type { WithResponse } from "../../generator/runtime/api-call.js";
import { ResponseParseError } from "../../generator/runtime/errors.js";
import type { CursorRecord, PageNumberRecord } from "../../generator/runtime/operation.js";
import { cursors, PagedCall, pageNumbers } from "../../generator/runtime/paginate.js";
import { collect } from "../support/collect.js";

interface Page {
  sessions?: string[];
  total_count?: number;
}

const pagination: PageNumberRecord = {
  style: pageNumbers,
  page: "page_number",
  size: "page_size",
  items: "sessions",
  total: "total_count",
  first: 1,
};

/** A fetcher serving `pages` (by page number from 1) and recording each request's params. */
function fakeServer(pages: Record<number, unknown>) {
  const requests: Array<Record<string, unknown>> = [];
  const fetchPage = async (params: Readonly<Record<string, unknown>>): Promise<WithResponse<Page>> => {
    requests.push({ ...params });
    // Like the real server, no page number means the first page.
    const page = (params["page_number"] as number | undefined) ?? 1;
    const data = (pages[page] ?? { sessions: [] }) as Page;
    return { data, response: new Response(null, { status: 200 }) };
  };
  return { requests, fetchPage };
}

describe("PagedCall", () => {
  test("awaiting gives the first page, with the params as given", async () => {
    const server = fakeServer({ 1: { sessions: ["a"], total_count: 1 } });
    const call = new PagedCall<Page, string>(server.fetchPage, { page_size: 1 }, pagination);
    expect(await call).toEqual({ sessions: ["a"], total_count: 1 });
    expect(server.requests).toEqual([{ page_size: 1 }]);
  });

  test("sends nothing until used", async () => {
    const server = fakeServer({});
    new PagedCall<Page, string>(server.fetchPage, {}, pagination);
    await Promise.resolve();
    expect(server.requests).toEqual([]);
  });

  const cases: Array<
    [
      string,
      {
        given: { params: Record<string, unknown>; pages: Record<number, unknown> };
        want: { items: string[]; pagesRequested: number[] };
      },
    ]
  > = [
    [
      "stops once total_count is reached, without asking for another page",
      {
        given: {
          params: { page_size: 2 },
          pages: {
            1: { sessions: ["a", "b"], total_count: 5 },
            2: { sessions: ["c", "d"], total_count: 5 },
            3: { sessions: ["e"], total_count: 5 },
          },
        },
        want: { items: ["a", "b", "c", "d", "e"], pagesRequested: [1, 2, 3] },
      },
    ],
    [
      "stops on an empty page when there is no total",
      {
        given: {
          params: { page_size: 2 },
          pages: { 1: { sessions: ["a", "b"] }, 2: { sessions: ["c"] }, 3: { sessions: [] } },
        },
        want: { items: ["a", "b", "c"], pagesRequested: [1, 2, 3] },
      },
    ],
    [
      "stops on an empty page when the total is larger than what exists",
      {
        given: {
          params: { page_size: 2 },
          pages: { 1: { sessions: ["a", "b"], total_count: 99 }, 2: { sessions: [], total_count: 99 } },
        },
        want: { items: ["a", "b"], pagesRequested: [1, 2] },
      },
    ],
    [
      "a short page does not stop it: the server may cap the page size",
      {
        given: {
          params: { page_size: 10 },
          pages: { 1: { sessions: ["a", "b"], total_count: 4 }, 2: { sessions: ["c", "d"], total_count: 4 } },
        },
        want: { items: ["a", "b", "c", "d"], pagesRequested: [1, 2] },
      },
    ],
    [
      "a total of zero stops after the first page",
      {
        given: { params: {}, pages: { 1: { sessions: [], total_count: 0 } } },
        want: { items: [], pagesRequested: [1] },
      },
    ],
    [
      "starts from the page the params name and counts the pages before it",
      {
        given: {
          params: { page_number: 2, page_size: 2 },
          pages: { 2: { sessions: ["c", "d"], total_count: 5 }, 3: { sessions: ["e"], total_count: 5 } },
        },
        want: { items: ["c", "d", "e"], pagesRequested: [2, 3] },
      },
    ],
    [
      "a total that is not a number is ignored",
      {
        given: { params: {}, pages: { 1: { sessions: ["a"], total_count: "1" }, 2: { sessions: [] } } },
        want: { items: ["a"], pagesRequested: [1, 2] },
      },
    ],
  ];
  test.each(cases)("%s", async (_, { given, want }) => {
    const server = fakeServer(given.pages);
    const items = await collect(new PagedCall<Page, string>(server.fetchPage, given.params, pagination));
    expect(items).toEqual(want.items);
    expect(server.requests.map((p) => p["page_number"])).toEqual(want.pagesRequested);
  });

  test("keeps the other params on every page request", async () => {
    const server = fakeServer({ 1: { sessions: ["a"], total_count: 2 }, 2: { sessions: ["b"], total_count: 2 } });
    await collect(
      new PagedCall<Page, string>(server.fetchPage, { page_size: 1, order_by: "created_at", asc: false }, pagination),
    );
    expect(server.requests).toEqual([
      { page_size: 1, order_by: "created_at", asc: false, page_number: 1 },
      { page_size: 1, order_by: "created_at", asc: false, page_number: 2 },
    ]);
  });

  test("pages() yields whole pages", async () => {
    const server = fakeServer({ 1: { sessions: ["a", "b"], total_count: 3 }, 2: { sessions: ["c"], total_count: 3 } });
    const pages = await collect(new PagedCall<Page, string>(server.fetchPage, { page_size: 2 }, pagination).pages());
    expect(pages).toEqual([
      { sessions: ["a", "b"], total_count: 3 },
      { sessions: ["c"], total_count: 3 },
    ]);
  });

  test("a different first page number", async () => {
    const server = fakeServer({ 0: { sessions: ["a"] }, 1: { sessions: [] } });
    const items = await collect(new PagedCall<Page, string>(server.fetchPage, {}, { ...pagination, first: 0 }));
    expect(items).toEqual(["a"]);
    expect(server.requests.map((p) => p["page_number"])).toEqual([0, 1]);
  });

  test("breaking out of the loop asks for no more pages", async () => {
    const server = fakeServer({ 1: { sessions: ["a", "b"] }, 2: { sessions: ["c"] } });
    for await (const item of new PagedCall<Page, string>(server.fetchPage, {}, pagination)) {
      expect(item).toBe("a");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  test("a page without an items array is a ResponseParseError", async () => {
    const server = fakeServer({ 1: { sessions: null, total_count: 3 } });
    const error = await collect(new PagedCall<Page, string>(server.fetchPage, {}, pagination)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).message).toBe('page 1 has no array at "sessions", so pagination cannot go on');
    expect((error as ResponseParseError).text).toBe('{"sessions":null,"total_count":3}');
  });

  test("an error on a later page reaches the loop", async () => {
    const failure = new Error("page 2 failed");
    const fetchPage = async (params: Readonly<Record<string, unknown>>): Promise<WithResponse<Page>> => {
      if (params["page_number"] === 2) throw failure;
      return { data: { sessions: ["a"] }, response: new Response(null) };
    };
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of new PagedCall<Page, string>(fetchPage, {}, pagination)) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["a"]);
    expect(error).toBe(failure);
  });
});

describe("PagedCall with page numbers over bare arrays", () => {
  test("walks until an empty page", async () => {
    const pages: Record<number, string[]> = { 1: ["a", "b"], 2: ["c"], 3: [] };
    const requests: unknown[] = [];
    const fetchPage = async (params: Readonly<Record<string, unknown>>): Promise<WithResponse<string[]>> => {
      requests.push(params["page"]);
      return { data: pages[params["page"] as number] ?? [], response: new Response(null) };
    };
    const items = await collect(new PagedCall<string[], string>(fetchPage, {}, { style: pageNumbers, page: "page", first: 1 }));
    expect(items).toEqual(["a", "b", "c"]);
    expect(requests).toEqual([1, 2, 3]);
  });
});

describe("PagedCall with cursors", () => {
  /** A server of three pages keyed by cursor (undefined → first), recording the cursor of each request. */
  function cursorServer(pages: Record<string, { items: string[]; next?: string | number | null }>, via: "body" | "header") {
    const requests: Array<Record<string, unknown>> = [];
    const fetchPage = async (params: Readonly<Record<string, unknown>>): Promise<WithResponse<unknown>> => {
      requests.push({ ...params });
      const page = pages[String(params["cursor"] ?? "")] ?? { items: [] };
      if (via === "body") {
        const data = page.next === undefined ? { things: page.items } : { things: page.items, next_cursor: page.next };
        return { data, response: new Response(null) };
      }
      const headers = page.next === undefined || page.next === null ? {} : { "X-Next": String(page.next) };
      return { data: page.items, response: new Response(null, { headers }) };
    };
    return { requests, fetchPage };
  }
  const inBody: CursorRecord = { style: cursors, cursor: "cursor", limit: "limit", next: "next_cursor", items: "things" };
  const inHeader: CursorRecord = { style: cursors, cursor: "cursor", limit: "limit", nextHeader: "X-Next" };

  const cases: Array<
    [
      string,
      {
        given: { pagination: CursorRecord; via: "body" | "header"; params: Record<string, unknown>; pages: Record<string, { items: string[]; next?: string | number | null }> };
        want: { items: string[]; cursors: unknown[] };
      },
    ]
  > = [
    [
      "the next cursor from the body, until a page has none",
      {
        given: { pagination: inBody, via: "body", params: { limit: 2 }, pages: { "": { items: ["a", "b"], next: 2 }, "2": { items: ["c", "d"], next: 4 }, "4": { items: ["e"] } } },
        want: { items: ["a", "b", "c", "d", "e"], cursors: [undefined, 2, 4] },
      },
    ],
    [
      "the next cursor from a header over bare arrays, until a page has none",
      {
        given: { pagination: inHeader, via: "header", params: { limit: 2 }, pages: { "": { items: ["a", "b"], next: "x" }, x: { items: ["c", "d"], next: "y" }, y: { items: ["e"] } } },
        want: { items: ["a", "b", "c", "d", "e"], cursors: [undefined, "x", "y"] },
      },
    ],
    [
      "a null next cursor ends the walk",
      {
        given: { pagination: inBody, via: "body", params: {}, pages: { "": { items: ["a"], next: null } } },
        want: { items: ["a"], cursors: [undefined] },
      },
    ],
    [
      "an empty page ends the walk even with a next cursor",
      {
        given: { pagination: inBody, via: "body", params: {}, pages: { "": { items: ["a"], next: "x" }, x: { items: [], next: "y" } } },
        want: { items: ["a"], cursors: [undefined, "x"] },
      },
    ],
    [
      "the same cursor again ends the walk instead of looping",
      {
        given: { pagination: inHeader, via: "header", params: {}, pages: { "": { items: ["a"], next: "x" }, x: { items: ["b"], next: "x" } } },
        want: { items: ["a", "b"], cursors: [undefined, "x"] },
      },
    ],
    [
      "starts from the caller's cursor",
      {
        given: { pagination: inBody, via: "body", params: { cursor: 2 }, pages: { "2": { items: ["c"], next: 4 }, "4": { items: ["e"] } } },
        want: { items: ["c", "e"], cursors: [2, 4] },
      },
    ],
  ];
  test.each(cases)("%s", async (_, { given, want }) => {
    const server = cursorServer(given.pages, given.via);
    const items = await collect(new PagedCall<unknown, string>(server.fetchPage, given.params, given.pagination));
    expect(items).toEqual(want.items);
    expect(server.requests.map((p) => p["cursor"])).toEqual(want.cursors);
  });

  test("keeps the other params, and sends no cursor on the first request unless given", async () => {
    const server = cursorServer({ "": { items: ["a"], next: "x" }, x: { items: ["b"] } }, "header");
    await collect(new PagedCall<unknown, string>(server.fetchPage, { limit: 1, order_by: "uuid" }, inHeader));
    expect(server.requests).toEqual([{ limit: 1, order_by: "uuid" }, { limit: 1, order_by: "uuid", cursor: "x" }]);
  });

  test("a body that is not an array, where a bare array is promised, is a ResponseParseError", async () => {
    const fetchPage = async (): Promise<WithResponse<unknown>> => ({ data: { oops: true }, response: new Response(null) });
    const error = await collect(new PagedCall<unknown, string>(fetchPage, {}, inHeader)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as ResponseParseError).message).toBe("page 1 has no array as its body, so pagination cannot go on");
  });
});
