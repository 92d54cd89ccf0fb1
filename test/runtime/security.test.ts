/**
 * security: where each scheme puts its credential (apiKey in a header, the
 * query or a cookie, with a prefix; bearer; basic in UTF-8), the environment
 * fallback, alternatives and optional auth, and the refusal when nothing is
 * given: it names what to pass and never echoes a secret.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { RequestBuildError } from "../../generator/runtime/errors.js";
import {
  apiKey,
  applySecurity,
  basic,
  bearer,
  type CredentialTarget,
  readEnv,
  type SchemeRecord,
} from "../../generator/runtime/security.js";

const schemes: Record<string, SchemeRecord> = {
  HeaderKey: {
    type: apiKey,
    in: "header",
    name: "Authorization",
    prefix: "Api-Key ",
    option: "apiKey",
    env: "WG_TEST_API_KEY",
  },
  PlainHeader: { type: apiKey, in: "header", name: "X-Api-Key", option: "apiKey" },
  QueryKey: { type: apiKey, in: "query", name: "api_key", option: "queryKey" },
  CookieKey: { type: apiKey, in: "cookie", name: "session", option: "sessionId" },
  Bearer: { type: bearer, option: "token", env: "WG_TEST_TOKEN" },
  Basic: { type: basic, usernameOption: "username", passwordOption: "password" },
};

interface Sent {
  headers: Record<string, string>;
  query: string;
  cookies: string[];
}

function apply(requirements: string[][], credentials: Record<string, unknown>): Sent {
  const target: CredentialTarget = { headers: new Headers(), query: new URLSearchParams(), cookies: [] };
  applySecurity("listThings", "ThingClient", requirements, schemes, credentials, target);
  return { headers: Object.fromEntries(target.headers), query: target.query.toString(), cookies: target.cookies };
}

function refusal(requirements: string[][], credentials: Record<string, unknown>): RequestBuildError {
  try {
    apply(requirements, credentials);
  } catch (error) {
    if (error instanceof RequestBuildError) return error;
    throw error;
  }
  throw new Error("expected a RequestBuildError");
}

const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const name of ["WG_TEST_API_KEY", "WG_TEST_TOKEN"]) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("applySecurity: where credentials go", () => {
  const none = { headers: {}, query: "", cookies: [] };
  const cases: Array<
    [string, { given: { requirements: string[][]; credentials: Record<string, unknown> }; want: Sent }]
  > = [
    [
      "apiKey header with prefix",
      {
        given: { requirements: [["HeaderKey"]], credentials: { apiKey: "k1" } },
        want: { ...none, headers: { authorization: "Api-Key k1" } },
      },
    ],
    [
      "apiKey header without prefix",
      {
        given: { requirements: [["PlainHeader"]], credentials: { apiKey: "k1" } },
        want: { ...none, headers: { "x-api-key": "k1" } },
      },
    ],
    [
      "apiKey in the query, encoded",
      {
        given: { requirements: [["QueryKey"]], credentials: { queryKey: "a&b c" } },
        want: { ...none, query: "api_key=a%26b+c" },
      },
    ],
    [
      "apiKey in a cookie, encoded",
      {
        given: { requirements: [["CookieKey"]], credentials: { sessionId: "s;1" } },
        want: { ...none, cookies: ["session=s%3B1"] },
      },
    ],
    [
      "bearer",
      {
        given: { requirements: [["Bearer"]], credentials: { token: "t0k" } },
        want: { ...none, headers: { authorization: "Bearer t0k" } },
      },
    ],
    [
      "basic",
      {
        given: { requirements: [["Basic"]], credentials: { username: "Aladdin", password: "open sesame" } },
        want: { ...none, headers: { authorization: "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==" } },
      },
    ],
    [
      "basic in UTF-8 (RFC 7617)",
      {
        given: { requirements: [["Basic"]], credentials: { username: "test", password: "123£" } },
        want: { ...none, headers: { authorization: "Basic dGVzdDoxMjPCow==" } },
      },
    ],
    [
      "basic with an empty password",
      {
        given: { requirements: [["Basic"]], credentials: { username: "u", password: "" } },
        want: { ...none, headers: { authorization: "Basic dTo=" } },
      },
    ],
    [
      "two schemes required together",
      {
        given: { requirements: [["PlainHeader", "QueryKey"]], credentials: { apiKey: "k", queryKey: "q" } },
        want: { ...none, headers: { "x-api-key": "k" }, query: "api_key=q" },
      },
    ],
    [
      "first satisfied alternative wins",
      {
        given: { requirements: [["Bearer"], ["PlainHeader"]], credentials: { apiKey: "k", token: "t" } },
        want: { ...none, headers: { authorization: "Bearer t" } },
      },
    ],
    [
      "falls through to a later alternative",
      {
        given: { requirements: [["Bearer"], ["PlainHeader"]], credentials: { apiKey: "k" } },
        want: { ...none, headers: { "x-api-key": "k" } },
      },
    ],
    [
      "a half-satisfied alternative leaves nothing behind",
      {
        given: { requirements: [["PlainHeader", "Bearer"], ["QueryKey"]], credentials: { apiKey: "k", queryKey: "q" } },
        want: { ...none, query: "api_key=q" },
      },
    ],
    [
      "optional auth ([]) with nothing given sends nothing",
      { given: { requirements: [["Bearer"], []], credentials: {} }, want: none },
    ],
    [
      "optional auth listed first still sends a given key",
      {
        given: { requirements: [[], ["Bearer"]], credentials: { token: "t" } },
        want: { ...none, headers: { authorization: "Bearer t" } },
      },
    ],
    ["no requirements: nothing sent", { given: { requirements: [], credentials: { token: "t" } }, want: none }],
    [
      "an unknown scheme name is skipped",
      {
        given: { requirements: [["Nope"], ["Bearer"]], credentials: { token: "t" } },
        want: { ...none, headers: { authorization: "Bearer t" } },
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => {
    expect(apply(given.requirements, given.credentials)).toEqual(want);
  });
});

describe("applySecurity: environment fallback", () => {
  test("reads the scheme's environment variable when the option is not passed", () => {
    process.env["WG_TEST_API_KEY"] = "from-env";
    expect(apply([["HeaderKey"]], {}).headers).toEqual({ authorization: "Api-Key from-env" });
  });

  test("an empty option falls back to the environment", () => {
    process.env["WG_TEST_TOKEN"] = "env-token";
    expect(apply([["Bearer"]], { token: "" }).headers).toEqual({ authorization: "Bearer env-token" });
  });

  test("a passed option wins over the environment", () => {
    process.env["WG_TEST_API_KEY"] = "from-env";
    expect(apply([["HeaderKey"]], { apiKey: "given" }).headers).toEqual({ authorization: "Api-Key given" });
  });

  test("an empty environment variable counts as unset", () => {
    process.env["WG_TEST_API_KEY"] = "";
    expect(readEnv("WG_TEST_API_KEY")).toBeUndefined();
    expect(() => apply([["HeaderKey"]], {})).toThrow(RequestBuildError);
  });

  test("an environment that may not be read (Deno without --allow-env throws) counts as unset", () => {
    const env = process.env;
    process.env = new Proxy(env, {
      get(target, name) {
        if (name === "WG_TEST_API_KEY") throw new Error('NotCapable: Requires env access to "WG_TEST_API_KEY"');
        return Reflect.get(target, name) as unknown;
      },
    });
    try {
      expect(readEnv("WG_TEST_API_KEY")).toBeUndefined();
      expect(() => apply([["HeaderKey"]], {})).toThrow(RequestBuildError);
    } finally {
      process.env = env;
    }
  });

  test("a non-string option is not a credential", () => {
    expect(() => apply([["Bearer"]], { token: 42 })).toThrow(RequestBuildError);
  });
});

describe("applySecurity: missing credentials", () => {
  test("names the option, the client and the environment variable", () => {
    const error = refusal([["HeaderKey"]], {});
    expect(error.message).toBe(
      "listThings needs credentials: pass { apiKey } to new ThingClient(...), or set WG_TEST_API_KEY. No request was sent.",
    );
  });

  test("lists every alternative, once each", () => {
    const error = refusal([["Bearer"], ["Basic"], ["PlainHeader"], ["HeaderKey"]], {});
    expect(error.message).toBe(
      "listThings needs credentials: pass { token } or { username, password } or { apiKey } to new ThingClient(...), " +
        "or set WG_TEST_TOKEN or WG_TEST_API_KEY. No request was sent.",
    );
  });

  test("basic needs both halves", () => {
    expect(refusal([["Basic"]], { username: "u" }).message).toContain("{ username, password }");
  });

  test("never echoes a credential that was given for an unsatisfied alternative", () => {
    const error = refusal([["PlainHeader", "Bearer"]], { apiKey: "sk-very-secret" });
    expect(error.message).not.toContain("sk-very-secret");
    expect(error.message).toContain("{ token }");
  });

  test.each([
    ["a line break", "sk-very-secret\nX-Injected: 1"],
    ["a character outside Latin-1", "sk-very-secret-ключ"],
    ["a NUL", "sk-very-secret\u0000"],
  ])("a key with %s is refused without quoting it", (_, key) => {
    for (const [requirements, credentials] of [
      [[["HeaderKey"]], { apiKey: key }],
      [[["Bearer"]], { token: key }],
    ] as const) {
      const error = refusal(
        requirements.map((r) => [...r]),
        credentials,
      );
      expect(error.message).toMatch(/cannot be sent in the \S+ header/);
      expect(error.message).not.toContain("sk-very-secret");
    }
  });

  test("surrounding whitespace in a key is trimmed, not refused", () => {
    expect(apply([["HeaderKey"]], { apiKey: "k1\n" }).headers).toEqual({ authorization: "Api-Key k1" });
  });

  test("leaves the target untouched", () => {
    const target: CredentialTarget = { headers: new Headers({ a: "1" }), query: new URLSearchParams(), cookies: [] };
    expect(() => applySecurity("op", "C", [["PlainHeader", "Bearer"]], schemes, { apiKey: "k" }, target)).toThrow(
      RequestBuildError,
    );
    expect(Object.fromEntries(target.headers)).toEqual({ a: "1" });
    expect(target.query.toString()).toBe("");
    expect(target.cookies).toEqual([]);
  });
});
