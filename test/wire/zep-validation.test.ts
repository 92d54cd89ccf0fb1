/**
 * Runtime validation on the wire, with the Zep client generated with
 * `validate: "all"` from a copy of `spec/` whose `Thread` sets
 * `additionalProperties: false` (the real spec allows extra properties
 * everywhere): a body with a wrong type, a missing required property, an
 * enum value outside its set, or an extra property is a
 * `ResponseValidationError` at the right JSON pointer; the same call with
 * validation off (per call or per client) returns the data; `warn` mode logs
 * and returns; a request body that breaks its schema is a
 * `RequestValidationError` and nothing is sent.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { generate } from "../../generator/generate.js";
import { writeClients } from "../../generator/write/write-atomic.js";
import { ROOT } from "../generator/helpers/paths.js";
import { failure } from "../support/failure.js";
import { useServer } from "../support/http-server.js";
import { API_KEY, baseUrlOf, withoutZepApiKeyInEnv } from "./zep-fixtures.js";

type Call = PromiseLike<unknown>;
type Method = (...args: unknown[]) => Call;
interface LooseIssue {
  readonly pointer: string;
  readonly path: readonly (string | number)[];
  readonly expected: string;
  readonly received: string;
  readonly message: string;
}
interface ZepModule {
  readonly ZepClient: new (options: object) => Readonly<Record<string, Readonly<Record<string, Method>>>>;
  readonly ResponseValidationError: abstract new (...args: never[]) => Error;
  readonly RequestValidationError: abstract new (...args: never[]) => Error;
  readonly ClientError: abstract new (...args: never[]) => Error;
  readonly ResponseError: abstract new (...args: never[]) => Error;
  readonly schemas: Readonly<Record<string, { issues(value: unknown): readonly LooseIssue[] }>>;
}

const TMP = join(ROOT, "test/.tmp/zep-validation");
const server = useServer();
withoutZepApiKeyInEnv();
let zep: ZepModule | undefined;

beforeAll(async () => {
  // The spec as committed, but `Thread` closed to extra properties.
  await cp(join(ROOT, "spec"), join(TMP, "spec"), { recursive: true });
  const threadsFile = join(TMP, "spec/zep/threads.yaml");
  const threads = parse(await readFile(threadsFile, "utf8")) as { components: { schemas: Record<string, object> } };
  threads.components.schemas["Thread"] = { ...threads.components.schemas["Thread"], additionalProperties: false };
  await writeFile(threadsFile, stringify(threads));
  const result = await generate(join(TMP, "spec/zep.yaml"), undefined, {}, { validate: "all" });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  await writeClients([{ outDir: join(TMP, "client"), files: result.files }]);
  zep = (await import(pathToFileURL(join(TMP, "client/index.ts")).href)) as ZepModule;
}, 60_000);
afterAll(() => rm(TMP, { recursive: true, force: true }));

function module(): ZepModule {
  if (zep === undefined) throw new Error("the client is generated in beforeAll");
  return zep;
}

function client(options: object = {}): Readonly<Record<string, Readonly<Record<string, Method>>>> {
  return new (module().ZepClient)({ apiKey: API_KEY, baseUrl: baseUrlOf(server), maxRetries: 0, ...options });
}

const thread = (n: number): Record<string, unknown> => ({
  uuid: `5e2c8a41-9b7d-4f36-a1e0-${String(n).padStart(12, "0")}`,
  thread_id: `thread-${n}`,
  user_id: "user-2291",
  created_at: "2026-11-02T09:15:27.120Z",
});
const message = (n: number): Record<string, unknown> => ({
  uuid: `7d3e9b21-4c5a-4f8e-b6d2-${String(n).padStart(12, "0")}`,
  role: n % 2 === 0 ? "user" : "assistant",
  content: `message ${n}`,
});

interface Rejected {
  readonly issues: readonly LooseIssue[];
  readonly status: number;
  readonly data: unknown;
  readonly response: Response;
  readonly message: string;
}

async function rejected(call: Call): Promise<Rejected> {
  const error = await failure(call);
  expect(error).toBeInstanceOf(module().ResponseValidationError);
  expect(error).toBeInstanceOf(module().ResponseError);
  expect(error).toBeInstanceOf(module().ClientError);
  return error as unknown as Rejected;
}

describe("a response that breaks the spec is a ResponseValidationError at the right place", () => {
  test("a wrong type: a number where the thread's id is a string", async () => {
    const body = { threads: [thread(1), { ...thread(2), thread_id: 42 }], total_count: 2, response_count: 2 };
    server.reply({ body });
    const error = await rejected(client()["thread"]!["listAll"]!());
    expect(error.issues).toEqual([
      expect.objectContaining({ pointer: "/threads/1/thread_id", path: ["threads", 1, "thread_id"], expected: "string" }),
    ]);
    expect(error.issues[0]?.received).toMatch(/number/);
    expect(error.status).toBe(200);
    expect(error.data).toEqual(body);
    expect(error.response.status).toBe(200);
    expect(error.message).toContain("GET /threads answered 200");
    expect(error.message).toContain("/threads/1/thread_id");
  });

  test("a missing required property: a message without content", async () => {
    const { content: _content, ...noContent } = message(2);
    server.reply({ body: { messages: [message(1), noContent] } });
    const error = await rejected(client()["thread"]!["get"]!("thread-1"));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.pointer).toMatch(/^\/messages\/1(\/content)?$/);
    expect(error.issues[0]?.expected).toContain("content");
  });

  test("an enum value outside the set: a message whose role is not a RoleType", async () => {
    server.reply({ body: { messages: [{ ...message(1), role: "robot" }] } });
    const error = await rejected(client()["thread"]!["get"]!("thread-1"));
    expect(error.issues).toEqual([expect.objectContaining({ pointer: "/messages/0/role", path: ["messages", 0, "role"] })]);
    expect(error.issues[0]?.expected).toContain('"assistant"');
    expect(error.issues[0]?.received).toContain("robot");
  });

  test("an extra property where additionalProperties is false", async () => {
    server.reply({ body: { threads: [{ ...thread(1), surprise: true }] } });
    const error = await rejected(client()["thread"]!["listAll"]!());
    expect(error.issues).toEqual([expect.objectContaining({ pointer: "/threads/0/surprise" })]);
  });

  test("every issue is reported, not only the first", async () => {
    server.reply({ body: { threads: [{ ...thread(1), thread_id: 1 }, { ...thread(2), user_id: false }] } });
    const error = await rejected(client()["thread"]!["listAll"]!());
    expect(error.issues.map((i) => i.pointer)).toEqual(["/threads/0/thread_id", "/threads/1/user_id"]);
  });

  test("a valid body is returned as it came", async () => {
    const body = { threads: [thread(1), thread(2)], total_count: 2, response_count: 2 };
    server.reply({ body });
    await expect(client()["thread"]!["listAll"]!()).resolves.toEqual(body);
  });
});

describe("turning it off, or down to a warning", () => {
  const broken = { threads: [{ ...thread(1), thread_id: 42 }] };

  test("per call: validation 'off' returns the data", async () => {
    server.reply({ body: broken });
    await expect(client()["thread"]!["listAll"]!({}, { validation: "off" })).resolves.toEqual(broken);
  });

  test("per client: validation 'off' returns the data", async () => {
    server.reply({ body: broken });
    await expect(client({ validation: "off" })["thread"]!["listAll"]!()).resolves.toEqual(broken);
  });

  test("a call's option wins over the client's", async () => {
    server.reply({ body: broken });
    await expect(client({ validation: "off" })["thread"]!["listAll"]!({}, { validation: "throw" })).rejects.toBeInstanceOf(
      module().ResponseValidationError,
    );
  });

  test("'warn' writes the issues to the logger, whatever the log level, and returns the data", async () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
    server.reply({ body: broken });
    const data = await client({ validation: "warn", logger })["thread"]!["listAll"]!();
    expect(data).toEqual(broken);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[ZepClient\] GET \/threads answered 200 .*\/threads\/0\/thread_id/);
  });
});

describe("request bodies", () => {
  test("a body that breaks its schema is a RequestValidationError, and nothing is sent", async () => {
    const error = await failure(client()["thread"]!["create"]!({ thread_id: 7, user_id: "user-1" }));
    expect(error).toBeInstanceOf(module().RequestValidationError);
    expect(error).toBeInstanceOf(module().ClientError);
    expect((error as unknown as Rejected).issues).toEqual([expect.objectContaining({ pointer: "/thread_id" })]);
    expect((error as Error).message).toContain("No request was sent");
    expect(server.requests).toHaveLength(0);
  });

  test("a valid body is sent", async () => {
    server.reply({ body: thread(1) });
    await client()["thread"]!["create"]!({ thread_id: "thread-1", user_id: "user-1" });
    expect(server.requests).toHaveLength(1);
  });
});

describe("the validators are exported as `schemas`, one per named schema", () => {
  test("schemas.Thread and schemas.Message check values on their own", () => {
    const { schemas } = module();
    expect(schemas["Thread"]!.issues(thread(1))).toEqual([]);
    expect(schemas["Message"]!.issues({ role: "user" }).map((i) => i.expected).join()).toContain("content");
  });
});
