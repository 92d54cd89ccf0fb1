/**
 * The exact request the generated Zep client puts on the wire, seen by a real
 * HTTP server on 127.0.0.1: method, path, query (unset params omitted, `0` and
 * `false` sent, no stray `?`), the `Authorization: Api-Key` header, client and
 * per-call headers, a custom `fetch`, and `baseUrl` replacing the server whole.
 */
import { describe, expect, test } from "vitest";
import { ZepClient, type SessionListResponse } from "../../generated/zep/index.js";
import { useServer } from "../support/http-server.js";
import { API_KEY, baseUrlOf, page, session, withoutZepApiKeyInEnv } from "./zep-fixtures.js";

const server = useServer({ body: page([session(1)], 1) });
withoutZepApiKeyInEnv();

function client(): ZepClient {
  return new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server) });
}

describe("listSessions request", () => {
  test("sends exactly the documented request", async () => {
    await client().memory.listSessions({ page_number: 1, page_size: 10, order_by: "created_at", asc: true });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe("/api/v2/sessions-ordered?page_number=1&page_size=10&order_by=created_at&asc=true");
    expect(request?.headers["authorization"]).toBe(`Api-Key ${API_KEY}`);
    expect(request?.headers["accept"]).toBe("application/json");
    expect(request?.headers["content-type"]).toBeUndefined();
    expect(request?.body.length).toBe(0);
  });

  const cases: Array<[string, { given: Parameters<ZepClient["memory"]["listSessions"]>[0]; want: string }]> = [
    ["no params: no ?", { given: undefined, want: "/api/v2/sessions-ordered" }],
    ["empty params: no ?", { given: {}, want: "/api/v2/sessions-ordered" }],
    [
      "only some params: the others are omitted",
      { given: { page_size: 5 }, want: "/api/v2/sessions-ordered?page_size=5" },
    ],
    [
      "zeros and false are sent",
      {
        given: { page_number: 0, page_size: 0, asc: false },
        want: "/api/v2/sessions-ordered?page_number=0&page_size=0&asc=false",
      },
    ],
    [
      "undefined values are not",
      {
        given: { page_number: undefined, page_size: undefined, order_by: undefined, asc: undefined },
        want: "/api/v2/sessions-ordered",
      },
    ],
    [
      "undefined next to set values",
      {
        given: { page_number: 2, page_size: undefined, order_by: "user_id", asc: undefined },
        want: "/api/v2/sessions-ordered?page_number=2&order_by=user_id",
      },
    ],
  ];
  test.each(cases)("%s", async (_, { given, want }) => {
    await client().memory.listSessions(given);
    expect(server.requests.map((r) => r.url)).toEqual([want]);
  });

  test("the seed example works", async () => {
    // From seed/get-sessions.md, with the base URL pointed at the local server.
    const client = new ZepClient({ apiKey: "YOUR_API_KEY", baseUrl: baseUrlOf(server) });
    const sessions: SessionListResponse = await client.memory.listSessions();
    expect(sessions).toEqual(page([session(1)], 1));
    expect(server.requests.map((r) => [r.method, r.url, r.headers["authorization"]])).toEqual([
      ["GET", "/api/v2/sessions-ordered", "Api-Key YOUR_API_KEY"],
    ]);
  });
});

describe("options that shape the request", () => {
  test("client headers go on every request; per-call headers add to and override them", async () => {
    const zep = new ZepClient({
      apiKey: API_KEY,
      baseUrl: baseUrlOf(server),
      headers: { "X-Team": "support", "X-Trace": "client" },
    });
    await zep.memory.listSessions();
    await zep.memory.listSessions({}, { headers: { "X-Trace": "call-2", "X-Extra": "yes" } });
    const [first, second] = server.requests;
    expect([first?.headers["x-team"], first?.headers["x-trace"], first?.headers["x-extra"]]).toEqual([
      "support",
      "client",
      undefined,
    ]);
    expect([second?.headers["x-team"], second?.headers["x-trace"], second?.headers["x-extra"]]).toEqual([
      "support",
      "call-2",
      "yes",
    ]);
    expect(second?.headers["authorization"]).toBe(`Api-Key ${API_KEY}`);
  });

  test("a per-call header set to undefined removes a client header", async () => {
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), headers: { "X-Team": "support" } });
    await zep.memory.listSessions({}, { headers: { "X-Team": undefined } });
    expect(server.requests[0]?.headers["x-team"]).toBeUndefined();
  });

  test("a custom fetch is used instead of the global one", async () => {
    const seen: string[] = [];
    const myFetch: typeof fetch = (input, init) => {
      seen.push(String(input));
      const headers = new Headers(init?.headers);
      headers.set("X-Via", "my-fetch");
      return fetch(input, { ...init, headers });
    };
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: baseUrlOf(server), fetch: myFetch });
    const data = await zep.memory.listSessions({ page_size: 1 });
    expect(data.sessions).toHaveLength(1);
    expect(seen).toEqual([`${server.origin}/api/v2/sessions-ordered?page_size=1`]);
    expect(server.requests[0]?.headers["x-via"]).toBe("my-fetch");
  });

  test("baseUrl replaces the spec's server whole, path included", async () => {
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: `${server.origin}/proxy/zep/` });
    await zep.memory.listSessions({ asc: false });
    expect(server.requests[0]?.url).toBe("/proxy/zep/sessions-ordered?asc=false");
  });

  test("a base URL that is only the origin", async () => {
    const zep = new ZepClient({ apiKey: API_KEY, baseUrl: server.origin });
    await zep.memory.listSessions();
    expect(server.requests[0]?.url).toBe("/sessions-ordered");
  });

  test("nothing is sent until the call is awaited", async () => {
    const call = client().memory.listSessions();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(0);
    await call;
    expect(server.requests).toHaveLength(1);
  });
});
