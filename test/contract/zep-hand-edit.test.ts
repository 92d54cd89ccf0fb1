/**
 * The committed Zep client's hand edit, `client.thread.listAllMessages`: a
 * helper the spec cannot describe (the messages endpoint reads in parts by
 * `limit` and a `cursor` position), written in generated/zep and kept by every
 * regeneration (`npm test` runs `generate --check`, which passes only while
 * the edit merges cleanly). Here: it walks every part, and stops where it must.
 */
import { describe, expect, it } from "vitest";
import { ZepClient } from "../../generated/zep/index.ts";
import { fakeFetch } from "../support/fake-fetch.js";

const message = (n: number) => ({ uuid: `m${n}`, role: "user", content: `message ${n}` });

/** A messages answer holding messages `from`..`to` (exclusive) of a thread of `total`. */
const part = (from: number, to: number, total: number) => ({
  status: 200,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    messages: Array.from({ length: to - from }, (_, i) => message(from + i)),
    row_count: to - from,
    total_count: total,
  }),
});

describe("client.thread.listAllMessages (added by hand)", () => {
  it("reads the thread part by part, each from where the last ended, until the total", async () => {
    const fake = fakeFetch(part(0, 2, 5), part(2, 4, 5), part(4, 5, 5));
    const client = new ZepClient({ apiKey: "key", baseUrl: "https://zep.test/api/v2", fetch: fake.fetch });
    const seen: string[] = [];
    for await (const m of client.thread.listAllMessages("t1", 2)) seen.push(m.uuid ?? "");
    expect(seen).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(fake.calls.map((c) => new URL(c.url).search)).toEqual(["?limit=2&cursor=0", "?limit=2&cursor=2", "?limit=2&cursor=4"]);
    expect(fake.calls.map((c) => new URL(c.url).pathname)).toEqual(Array(3).fill("/api/v2/threads/t1/messages"));
  });

  it("stops after an empty thread's one request, and can be left early", async () => {
    const empty = fakeFetch(part(0, 0, 0));
    const client = new ZepClient({ apiKey: "key", baseUrl: "https://zep.test/api/v2", fetch: empty.fetch });
    for await (const _ of client.thread.listAllMessages("t1")) throw new Error("an empty thread has no messages");
    expect(empty.calls).toHaveLength(1);

    const many = fakeFetch(part(0, 3, 9), part(3, 6, 9));
    const early = new ZepClient({ apiKey: "key", baseUrl: "https://zep.test/api/v2", fetch: many.fetch });
    for await (const m of early.thread.listAllMessages("t1", 3)) if (m.uuid === "m1") break;
    expect(many.calls).toHaveLength(1);
  });
});
