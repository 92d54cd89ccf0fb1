/**
 * Type tests: calls that must compile against the generated clients, and
 * `// @ts-expect-error` lines that must not. Checked by `tsc -p .` (an unused
 * `@ts-expect-error` is itself an error); `type-tests.test.ts` also proves
 * each bad call fails on its own, with the expected error code. Nothing here
 * runs: every call sits in a function that is never invoked.
 */
import {
  BadRequestError,
  InternalServerError,
  ZepClient,
  ZepError,
  type ApiCall,
  type EntityEdge,
  type ListSessionsParams,
  type PagedCall,
  type Session,
  type SessionListResponse,
  type Thread,
  type ThreadContextResponse,
  type User,
  type UserGroupListResponse,
  TimeoutError,
} from "../../generated/zep/index.js";
import { RequiredParamsClient, type NewThing, type Thing } from "../fixtures/required-params/__generated__/index.js";

/** `true` only when `A` and `B` are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof: T): void {}

/** The seed example, verbatim. */
export async function seedExample(): Promise<void> {
  const client = new ZepClient({ apiKey: "YOUR_API_KEY" });
  await client.memory.listSessions();
}

/** The whole API, called the way the official SDK's users call it, with wire names. */
export async function wholeApi(): Promise<void> {
  const zep = new ZepClient({ apiKey: "YOUR_API_KEY" });
  const user = await zep.user.add({ user_id: "u1", email: "ada@example.com" });
  expectType<Equal<typeof user, User>>(true);
  await zep.thread.create({ thread_id: "t1", user_id: "u1" });
  await zep.thread.addMessages("t1", { messages: [{ role: "user", content: "Hi" }] });
  const context = await zep.thread.getUserContext("t1", { template_id: "basic" });
  expectType<Equal<typeof context, ThreadContextResponse>>(true);
  // Nothing required: the params object may be left out.
  await zep.thread.getUserContext("t1");
  for await (const thread of zep.thread.listAll({ page_size: 50 })) {
    expectType<Equal<typeof thread, Thread>>(true);
  }
  for await (const edge of zep.graph.edge.getByGraphId("g1", { limit: 100 })) {
    expectType<Equal<typeof edge, EntityEdge>>(true);
  }
  const groups = await zep.userGroup.list({ projectId: "p1", pageNumber: 1, pageSize: 20 });
  expectType<Equal<typeof groups, UserGroupListResponse>>(true);
  await zep.memory.listSessions({ page_size: 10 });
  // A 200 without a body resolves to undefined.
  const deleted = await zep.userGroup.delete("g1", { projectId: "p1" });
  expectType<Equal<typeof deleted, undefined>>(true);
  // Path arguments in path order, then the params object, then per-call options.
  await zep.userGroup.removeMember("g1", "u1", { projectId: "p1" }, { timeoutMs: 5_000 });
  // An operation with no parameters takes the options right after its path arguments.
  await zep.graph.get("g1", { maxRetries: 0 });
}

export async function everyParameter(client: ZepClient): Promise<void> {
  const page = await client.memory.listSessions({ page_number: 1, page_size: 10, order_by: "created_at", asc: true });
  expectType<Equal<typeof page, SessionListResponse>>(true);
  expectType<Equal<typeof page.total_count, number>>(true);
  expectType<Equal<typeof page.sessions, Session[]>>(true);
  // Every order_by value the spec lists.
  for (const order_by of ["created_at", "updated_at", "user_id", "session_id"] as const) {
    await client.memory.listSessions({ order_by, asc: false });
  }
  // `undefined` means "not sent", so it is accepted for every optional parameter.
  await client.memory.listSessions({ page_number: undefined, page_size: undefined, order_by: undefined, asc: undefined });
  const params: ListSessionsParams = { page_size: 100 };
  await client.memory.listSessions(params);
}

export function callTypes(client: ZepClient): void {
  const call = client.memory.listSessions();
  expectType<Equal<typeof call, PagedCall<SessionListResponse, Session>>>(true);
  const plain: ApiCall<SessionListResponse> = call;
  void plain;
}

export async function everyItem(client: ZepClient): Promise<void> {
  for await (const session of client.memory.listSessions({ page_size: 100 })) {
    expectType<Equal<typeof session, Session>>(true);
    expectType<Equal<typeof session.session_id, string>>(true);
    expectType<Equal<typeof session.user_id, string | null>>(true);
  }
  for await (const page of client.memory.listSessions().pages()) {
    expectType<Equal<typeof page, SessionListResponse>>(true);
  }
}

export async function withResponse(client: ZepClient): Promise<void> {
  const { data, response } = await client.memory.listSessions().withResponse();
  expectType<Equal<typeof data, SessionListResponse>>(true);
  expectType<Equal<typeof response, Response>>(true);
}

export async function perCallOptions(client: ZepClient, signal: AbortSignal): Promise<void> {
  await client.memory.listSessions({ page_size: 10 }, { timeoutMs: 5_000, maxRetries: 0, signal, headers: { "X-Trace": "1" } });
  new ZepClient({ apiKey: "k", baseUrl: "http://127.0.0.1:4010", timeoutMs: 1_000, maxRetries: 1, fetch });
  new ZepClient();
}

export async function errorBodies(client: ZepClient): Promise<void> {
  try {
    await client.memory.listSessions({ page_size: 10 });
  } catch (e) {
    if (e instanceof BadRequestError) {
      expectType<Equal<typeof e.body.message, string>>(true);
      const status: number = e.status;
      void status;
    } else if (e instanceof InternalServerError) {
      const message: string = e.body.message;
      void message;
    } else if (e instanceof ZepError) {
      // Any other status: the class is generic, so the body is whatever the server sent.
      const status: number = e.status;
      void status;
    } else if (e instanceof TimeoutError) {
      const ms: number = e.timeoutMs;
      void ms;
    }
  }
}

export async function requiredParameters(client: RequiredParamsClient, body: NewThing): Promise<void> {
  const thing = await client.things.createThing("p1", { dry_run: false, ...body });
  expectType<Equal<typeof thing, Thing>>(true);
  await client.things.createThing("p1", { dry_run: true, name: "n", "X-Request-Id": "r1" });
  new RequiredParamsClient({ token: "t" });
}

// Each line below must fail to compile; `tsc` reports an unused `@ts-expect-error` if it ever compiles.
export function mustNotCompile(client: ZepClient, things: RequiredParamsClient): void {
  // @ts-expect-error order_by takes only the values the spec lists
  void client.memory.listSessions({ order_by: "bogus" });
  // @ts-expect-error page_size is a number, not a string
  void client.memory.listSessions({ page_size: "10" });
  // @ts-expect-error a misspelt parameter
  void client.memory.listSessions({ page_sise: 10 });
  // @ts-expect-error a parameter the operation does not have
  void client.memory.listSessions({ user_id: "u1" });
  // @ts-expect-error asc is a boolean
  void client.memory.listSessions({ asc: "true" });
  // @ts-expect-error thread.listAll's order_by takes only the values the spec lists
  void client.thread.listAll({ order_by: "created" });
  // @ts-expect-error user.add needs the body property user_id
  void client.user.add({ email: "ada@example.com" });
  // @ts-expect-error a body property by its camelCase name where the wire name is snake_case
  void client.user.add({ user_id: "u1", firstName: "Ada" });
  // @ts-expect-error thread.addMessages needs its path argument before the params
  void client.thread.addMessages({ messages: [{ role: "user", content: "Hi" }] });
  // @ts-expect-error userGroup.list needs its required query parameters
  void client.userGroup.list({ projectId: "p1" });
  // @ts-expect-error the credential is a string
  new ZepClient({ apiKey: 42 });
  // @ts-expect-error an unknown client option
  new ZepClient({ api_key: "k" });
  // @ts-expect-error the required path argument project_id is missing
  void things.things.createThing({ dry_run: true, name: "n" });
  // @ts-expect-error the required query parameter dry_run is missing
  void things.things.createThing("p1", { name: "n" });
  // @ts-expect-error the body property `name`, required, is missing
  void things.things.createThing("p1", { dry_run: true });
  // @ts-expect-error the params object itself is required
  void things.things.createThing("p1");
  // @ts-expect-error the body misses its required `name`
  void things.things.createThing("p1", { dry_run: true, size: 1 });
}
