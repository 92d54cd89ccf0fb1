/**
 * Zep's user file for each tool's client: three thread operations, as a Zep
 * user's code makes them — GET /threads with a query (thread.listAll), POST
 * /threads with a body (thread.create) and GET /threads/{threadId}/messages
 * with a path parameter and a query (thread.get) — reading one typed field of
 * each result.
 */
import { pathsFetchWrapper } from "./paths-fetch.js";
import type { UserFiles } from "./user-files.js";

export const zepUserFiles: UserFiles = {
  ours: (client, from) => `import { ${client} } from "${from}";

const client = new ${client}({ apiKey: "t", baseUrl: "http://127.0.0.1:9" });

export async function demo(threadId: string): Promise<string> {
  const page = await client.thread.listAll({ page_size: 10, order_by: "created_at" });
  const thread = await client.thread.create({ thread_id: threadId, user_id: "user-1" });
  const messages = await client.thread.get(threadId, { limit: 50 });
  return \`\${page.threads?.[0]?.thread_id ?? ""} \${thread.thread_id ?? ""} \${messages.messages?.[0]?.content ?? ""}\`;
}
`,
  openapiTypescript: (from) => `import type { paths } from "${from}";

${pathsFetchWrapper("Api-Key t")}
export async function demo(threadId: string): Promise<string> {
  const page = await call<paths["/threads"]["get"]>("GET", "/threads", { query: { page_size: 10, order_by: "created_at" } });
  const thread = await call<paths["/threads"]["post"]>("POST", "/threads", { body: { thread_id: threadId, user_id: "user-1" } });
  const messages = await call<paths["/threads/{threadId}/messages"]["get"]>("GET", "/threads/{threadId}/messages", {
    path: { threadId },
    query: { limit: 50 },
  });
  return \`\${page.threads?.[0]?.thread_id ?? ""} \${thread.thread_id ?? ""} \${messages.messages?.[0]?.content ?? ""}\`;
}
`,
  heyApi: (sdk, client) => `import { threadCreate, threadGet, threadListAll } from "${sdk}";
import { client } from "${client}";

client.setConfig({ baseUrl: "http://127.0.0.1:9", headers: { authorization: "Api-Key t" } });

export async function demo(threadId: string): Promise<string> {
  const page = await threadListAll({ query: { page_size: 10, order_by: "created_at" }, throwOnError: true });
  const thread = await threadCreate({ body: { thread_id: threadId, user_id: "user-1" }, throwOnError: true });
  const messages = await threadGet({ path: { threadId }, query: { limit: 50 }, throwOnError: true });
  return \`\${page.data.threads?.[0]?.thread_id ?? ""} \${thread.data.thread_id ?? ""} \${messages.data.messages?.[0]?.content ?? ""}\`;
}
`,
  orval: (from) => `import { threadCreate, threadGet, threadListAll } from "${from}";

export async function demo(threadId: string): Promise<string> {
  const init = { headers: { authorization: "Api-Key t" } };
  const page = await threadListAll({ page_size: 10, order_by: "created_at" }, init);
  const thread = await threadCreate({ thread_id: threadId, user_id: "user-1" }, init);
  const messages = await threadGet(threadId, { limit: 50 }, init);
  if (page.status !== 200 || thread.status !== 200 || messages.status !== 200) throw new Error("unexpected status");
  return \`\${page.data.threads?.[0]?.thread_id ?? ""} \${thread.data.thread_id ?? ""} \${messages.data.messages?.[0]?.content ?? ""}\`;
}
`,
};
