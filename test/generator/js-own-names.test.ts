/**
 * JavaScript's own names through the real CLI (issue 19, class 1): the
 * document `test/fixtures/js-own-names/js-own-names.yaml` names parameters
 * (query, header, cookie), body properties and security schemes
 * `constructor`, `__proto__`, `toString`, `valueOf`, `hasOwnProperty` and
 * `prototype`. Its client keeps every scheme (`__proto__` is not dropped),
 * names no credential option after an inherited member, compiles under the
 * strict flag set with every supported compiler, and, called against a local
 * server, sends exactly what its caller gave: nothing inherited.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { printLiteral } from "../../generator/emit/print-literal.js";
import { COMPILERS, compile } from "../support/compilers.js";
import { useServer, type RecordedRequest } from "../support/http-server.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";
import { runCli, type CliRun } from "./helpers/run-cli.js";

const FIXTURE = "test/fixtures/js-own-names/js-own-names.yaml";
const OWN_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype"] as const;

const scratch = useScratchDir("wiregen-js-own-names-");
const out = join(scratch, "client");

/** What the tests use of the generated module, typed loosely: it does not exist when `tsc -p .` runs. */
interface Call extends PromiseLike<unknown> {
  withResponse(): Promise<{ data: unknown; response: Response }>;
}
interface OwnNamesModule {
  readonly JsOwnNamesClient: new (options?: object) => {
    readonly things: {
      listThings(params?: object, options?: object): Call;
      createThing(params?: object, options?: object): Call;
      patchThings(params?: object, options?: object): Call;
    };
  };
}
type SchemeRecord = { readonly option: string } | { readonly usernameOption: string; readonly passwordOption: string };
interface DefinitionModule {
  readonly definition: { readonly schemes: Readonly<Record<string, SchemeRecord>> };
}

let run: CliRun;

beforeAll(async () => {
  run = await runCli([FIXTURE, "--out", out]);
}, 60_000);

async function load(): Promise<{ client: OwnNamesModule; definition: DefinitionModule["definition"] }> {
  expect(run.code, run.stderr).toBe(0);
  const client = (await import(pathToFileURL(join(out, "index.ts")).href)) as OwnNamesModule;
  const { definition } = (await import(pathToFileURL(join(out, "definition.ts")).href)) as DefinitionModule;
  return { client, definition };
}

describe("printed literals", () => {
  it("make `__proto__` a property of its own at any depth, on one line or one entry per line", () => {
    const value = JSON.parse('{"schemes":{"__proto__":{"in":"header"},"toString":{"in":"query"}}}') as unknown;
    for (const expand of [0, 3]) {
      const printed = printLiteral(value, { expand });
      const evaluated = new Function(`return (${printed});`)() as { schemes: object };
      expect(Object.getPrototypeOf(evaluated.schemes), printed).toBe(Object.prototype);
      expect(Object.getOwnPropertyNames(evaluated.schemes), printed).toEqual(["__proto__", "toString"]);
    }
  });
});

describe("the generated client", () => {
  it("keeps every scheme, `__proto__` as a property of its own", async () => {
    const { definition } = await load();
    expect(Object.getPrototypeOf(definition.schemes)).toBe(Object.prototype);
    expect(Object.keys(definition.schemes).sort()).toEqual([...OWN_NAMES].sort());
  });

  it("names no credential option after a member every object has", async () => {
    const { definition } = await load();
    const options = Object.values(definition.schemes).flatMap((s) =>
      "option" in s ? [s.option] : [s.usernameOption, s.passwordOption],
    );
    expect(options).toHaveLength(7);
    expect(new Set(options).size).toBe(7);
    for (const option of options) expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(option);
  });

  it("compiles under the strict flag set with every compiler, options passed or not", async () => {
    expect(run.code, run.stderr).toBe(0);
    await writeFile(
      join(out, "uses.ts"),
      [
        'import { JsOwnNamesClient, type JsOwnNamesClientOptions } from "./index.ts";',
        "export const bare = new JsOwnNamesClient();",
        'export const based = new JsOwnNamesClient({ baseUrl: "https://own-names.example.com" });',
        'export const keyed: JsOwnNamesClientOptions = { proto: "p", toString_: "t", constructor_: "c", valueOf_: "v" };',
        "export const listed = bare.things.listThings({});",
        'export const patched = bare.things.patchThings({ name: "n" });',
        "",
      ].join("\n"),
    );
    await writeFile(
      join(out, "tsconfig.json"),
      JSON.stringify({ compilerOptions: strictFlags(), files: ["index.ts", "uses.ts"] }, null, 2),
    );
    const results = await Promise.all(COMPILERS.map((compiler) => compile(compiler, "tsconfig.json", { cwd: out })));
    results.forEach(({ errors }, i) => expect(errors, COMPILERS[i]!.version).toEqual([]));
  }, 180_000);
});

/** Headers the transport adds on its own (undici); everything else is asserted exactly. */
const TRANSPORT_HEADERS = new Set([
  "host",
  "connection",
  "user-agent",
  "accept-encoding",
  "accept-language",
  "sec-fetch-mode",
]);

function sentHeaders(request: RecordedRequest | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request?.headers ?? {})) {
    if (TRANSPORT_HEADERS.has(name) || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/**
 * `listThings`' params keys by wire name, from the client's `api.json`: a key
 * may differ from its name (the model may rename `constructor` to
 * `constructor_`), and whatever the key, the name must go on the wire.
 */
async function listThingsKeys(): Promise<Map<string, string>> {
  const api = JSON.parse(await readFile(join(out, "api.json"), "utf8")) as {
    methods: Record<string, { params: Record<string, { name: string }> }>;
  };
  const params = api.methods["things.listThings"]?.params ?? {};
  return new Map(Object.entries(params).map(([key, param]) => [param.name, key]));
}

/** An object with `value(name)` under each name's key, own properties all (`__proto__` too). */
async function listThingsParams(value: (name: string) => string): Promise<Record<string, string>> {
  const keys = await listThingsKeys();
  return Object.fromEntries(OWN_NAMES.map((name) => [keys.get(name) ?? name, value(name)]));
}

describe("called against a local server", () => {
  const server = useServer({ status: 200, body: [] });

  async function clientWith(options: object) {
    const { client } = await load();
    return new client.JsOwnNamesClient({ baseUrl: `${server.origin}/v1`, maxRetries: 0, ...options });
  }

  it("sends no parameter the caller left out", async () => {
    await (await clientWith({ proto: "pk" })).things.listThings();
    expect(server.requests[0]?.url).toBe("/v1/things");
    expect(sentHeaders(server.requests[0])).toEqual({ accept: "application/json", "x-proto-key": "pk" });
  });

  it("sends each parameter the caller gave, `__proto__` included", async () => {
    const params = await listThingsParams((name) => `v-${name}`);
    await (await clientWith({ proto: "pk" })).things.listThings(params);
    expect(server.requests[0]?.url).toBe(
      "/v1/things?constructor=v-constructor&__proto__=v-__proto__&toString=v-toString",
    );
    expect(sentHeaders(server.requests[0])).toEqual({
      accept: "application/json",
      "x-proto-key": "pk",
      valueof: "v-valueOf",
      hasownproperty: "v-hasOwnProperty",
      cookie: "prototype=v-prototype",
    });
  });

  it("sends nothing the params object inherits", async () => {
    const params = Object.create(await listThingsParams((name) => name)) as object;
    await (await clientWith({ proto: "pk" })).things.listThings(params);
    expect(server.requests[0]?.url).toBe("/v1/things");
    expect(sentHeaders(server.requests[0])).toEqual({ accept: "application/json", "x-proto-key": "pk" });
  });

  it("authenticates with each scheme, by its own option", async () => {
    const { definition } = await load();
    const optionOf = (name: string): string => {
      const scheme = definition.schemes[name];
      if (scheme === undefined || !("option" in scheme)) throw new Error(`no single-option scheme ${name}`);
      return scheme.option;
    };
    const cases: Array<[object, { url: string; header?: [string, string] }]> = [
      [{ [optionOf("__proto__")]: "k1" }, { url: "/v1/things", header: ["x-proto-key", "k1"] }],
      [{ [optionOf("toString")]: "k2" }, { url: "/v1/things?to_string_key=k2" }],
      [{ [optionOf("constructor")]: "k3" }, { url: "/v1/things", header: ["cookie", "ctor=k3"] }],
      [{ [optionOf("valueOf")]: "k4" }, { url: "/v1/things", header: ["authorization", "Bearer k4"] }],
      [
        { username: "u", password: "pw" },
        { url: "/v1/things", header: ["authorization", `Basic ${btoa("u:pw")}`] },
      ],
      [{ [optionOf("prototype")]: "k6" }, { url: "/v1/things", header: ["authorization", "Bearer k6"] }],
    ];
    for (const [i, [options, want]] of cases.entries()) {
      await (await clientWith(options)).things.listThings();
      const request = server.requests[i];
      expect(request?.url, JSON.stringify(options)).toBe(want.url);
      expect(sentHeaders(request), JSON.stringify(options)).toEqual({
        accept: "application/json",
        ...(want.header === undefined ? {} : { [want.header[0]]: want.header[1] }),
      });
    }
  });

  it("sends a body's properties named after inherited members, and no body the params inherit", async () => {
    server.setDefault({ status: 201, body: {} });
    const client = await clientWith({ proto: "pk" });
    const payload = { name: "n", constructor: "c", toString: "t", valueOf: "v" };
    await client.things.createThing({ body: payload });
    expect(JSON.parse(server.requests[0]!.body.toString("utf8"))).toEqual(payload);
    // A required body the caller did not set is refused, not taken from the prototype.
    await expect(client.things.createThing(Object.create({ body: payload }) as object)).rejects.toThrow(/needs a body/);
    expect(server.requests).toHaveLength(1);
  });

  it("sends a flat body's own properties, `__proto__` included, and only those", async () => {
    server.setDefault({ status: 204 });
    const client = await clientWith({ proto: "pk" });
    await client.things.patchThings({ name: "n", constructor: "c", ["__proto__"]: "p" });
    const inherited = Object.assign(Object.create({ constructor: "c", toString: "t" }) as object, { name: "own" });
    await client.things.patchThings(inherited);
    const bodies = server.requests.map((r) => r.body.toString("utf8"));
    expect(bodies).toEqual(['{"name":"n","constructor":"c","__proto__":"p"}', '{"name":"own"}']);
  });
});
