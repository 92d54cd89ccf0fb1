/**
 * Parameters on the wire, from the `features` fixture client: several path
 * parameters percent-encoded (spaces, unicode, `/`) and `.`, `..` or empty
 * refused before anything is sent; every query `style`/`explode` (form
 * exploded and not, arrays and objects, spaceDelimited, pipeDelimited,
 * deepObject, allowReserved); header parameters; cookie parameters, merged
 * with a cookie credential into one `Cookie` header.
 */
import { describe, expect, test } from "vitest";
import { HEADER_KEY, requestsAfterSettling, sentHeaders, useFeaturesClient } from "../fixtures/wire-features/client.js";
import { failure } from "../support/failure.js";

const features = useFeaturesClient("params", { defaultReply: { body: { ok: true } } });
const { server, client } = features;

describe("path parameters", () => {
  test("several in one path, each percent-encoded as one segment", async () => {
    const data = await client().paths!.getContent!("my org", "naïve/repo", "docs/a b#?.md");
    expect(data).toEqual({ ok: true });
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([
      ["GET", "/v2/repos/my%20org/na%C3%AFve%2Frepo/contents/docs%2Fa%20b%23%3F.md"],
    ]);
  });

  const plain: Array<[string, { given: unknown; want: string }]> = [
    ["emoji", { given: "🚀", want: "%F0%9F%9A%80" }],
    ["percent sign is encoded, not taken as an escape", { given: "100%25", want: "100%2525" }],
    ["dots inside a segment are fine", { given: "a..b", want: "a..b" }],
    ["a segment that only looks like ..", { given: "../x", want: "..%2Fx" }],
    ["number", { given: 0, want: "0" }],
    ["false", { given: false, want: "false" }],
  ];
  test.each(plain)("%s", async (_, { given, want }) => {
    await client().paths!.getContent!("o", given, "f");
    expect(server.requests.map((r) => r.url)).toEqual([`/v2/repos/o/${want}/contents/f`]);
  });

  const refused: Array<[string, unknown]> = [
    ["`.`", "."],
    ["`..`", ".."],
    ["empty", ""],
  ];
  test.each(refused)("%s is refused with RequestBuildError and nothing is sent", async (_, value) => {
    const error = await failure(client().paths!.getContent!("o", value, "f"));
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect(error).toBeInstanceOf(features.module.ClientError);
    expect((error as Error).message).toBe(
      `path parameter "repo" cannot be ${JSON.stringify(value)}: it would change the path. No request was sent.`,
    );
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("a missing one is refused too", async () => {
    const error = await failure(client().paths!.getContent!("o", undefined, "f"));
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect((error as Error).message).toBe('path parameter "repo" is required. No request was sent.');
    expect(await requestsAfterSettling(server)).toBe(0);
  });
});

describe("query styles", () => {
  const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
    ["nothing: no ?", { given: {}, want: "" }],
    ["scalar, encoded", { given: { q: "a b&c=d/é" }, want: "?q=a%20b%26c%3Dd%2F%C3%A9" }],
    ["empty string is sent", { given: { q: "" }, want: "?q=" }],
    ["form exploded array (the default): repeated names", { given: { ids: [1, 2, 3] }, want: "?ids=1&ids=2&ids=3" }],
    ["form array, explode: false: comma-joined", { given: { tags: ["a b", "c,d"] }, want: "?tags=a%20b,c%2Cd" }],
    ["form exploded object: one pair per property", { given: { point: { x: 1, y: 0 } }, want: "?x=1&y=0" }],
    [
      "form object, explode: false: name=k,v,k,v",
      { given: { color: { R: 100, G: 200, B: 150 } }, want: "?color=R,100,G,200,B,150" },
    ],
    ["spaceDelimited", { given: { words: ["lorem", "ipsum", "x"] }, want: "?words=lorem%20ipsum%20x" }],
    ["pipeDelimited", { given: { levels: [1, 2, 3] }, want: "?levels=1|2|3" }],
    [
      "deepObject, nested",
      {
        given: { filter: { status: "open", owner: { name: "Ann Lee" } } },
        want: "?filter%5Bstatus%5D=open&filter%5Bowner%5D%5Bname%5D=Ann%20Lee",
      },
    ],
    ["allowReserved keeps reserved characters", { given: { next: "/a/b?c=d" }, want: "?next=/a/b?c%3Dd" }],
    ["undefined is not sent", { given: { q: undefined, ids: undefined, filter: undefined }, want: "" }],
    [
      "every style at once, in the spec's order",
      {
        given: {
          levels: [7],
          q: "x",
          filter: { status: "closed" },
          ids: [5],
          words: ["a", "b"],
          tags: ["t"],
          color: { R: 1 },
          point: { x: 2 },
        },
        want: "?q=x&ids=5&tags=t&x=2&color=R,1&words=a%20b&levels=7&filter%5Bstatus%5D=closed",
      },
    ],
  ];
  test.each(cases)("%s", async (_, { given, want }) => {
    await client().query!.search!(given);
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([["GET", `/v2/search${want}`]]);
    expect(server.requests[0]?.body.length).toBe(0);
  });
});

describe("header and cookie parameters", () => {
  test("headers in simple style and cookies in one Cookie header, exactly", async () => {
    await client().headers!.sendHeadersAndCookies!({
      "X-Request-Id": "req-42",
      "X-Tags": ["a", "b c"],
      "X-Dimensions": { width: 640, height: 480 },
      "X-Flag": false,
      theme: "dark mode",
      recent: ["x", "y"],
      visits: 0,
      prefs: { lang: "de-CH", tz: "Europe/Zurich" },
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect([request?.method, request?.url]).toEqual(["GET", "/v2/echo"]);
    expect(sentHeaders(request)).toEqual({
      accept: "application/json",
      cookie: "theme=dark%20mode; recent=x%2Cy; visits=0; prefs=lang%2Cde-CH%2Ctz%2CEurope%2FZurich",
      "x-api-key": HEADER_KEY,
      "x-dimensions": "width=640,height=480",
      "x-flag": "false",
      "x-request-id": "req-42",
      "x-tags": "a,b c",
    });
  });

  test("unset optional ones send no header and no Cookie", async () => {
    await client().headers!.sendHeadersAndCookies!({ "X-Request-Id": "r" });
    expect(sentHeaders(server.requests[0])).toEqual({
      accept: "application/json",
      "x-api-key": HEADER_KEY,
      "x-request-id": "r",
    });
  });

  test("a cookie value cannot inject another cookie", async () => {
    await client().headers!.sendHeadersAndCookies!({ "X-Request-Id": "r", theme: "x; admin=1" });
    expect(server.requests[0]?.headers["cookie"]).toBe("theme=x%3B%20admin%3D1");
  });

  test("a header value fetch cannot send is refused, naming the header, and nothing is sent", async () => {
    const error = await failure(client().headers!.sendHeadersAndCookies!({ "X-Request-Id": "r\r\nX-Evil: 1" }));
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect((error as Error).message).toContain('header "X-Request-Id" cannot be sent');
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("cookie parameters and a cookie credential share one Cookie header", async () => {
    await client({ cookieKey: "s=1;2" }).auth!.authCookieKey!({ theme: "light" });
    expect(sentHeaders(server.requests[0])).toEqual({
      accept: "application/json",
      cookie: "theme=light; sid=s%3D1%3B2",
    });
  });
});
