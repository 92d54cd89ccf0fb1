/**
 * The small user files each tool is type-checked with, per document: a few
 * operations called through that tool's client, reading one typed field of
 * each result — what an editor or `tsc` pays for a file that uses the client.
 * GitHub's makes three calls (GET /repos/{owner}/{repo}, GET
 * /repos/{owner}/{repo}/issues with a query, POST /repos/{owner}/{repo}/pulls
 * with a body); Zep's lives in zep-user-files.ts. Each file is written from
 * import specifiers, so the same calls serve a client beside the user file
 * and one installed as a package.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathsFetchWrapper } from "./paths-fetch.js";
import type { ToolId } from "./peers.js";

/** One document's user file for each tool's client, given where its modules are imported from. */
export interface UserFiles {
  /** Ours: `client` is the client class, `from` the specifier of the client's index (or the package). */
  readonly ours: (client: string, from: string) => string;
  /** openapi-typescript: `from` resolves to its `schema.d.ts`. */
  readonly openapiTypescript: (from: string) => string;
  /** hey-api: its `sdk.gen` and `client.gen` modules. */
  readonly heyApi: (sdk: string, client: string) => string;
  /** orval: its single `api` module. */
  readonly orval: (from: string) => string;
}

/** A relative import specifier from `fromDir` to `file` (always starting with `.`). */
export function importPath(fromDir: string, file: string): string {
  const path = relative(fromDir, file).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/**
 * The client class an index module of ours exports (its name comes from the spec): `index.ts` of the source kind
 * or `dist/esm/index.d.ts` of the package kind; the import of `./client` may end in .ts, .js or nothing.
 */
export function oursClientName(indexFile: string): string {
  const index = readFileSync(indexFile, "utf8");
  const name = /export \{ (\w+), type \w+Options \} from "\.\/client(?:\.js|\.ts)?"/.exec(index)?.[1];
  if (name === undefined) throw new Error(`no client class export found in ${indexFile}`);
  return name;
}

export const githubUserFiles: UserFiles = {
  ours: (client, from) => `import { ${client} } from "${from}";

const client = new ${client}({ baseUrl: "http://127.0.0.1:9", headers: { authorization: "Bearer t" } });

export async function demo(owner: string, repo: string): Promise<string> {
  const repository = await client.repos.reposGet(owner, repo);
  const issues = await client.issues.issuesListForRepo(owner, repo, { state: "open", per_page: 10 });
  const pull = await client.pulls.pullsCreate(owner, repo, { title: "Fix", head: "fix", base: "main" });
  return \`\${repository.full_name} \${issues[0]?.title ?? ""} #\${pull.number}\`;
}
`,
  // The output is schema.d.ts; NodeNext resolves the `./schema.js` specifier to it, as in its users' projects.
  openapiTypescript: (from) => `import type { paths } from "${from}";

${pathsFetchWrapper("Bearer t")}
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
`,
  heyApi: (sdk, client) => `import { issuesListForRepo, pullsCreate, reposGet } from "${sdk}";
import { client } from "${client}";

client.setConfig({ baseUrl: "http://127.0.0.1:9", headers: { authorization: "Bearer t" } });

export async function demo(owner: string, repo: string): Promise<string> {
  const repository = await reposGet({ path: { owner, repo }, throwOnError: true });
  const issues = await issuesListForRepo({ path: { owner, repo }, query: { state: "open", per_page: 10 }, throwOnError: true });
  const pull = await pullsCreate({ path: { owner, repo }, body: { title: "Fix", head: "fix", base: "main" }, throwOnError: true });
  return \`\${repository.data.full_name} \${issues.data[0]?.title ?? ""} #\${pull.data.number}\`;
}
`,
  orval: (from) => `import { issuesListForRepo, pullsCreate, reposGet } from "${from}";

export async function demo(owner: string, repo: string): Promise<string> {
  const init = { headers: { authorization: "Bearer t" } };
  const repository = await reposGet(owner, repo, init);
  const issues = await issuesListForRepo(owner, repo, { state: "open", per_page: 10 }, init);
  const pull = await pullsCreate(owner, repo, { title: "Fix", head: "fix", base: "main" }, init);
  if (repository.status !== 200 || issues.status !== 200 || pull.status !== 201) throw new Error("unexpected status");
  return \`\${repository.data.full_name} \${issues.data[0]?.title ?? ""} #\${pull.data.number}\`;
}
`,
};

/**
 * `files`' user file for `tool`, importing from its output in `outDir` (a folder of modules beside the user's
 * code), to be written into `userDir`. The specifiers end in .js, which NodeNext maps to the .ts or .d.ts there.
 */
export function userFile(tool: ToolId, outDir: string, userDir: string, files: UserFiles = githubUserFiles): string {
  const from = (file: string): string => importPath(userDir, join(outDir, file));
  switch (tool) {
    case "ours":
      return files.ours(oursClientName(join(outDir, "index.ts")), from("index.js"));
    case "openapi-typescript":
      return files.openapiTypescript(from("schema.js"));
    case "hey-api":
      return files.heyApi(from("sdk.gen.js"), from("client.gen.js"));
    case "orval":
      return files.orval(from("api.js"));
    case "ours-node20":
    case "kubb":
      // The type-check sections compare ours with the first three peers only (run.ts passes them no other tool).
      throw new Error(`no user file is written for ${tool}`);
  }
}
