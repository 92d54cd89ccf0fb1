/**
 * Credentials on the wire, from the `features` fixture client (three apiKey
 * schemes, three bearer-like ones, basic: so options are named after their
 * schemes, and basic is `username`/`password`): an apiKey in a header, the
 * query and a cookie; HTTP bearer and basic; oauth2 and openIdConnect sent as
 * bearer; several schemes at once (AND) and alternatives (OR); the root
 * `security` inherited or overridden, `security: []` sending nothing even
 * when credentials are configured; a missing credential refused, naming the
 * option, before anything is sent.
 */
import { describe, expect, test } from "vitest";
import { HEADER_KEY, requestsAfterSettling, sentHeaders, useFeaturesClient } from "../fixtures/wire-features/client.js";
import { failure } from "../support/failure.js";

const features = useFeaturesClient("auth", { defaultReply: { body: { ok: true } }, clientDefaults: {} });
const { server, client } = features;

/** Every credential the client accepts, each distinct so a test sees which one went out. */
const ALL = {
  headerKey: HEADER_KEY,
  queryKey: "qk 1/2",
  cookieKey: "ck;1",
  bearerAuth: "jwt.bearer",
  username: "ann",
  password: "pä:ss",
  oauth: "oauth-access-token",
  oidc: "oidc-id-token",
};
const BASIC = `Basic ${Buffer.from("ann:pä:ss", "utf8").toString("base64")}`;

/** What the one request carried: its URL and its headers minus the transport's. */
function sent(): { url: string; headers: Record<string, string> } {
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  return { url: request?.url ?? "", headers: sentHeaders(request) };
}

const accept = { accept: "application/json" };

describe("each kind of scheme, with every credential configured: only the operation's goes out", () => {
  const cases: Array<[string, { url: string; headers: Record<string, string> }]> = [
    ["authInherited", { url: "/v2/auth/inherited", headers: { ...accept, "x-api-key": HEADER_KEY } }],
    ["authQueryKey", { url: "/v2/auth/query-key?q=x&api_key=qk+1%2F2", headers: accept }],
    ["authCookieKey", { url: "/v2/auth/cookie-key", headers: { ...accept, cookie: "sid=ck%3B1" } }],
    ["authBearer", { url: "/v2/auth/bearer", headers: { ...accept, authorization: "Bearer jwt.bearer" } }],
    ["authBasic", { url: "/v2/auth/basic", headers: { ...accept, authorization: BASIC } }],
    ["authOauth", { url: "/v2/auth/oauth", headers: { ...accept, authorization: "Bearer oauth-access-token" } }],
    ["authOidc", { url: "/v2/auth/oidc", headers: { ...accept, authorization: "Bearer oidc-id-token" } }],
    [
      "authAll",
      {
        url: "/v2/auth/all?api_key=qk+1%2F2",
        headers: { ...accept, authorization: "Bearer jwt.bearer", "x-api-key": HEADER_KEY },
      },
    ],
    ["authAny", { url: "/v2/auth/any", headers: { ...accept, authorization: "Bearer jwt.bearer" } }],
    ["authOptional", { url: "/v2/auth/optional", headers: { ...accept, authorization: "Bearer jwt.bearer" } }],
    ["authNone", { url: "/v2/auth/none", headers: accept }],
  ];
  test.each(cases)("%s", async (name, want) => {
    const params = name === "authQueryKey" ? { q: "x" } : {};
    await client(ALL).auth![name]!(params);
    expect(sent()).toEqual(want);
  });
});

describe("alternatives (OR)", () => {
  test("the first alternative whose credentials are all there is used: basic when there is no bearer token", async () => {
    await client({ username: "ann", password: "pä:ss" }).auth!.authAny!();
    expect(sent().headers).toEqual({ ...accept, authorization: BASIC });
  });

  test("basic needs both halves: a username alone does not satisfy it", async () => {
    const error = await failure(client({ username: "ann" }).auth!.authAny!());
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect((error as Error).message).toBe(
      "authAny needs credentials: pass { bearerAuth } or { username, password } to new FeaturesClient(...). No request was sent.",
    );
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("an empty alternative ({}): sent without credentials when none is configured", async () => {
    await client({}).auth!.authOptional!();
    expect(sent()).toEqual({ url: "/v2/auth/optional", headers: accept });
  });
});

describe("several schemes at once (AND)", () => {
  test("one missing fails the whole requirement, naming every option, and nothing is sent", async () => {
    const error = await failure(client({ headerKey: HEADER_KEY, bearerAuth: "t" }).auth!.authAll!());
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect((error as Error).message).toBe(
      "authAll needs credentials: pass { headerKey } or { queryKey } or { bearerAuth } to new FeaturesClient(...). No request was sent.",
    );
    expect(await requestsAfterSettling(server)).toBe(0);
  });
});

describe("root security and per-operation overrides", () => {
  test("security: [] sends no credential even when every one is configured", async () => {
    await client(ALL).auth!.authNone!();
    const { headers } = sent();
    expect(headers).toEqual(accept);
    expect(server.requests[0]?.url).not.toContain("api_key");
  });

  test("security: [] needs no credential", async () => {
    await client({}).auth!.authNone!();
    expect(sent()).toEqual({ url: "/v2/auth/none", headers: accept });
  });

  test("an operation's own security replaces the root's: the root's key is not sent", async () => {
    await client({ headerKey: HEADER_KEY, oidc: "id" }).auth!.authOidc!();
    expect(sent().headers).toEqual({ ...accept, authorization: "Bearer id" });
  });

  test("the root's is used by operations that say nothing, in every group", async () => {
    await client({ headerKey: HEADER_KEY }).responses!.getJson!();
    expect(sent().headers).toEqual({ ...accept, "x-api-key": HEADER_KEY });
  });
});

describe("a missing credential: RequestBuildError naming the option, nothing sent", () => {
  const cases: Array<[string, string]> = [
    ["authInherited", "{ headerKey }"],
    ["authQueryKey", "{ queryKey }"],
    ["authCookieKey", "{ cookieKey }"],
    ["authBearer", "{ bearerAuth }"],
    ["authBasic", "{ username, password }"],
    ["authOauth", "{ oauth }"],
    ["authOidc", "{ oidc }"],
  ];
  test.each(cases)("%s asks for %s", async (name, option) => {
    // Every other credential is there: the one the operation needs is not.
    const others = Object.fromEntries(
      Object.entries(ALL).filter(([key]) => !option.includes(` ${key} `) && !option.includes(` ${key},`)),
    );
    const error = await failure(client(others).auth![name]!());
    expect(error).toBeInstanceOf(features.module.RequestBuildError);
    expect((error as Error).message).toBe(
      `${name} needs credentials: pass ${option} to new FeaturesClient(...). No request was sent.`,
    );
    for (const secret of Object.values(others)) expect((error as Error).message).not.toContain(secret);
    expect(await requestsAfterSettling(server)).toBe(0);
  });

  test("an empty string counts as missing", async () => {
    await expect(client({ bearerAuth: "" }).auth!.authBearer!()).rejects.toBeInstanceOf(
      features.module.RequestBuildError,
    );
    expect(await requestsAfterSettling(server)).toBe(0);
  });
});
