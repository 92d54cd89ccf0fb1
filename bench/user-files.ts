/**
 * The small user file each tool is type-checked with: three GitHub operations
 * (GET /repos/{owner}/{repo}, GET /repos/{owner}/{repo}/issues with a query,
 * POST /repos/{owner}/{repo}/pulls with a body) called through that tool's
 * client, reading one typed field of each result — what an editor pays for a
 * file that uses the client.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ToolId } from "./peers.js";

function importPath(fromDir: string, file: string): string {
  const path = relative(fromDir, file).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** The client class exported by ours' index.ts (its name comes from the spec; the import ends in .js or .ts). */
export function oursClientName(outDir: string): string {
  const index = readFileSync(join(outDir, "index.ts"), "utf8");
  const name = /export \{ (\w+), type \w+Options \} from "\.\/client\.(?:js|ts)"/.exec(index)?.[1];
  if (name === undefined) throw new Error(`no client class export found in ${join(outDir, "index.ts")}`);
  return name;
}

function oursFile(outDir: string, userDir: string): string {
  const client = oursClientName(outDir);
  return `import { ${client} } from "${importPath(userDir, join(outDir, "index.js"))}";

const client = new ${client}({ baseUrl: "http://127.0.0.1:9", headers: { authorization: "Bearer t" } });

export async function demo(owner: string, repo: string): Promise<string> {
  const repository = await client.repos.reposGet(owner, repo);
  const issues = await client.issues.issuesListForRepo(owner, repo, { state: "open", per_page: 10 });
  const pull = await client.pulls.pullsCreate(owner, repo, { title: "Fix", head: "fix", base: "main" });
  return \`\${repository.full_name} \${issues[0]?.title ?? ""} #\${pull.number}\`;
}
`;
}

/** The output is schema.d.ts; NodeNext resolves the `./schema.js` specifier to it, as in its users' projects. */
function openapiTypescriptFile(outDir: string, userDir: string): string {
  return `import type { paths } from "${importPath(userDir, join(outDir, "schema.js"))}";

// openapi-typescript emits types only: this is the minimal typed fetch wrapper a user writes over \`paths\`.
type Json<R> = R extends { content: { "application/json": infer J } } ? J : never;
type Success<O> = O extends { responses: infer R }
  ? R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : undefined
  : never;
type Input<O> = (O extends { parameters: { path: infer P } } ? { path: P } : {}) &
  (O extends { parameters: { query?: infer Q } } ? { query?: Q } : {}) &
  (O extends { requestBody: { content: { "application/json": infer B } } } ? { body: B } : {});

const baseUrl = "http://127.0.0.1:9";

async function call<O>(method: "GET" | "POST", path: string, input: Input<O>): Promise<Success<O>> {
  const parts = input as {
    path?: Record<string, string | number>;
    query?: Record<string, string | number | boolean | undefined>;
    body?: unknown;
  };
  let url = path.replace(/\\{(\\w+)\\}/g, (_, name: string) => encodeURIComponent(String(parts.path?.[name] ?? "")));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parts.query ?? {})) if (value !== undefined) query.set(key, String(value));
  if ([...query].length > 0) url += \`?\${query}\`;
  const init: RequestInit = { method, headers: { authorization: "Bearer t", "content-type": "application/json" } };
  if (parts.body !== undefined) init.body = JSON.stringify(parts.body);
  const response = await fetch(baseUrl + url, init);
  if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
  return (await response.json()) as Success<O>;
}

export async function demo(owner: string, repo: string): Promise<string> {
  const repository = await call<paths["/repos/{owner}/{repo}"]["get"]>("GET", "/repos/{owner}/{repo}", { path: { owner, repo } });
  const issues = await call<paths["/repos/{owner}/{repo}/issues"]["get"]>("GET", "/repos/{owner}/{repo}/issues", {
    path: { owner, repo },
    query: { state: "open", per_page: 10 },
  });
  const pull = await call<paths["/repos/{owner}/{repo}/pulls"]["post"]>("POST", "/repos/{owner}/{repo}/pulls", {
    path: { owner, repo },
    body: { title: "Fix", head: "fix", base: "main" },
  });
  return \`\${repository.full_name} \${issues[0]?.title ?? ""} #\${pull.number}\`;
}
`;
}

function heyApiFile(outDir: string, userDir: string): string {
  return `import { issuesListForRepo, pullsCreate, reposGet } from "${importPath(userDir, join(outDir, "sdk.gen.js"))}";
import { client } from "${importPath(userDir, join(outDir, "client.gen.js"))}";

client.setConfig({ baseUrl: "http://127.0.0.1:9", headers: { authorization: "Bearer t" } });

export async function demo(owner: string, repo: string): Promise<string> {
  const repository = await reposGet({ path: { owner, repo }, throwOnError: true });
  const issues = await issuesListForRepo({ path: { owner, repo }, query: { state: "open", per_page: 10 }, throwOnError: true });
  const pull = await pullsCreate({ path: { owner, repo }, body: { title: "Fix", head: "fix", base: "main" }, throwOnError: true });
  return \`\${repository.data.full_name} \${issues.data[0]?.title ?? ""} #\${pull.data.number}\`;
}
`;
}

function orvalFile(outDir: string, userDir: string): string {
  return `import { issuesListForRepo, pullsCreate, reposGet } from "${importPath(userDir, join(outDir, "api.js"))}";

export async function demo(owner: string, repo: string): Promise<string> {
  const init = { headers: { authorization: "Bearer t" } };
  const repository = await reposGet(owner, repo, init);
  const issues = await issuesListForRepo(owner, repo, { state: "open", per_page: 10 }, init);
  const pull = await pullsCreate(owner, repo, { title: "Fix", head: "fix", base: "main" }, init);
  if (repository.status !== 200 || issues.status !== 200 || pull.status !== 201) throw new Error("unexpected status");
  return \`\${repository.data.full_name} \${issues.data[0]?.title ?? ""} #\${pull.data.number}\`;
}
`;
}

/** Source of the user file for `tool`, importing from its output in `outDir`, to be written into `userDir`. */
export function userFile(tool: ToolId, outDir: string, userDir: string): string {
  switch (tool) {
    case "ours":
      return oursFile(outDir, userDir);
    case "openapi-typescript":
      return openapiTypescriptFile(outDir, userDir);
    case "hey-api":
      return heyApiFile(outDir, userDir);
    case "orval":
      return orvalFile(outDir, userDir);
  }
}
