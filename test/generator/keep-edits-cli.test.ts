/**
 * Hand edits survive regeneration (issue 20), through the real command
 * (`generator/cli/start.cjs`, as `npm run generate` runs it), each case in a
 * temporary git repository the way a user keeps a client: generate, commit,
 * edit by hand, change the spec, regenerate. What is asserted is what the user
 * notices: their helper and doc fixes are still there next to the spec's
 * change, and the client compiles; a conflict shows git-style markers at the
 * line the CLI names, exits 1 and is refused until resolved; a deleted file
 * stays deleted, their own files (text or binary) are untouched, a
 * `.wiregenignore`d path is never written; a fresh clone without any cache
 * regenerates the hand-edited client byte for byte and `--check` passes on it
 * until the spec changes; `--watch` merges too; and the repository's own Zep
 * client keeps its hand-written `thread.listAllMessages` across a spec change.
 *
 * One baseline (the fixture generated and committed) is shared: each case
 * copies it, `.git` included, into its own folder.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compile, compilerOf } from "../support/compilers.js";
import { useScratchDir } from "../support/scratch-dir.js";
import { strictFlags } from "../support/strict-flags.js";
import { ROOT } from "./helpers/paths.js";

const START = join(ROOT, "generator/cli/start.cjs");
const FIXTURE = join(ROOT, "test/fixtures/keep-edits/chat.yaml");
const SPEC = "spec/chat.yaml";
const OUT = "client";

const dir = useScratchDir("wiregen-keep-edits-");
const baseline = join(dir, "baseline");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr, for messages whose stream does not matter to a user at a terminal. */
  readonly output: string;
}

/** Runs `file args` in `cwd`; never rejects on a non-zero exit. */
function run(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== "number") {
        reject(new Error(`${file} did not run: ${error.message}\n${stderr}`));
        return;
      }
      const code = error === null ? 0 : (error.code as number);
      resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

/** The environment of a run of the CLI: no colours, no debug traces, and the cache in `cacheDir` (outside the repository). */
function cliEnv(cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", WIREGEN_CACHE_DIR: cacheDir };
  delete env["WIREGEN_DEBUG"];
  delete env["NODE_OPTIONS"];
  return env;
}

/** `wiregen spec/chat.yaml -o client <extra>` in `repo`, its cache beside the repository unless `cacheDir` is given. */
function wiregen(repo: string, extra: readonly string[] = [], cacheDir = `${repo}.cache`): Promise<Run> {
  return run(process.execPath, [START, SPEC, "-o", OUT, ...extra], repo, cliEnv(cacheDir));
}

/** git in `repo`, away from the machine's own git configuration; throws on failure. */
async function git(repo: string, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Test User",
    GIT_AUTHOR_EMAIL: "user@example.com",
    GIT_COMMITTER_NAME: "Test User",
    GIT_COMMITTER_EMAIL: "user@example.com",
  };
  const result = await run("git", ["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], repo, env);
  if (result.code !== 0) throw new Error(`git ${args.join(" ")} failed in ${repo}:\n${result.output}`);
  return result.stdout;
}

async function commitAll(repo: string, message: string): Promise<void> {
  await git(repo, "add", "--all");
  await git(repo, "commit", "--quiet", "--allow-empty", "-m", message);
}

/** A copy of the committed baseline repository, `.git` included, as `<scratch>/<name>`. */
async function repoFrom(name: string): Promise<string> {
  const repo = join(dir, name);
  await cp(baseline, repo, { recursive: true });
  return repo;
}

/** Replaces the one occurrence of `from` in `file` (relative to `repo`); fails if there is not exactly one. */
async function replaceOnce(repo: string, file: string, from: string, to: string): Promise<void> {
  const path = join(repo, file);
  const text = await readFile(path, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file} holds ${count} occurrences of ${JSON.stringify(from)}, not 1`);
  await writeFile(
    path,
    text.replace(from, () => to),
  );
}

const read = (repo: string, file: string): Promise<string> => readFile(join(repo, file), "utf8");

/** Every file under `folder` with its bytes, to show a refused run wrote nothing. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(folder.length + 1), await readFile(path));
  }
  return files;
}

/** Type-checks `include` (relative to `repo`) under the strict flag set with the project's tsc; returns tsc's errors. */
async function typeErrors(repo: string, include: readonly string[]): Promise<string[]> {
  await writeFile(
    join(repo, "tsconfig.check.json"),
    JSON.stringify({ compilerOptions: strictFlags("nodenext"), include }, null, 2),
  );
  const { errors } = await compile(compilerOf("5.9.3"), "tsconfig.check.json", { cwd: repo });
  return errors;
}

// --- what the user writes by hand -------------------------------------------------------------

/** A helper method the user adds at the end of the `thread` resource class, calling a generated method. */
const HELPER = `
  /** Every message of a thread, following the cursor from page to page. Written by hand. */
  async listAllMessages(threadId: string, options?: RequestOptions): Promise<MessagePage["messages"]> {
    const all: MessagePage["messages"] = [];
    let cursor: number | undefined;
    do {
      const page: MessagePage = await this.listMessages(threadId, cursor === undefined ? {} : { cursor }, options);
      all.push(...page.messages);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return all;
  }
`;

async function addHelper(repo: string): Promise<void> {
  const path = join(repo, OUT, "resources/thread.ts");
  const text = await readFile(path, "utf8");
  // The class is the file's last statement: the helper goes before its closing brace.
  expect(text.endsWith("\n}\n")).toBe(true);
  await writeFile(path, `${text.slice(0, -2)}${HELPER}}\n`);
}

const DOC_LINE = "   * Returns the user with this id.\n";
const DOC_FIX = "   * Returns the user with this id; a missing user fails with a 404 `ChatError`.\n";

async function fixDoc(repo: string): Promise<void> {
  await replaceOnce(repo, `${OUT}/resources/user.ts`, DOC_LINE, DOC_FIX);
}

// --- what changes in the spec -------------------------------------------------------------------

/** `thread.list` gains an optional `order` query parameter. */
async function addThreadListOrder(repo: string): Promise<void> {
  await replaceOnce(
    repo,
    SPEC,
    "        - { name: page, in: query, schema: { type: integer } }\n",
    "        - { name: page, in: query, schema: { type: integer } }\n" +
      "        - { name: order, in: query, schema: { type: string, enum: [newest, oldest] } }\n",
  );
}

/** `user.get` gains an optional `fields` query parameter. */
async function addUserGetFields(repo: string): Promise<void> {
  await replaceOnce(
    repo,
    SPEC,
    "        - { name: userId, in: path, required: true, schema: { type: string } }\n",
    "        - { name: userId, in: path, required: true, schema: { type: string } }\n" +
      "        - { name: fields, in: query, schema: { type: string } }\n",
  );
}

/** `user.list` gains an optional `limit` query parameter: the same file as `user.get`, another method. */
async function addUserListLimit(repo: string): Promise<void> {
  await replaceOnce(
    repo,
    SPEC,
    "      summary: List users\n",
    "      summary: List users\n      parameters:\n        - { name: limit, in: query, schema: { type: integer } }\n",
  );
}

beforeAll(async () => {
  await mkdir(join(baseline, "spec"), { recursive: true });
  await writeFile(join(baseline, "package.json"), '{ "type": "module" }\n');
  await writeFile(join(baseline, ".gitignore"), "node_modules/\ntsconfig.check.json\n");
  await cp(FIXTURE, join(baseline, SPEC));
  await git(baseline, "init", "--quiet", "--initial-branch=main");
  const first = await wiregen(baseline);
  expect(first.code, first.output).toBe(0);
  expect(existsSync(join(baseline, OUT, ".wiregen/base.json"))).toBe(true);
  await commitAll(baseline, "Generate the chat client");
});

describe("hand edits through regeneration", () => {
  it("keeps a helper method added to the thread resource next to a new parameter of another thread method; the client compiles and api.md lists the helper", async () => {
    const repo = await repoFrom("helper");
    await addHelper(repo);
    await commitAll(repo, "Add thread.listAllMessages by hand");

    await addThreadListOrder(repo);
    const result = await wiregen(repo);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("kept your edits in resources/thread.ts");
    expect(result.stdout).toMatch(/thread\.list: optional query parameter `order` added/);

    const thread = await read(repo, `${OUT}/resources/thread.ts`);
    // The helper, byte for byte, still inside the class.
    expect(thread).toContain(`${HELPER}}\n`);
    // The spec's change, in the same file.
    const listParams = thread.slice(thread.indexOf("export interface ThreadListParams {"));
    expect(listParams.slice(0, listParams.indexOf("\n}\n"))).toMatch(/^\s+order\?: /m);
    expect(thread).toMatch(
      /params: \[\{ key: "page", name: "page", in: "query" \}, \{ key: "order", name: "order", in: "query" \}\]/,
    );

    const apiMd = await read(repo, `${OUT}/api.md`);
    const handSection = apiMd.slice(apiMd.indexOf("## Added by hand"));
    expect(apiMd).toContain("## Added by hand");
    expect(handSection).toContain("- `client.thread.listAllMessages()` (resources/thread.ts)");

    // A user's code calling both: the new parameter takes the spec's values only, the helper its own signature.
    await writeFile(
      join(repo, "usage.ts"),
      `import { ChatClient } from "./client/index.ts";

export async function latestMessageCount(): Promise<number> {
  const client = new ChatClient();
  const threads = await client.thread.list({ order: "newest" });
  // @ts-expect-error -- not one of the spec's values
  await client.thread.list({ order: "sideways" });
  const messages = await client.thread.listAllMessages(threads[0]?.id ?? "none");
  return messages.length;
}
`,
    );
    expect(await typeErrors(repo, [`${OUT}/**/*.ts`, "usage.ts"])).toEqual([]);

    // A later edit above the helper moves it down a line: api.md names its file, not its line, so --check stays green.
    await replaceOnce(repo, `${OUT}/resources/thread.ts`, "export class ThreadResource {", "// Our notes on threads.\nexport class ThreadResource {");
    const check = await wiregen(repo, ["--check"]);
    expect(check.code, check.output).toBe(0);
  });

  it("keeps a doc-comment fix on user.get across a spec change to user.list in the same file", async () => {
    const repo = await repoFrom("doc-fix");
    await fixDoc(repo);
    await commitAll(repo, "Say what user.get does with a missing user");

    await addUserListLimit(repo);
    const result = await wiregen(repo);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("kept your edits in resources/user.ts");

    const user = await read(repo, `${OUT}/resources/user.ts`);
    expect(user).toContain(DOC_FIX);
    expect(user).not.toContain(DOC_LINE);
    expect(user).toMatch(/^  list\(params: \w+ = \{\}, options\?: RequestOptions\)/m);
    expect(user).not.toContain("<<<<<<<");
  });

  it("writes conflict markers where the CLI says when the user and the spec change the same lines; once resolved the next run and --check pass", async () => {
    const repo = await repoFrom("conflict");
    await fixDoc(repo);
    const specLine = "      description: Returns the user with this id, deleted users included.\n";
    await replaceOnce(repo, SPEC, "      description: Returns the user with this id.\n", specLine);

    const conflicted = await wiregen(repo);
    expect(conflicted.code, conflicted.output).toBe(1);
    const named = /^client\/resources\/user\.ts:(\d+): error: (.*)$/m.exec(conflicted.output);
    expect(named, conflicted.output).not.toBeNull();
    expect(named![2]).toMatch(/conflict markers/);
    // The conflicted file is reported as a conflict, not as edits kept.
    expect(conflicted.output).not.toMatch(/kept your edits in .*resources\/user\.ts/);
    const user = await read(repo, `${OUT}/resources/user.ts`);
    const lines = user.split("\n");
    const at = Number(named![1]) - 1;
    expect(lines.slice(at, at + 7)).toEqual([
      "<<<<<<< your edit",
      DOC_FIX.slice(0, -1),
      "||||||| last generated",
      DOC_LINE.slice(0, -1),
      "=======",
      "   * Returns the user with this id, deleted users included.",
      ">>>>>>> regenerated from the spec",
    ]);
    // Only one conflict, and only in that file.
    expect(lines.filter((l) => l.startsWith("<<<<<<<"))).toHaveLength(1);

    // Run again without resolving: refused, nothing written.
    const before = await snapshot(join(repo, OUT));
    const refused = await wiregen(repo);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/client\/resources\/user\.ts:\d+: error: unresolved conflict markers/);
    expect(refused.output).toContain("nothing was written");
    expect(await snapshot(join(repo, OUT))).toEqual(before);

    // The user rewrites the region, keeping both halves.
    const resolvedLine =
      "   * Returns the user with this id, deleted users included; a missing user fails with a 404 `ChatError`.";
    await writeFile(
      join(repo, OUT, "resources/user.ts"),
      [...lines.slice(0, at), resolvedLine, ...lines.slice(at + 7)].join("\n"),
    );

    const resolved = await wiregen(repo);
    expect(resolved.code, resolved.output).toBe(0);
    const after = await read(repo, `${OUT}/resources/user.ts`);
    expect(after).toContain(`${resolvedLine}\n`);
    expect(after).not.toMatch(/^(<<<<<<<|\|\|\|\|\|\|\||=======|>>>>>>>)/m);

    const check = await wiregen(repo, ["--check"]);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain("client up to date");
  });

  it("leaves a deleted file deleted, the user's own files byte-identical and a .wiregenignore'd path unwritten when the spec changes them", async () => {
    const repo = await repoFrom("files");
    const client = join(repo, OUT);
    await git(repo, "rm", "--quiet", `${OUT}/entries/user.ts`);
    const helpers = "// The user's own file.\nexport const greeting = (name: string): string => `hello ${name}`;\n";
    // Binary: a PNG signature, NUL and CR LF bytes, and noise.
    const logo = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0xff, 0x0d, 0x0a]),
      randomBytes(2048),
    ]);
    await mkdir(join(client, "extras"));
    await writeFile(join(client, "extras/helpers.ts"), helpers);
    await writeFile(join(client, "extras/logo.png"), logo);
    await writeFile(join(client, ".wiregenignore"), "# kept by hand, never regenerated\nresources/user.ts\n");
    const ignoredBefore = await readFile(join(client, "resources/user.ts"));
    await commitAll(repo, "Drop the user entry point, add our own files, keep resources/user.ts by hand");

    // The spec changes user.get, which lives in the deleted entry's resource and in the ignored file.
    await addUserGetFields(repo);
    const result = await wiregen(repo);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("left deleted, as you deleted them: entries/user.ts");
    expect(result.stdout).toContain("not written, as .wiregenignore lists them: resources/user.ts");

    expect(existsSync(join(client, "entries/user.ts"))).toBe(false);
    expect(await readFile(join(client, "extras/helpers.ts"), "utf8")).toBe(helpers);
    expect((await readFile(join(client, "extras/logo.png"))).equals(logo)).toBe(true);
    expect((await readFile(join(client, "resources/user.ts"))).equals(ignoredBefore)).toBe(true);
    // The change did reach the rest of the client: the ignored file would have had it.
    expect(await read(repo, `${OUT}/api.md`)).toContain("fields");
    expect(ignoredBefore.toString("utf8")).not.toContain("fields");
    // git sees only the spec's change on generated files, and none of the user's.
    const status = await git(repo, "status", "--porcelain");
    expect(status).not.toMatch(/entries\/user\.ts|extras\/|resources\/user\.ts|\.wiregenignore/);
  });
});

describe("a hand-edited client in a fresh clone", () => {
  /** The user's repository: every kind of hand edit, regenerated and committed. */
  let origin: string;

  beforeAll(async () => {
    origin = await repoFrom("origin");
    const client = join(origin, OUT);
    await addHelper(origin);
    await fixDoc(origin);
    await rm(join(client, "entries/user.ts"));
    await mkdir(join(client, "extras"));
    await writeFile(join(client, "extras/helpers.ts"), "export const one = 1;\n");
    await writeFile(join(client, "extras/logo.png"), randomBytes(1024));
    await writeFile(join(client, ".wiregenignore"), "types.d.ts\n");
    await replaceOnce(
      origin,
      `${OUT}/types.d.ts`,
      "export interface paths {",
      "// Edited by hand.\nexport interface paths {",
    );
    // The user regenerates after editing (api.md lists the helper, base.json drops the ignored path), then commits.
    const result = await wiregen(origin);
    expect(result.code, result.output).toBe(0);
    await commitAll(origin, "Hand edits: a helper, a doc fix, no user entry, our own files, types.d.ts by hand");
  });

  /** A clone of the user's repository, as CI or a colleague checks it out, and an empty cache for its runs. */
  async function freshClone(name: string): Promise<{ clone: string; cache: string }> {
    const clone = join(dir, name);
    await git(dir, "clone", "--quiet", origin, clone);
    const cache = join(dir, `${name}-empty-cache`);
    await mkdir(cache);
    return { clone, cache };
  }

  it("regenerates identically: git status is empty after the run", async () => {
    const { clone, cache } = await freshClone("clone-regenerate");
    const result = await wiregen(clone, [], cache);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("kept your edits in resources/thread.ts, resources/user.ts");
    expect(await git(clone, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  it("passes --check (CI) on the hand-edited client, and fails naming the spec change once the spec changes without a regeneration", async () => {
    const { clone, cache } = await freshClone("clone-check");
    const fresh = await wiregen(clone, ["--check"], cache);
    expect(fresh.code, fresh.output).toBe(0);
    expect(fresh.output).toContain("client up to date");

    await addUserGetFields(clone);
    const stale = await wiregen(clone, ["--check"], cache);
    expect(stale.code, stale.output).toBe(1);
    expect(stale.output).toContain("client is stale");
    expect(stale.output).toMatch(/client\/resources\/user\.ts: changed by the spec/);
    expect(stale.output).toMatch(/user\.get: optional query parameter `fields` added\s+\(spec\/chat\.yaml:\d+\)/);
    // --check writes nothing.
    expect(await git(clone, "status", "--porcelain", "--untracked-files=all")).toBe(" M spec/chat.yaml\n");
  });
});

describe("generate --watch", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  it("keeps an edit made while watching across a save of the spec", async () => {
    const repo = await repoFrom("watch");
    const session = { stdout: "", stderr: "" };
    child = spawn(process.execPath, [START, SPEC, "-o", OUT, "--watch"], { cwd: repo, env: cliEnv(`${repo}.cache`) });
    child.stdout!.on("data", (chunk: Buffer) => (session.stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (session.stderr += chunk.toString()));
    const waitFor = async (pattern: RegExp, timeoutMs = 30_000): Promise<void> => {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(session.stdout)) {
        if (Date.now() > deadline) {
          throw new Error(
            `no ${pattern} within ${timeoutMs} ms\nstdout:\n${session.stdout}\nstderr:\n${session.stderr}`,
          );
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    };

    await waitFor(/watching spec\/chat\.yaml/);
    expect(session.stdout).toMatch(/^client: .* \(start\)$/m);
    await addHelper(repo);
    await addThreadListOrder(repo);
    await waitFor(/semver: minor/);
    expect(session.stdout).toMatch(/chat\.yaml changed/);
    expect(session.stdout).toContain("kept your edits in resources/thread.ts");
    const thread = await read(repo, `${OUT}/resources/thread.ts`);
    expect(thread).toContain(`${HELPER}}\n`);
    expect(thread).toMatch(/^\s+order\?: /m);
    expect(session.stderr).toBe("");

    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
  });
});

describe("the repository's Zep client", () => {
  it("keeps its hand-written thread.listAllMessages across a spec change to another thread operation, and compiles", async () => {
    const threadFile = "generated/zep/resources/thread.ts";
    const committed = await readFile(join(ROOT, threadFile), "utf8");
    // The hand edit this repository carries (see api.md's "Added by hand").
    expect(committed).toMatch(/^  async \*?listAllMessages\(/m);
    // The helper's whole text: its doc comment through its closing brace.
    const lines = committed.split("\n");
    const method = lines.findIndex((l) => /^  async \*?listAllMessages\(/.test(l));
    let first = method;
    while (first > 0 && lines[first - 1]!.startsWith("  ") && lines[first - 1]!.trim() !== "") first -= 1;
    const last = lines.findIndex((l, i) => i > method && l === "  }");
    const helper = lines.slice(first, last + 1).join("\n");
    expect(helper).toContain("listAllMessages");

    const repo = join(dir, "zep");
    await mkdir(join(repo, "spec"), { recursive: true });
    await mkdir(join(repo, "generated"));
    await writeFile(join(repo, "package.json"), '{ "type": "module" }\n');
    await writeFile(join(repo, ".gitignore"), "node_modules/\ntsconfig.check.json\n");
    await cp(join(ROOT, "spec/zep.yaml"), join(repo, "spec/zep.yaml"));
    await cp(join(ROOT, "spec/zep"), join(repo, "spec/zep"), { recursive: true });
    await cp(join(ROOT, "generated/zep"), join(repo, "generated/zep"), { recursive: true });
    await git(repo, "init", "--quiet", "--initial-branch=main");
    await commitAll(repo, "The Zep client, as this repository has it");
    const zep = (extra: readonly string[] = []): Promise<Run> =>
      run(process.execPath, [START, "spec/zep.yaml", "-o", "generated/zep", ...extra], repo, cliEnv(`${repo}.cache`));
    // With its hand edit, the client is up to date with its spec (what `npm test` checks).
    const check = await zep(["--check"]);
    expect(check.code, check.output).toBe(0);

    await replaceOnce(
      repo,
      "spec/zep/threads.yaml",
      "      operationId: threadGetEpisodes\n" +
        "      x-sdk-method: thread.getEpisodes\n" +
        "      tags: [thread]\n" +
        "      summary: List a thread's episodes\n" +
        "      description: Returns the graph episodes that were created from a thread.\n" +
        "      parameters:\n",
      "      operationId: threadGetEpisodes\n" +
        "      x-sdk-method: thread.getEpisodes\n" +
        "      tags: [thread]\n" +
        "      summary: List a thread's episodes\n" +
        "      description: Returns the graph episodes that were created from a thread.\n" +
        "      parameters:\n" +
        "        - name: lastn\n" +
        "          in: query\n" +
        "          description: Only the most recent episodes, this many.\n" +
        "          schema:\n" +
        "            type: integer\n",
    );
    const result = await zep();
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("kept your edits in resources/thread.ts");
    expect(result.stdout).toMatch(/thread\.getEpisodes: optional query parameter `lastn` added/);

    const thread = await read(repo, threadFile);
    expect(thread).toContain(helper);
    expect(thread).toMatch(/getEpisodes\(threadId: string, params: \w+ = \{\}, options\?: RequestOptions\)/);
    const apiMd = await read(repo, "generated/zep/api.md");
    expect(apiMd.slice(apiMd.indexOf("## Added by hand"))).toContain("- `client.thread.listAllMessages()` (resources/thread.ts)");
    expect(thread).not.toContain("<<<<<<<");
    expect(await typeErrors(repo, ["generated/**/*.ts"])).toEqual([]);
  });
});
