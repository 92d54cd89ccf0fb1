/**
 * Walking Zep sessions page by page on the wire: `for await` over
 * `listSessions` yields every session in order, asking for page_number 1, 2,
 * 3 and no further once `total_count` is reached; without a usable total it
 * stops on the first empty page; `.pages()` yields whole pages; errors on a
 * later page reach the loop.
 */
import { describe, expect, test } from "vitest";
import { BadRequestError, ZepClient, type Session, type SessionListResponse } from "../../generated/zep/index.js";
import { useServer } from "../support/http-server.js";
import { API_KEY, baseUrlOf, page, session, withoutZepApiKeyInEnv } from "./zep-fixtures.js";
import { collect } from "../support/collect.js";

// Anything past the scripted pages would fail loudly: it is not a session list.
const server = useServer({ status: 418, body: { message: "no page was scripted for this request" } });
withoutZepApiKeyInEnv();

function client(): ZepClient {
  return new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), maxRetries: 0 });
}

const sessions = [1, 2, 3, 4, 5].map(session);

describe("listSessions pagination", () => {
  test("for await yields every session in order and stops at total_count, with no 4th request", async () => {
    server.reply(
      { body: page(sessions.slice(0, 2), 5) },
      { body: page(sessions.slice(2, 4), 5) },
      { body: page(sessions.slice(4), 5) },
    );
    const seen: Session[] = [];
    for await (const s of client().memory.listSessions({ page_size: 2 })) seen.push(s);
    expect(seen.map((s) => s.session_id)).toEqual([
      "support-chat-1",
      "support-chat-2",
      "support-chat-3",
      "support-chat-4",
      "support-chat-5",
    ]);
    expect(seen).toEqual(sessions);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/sessions-ordered?page_number=1&page_size=2",
      "/api/v2/sessions-ordered?page_number=2&page_size=2",
      "/api/v2/sessions-ordered?page_number=3&page_size=2",
    ]);
  });

  test("keeps every other param and the key on each page request", async () => {
    server.reply({ body: page(sessions.slice(0, 1), 2) }, { body: page(sessions.slice(1, 2), 2) });
    await collect(client().memory.listSessions({ page_size: 1, order_by: "updated_at", asc: false }));
    expect(server.requests.map((r) => [r.url, r.headers["authorization"]])).toEqual([
      ["/api/v2/sessions-ordered?page_number=1&page_size=1&order_by=updated_at&asc=false", `Api-Key ${API_KEY}`],
      ["/api/v2/sessions-ordered?page_number=2&page_size=1&order_by=updated_at&asc=false", `Api-Key ${API_KEY}`],
    ]);
  });

  test("without total_count it stops on the first empty page", async () => {
    server.reply({ body: page(sessions.slice(0, 2)) }, { body: page(sessions.slice(2, 3)) }, { body: page([]) });
    const seen = await collect(client().memory.listSessions({ page_size: 2 }));
    expect(seen).toEqual(sessions.slice(0, 3));
    expect(server.requests).toHaveLength(3);
  });

  test("with a total_count larger than what exists it stops on the first empty page", async () => {
    server.reply({ body: page(sessions.slice(0, 2), 100) }, { body: page([], 100) });
    const seen = await collect(client().memory.listSessions({ page_size: 2 }));
    expect(seen).toEqual(sessions.slice(0, 2));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/sessions-ordered?page_number=1&page_size=2",
      "/api/v2/sessions-ordered?page_number=2&page_size=2",
    ]);
  });

  test("starts from the page asked for", async () => {
    server.reply({ body: page(sessions.slice(2, 4), 5) }, { body: page(sessions.slice(4), 5) });
    const seen = await collect(client().memory.listSessions({ page_number: 2, page_size: 2 }));
    expect(seen).toEqual(sessions.slice(2));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/sessions-ordered?page_number=2&page_size=2",
      "/api/v2/sessions-ordered?page_number=3&page_size=2",
    ]);
  });

  test(".pages() yields whole pages", async () => {
    server.reply({ body: page(sessions.slice(0, 3), 5) }, { body: page(sessions.slice(3), 5) });
    const pages: SessionListResponse[] = await collect(client().memory.listSessions({ page_size: 3 }).pages());
    expect(pages).toEqual([page(sessions.slice(0, 3), 5), page(sessions.slice(3), 5)]);
    expect(pages.map((p) => p.response_count)).toEqual([3, 2]);
    expect(server.requests).toHaveLength(2);
  });

  test("awaiting the same call gives only the first page, as asked", async () => {
    server.reply({ body: page(sessions.slice(0, 2), 5) });
    const first = await client().memory.listSessions({ page_size: 2 });
    expect(first.sessions).toEqual(sessions.slice(0, 2));
    expect(server.requests.map((r) => r.url)).toEqual(["/api/v2/sessions-ordered?page_size=2"]);
  });

  test("breaking out early asks for no more pages", async () => {
    server.reply({ body: page(sessions.slice(0, 2), 5) });
    for await (const s of client().memory.listSessions({ page_size: 2 })) {
      expect(s.session_id).toBe("support-chat-1");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  test("an error on a later page reaches the loop, after the earlier sessions", async () => {
    server.reply({ body: page(sessions.slice(0, 2), 5) }, { status: 400, body: { message: "page too far" } });
    const seen: Session[] = [];
    const error = await (async () => {
      for await (const s of client().memory.listSessions({ page_size: 2 })) seen.push(s);
    })().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(seen).toEqual(sessions.slice(0, 2));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body.message).toBe("page too far");
  });
});
