/**
 * `generate --watch` through the real command (`generator/cli/start.cjs`, as
 * `npm run generate` runs it, with its helper threads): an edit to the spec or
 * to a file it `$ref`s updates the client on disk, touching only the files
 * that changed; a broken save prints its located error and leaves the client
 * as it was; the next good save recovers; each regeneration prints its change
 * report; Ctrl-C exits at once, leaving no
 * temporary file behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile, stat, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useScratchDir } from "../support/scratch-dir.js";
import { ROOT } from "./helpers/paths.js";

const SPEC = (extraPath: string): string => `openapi: 3.0.3
info: { title: Pets, version: "1" }
servers: [{ url: https://pets.example.com }]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: array, items: { $ref: "./schemas.yaml#/Pet" } }
${extraPath}`;

const SCHEMAS = (extra: string): string => `Pet:
  type: object
  required: [id]
  properties:
    id: { type: string }
${extra}`;

const ADOPT = `  /pets/{petId}/adopt:
    post:
      operationId: adoptPet
      tags: [pets]
      parameters:
        - { name: petId, in: path, required: true, schema: { type: string } }
      responses:
        "204": { description: adopted }
`;

/** The watch process and everything it printed so far. */
interface Session {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
}

function start(cwd: string): Session {
  const child = spawn(process.execPath, [join(ROOT, "generator/cli/start.cjs"), "spec/pets.yaml", "--watch"], {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const session: Session = { child, stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk: Buffer) => (session.stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (session.stderr += chunk.toString()));
  return session;
}

/** Resolves once `stream` holds `count` matches of `pattern`; fails the test after `timeoutMs`. */
async function waitFor(
  session: Session,
  stream: "stdout" | "stderr",
  pattern: RegExp,
  count = 1,
  timeoutMs = 20_000,
): Promise<void> {
  const global = new RegExp(pattern.source, "g");
  const deadline = Date.now() + timeoutMs;
  while ((session[stream].match(global) ?? []).length < count) {
    if (Date.now() > deadline) {
      throw new Error(
        `no ${count}× ${pattern} on ${stream} within ${timeoutMs} ms\nstdout:\n${session.stdout}\nstderr:\n${session.stderr}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("generate --watch", () => {
  const dir = useScratchDir("wiregen-watch-");
  const out = join(dir, "generated", "pets");
  let session: Session;

  beforeAll(async () => {
    await mkdir(join(dir, "spec"));
    await writeFile(join(dir, "spec", "pets.yaml"), SPEC(""));
    await writeFile(join(dir, "spec", "schemas.yaml"), SCHEMAS(""));
    session = start(dir);
    await waitFor(session, "stdout", /watching spec\/pets\.yaml/, 1, 60_000);
  }, 70_000);

  afterAll(() => {
    if (session.child.exitCode === null) session.child.kill("SIGKILL");
  });

  it("generates the client at start", async () => {
    expect(session.stdout).toMatch(/generated\/pets: \d+ written, 0 deleted in \d+ ms \(start\)/);
    expect(await readFile(join(out, "resources", "pets.ts"), "utf8")).toContain("listPets(");
  });

  it("regenerates on a spec edit, rewriting only the files the edit changed", async () => {
    const client = await stat(join(out, "client.ts"));
    await writeFile(join(dir, "spec", "pets.yaml"), SPEC(ADOPT));
    await waitFor(session, "stdout", /pets\.yaml changed/);
    expect(await readFile(join(out, "resources", "pets.ts"), "utf8")).toContain("adoptPet(petId: string");
    // The client class does not mention operations, so the edit leaves it as it was.
    expect((await stat(join(out, "client.ts"))).mtimeMs).toBe(client.mtimeMs);
    // The change report of the review loop, on every regeneration.
    expect(session.stdout).toMatch(/compatible\s+pets\.adoptPet: method added[^\n]*spec\/pets\.yaml:\d+/);
    expect(session.stdout).toMatch(/semver: minor/);
  });

  it("regenerates when a file the spec $refs changes", async () => {
    await writeFile(
      join(dir, "spec", "schemas.yaml"),
      SCHEMAS("    name: { type: string, description: The pet's name. }\n"),
    );
    await waitFor(session, "stdout", /schemas\.yaml changed/);
    expect(await readFile(join(out, "types.d.ts"), "utf8")).toContain("name?: string");
  });

  it("prints a located error for a broken save and keeps the client; the next good save recovers", async () => {
    const before = await readFile(join(out, "resources", "pets.ts"), "utf8");
    await writeFile(join(dir, "spec", "pets.yaml"), SPEC(ADOPT).replace("./schemas.yaml#/Pet", "./schemas.yaml#/Cat"));
    await waitFor(session, "stderr", /was left as it was/);
    expect(session.stderr).toMatch(/spec\/pets\.yaml:\d+:\d+: error: .*Cat/);
    expect(await readFile(join(out, "resources", "pets.ts"), "utf8")).toBe(before);

    await writeFile(join(dir, "spec", "pets.yaml"), SPEC(""));
    await waitFor(session, "stdout", /pets\.yaml changed/, 2);
    expect(await readFile(join(out, "resources", "pets.ts"), "utf8")).not.toContain("adoptPet");
    expect(session.stdout).toMatch(/breaking\s+pets\.adoptPet: method removed/);
    expect(session.stdout).toMatch(/semver: major/);
  });

  it("takes a save in two steps (truncate, then write) as one: no error for the empty file, one regeneration", async () => {
    const changed = (session.stdout.match(/pets\.yaml changed/g) ?? []).length;
    const errors = session.stderr;
    await writeFile(join(dir, "spec", "pets.yaml"), "");
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(join(dir, "spec", "pets.yaml"), SPEC(ADOPT));
    await waitFor(session, "stdout", /pets\.yaml changed/, changed + 1);
    // Long enough for a second line, or a late error, to show.
    await new Promise((r) => setTimeout(r, 300));
    expect((session.stdout.match(/pets\.yaml changed/g) ?? []).length).toBe(changed + 1);
    expect(session.stderr).toBe(errors);
    expect(await readFile(join(out, "resources", "pets.ts"), "utf8")).toContain("adoptPet(");
  });

  it("exits at once on Ctrl-C and leaves no temporary file", async () => {
    // Interrupt in the middle of a run, when a write may be under way.
    await writeFile(join(dir, "spec", "pets.yaml"), SPEC(ADOPT));
    await new Promise((r) => setTimeout(r, 30));
    const sent = Date.now();
    const exited = new Promise<number | null>((resolve) => session.child.once("exit", (code) => resolve(code)));
    session.child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(Date.now() - sent).toBeLessThan(2_000);
    const leftovers = (await readdir(dir, { recursive: true })).filter((name) => /\.tmp-|\.new-|\.old-/.test(name));
    expect(leftovers).toEqual([]);
  });
});
